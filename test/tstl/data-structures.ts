// Classic data structures: an LRU cache on a Map, a trie with prefix search, union-find with
// path compression, a binary search tree with deletion, a ring buffer, a min-stack.
class LRU<K, V> {
    private map = new Map<K, V>();
    constructor(private capacity: number) {}
    get(k: K): V | undefined {
        const v = this.map.get(k);
        if (v === undefined) return undefined;
        this.map.delete(k);
        this.map.set(k, v);
        return v;
    }
    put(k: K, v: V): K | undefined {
        if (this.map.has(k)) this.map.delete(k);
        this.map.set(k, v);
        if (this.map.size > this.capacity) {
            const oldest = this.map.keys().next().value as K;
            this.map.delete(oldest);
            return oldest;
        }
        return undefined;
    }
    keys(): K[] {
        return [...this.map.keys()];
    }
}
const lru = new LRU<string, number>(3);
const evicted: string[] = [];
for (const [k, v] of [
    ["a", 1],
    ["b", 2],
    ["c", 3],
] as Array<[string, number]>)
    lru.put(k, v);
lru.get("a");
for (const k of ["d", "e"]) {
    const e = lru.put(k, 0);
    if (e !== undefined) evicted.push(e);
}
console.log(`lru keys ${lru.keys().join("")} evicted ${evicted.join("")} get b ${lru.get("b") ?? "miss"} get a ${lru.get("a")}`);

class Trie {
    private children = new Map<string, Trie>();
    private end = false;
    insert(w: string): void {
        let node: Trie = this;
        for (const c of w) {
            let next = node.children.get(c);
            if (!next) {
                next = new Trie();
                node.children.set(c, next);
            }
            node = next;
        }
        node.end = true;
    }
    private find(prefix: string): Trie | undefined {
        let node: Trie | undefined = this;
        for (const c of prefix) {
            node = node.children.get(c);
            if (!node) return undefined;
        }
        return node;
    }
    has(w: string): boolean {
        return this.find(w)?.end ?? false;
    }
    withPrefix(prefix: string): string[] {
        const out: string[] = [];
        const walk = (n: Trie, acc: string) => {
            if (n.end) out.push(acc);
            for (const c of [...n.children.keys()].sort()) walk(n.children.get(c)!, acc + c);
        };
        const start = this.find(prefix);
        if (start) walk(start, prefix);
        return out;
    }
}
const trie = new Trie();
for (const w of ["car", "card", "care", "cart", "cat", "dog", "do", "dot", "zebra"]) trie.insert(w);
console.log(
    `trie car* ${trie.withPrefix("car").join(",")} do* ${trie.withPrefix("do").join(",")} has ca ${trie.has("ca")} has cat ${trie.has("cat")} x* ${trie.withPrefix("x").length}`,
);

class UnionFind {
    private parent: number[] = [];
    private rank: number[] = [];
    constructor(n: number) {
        for (let i = 0; i < n; i++) {
            this.parent.push(i);
            this.rank.push(0);
        }
    }
    find(x: number): number {
        while (this.parent[x] !== x) {
            this.parent[x] = this.parent[this.parent[x]];
            x = this.parent[x];
        }
        return x;
    }
    union(a: number, b: number): boolean {
        let ra = this.find(a);
        let rb = this.find(b);
        if (ra === rb) return false;
        if (this.rank[ra] < this.rank[rb]) [ra, rb] = [rb, ra];
        this.parent[rb] = ra;
        if (this.rank[ra] === this.rank[rb]) this.rank[ra]++;
        return true;
    }
}
const uf = new UnionFind(10);
const merges = [
    [0, 1],
    [2, 3],
    [1, 3],
    [4, 5],
    [0, 2],
    [6, 7],
    [8, 9],
    [7, 9],
    [5, 6],
].map(([a, b]) => (uf.union(a, b) ? "+" : "="));
const comps = new Map<number, number[]>();
for (let i = 0; i < 10; i++) {
    const r = uf.find(i);
    comps.set(r, [...(comps.get(r) ?? []), i]);
}
console.log(`union-find ${merges.join("")} components ${[...comps.values()].map((c) => `{${c.join(",")}}`).join(" ")}`);

class BST {
    root: BNode | undefined;
    insert(v: number): void {
        const node: BNode = { v };
        if (!this.root) {
            this.root = node;
            return;
        }
        let cur = this.root;
        for (;;) {
            if (v < cur.v) {
                if (!cur.l) {
                    cur.l = node;
                    return;
                }
                cur = cur.l;
            } else {
                if (!cur.r) {
                    cur.r = node;
                    return;
                }
                cur = cur.r;
            }
        }
    }
    remove(v: number): void {
        const rm = (n: BNode | undefined, v: number): BNode | undefined => {
            if (!n) return undefined;
            if (v < n.v) n.l = rm(n.l, v);
            else if (v > n.v) n.r = rm(n.r, v);
            else {
                if (!n.l) return n.r;
                if (!n.r) return n.l;
                let m = n.r;
                while (m.l) m = m.l;
                n.v = m.v;
                n.r = rm(n.r, m.v);
            }
            return n;
        };
        this.root = rm(this.root, v);
    }
    inorder(): number[] {
        const out: number[] = [];
        const walk = (n?: BNode) => {
            if (!n) return;
            walk(n.l);
            out.push(n.v);
            walk(n.r);
        };
        walk(this.root);
        return out;
    }
    height(): number {
        const h = (n?: BNode): number => (n === undefined ? 0 : 1 + Math.max(h(n.l), h(n.r)));
        return h(this.root);
    }
}
interface BNode {
    v: number;
    l?: BNode;
    r?: BNode;
}
const bst = new BST();
for (const v of [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]) bst.insert(v);
console.log(`bst ${bst.inorder().join(" ")} height ${bst.height()}`);
bst.remove(30);
bst.remove(50);
bst.remove(99);
console.log(`bst after removals ${bst.inorder().join(" ")} root ${bst.root?.v} height ${bst.height()}`);

class Ring<T> {
    private buf: T[] = [];
    private start = 0;
    constructor(private cap: number) {}
    push(x: T): void {
        if (this.buf.length < this.cap) this.buf.push(x);
        else {
            this.buf[this.start] = x;
            this.start = (this.start + 1) % this.cap;
        }
    }
    toArray(): T[] {
        return [...this.buf.slice(this.start), ...this.buf.slice(0, this.start)];
    }
}
const ring = new Ring<number>(4);
for (let i = 1; i <= 10; i++) ring.push(i * i);
console.log(`ring ${ring.toArray().join(",")}`);

class MinStack {
    private items: Array<[number, number]> = [];
    push(x: number): void {
        const m = this.items.length > 0 ? Math.min(x, this.items[this.items.length - 1][1]) : x;
        this.items.push([x, m]);
    }
    pop(): number | undefined {
        return this.items.pop()?.[0];
    }
    min(): number | undefined {
        return this.items[this.items.length - 1]?.[1];
    }
}
const ms = new MinStack();
const mins: string[] = [];
for (const x of [5, 3, 7, 3, 1, 8]) {
    ms.push(x);
    mins.push(`${ms.min()}`);
}
for (let i = 0; i < 4; i++) {
    ms.pop();
    mins.push(`${ms.min()}`);
}
console.log(`min stack ${mins.join(" ")}`);
