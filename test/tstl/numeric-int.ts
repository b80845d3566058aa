// Integer arithmetic that means the same with JS doubles and Lua integers: values stay below
// 2^53, division goes through Math.floor (TypeScriptToLua's `/` is Lua's float division, so
// printing a raw quotient would show "3.0"), % only on non-negative operands (Lua's % floors,
// JS's truncates), bit operations only on small non-negative values (JS works on 32 bits,
// Lua on 64; TypeScriptToLua has no `>>` for Lua 5.4, only `>>>`).
function gcd(a: number, b: number): number {
    while (b !== 0) [a, b] = [b, a % b];
    return a;
}
const lcm = (a: number, b: number) => Math.floor(a / gcd(a, b)) * b;
console.log(`gcd ${gcd(1071, 462)} ${gcd(17, 5)} ${gcd(0, 9)} lcm ${lcm(4, 6)} ${[2, 3, 4, 5, 6, 7, 8, 9, 10].reduce(lcm)}`);

function sieve(n: number): number[] {
    const composite: boolean[] = [];
    for (let i = 0; i <= n; i++) composite.push(false);
    const primes: number[] = [];
    for (let i = 2; i <= n; i++) {
        if (composite[i]) continue;
        primes.push(i);
        for (let j = i * i; j <= n; j += i) composite[j] = true;
    }
    return primes;
}
const primes = sieve(200);
console.log(`primes ${primes.length}: ${primes.slice(0, 15).join(" ")} ... ${primes.slice(-3).join(" ")}`);

function factorize(n: number): string {
    const parts: string[] = [];
    for (let p = 2; p * p <= n; p++) {
        let k = 0;
        while (n % p === 0) {
            n = Math.floor(n / p);
            k++;
        }
        if (k > 0) parts.push(k > 1 ? `${p}^${k}` : `${p}`);
    }
    if (n > 1) parts.push(`${n}`);
    return parts.join("*");
}
for (const n of [360, 97, 1001, 65536, 999999, 600851475143]) console.log(`${n} = ${factorize(n)}`);

let f = 1;
const facts: string[] = [];
for (let i = 1; i <= 18; i++) {
    f *= i;
    if (i % 3 === 0) facts.push(`${i}!=${f}`);
}
console.log(facts.join(" "));

function collatz(n: number): number {
    let steps = 0;
    while (n !== 1) {
        n = n % 2 === 0 ? Math.floor(n / 2) : 3 * n + 1;
        steps++;
    }
    return steps;
}
let best = 1;
for (let i = 1; i < 3000; i++) if (collatz(i) > collatz(best)) best = i;
console.log(`collatz longest below 3000: ${best} with ${collatz(best)} steps`);

function toBase(n: number, base: number): string {
    const digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (n === 0) return "0";
    let out = "";
    while (n > 0) {
        out = digits[n % base] + out;
        n = Math.floor(n / base);
    }
    return out;
}
console.log(
    `bases ${toBase(255, 2)} ${toBase(255, 16)} ${toBase(123456789, 36)} ${(255).toString(16)} ${(8).toString(2)} ${parseInt("ff", 16)} ${parseInt("777", 8)} ${parseInt("zz", 36)}`,
);

const digitSum = (n: number) =>
    String(n)
        .split("")
        .reduce((s, d) => s + parseInt(d, 10), 0);
console.log(`digit sums ${digitSum(0)} ${digitSum(9999)} ${digitSum(1234567890)}`);

function isqrt(n: number): number {
    let x = n;
    let y = Math.floor((x + 1) / 2);
    while (y < x) {
        x = y;
        y = Math.floor((x + Math.floor(n / x)) / 2);
    }
    return x;
}
console.log(`isqrt ${[0, 1, 15, 16, 17, 1000000, 999999999999].map(isqrt).join(" ")}`);

function modpow(b: number, e: number, m: number): number {
    let r = 1;
    b %= m;
    while (e > 0) {
        if (e % 2 === 1) r = (r * b) % m;
        b = (b * b) % m;
        e = Math.floor(e / 2);
    }
    return r;
}
console.log(`modpow ${modpow(2, 10, 1000)} ${modpow(3, 200, 1000007)} ${modpow(7, 12345, 9973)}`);

console.log(`bits ${5 & 3} ${5 | 3} ${5 ^ 3} ${1 << 10} ${1024 >>> 3} ${~5} ${~~7}`);
const popcount = (n: number) => {
    let c = 0;
    while (n > 0) {
        c += n & 1;
        n >>>= 1;
    }
    return c;
};
console.log(`popcount ${[0, 1, 7, 8, 255, 1023, 12345].map(popcount).join(",")}`);

let sum = 0;
for (let i = 1; i <= 1000; i++) if (i % 3 === 0 || i % 5 === 0) sum += i;
console.log(`euler1 ${sum}`);
const triangle = (n: number) => Math.floor((n * (n + 1)) / 2);
console.log(`triangles ${[1, 2, 3, 10, 100, 1000000].map(triangle).join(" ")}`);
console.log(
    `integer ops ${7 - 10} ${-3 * 4} ${Math.abs(-12)} ${Math.max(3, 9, -2)} ${Math.min(3, 9, -2)} ${Math.floor(-7 / 2)} ${Math.ceil(-7 / 2)} ${Math.floor(7 / 2)} ${Math.ceil(7 / 2)}`,
);
console.log(
    `comparisons ${3 === 3.0} ${1 / 2 === 0.5} ${0.1 + 0.2 === 0.3} ${Number.isInteger(4)} ${Number.isInteger(4.5)} ${Number.isInteger(10 / 2)}`,
);

const big = 2 ** 52;
console.log(`near 2^53: ${Math.floor(big) + 1} ${Math.floor(big * 2) - 1}`);

function pascal(rows: number): string[] {
    const out: string[] = [];
    let row = [1];
    for (let r = 0; r < rows; r++) {
        out.push(row.join(" "));
        const next = [1];
        for (let i = 1; i < row.length; i++) next.push(row[i - 1] + row[i]);
        next.push(1);
        row = next;
    }
    return out;
}
console.log(pascal(10).join("\n"));
