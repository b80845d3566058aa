// Destructuring: arrays with holes, defaults and rest, objects with renaming, defaults,
// nesting and rest, parameters, swaps, destructuring in for..of.
const [a, b, ...rest] = [1, 2, 3, 4, 5];
console.log(`a=${a} b=${b} rest=${rest.join(",")} (${rest.length})`);

const [, second, , fourth = 40, fifth = 50] = [10, 20, 30];
console.log(`second=${second} fourth=${fourth} fifth=${fifth}`);

let x = 1;
let y = 2;
[x, y] = [y, x];
console.log(`swapped x=${x} y=${y}`);

interface Config {
    host: string;
    port?: number;
    tls?: { cert: string; key?: string };
    tags: string[];
}
const cfg: Config = { host: "localhost", tls: { cert: "c.pem" }, tags: ["a", "b", "c"] };
const {
    host,
    port = 8080,
    tls: { cert, key = "default.key" } = { cert: "none" },
    tags: [firstTag, ...otherTags],
} = cfg;
console.log(`host=${host} port=${port} cert=${cert} key=${key} first=${firstTag} others=${otherTags.join("|")}`);

const { host: h2, ...withoutHost } = cfg;
console.log(`h2=${h2} remaining keys=${Object.keys(withoutHost).sort().join(",")}`);

function area({ w, h = w }: { w: number; h?: number }): number {
    return w * h;
}
console.log(`area ${area({ w: 3 })} ${area({ w: 3, h: 7 })}`);

function head([first, ...tail]: number[]): string {
    return `${first}+[${tail.join(",")}]`;
}
console.log(head([9, 8, 7]));

const points: Array<[string, number, number]> = [
    ["p", 1, 2],
    ["q", -3, 4],
    ["r", 0, 0],
];
for (const [name, px, py] of points) console.log(`${name}: ${px * px + py * py}`);

const people = [
    { name: "ann", age: 31, address: { city: "Oslo" } },
    { name: "bob", age: 25, address: { city: "Rome" } },
];
for (const {
    name,
    address: { city },
} of people)
    console.log(`${name} lives in ${city}`);

const m = new Map<string, { n: number }>([
    ["one", { n: 1 }],
    ["two", { n: 2 }],
]);
for (const [k, { n }] of m) console.log(`${k}=>${n}`);

function minMax(xs: number[]): [number, number] {
    let lo = xs[0];
    let hi = xs[0];
    for (const v of xs) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
    }
    return [lo, hi];
}
const [lo, hi] = minMax([5, -2, 9, 3]);
console.log(`min=${lo} max=${hi}`);

const nested = [
    [1, [2, 3]],
    [4, [5, 6]],
] as const;
const [[n1, [n2, n3]], [n4, [, n6]]] = nested;
console.log(`nested ${n1}${n2}${n3}${n4}${n6}`);

let obj = { p: 1, q: 2 };
({ p: obj.q, q: obj.p } = obj);
console.log(`reassigned p=${obj.p} q=${obj.q}`);
obj = { ...obj, p: 100 };
console.log(`spread-updated p=${obj.p} q=${obj.q}`);
