// The iterator protocol by hand: classes with [Symbol.iterator], iterators with state,
// lazy pipelines, entries of arrays, keys/values/entries of Maps and Sets, and iterating strings.
class Range implements Iterable<number> {
    constructor(
        private from: number,
        private to: number,
        private step = 1,
    ) {}
    [Symbol.iterator](): Iterator<number> {
        let cur = this.from;
        const { to, step } = this;
        return {
            next(): IteratorResult<number> {
                if ((step > 0 && cur > to) || (step < 0 && cur < to)) return { done: true, value: undefined };
                const v = cur;
                cur += step;
                return { done: false, value: v };
            },
        };
    }
}
console.log(`range ${[...new Range(1, 10, 3)].join(",")} down ${[...new Range(5, 1, -2)].join(",")} empty ${[...new Range(3, 1)].length}`);
let s = 0;
for (const x of new Range(1, 100)) s += x;
console.log(`sum 1..100 = ${s}`);

class LinkedList<T> implements Iterable<T> {
    private head: { v: T; next?: LinkedList<T>["head"] } | undefined;
    private tail: LinkedList<T>["head"];
    private n = 0;
    push(v: T): this {
        const node = { v, next: undefined };
        if (this.tail) this.tail.next = node;
        else this.head = node;
        this.tail = node;
        this.n++;
        return this;
    }
    get length(): number {
        return this.n;
    }
    *[Symbol.iterator](): Iterator<T> {
        for (let c = this.head; c; c = c.next) yield c.v;
    }
}
const ll = new LinkedList<string>().push("x").push("y").push("z");
console.log(`linked list ${[...ll].join("")} length ${ll.length}`);

class Lazy<T> implements Iterable<T> {
    constructor(private src: () => Iterator<T>) {}
    static of<T>(it: Iterable<T>): Lazy<T> {
        return new Lazy(() => it[Symbol.iterator]());
    }
    [Symbol.iterator](): Iterator<T> {
        return this.src();
    }
    map<U>(f: (x: T) => U): Lazy<U> {
        const self = this;
        return new Lazy(function* () {
            for (const x of self) yield f(x);
        });
    }
    filter(p: (x: T) => boolean): Lazy<T> {
        const self = this;
        return new Lazy(function* () {
            for (const x of self) if (p(x)) yield x;
        });
    }
    take(n: number): Lazy<T> {
        const self = this;
        return new Lazy(function* () {
            if (n <= 0) return;
            let i = 0;
            for (const x of self) {
                yield x;
                if (++i >= n) return;
            }
        });
    }
    toArray(): T[] {
        return [...this];
    }
}
let evaluated = 0;
const pipeline = Lazy.of(new Range(1, 1000000))
    .map((x) => {
        evaluated++;
        return x * x;
    })
    .filter((x) => x % 3 === 1)
    .take(6);
console.log(`lazy ${pipeline.toArray().join(",")} evaluated ${evaluated}`);
console.log(`lazy again ${pipeline.toArray().join(",")} evaluated ${evaluated}`);

const arr = ["a", "b", "c"];
// (TypeScriptToLua has entries() on arrays, but not keys() or values())
console.log(`array entries ${[...arr.entries()].map(([i, v]) => i + v).join(",")}`);
const m = new Map([
    [1, "one"],
    [2, "two"],
]);
const it = m.entries();
const first = it.next();
console.log(`map iterator ${first.value?.[0]}=${first.value?.[1]} then ${it.next().value?.[1]} done ${it.next().done}`);
const set = new Set(["p", "q"]);
console.log(
    `set values ${[...set.values()].join("")} keys ${[...set.keys()].join("")} entries ${[...set.entries()].map(([a, b]) => a + b).join(",")}`,
);
let letters = "";
for (const ch of "iterate") letters = ch + letters;
console.log(`string iteration ${letters}`);

class Fibonacci implements Iterable<number> {
    *[Symbol.iterator](): Iterator<number> {
        let [a, b] = [1, 1];
        for (;;) {
            yield a;
            [a, b] = [b, a + b];
        }
    }
}
const fibs: number[] = [];
for (const f of new Fibonacci()) {
    if (f > 1000) break;
    fibs.push(f);
}
console.log(`fib under 1000: ${fibs.join(" ")}`);

function enumerate<T>(xs: Iterable<T>): Array<[number, T]> {
    const out: Array<[number, T]> = [];
    let i = 0;
    for (const x of xs) out.push([i++, x]);
    return out;
}
console.log(
    `enumerate ${enumerate(new Set(["u", "v", "w"]))
        .map(([i, x]) => `${i}:${x}`)
        .join(" ")}`,
);
