// Operators: increments in expressions (prefix and postfix), compound assignments on fields
// and elements, evaluation order of operands and arguments, short-circuit side effects,
// ternaries, comparisons of strings and numbers, the comma-free sequence of assignments.
let i = 5;
const a = i++;
const b = ++i;
const c = i--;
const d = --i;
console.log(`inc/dec a=${a} b=${b} c=${c} d=${d} i=${i}`);

const arr = [10, 20, 30];
let idx = 0;
arr[idx++] += 1;
arr[idx++] *= 2;
arr[idx] -= 5;
console.log(`elements ${arr.join(",")} idx=${idx}`);

const obj = { n: 1, s: "x" };
obj.n += 10;
obj.n *= 3;
obj.n -= 1;
obj.n = Math.floor(obj.n / 4);
obj.s += "y";
obj.s += obj.n;
console.log(`fields n=${obj.n} s=${obj.s}`);

const order: string[] = [];
function t(name: string, v: number): number {
    order.push(name);
    return v;
}
const r = t("a", 1) + t("b", 2) * t("c", 3) - t("d", 4);
console.log(`evaluation order ${order.join("")} result ${r}`);
order.length = 0;
function three(x: number, y: number, z: number): number {
    return x * 100 + y * 10 + z;
}
console.log(`argument order ${three(t("x", 1), t("y", 2), t("z", 3))} ${order.join("")}`);

order.length = 0;
const and1 = t("p", 0) > 0 && t("q", 1) > 0;
const or1 = t("r", 1) > 0 || t("s", 1) > 0;
const and2 = t("u", 1) > 0 && t("v", 2) > 1;
console.log(`short circuit ${and1} ${or1} ${and2} evaluated ${order.join("")}`);

let calls = 0;
const sideEffect = (): boolean => {
    calls++;
    return true;
};
const cond = false;
const chosen = cond ? sideEffect() : !sideEffect();
console.log(`ternary ${chosen} calls ${calls}`);
const grade = (s: number) => (s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F");
console.log(`grades ${[95, 85, 75, 65, 90, 80].map(grade).join("")}`);

console.log(`string compare ${"a" < "b"} ${"B" < "a"} ${"abc" < "abd"} ${"ab" < "abc"} ${"" < "a"} ${"10" < "9"}`);
console.log(`number compare ${10 < 9} ${-1 < 0} ${3 >= 3} ${2 <= 1} ${5 !== 5} ${0 === -0}`);
// Not `null === undefined` (both are nil under TypeScriptToLua) nor `-(-3)`, which it prints
// as `--3`, a Lua comment.
console.log(`equality ${"1" === String(1)} ${1 === Number("1")} ${undefined === undefined}`);
console.log(`unary ${-(3 - 6)} ${+"42" + 1} ${!true} ${!!1 === true} ${typeof -"3"}`);
console.log(`exponent ${Math.floor(2 ** 10)} ${Math.floor((-2) ** 3)} ${Math.floor(2 ** -1 * 4)} ${Math.floor(3 ** (2 ** 2))}`);

let x = 1;
let y = 2;
let z = 3;
x = y = z = 7;
console.log(`chained assignment ${x} ${y} ${z}`);

let total = 0;
for (let k = 0, j = 10; k < j; k += 2, j -= 1) total += k * j;
console.log(`two loop variables ${total}`);

const text = "abc";
let acc = "";
for (let k = 0; k < 3; k++) acc += text[k].toUpperCase() + k;
console.log(`string += ${acc}`);

const counts: Record<string, number> = {};
for (const ch of "mississippi") counts[ch] = (counts[ch] ?? 0) + 1;
console.log(
    `counts ${Object.keys(counts)
        .sort()
        .map((k) => `${k}${counts[k]}`)
        .join("")}`,
);

let bits = 0b1010;
bits |= 0b0101;
bits &= 0b1100;
bits ^= 0b0110;
bits <<= 2;
console.log(`bit assignments ${bits} ${0xff} ${0o17} ${1_000_000}`);
console.log(`precedence ${2 + 3 * 4} ${(2 + 3) * 4} ${10 - 4 - 3} ${Math.floor(100 / 10 / 5)} ${2 * 3 + 4 * 5} ${1 + 2 === 3 && 4 > 3}`);
