// A binary-heap priority queue with a comparator, used for heap sort, k smallest, merging
// sorted lists, Dijkstra's shortest paths and an event simulation. Ties are broken by an
// insertion counter so the order is deterministic.
class PriorityQueue<T> {
    private heap: T[] = [];
    constructor(private less: (a: T, b: T) => boolean) {}
    get size(): number {
        return this.heap.length;
    }
    push(x: T): void {
        const h = this.heap;
        h.push(x);
        let i = h.length - 1;
        while (i > 0) {
            const parent = Math.floor((i - 1) / 2);
            if (!this.less(h[i], h[parent])) break;
            [h[i], h[parent]] = [h[parent], h[i]];
            i = parent;
        }
    }
    peek(): T | undefined {
        return this.heap[0];
    }
    pop(): T | undefined {
        const h = this.heap;
        if (h.length === 0) return undefined;
        const top = h[0];
        const last = h.pop()!;
        if (h.length > 0) {
            h[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < h.length && this.less(h[l], h[m])) m = l;
                if (r < h.length && this.less(h[r], h[m])) m = r;
                if (m === i) break;
                [h[i], h[m]] = [h[m], h[i]];
                i = m;
            }
        }
        return top;
    }
}

const data = [42, 7, 19, 3, 88, 23, 7, 61, 0, 15, 99, 4, 56, 31, 7];
const pq = new PriorityQueue<number>((a, b) => a < b);
for (const x of data) pq.push(x);
const sorted: number[] = [];
while (pq.size > 0) sorted.push(pq.pop()!);
console.log(`heap sort ${sorted.join(" ")}`);

const maxq = new PriorityQueue<number>((a, b) => a > b);
data.forEach((x) => maxq.push(x));
console.log(`top 3 ${[maxq.pop(), maxq.pop(), maxq.pop()].join(",")} peek ${maxq.peek()} size ${maxq.size}`);

function kSmallest(xs: number[], k: number): number[] {
    const q = new PriorityQueue<number>((a, b) => a > b);
    for (const x of xs) {
        q.push(x);
        if (q.size > k) q.pop();
    }
    const out: number[] = [];
    while (q.size > 0) out.push(q.pop()!);
    return out.reverse();
}
console.log(`4 smallest ${kSmallest(data, 4).join(",")}`);

function mergeSorted(lists: number[][]): number[] {
    const q = new PriorityQueue<[number, number, number]>((a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]));
    lists.forEach((l, i) => {
        if (l.length > 0) q.push([l[0], i, 0]);
    });
    const out: number[] = [];
    while (q.size > 0) {
        const [v, li, idx] = q.pop()!;
        out.push(v);
        if (idx + 1 < lists[li].length) q.push([lists[li][idx + 1], li, idx + 1]);
    }
    return out;
}
console.log(`merged ${mergeSorted([[1, 4, 9], [2, 2, 8, 10], [], [0, 5], [3]]).join(" ")}`);

const edges: Array<[string, string, number]> = [
    ["A", "B", 4],
    ["A", "C", 2],
    ["B", "C", 5],
    ["B", "D", 10],
    ["C", "E", 3],
    ["E", "D", 4],
    ["D", "F", 11],
    ["E", "F", 20],
    ["G", "A", 1],
];
const adj = new Map<string, Array<[string, number]>>();
for (const [a, b, w] of edges) {
    if (!adj.has(a)) adj.set(a, []);
    if (!adj.has(b)) adj.set(b, []);
    adj.get(a)!.push([b, w]);
    adj.get(b)!.push([a, w]);
}
function dijkstra(src: string): Map<string, [number, string]> {
    const dist = new Map<string, [number, string]>([[src, [0, src]]]);
    let counter = 0;
    const q = new PriorityQueue<[number, number, string]>((a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]));
    q.push([0, counter++, src]);
    const done = new Set<string>();
    while (q.size > 0) {
        const [d, , u] = q.pop()!;
        if (done.has(u)) continue;
        done.add(u);
        for (const [v, w] of adj.get(u)!) {
            const nd = d + w;
            const cur = dist.get(v);
            if (cur === undefined || nd < cur[0]) {
                dist.set(v, [nd, u]);
                q.push([nd, counter++, v]);
            }
        }
    }
    return dist;
}
const dist = dijkstra("A");
function pathTo(t: string): string {
    const p = [t];
    while (p[0] !== "A") p.unshift(dist.get(p[0])![1]);
    return p.join(">");
}
for (const n of [...adj.keys()].sort()) console.log(`A to ${n}: ${dist.get(n)![0]} via ${pathTo(n)}`);

type Ev = { time: number; seq: number; what: string };
const events = new PriorityQueue<Ev>((a, b) => a.time < b.time || (a.time === b.time && a.seq < b.seq));
let seq = 0;
const schedule = (time: number, what: string) => events.push({ time, seq: seq++, what });
schedule(5, "customer 1 arrives");
schedule(3, "open shop");
schedule(5, "customer 2 arrives");
schedule(12, "close shop");
schedule(1, "unlock door");
let served = 0;
const log: string[] = [];
while (events.size > 0) {
    const e = events.pop()!;
    log.push(`${e.time}:${e.what}`);
    if (e.what.endsWith("arrives")) schedule(e.time + 2 + served++, `${e.what.replace(" arrives", "")} served`);
}
console.log(log.join("\n"));
