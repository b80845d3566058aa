// Mutating array methods: push/pop/shift/unshift, splice in all its forms, slice with
// negative indices, flat with depths, length truncation, copyWithin-free rotations,
// in-place sort and reverse returning the same array.
const a = [1, 2, 3];
console.log(`push returns ${a.push(4, 5)} -> ${a.join(",")}`);
console.log(`pop ${a.pop()} shift ${a.shift()} -> ${a.join(",")}`);
console.log(`unshift returns ${a.unshift(-1, 0)} -> ${a.join(",")}`);

const s = ["a", "b", "c", "d", "e", "f"];
const removed = s.splice(1, 2);
console.log(`splice(1,2) removed ${removed.join("")} left ${s.join("")}`);
const removed2 = s.splice(1, 0, "X", "Y");
console.log(`splice insert removed ${removed2.length} left ${s.join("")}`);
const removed3 = s.splice(-2, 1, "Z");
console.log(`splice(-2,1,Z) removed ${removed3.join("")} left ${s.join("")}`);
const removed4 = s.splice(3);
console.log(`splice(3) removed ${removed4.join("")} left ${s.join("")}`);

const t = [10, 20, 30, 40, 50];
console.log(
    `slice ${t.slice(1, 3).join(",")} | ${t.slice(-2).join(",")} | ${t.slice(2, -1).join(",")} | ${t.slice().join(",")} | ${t.slice(4, 1).length}`,
);

const nested = [1, [2, [3, [4, [5]]]], 6];
console.log(`flat() ${nested.flat().length} flat(2) ${nested.flat(2).length} flat(Infinity) ${nested.flat(Infinity).join(",")}`);

const arr = [3, 1, 2];
const same = arr.sort((x, y) => x - y);
console.log(`sort in place ${arr.join("")} same array ${same === arr}`);
const rev = arr.reverse();
console.log(`reverse in place ${arr.join("")} same array ${rev === arr}`);

const trunc = [1, 2, 3, 4, 5];
trunc.length = 2;
console.log(`truncated ${trunc.join(",")} length ${trunc.length}`);

function rotate<T>(xs: T[], k: number): T[] {
    const n = xs.length;
    const r = ((k % n) + n) % n;
    return [...xs.slice(r), ...xs.slice(0, r)];
}
console.log(`rotate ${rotate([1, 2, 3, 4, 5], 2).join("")} ${rotate([1, 2, 3, 4, 5], -1).join("")} ${rotate([1, 2, 3, 4, 5], 7).join("")}`);

const queue: number[] = [];
for (let i = 0; i < 10; i++) {
    queue.push(i);
    if (i % 3 === 2) queue.shift();
}
console.log(`queue ${queue.join(",")}`);

const stack: string[] = [];
const balanced = (src: string): boolean => {
    stack.length = 0;
    const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
    for (const ch of src) {
        if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
        else if (ch in pairs) {
            if (stack.pop() !== pairs[ch]) return false;
        }
    }
    return stack.length === 0;
};
for (const src of ["(a[b]{c})", "(]", "((())", "{[()()]}", ""]) console.log(`balanced "${src}" ${balanced(src)}`);

function removeAll<T>(xs: T[], v: T): number {
    let n = 0;
    for (let i = xs.length - 1; i >= 0; i--) {
        if (xs[i] === v) {
            xs.splice(i, 1);
            n++;
        }
    }
    return n;
}
const withDups = [1, 2, 1, 3, 1, 4];
console.log(`removed ${removeAll(withDups, 1)} -> ${withDups.join(",")}`);

const toSorted = [5, 2, 9].toSorted((x, y) => x - y);
const toReversed = [1, 2, 3].toReversed();
console.log(`toSorted ${toSorted.join(",")} toReversed ${toReversed.join(",")} with ${[1, 2, 3].with(1, 20).join(",")}`);

const grid: string[][] = [];
for (let r = 0; r < 3; r++) {
    grid.push([]);
    for (let c = 0; c < 3; c++) grid[r].push(r === c ? "\\" : ".");
}
grid[0][2] = "#";
console.log(grid.map((row) => row.join("")).join("\n"));
