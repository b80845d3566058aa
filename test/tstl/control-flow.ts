// Control flow: leaving nested loops (TypeScriptToLua has no labeled statements: a flag or a
// function return instead), switch with fallthrough and
// default in the middle, do..while, while with complex conditions, early returns, loops over
// object keys (sorted: Lua tables have no key order), and recursion with accumulators.
const found: string[] = [];
let stopAll = false;
for (let i = 1; i <= 5 && !stopAll; i++) {
    for (let j = 1; j <= 5; j++) {
        if (j === i) break;
        if (i * j > 12) {
            stopAll = true;
            break;
        }
        found.push(`${i}${j}`);
    }
}
console.log(`nested loops ${found.join(" ")}`);

function classify(n: number): string {
    const out: string[] = [];
    switch (n % 5) {
        case 0:
            out.push("zero");
        // falls through
        case 1:
            out.push("one-or-after-zero");
            break;
        default:
            out.push("default");
        // falls through
        case 3:
            out.push("three-or-after-default");
            break;
        case 4: {
            const local = n * 2;
            out.push(`four doubled ${local}`);
            break;
        }
    }
    return out.join("+");
}
for (let n = 0; n < 6; n++) console.log(`switch ${n}: ${classify(n)}`);

function kind(x: string | number | boolean): string {
    switch (typeof x) {
        case "string":
            return `string of ${x.length}`;
        case "number":
            return x > 0 ? "positive" : x < 0 ? "negative" : "zero";
        default:
            return `boolean ${x}`;
    }
}
console.log(`typeof switch ${["abc", 4, -1, 0, true].map(kind).join(", ")}`);

let k = 0;
const seq: number[] = [];
do {
    seq.push(k);
    k += 3;
} while (k < 20);
console.log(`do-while ${seq.join(",")}`);
let once = 0;
do once++;
while (false);
console.log(`do-while runs once: ${once}`);

let a = 100;
let b = 7;
let steps = 0;
while (a > 0 && b > 0 && steps < 50) {
    if (a > b) a -= b;
    else b -= a;
    steps++;
}
console.log(`while ${a} ${b} ${steps}`);

function findPair(xs: number[], target: number): string {
    for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (xs[i] + xs[j] === target) return `${xs[i]}+${xs[j]}`;
    return "none";
}
console.log(`early return ${findPair([3, 9, 14, 2, 8], 10)} ${findPair([1, 2], 10)}`);

const scores: Record<string, number> = { zed: 3, amy: 9, kim: 5, bob: 9 };
const keys: string[] = [];
for (const key in scores) keys.push(key);
keys.sort();
console.log(`for-in ${keys.map((key) => `${key}=${scores[key]}`).join(" ")}`);
console.log(`in operator ${"amy" in scores} ${"max" in scores}`);
delete scores["amy"];
console.log(`after delete ${"amy" in scores} ${Object.keys(scores).length}`);

function sumDigits(n: number, acc = 0): number {
    return n === 0 ? acc : sumDigits(Math.floor(n / 10), acc + (n % 10));
}
console.log(`recursion ${sumDigits(987654321)}`);

function hanoi(n: number, from: string, to: string, via: string, moves: string[]): void {
    if (n === 0) return;
    hanoi(n - 1, from, via, to, moves);
    moves.push(`${from}${to}`);
    hanoi(n - 1, via, to, from, moves);
}
const moves: string[] = [];
hanoi(5, "A", "C", "B", moves);
console.log(`hanoi ${moves.length} moves: ${moves.slice(0, 7).join(" ")}`);

let evensSkipped = 0;
const oddSquares: number[] = [];
for (let i = 0; i < 20; i++) {
    if (i % 2 === 0) {
        evensSkipped++;
        continue;
    }
    if (i > 15) break;
    oddSquares.push(i * i);
}
console.log(`continue/break ${oddSquares.join(",")} skipped ${evensSkipped}`);

const matrix = [
    [1, 2, 3],
    [4, -5, 6],
    [7, 8, -9],
];
function firstNegative(m: number[][]): string {
    for (const [r, row] of m.entries()) {
        for (const [c, v] of row.entries()) {
            if (v < 0) return `(${r},${c})=${v}`;
        }
    }
    return "none";
}
console.log(`first negative ${firstNegative(matrix)}`);

let countdown = 5;
const ticks: string[] = [];
while (true) {
    if (--countdown === 0) break;
    ticks.push(`${countdown}`);
}
console.log(`countdown ${ticks.join(" ")}`);
