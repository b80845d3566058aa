// Generators: function*, yield*, for..of over generators, infinite generators with take,
// generators as methods, passing values into next(), return values.
function* range(start: number, end: number, step = 1): Generator<number> {
    for (let i = start; i < end; i += step) yield i;
}

function* take<T>(n: number, it: Iterable<T>): Generator<T> {
    if (n <= 0) return;
    for (const x of it) {
        yield x;
        if (--n <= 0) return;
    }
}

function* naturals(): Generator<number> {
    let n = 0;
    while (true) yield n++;
}

function* map<T, U>(it: Iterable<T>, f: (x: T) => U): Generator<U> {
    for (const x of it) yield f(x);
}

function* filter<T>(it: Iterable<T>, p: (x: T) => boolean): Generator<T> {
    for (const x of it) if (p(x)) yield x;
}

function collect<T>(it: Iterable<T>): T[] {
    const out: T[] = [];
    for (const x of it) out.push(x);
    return out;
}

console.log(`range: ${collect(range(0, 10, 3)).join(" ")}`);
console.log(
    `squares of odds: ${collect(
        take(
            5,
            map(
                filter(naturals(), (n) => n % 2 === 1),
                (n) => n * n,
            ),
        ),
    ).join(" ")}`,
);

function* inner(): Generator<string, number> {
    yield "i1";
    yield "i2";
    return 42;
}
function* outer(): Generator<string> {
    yield "o1";
    const r = yield* inner();
    yield `inner returned ${r}`;
    yield* ["x", "y"];
    yield "o2";
}
console.log(`delegation: ${collect(outer()).join(",")}`);

function* accumulator(): Generator<number, string, number> {
    let total = 0;
    let count = 0;
    while (true) {
        const v = yield total;
        if (v < 0) break;
        total += v;
        count++;
    }
    return `done after ${count}`;
}
const acc = accumulator();
const steps: string[] = [];
let r = acc.next(0);
for (const v of [5, 10, 20, -1]) {
    steps.push(`${r.value}`);
    r = acc.next(v);
}
console.log(`accumulator: ${steps.join(" ")} then ${r.value} done=${r.done}`);
const after = acc.next(1);
console.log(`after end: done=${after.done} value=${after.value ?? "undefined"}`);

class Tree {
    constructor(
        public value: number,
        public left?: Tree,
        public right?: Tree,
    ) {}
    *inorder(): Generator<number> {
        if (this.left) yield* this.left.inorder();
        yield this.value;
        if (this.right) yield* this.right.inorder();
    }
}
const t = new Tree(8, new Tree(3, new Tree(1), new Tree(6, new Tree(4), new Tree(7))), new Tree(10, undefined, new Tree(14, new Tree(13))));
console.log(`inorder: ${collect(t.inorder()).join(" ")}`);

function* fibs(): Generator<number> {
    let [a, b] = [0, 1];
    for (;;) {
        yield a;
        [a, b] = [b, a + b];
    }
}
console.log(`fibs: ${collect(take(15, fibs())).join(",")}`);

// The arguments are generators, used directly as iterators: TypeScriptToLua's generator
// objects have no [Symbol.iterator] method.
function* zip<A, B>(ix: Iterator<A>, iy: Iterator<B>): Generator<[A, B]> {
    while (true) {
        const a = ix.next();
        const b = iy.next();
        if (a.done || b.done) return;
        yield [a.value, b.value];
    }
}
console.log(
    `zip: ${collect(
        zip(
            map(["a", "b", "c", "d"], (s) => s),
            range(1, 4),
        ),
    )
        .map(([s, n]) => s + n)
        .join(" ")}`,
);

const g = range(0, 3);
console.log(`manual: ${g.next().value} ${g.next().value} ${g.next().value} ${g.next().done}`);
