// Sorting algorithms written out (insertion, merge, quick, heap, counting, shell, radix),
// checked against each other, with comparison counts, stability checks on records for the
// stable ones, and the built-in sort with a total comparator.
function lcg(seed: number): () => number {
    let s = seed;
    return () => {
        s = (s * 16807) % 2147483647; // products stay below 2^53, exact as doubles and as Lua integers
        return s;
    };
}
const rand = lcg(42);
const data: number[] = [];
for (let i = 0; i < 300; i++) data.push(rand() % 1000);

let comparisons = 0;
const less = (a: number, b: number) => {
    comparisons++;
    return a < b;
};

function insertionSort(xs: number[]): number[] {
    const a = [...xs];
    for (let i = 1; i < a.length; i++) {
        const v = a[i];
        let j = i - 1;
        while (j >= 0 && less(v, a[j])) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
    return a;
}
function mergeSort(xs: number[]): number[] {
    if (xs.length <= 1) return xs;
    const mid = Math.floor(xs.length / 2);
    const l = mergeSort(xs.slice(0, mid));
    const r = mergeSort(xs.slice(mid));
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < l.length && j < r.length) out.push(less(r[j], l[i]) ? r[j++] : l[i++]);
    while (i < l.length) out.push(l[i++]);
    while (j < r.length) out.push(r[j++]);
    return out;
}
function quickSort(xs: number[]): number[] {
    const a = [...xs];
    const qs = (lo: number, hi: number) => {
        if (lo >= hi) return;
        const pivot = a[Math.floor((lo + hi) / 2)];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (less(a[i], pivot)) i++;
            while (less(pivot, a[j])) j--;
            if (i <= j) {
                [a[i], a[j]] = [a[j], a[i]];
                i++;
                j--;
            }
        }
        qs(lo, j);
        qs(i, hi);
    };
    qs(0, a.length - 1);
    return a;
}
function heapSort(xs: number[]): number[] {
    const a = [...xs];
    const n = a.length;
    const sift = (start: number, end: number) => {
        let root = start;
        while (2 * root + 1 <= end) {
            let child = 2 * root + 1;
            if (child + 1 <= end && less(a[child], a[child + 1])) child++;
            if (!less(a[root], a[child])) return;
            [a[root], a[child]] = [a[child], a[root]];
            root = child;
        }
    };
    for (let s = Math.floor((n - 2) / 2); s >= 0; s--) sift(s, n - 1);
    for (let end = n - 1; end > 0; end--) {
        [a[0], a[end]] = [a[end], a[0]];
        sift(0, end - 1);
    }
    return a;
}
function shellSort(xs: number[]): number[] {
    const a = [...xs];
    for (let gap = Math.floor(a.length / 2); gap > 0; gap = Math.floor(gap / 2))
        for (let i = gap; i < a.length; i++) {
            const v = a[i];
            let j = i;
            while (j >= gap && less(v, a[j - gap])) {
                a[j] = a[j - gap];
                j -= gap;
            }
            a[j] = v;
        }
    return a;
}
function countingSort(xs: number[], max: number): number[] {
    const counts: number[] = [];
    for (let i = 0; i <= max; i++) counts.push(0);
    for (const x of xs) counts[x]++;
    const out: number[] = [];
    counts.forEach((c, v) => {
        for (let k = 0; k < c; k++) out.push(v);
    });
    return out;
}
function radixSort(xs: number[]): number[] {
    let a = [...xs];
    for (let exp = 1; exp < 1000; exp *= 10) {
        const buckets: number[][] = [[], [], [], [], [], [], [], [], [], []];
        for (const x of a) buckets[Math.floor(x / exp) % 10].push(x);
        a = buckets.flat();
    }
    return a;
}

const reference = [...data].sort((a, b) => a - b);
const results: Array<[string, () => number[]]> = [
    ["insertion", () => insertionSort(data)],
    ["merge", () => mergeSort(data)],
    ["quick", () => quickSort(data)],
    ["heap", () => heapSort(data)],
    ["shell", () => shellSort(data)],
    ["counting", () => countingSort(data, 999)],
    ["radix", () => radixSort(data)],
];
for (const [name, run] of results) {
    comparisons = 0;
    const out = run();
    const same = out.length === reference.length && out.every((v, i) => v === reference[i]);
    console.log(`${name.padEnd(10)} sorted=${same} comparisons=${comparisons}`);
}
console.log(`smallest ${reference.slice(0, 8).join(",")} largest ${reference.slice(-5).join(",")} median ${reference[150]}`);

interface Rec {
    key: number;
    id: number;
}
const recs: Rec[] = data.slice(0, 40).map((v, id) => ({ key: v % 5, id }));
function mergeSortBy<T>(xs: T[], lt: (a: T, b: T) => boolean): T[] {
    if (xs.length <= 1) return xs;
    const mid = Math.floor(xs.length / 2);
    const l = mergeSortBy(xs.slice(0, mid), lt);
    const r = mergeSortBy(xs.slice(mid), lt);
    const out: T[] = [];
    let i = 0;
    let j = 0;
    while (i < l.length && j < r.length) out.push(lt(r[j], l[i]) ? r[j++] : l[i++]);
    return out.concat(l.slice(i), r.slice(j));
}
const stable = mergeSortBy(recs, (a, b) => a.key < b.key);
const isStable = stable.every((r, i) => i === 0 || stable[i - 1].key < r.key || (stable[i - 1].key === r.key && stable[i - 1].id < r.id));
console.log(
    `merge sort stable ${isStable}: ${stable
        .slice(0, 12)
        .map((r) => `${r.key}/${r.id}`)
        .join(" ")}`,
);
// the built-in sort (Lua's table.sort is not stable): a comparator that never ties
const builtin = [...recs].sort((a, b) => (a.key !== b.key ? b.key - a.key : a.id - b.id));
console.log(
    `built-in total order ${builtin
        .slice(0, 12)
        .map((r) => `${r.key}/${r.id}`)
        .join(" ")}`,
);
const strs = ["pear", "Apple", "fig", "apple", "Fig", "banana", "10", "9", "_x"];
console.log(
    `strings ${[...strs].sort().join(" ")} | by length ${[...strs].sort((a, b) => (a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0)).join(" ")}`,
);
