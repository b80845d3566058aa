// Spread and rest: array spread in literals and calls, object spread with overriding,
// rest parameters, spreading strings, Sets and Maps.
function sum(...xs: number[]): number {
    let s = 0;
    for (const x of xs) s += x;
    return s;
}
function describe(label: string, ...items: Array<string | number>): string {
    return `${label}(${items.length}): ${items.join(" ")}`;
}

const xs = [1, 2, 3];
const ys = [10, 20];
console.log(`sum ${sum()} ${sum(...xs)} ${sum(...xs, ...ys, 100)} ${sum(0, ...[], 5)}`);
console.log(describe("mixed", "a", 1, ...["b", "c"], ...ys));
console.log(`max ${Math.max(...xs, ...ys)} min ${Math.min(...ys, -4)}`);

const merged = [0, ...xs, ...ys, 99];
console.log(`merged ${merged.join(",")} length ${merged.length}`);
const copy = [...merged];
copy.push(1000);
console.log(`copy ${copy.length} original ${merged.length}`);

const chars = [..."hello"];
console.log(`chars ${chars.join("-")}`);
const uniq = [...new Set([3, 1, 3, 2, 1, 4])];
console.log(`uniq ${uniq.join(",")}`);
const m = new Map([
    ["a", 1],
    ["b", 2],
]);
console.log(
    `map entries ${[...m].map(([k, v]) => `${k}${v}`).join(" ")} keys ${[...m.keys()].join("")} values ${[...m.values()].join("")}`,
);

interface Opts {
    color: string;
    size: number;
    bold?: boolean;
}
const defaults: Opts = { color: "black", size: 12 };
const user = { size: 14, bold: true };
const opts: Opts = { ...defaults, ...user };
console.log(`opts ${opts.color} ${opts.size} ${opts.bold}`);
const overridden = { ...opts, color: "red", ...{ size: 20 } };
console.log(`overridden ${overridden.color} ${overridden.size} ${overridden.bold}`);

function apply<A extends unknown[], R>(f: (...args: A) => R, args: A): R {
    return f(...args);
}
console.log(`apply ${apply((a: number, b: string) => b.repeat(a), [3, "ab"])}`);

function partial(f: (...args: number[]) => number, ...first: number[]) {
    return (...later: number[]) => f(...first, ...later);
}
const add5and10 = partial(sum, 5, 10);
console.log(`partial ${add5and10()} ${add5and10(1, 2, 3)}`);

const matrix = [
    [1, 2],
    [3, 4],
    [5, 6],
];
const flat: number[] = [];
for (const row of matrix) flat.push(...row);
console.log(`flat ${flat.join(" ")}`);
const transposed = matrix[0].map((_, i) => matrix.map((row) => row[i]));
console.log(`transposed ${transposed.map((r) => `[${r.join(",")}]`).join("")}`);

function varargsLength(...args: unknown[]): number {
    return args.length;
}
console.log(`lengths ${varargsLength()} ${varargsLength(1)} ${varargsLength(...xs, ...xs)}`);
