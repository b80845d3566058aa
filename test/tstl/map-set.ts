// Map and Set: insertion order, deletion and re-insertion, sizes, iteration with forEach,
// keys()/values()/entries(), object keys, counting words, set algebra.
const m = new Map<string, number>();
m.set("zeta", 1).set("alpha", 2).set("mid", 3);
m.set("alpha", 20);
console.log(`size ${m.size} has alpha ${m.has("alpha")} has beta ${m.has("beta")} get mid ${m.get("mid")}`);
console.log(`order ${[...m.keys()].join(",")}`);
m.delete("zeta");
m.set("zeta", 100);
console.log(`after reinsertion ${[...m.entries()].map(([k, v]) => `${k}=${v}`).join(",")}`);
const parts: string[] = [];
m.forEach((v, k) => parts.push(`${k}:${v}`));
console.log(`forEach ${parts.join(" ")}`);
console.log(`missing ${m.get("nothing") ?? "undefined"} delete missing ${m.delete("nothing")}`);

const text = "the quick brown fox jumps over the lazy dog the fox";
const counts = new Map<string, number>();
for (const w of text.split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
console.log(`words ${[...counts].map(([w, c]) => `${w}${c}`).join(" ")}`);
// Not `b[1] - a[1] || ...`: TypeScriptToLua emits `or`, and 0 is true in Lua.
const sortedCounts = [...counts].sort((a, b) => (b[1] !== a[1] ? b[1] - a[1] : a[0] < b[0] ? -1 : 1));
console.log(
    `top ${sortedCounts
        .slice(0, 3)
        .map(([w, c]) => `${w}(${c})`)
        .join(" ")}`,
);

class Key {
    constructor(public name: string) {}
}
const k1 = new Key("one");
const k2 = new Key("one");
const byObject = new Map<Key, string>();
byObject.set(k1, "first");
byObject.set(k2, "second");
console.log(`object keys are identities: ${byObject.size} ${byObject.get(k1)} ${byObject.get(k2)}`);

const s = new Set<number>([5, 1, 5, 3]);
s.add(1).add(9);
console.log(`set ${[...s].join(",")} size ${s.size} has3 ${s.has(3)} has4 ${s.has(4)}`);
s.delete(5);
s.add(5);
console.log(`set after reinsertion ${[...s].join(",")}`);

const a = new Set(["a", "b", "c", "d"]);
const b = new Set(["c", "d", "e"]);
const union = new Set([...a, ...b]);
const inter = [...a].filter((x) => b.has(x));
const diff = [...a].filter((x) => !b.has(x));
console.log(`union ${[...union].join("")} inter ${inter.join("")} diff ${diff.join("")}`);

const seen = new Set<string>();
const dups: string[] = [];
for (const w of text.split(" ")) {
    if (seen.has(w)) dups.push(w);
    seen.add(w);
}
console.log(`dups ${dups.join(",")}`);

m.clear();
s.clear();
console.log(`cleared ${m.size} ${s.size} ${[...m].length}`);

const graph = new Map<string, string[]>([
    ["a", ["b", "c"]],
    ["b", ["d"]],
    ["c", ["d", "e"]],
    ["d", ["f"]],
    ["e", ["f"]],
    ["f", []],
]);
function bfs(start: string): string[] {
    const order: string[] = [];
    const visited = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
        const n = queue.shift()!;
        order.push(n);
        for (const next of graph.get(n) ?? []) {
            if (!visited.has(next)) {
                visited.add(next);
                queue.push(next);
            }
        }
    }
    return order;
}
console.log(`bfs ${bfs("a").join("->")}`);

const groups = new Map<number, string[]>();
for (const w of ["kiwi", "fig", "apple", "pear", "plum", "banana", "date"]) {
    const g = groups.get(w.length);
    if (g) g.push(w);
    else groups.set(w.length, [w]);
}
for (const [len, ws] of groups) console.log(`len ${len}: ${ws.join(" ")}`);
