// Deep equality and cloning of nested structures, structural diff listing the paths that
// differ, and a cycle-safe walk that counts nodes. No null (it is nil under TypeScriptToLua,
// so a null field vanishes) and no empty objects (an empty table is also an empty array).
type Value = number | string | boolean | Value[] | { [k: string]: Value };

function isPlainObject(v: Value): v is { [k: string]: Value } {
    return typeof v === "object" && !Array.isArray(v);
}

function deepEqual(a: Value, b: Value): boolean {
    if (a === b) return true;
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
        return true;
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const ka = Object.keys(a).sort();
        const kb = Object.keys(b).sort();
        if (ka.join(",") !== kb.join(",")) return false;
        return ka.every((k) => deepEqual(a[k], b[k]));
    }
    return false;
}

function clone(v: Value): Value {
    if (Array.isArray(v)) return v.map(clone);
    if (isPlainObject(v)) {
        const out: { [k: string]: Value } = {};
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
    }
    return v;
}

function show(v: Value): string {
    if (Array.isArray(v)) return `[${v.map(show).join(",")}]`;
    if (isPlainObject(v))
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${k}:${show(v[k])}`)
            .join(",")}}`;
    if (typeof v === "string") return `'${v}'`;
    return `${v}`;
}

function diff(a: Value, b: Value, path = "$"): string[] {
    if (deepEqual(a, b)) return [];
    if (Array.isArray(a) && Array.isArray(b)) {
        const out: string[] = [];
        const n = Math.max(a.length, b.length);
        for (let i = 0; i < n; i++) {
            if (i >= a.length) out.push(`${path}[${i}] added ${show(b[i])}`);
            else if (i >= b.length) out.push(`${path}[${i}] removed ${show(a[i])}`);
            else out.push(...diff(a[i], b[i], `${path}[${i}]`));
        }
        return out;
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        const out: string[] = [];
        for (const k of keys) {
            if (!(k in a)) out.push(`${path}.${k} added ${show(b[k])}`);
            else if (!(k in b)) out.push(`${path}.${k} removed ${show(a[k])}`);
            else out.push(...diff(a[k], b[k], `${path}.${k}`));
        }
        return out;
    }
    return [`${path} changed ${show(a)} -> ${show(b)}`];
}

const original: Value = {
    id: 1,
    name: "widget",
    parts: [
        { n: "bolt", qty: 4 },
        { n: "nut", qty: 4 },
    ],
    meta: { tags: ["a", "b"], active: true, owner: "root" },
};
const copy = clone(original);
console.log(`clone equal ${deepEqual(original, copy)} same object ${original === copy}`);
const changed = clone(original) as { [k: string]: Value };
((changed["parts"] as Value[])[1] as { [k: string]: Value })["qty"] = 5;
(changed["parts"] as Value[]).push({ n: "washer", qty: 8 });
((changed["meta"] as { [k: string]: Value })["tags"] as Value[]).pop();
delete (changed["meta"] as { [k: string]: Value })["owner"];
changed["color"] = "red";
changed["name"] = "gadget";
console.log(`changed equal ${deepEqual(original, changed)}`);
for (const line of diff(original, changed)) console.log(`  ${line}`);
console.log(`original untouched: ${show(original)}`);

const cases: Array<[Value, Value]> = [
    [1, 1],
    [1, 2],
    ["a", "a"],
    [
        [1, [2, 3]],
        [1, [2, 3]],
    ],
    [
        [1, [2, 3]],
        [1, [2, 4]],
    ],
    [
        { a: 1, b: { c: [] } },
        { b: { c: [] }, a: 1 },
    ],
    [{ a: 1 }, { a: 1, b: 2 }],
    [[], []],
    [[], [0]],
    [true, false],
];
console.log(cases.map(([x, y]) => (deepEqual(x, y) ? "=" : "!")).join(""));

interface GraphNode {
    id: number;
    edges: GraphNode[];
}
const nodes: GraphNode[] = [];
for (let i = 0; i < 6; i++) nodes.push({ id: i, edges: [] });
const links = [
    [0, 1],
    [1, 2],
    [2, 0],
    [2, 3],
    [3, 4],
    [4, 4],
];
for (const [x, y] of links) nodes[x].edges.push(nodes[y]);
function reachable(start: GraphNode): number[] {
    const seen = new Set<GraphNode>();
    const order: number[] = [];
    const visit = (n: GraphNode) => {
        if (seen.has(n)) return;
        seen.add(n);
        order.push(n.id);
        n.edges.forEach(visit);
    };
    visit(start);
    return order;
}
console.log(
    `reachable from 0: ${reachable(nodes[0]).join(",")} from 3: ${reachable(nodes[3]).join(",")} from 5: ${reachable(nodes[5]).join(",")}`,
);
