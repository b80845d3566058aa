// Array methods: map/filter/reduce/reduceRight, sort with comparators (ties broken
// explicitly: Lua's table.sort is not stable), find/findIndex/indexOf/lastIndexOf/includes,
// some/every, forEach with indices, join, reverse, concat, fill, at, Array.from.
const nums = [5, 3, 8, 1, 9, 2, 7, 4, 6];
console.log(`map ${nums.map((x) => x * 3).join(",")}`);
console.log(`map with index ${nums.map((x, i) => x * i).join(",")}`);
console.log(`filter even ${nums.filter((x) => x % 2 === 0).join(",")}`);
console.log(`reduce sum ${nums.reduce((a, b) => a + b, 0)} product ${nums.reduce((a, b) => a * b)}`);
console.log(`reduceRight ${nums.reduceRight((acc, x) => acc + String(x), "")}`);
console.log(`sorted asc ${[...nums].sort((a, b) => a - b).join(",")} desc ${[...nums].sort((a, b) => b - a).join(",")}`);
console.log(`original kept ${nums.join(",")}`);
console.log(
    `find ${nums.find((x) => x > 7)} findIndex ${nums.findIndex((x) => x > 7)} none ${nums.find((x) => x > 70) ?? "undefined"} ${nums.findIndex((x) => x > 70)}`,
);
console.log(`indexOf ${nums.indexOf(9)} ${nums.indexOf(10)} includes ${nums.includes(4)} ${nums.includes(40)}`);
console.log(`some ${nums.some((x) => x > 8)} ${nums.some((x) => x > 9)} every ${nums.every((x) => x > 0)} ${nums.every((x) => x > 1)}`);
const seen: string[] = [];
nums.forEach((x, i) => {
    if (i % 3 === 0) seen.push(`${i}:${x}`);
});
console.log(`forEach ${seen.join(" ")}`);
console.log(`reverse ${[...nums].reverse().join("")} concat ${[1, 2].concat([3], [4, 5]).join("")}`);
console.log(
    `fill ${[0, 0, 0, 0].fill(7).join(",")} ${[1, 2, 3, 4, 5].fill(0, 1, 3).join(",")} from ${Array.from({ length: 5 }, (_, i) => i * i).join(",")}`,
);
console.log(`at ${nums.at(0)} ${nums.at(-1)} ${nums.at(-2)}`);
console.log(`from string ${Array.from("abc").join("|")} from set ${Array.from(new Set([1, 1, 2])).join("|")}`);
console.log(`isArray ${Array.isArray(nums)} ${Array.isArray("no")}`);

interface Item {
    name: string;
    price: number;
    qty: number;
}
const cart: Item[] = [
    { name: "pen", price: 3, qty: 10 },
    { name: "book", price: 25, qty: 2 },
    { name: "bag", price: 40, qty: 1 },
    { name: "ink", price: 3, qty: 4 },
    { name: "card", price: 5, qty: 5 },
];
// Not `a.price - b.price || ...`: TypeScriptToLua emits `or`, and 0 is true in Lua.
const byPriceThenName = [...cart].sort((a, b) => (a.price !== b.price ? a.price - b.price : a.name < b.name ? -1 : 1));
console.log(`by price ${byPriceThenName.map((i) => i.name).join(" ")}`);
const byName = [...cart].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log(`by name ${byName.map((i) => i.name).join(" ")}`);
const total = cart.reduce((sum, i) => sum + i.price * i.qty, 0);
console.log(`total ${total}`);
const expensive = cart.filter((i) => i.price * i.qty >= 40).map((i) => i.name.toUpperCase());
console.log(`expensive ${expensive.join(",")}`);
const grouped = cart.reduce<Record<string, string[]>>((acc, i) => {
    const key = i.price < 10 ? "cheap" : "dear";
    (acc[key] ??= []).push(i.name);
    return acc;
}, {});
console.log(`grouped cheap=${grouped["cheap"].join(",")} dear=${grouped["dear"].join(",")}`);

const words = ["delta", "alpha", "charlie", "bravo", "echo"];
words.sort();
console.log(`default string sort ${words.join(" ")}`);
const byLength = [...words].sort((a, b) => (a.length !== b.length ? a.length - b.length : a < b ? -1 : 1));
console.log(`by length ${byLength.join(" ")}`);

const matrix = Array.from({ length: 3 }, (_, r) => Array.from({ length: 4 }, (_, c) => r * 4 + c));
console.log(`matrix ${matrix.map((row) => row.join(" ")).join(" / ")}`);
console.log(`column sums ${matrix[0].map((_, c) => matrix.reduce((s, row) => s + row[c], 0)).join(",")}`);

const pairs = nums.flatMap((x) => (x % 3 === 0 ? [x, -x] : []));
console.log(`flatMap ${pairs.join(",")}`);
const entries: string[] = [];
for (const [i, w] of words.entries()) entries.push(`${i}${w[0]}`);
console.log(`entries ${entries.join(" ")}`);
