// Interfaces and generics: generic containers, constraints with keyof, generic classes
// implementing interfaces, discriminated unions with exhaustive switches, type guards.
interface Comparable<T> {
    compareTo(other: T): number;
}
class Version implements Comparable<Version> {
    constructor(
        public major: number,
        public minor: number,
        public patch: number,
    ) {}
    static parse(s: string): Version {
        const [a, b, c] = s.split(".").map((x) => parseInt(x, 10));
        return new Version(a, b, c);
    }
    compareTo(o: Version): number {
        if (this.major !== o.major) return this.major - o.major;
        if (this.minor !== o.minor) return this.minor - o.minor;
        return this.patch - o.patch;
    }
    toString(): string {
        return `${this.major}.${this.minor}.${this.patch}`;
    }
}
function maxOf<T extends Comparable<T>>(xs: T[]): T {
    return xs.reduce((best, x) => (x.compareTo(best) > 0 ? x : best));
}
function sortComparable<T extends Comparable<T>>(xs: T[]): T[] {
    return [...xs].sort((a, b) => a.compareTo(b));
}
const versions = ["1.2.10", "1.10.0", "1.2.9", "0.9.99", "2.0.0", "1.2.10"].map(Version.parse);
console.log(
    `max ${maxOf(versions).toString()} sorted ${sortComparable(versions)
        .map((v) => v.toString())
        .join(" ")}`,
);

function pluck<T, K extends keyof T>(xs: T[], key: K): Array<T[K]> {
    return xs.map((x) => x[key]);
}
const people = [
    { name: "ann", age: 31 },
    { name: "bob", age: 25 },
];
console.log(`pluck ${pluck(people, "name").join(",")} ${pluck(people, "age").join(",")}`);

class TypedEvents<E extends Record<string, unknown[]>> {
    private handlers = new Map<keyof E, Array<(...args: never[]) => void>>();
    on<K extends keyof E>(name: K, h: (...args: E[K]) => void): void {
        const list = this.handlers.get(name) ?? [];
        list.push(h as unknown as (...args: never[]) => void);
        this.handlers.set(name, list);
    }
    emit<K extends keyof E>(name: K, ...args: E[K]): number {
        const list = this.handlers.get(name) ?? [];
        for (const h of list) (h as unknown as (...args: E[K]) => void)(...args);
        return list.length;
    }
}
const ev = new TypedEvents<{ login: [string]; move: [number, number]; quit: [] }>();
const seen: string[] = [];
ev.on("login", (u) => seen.push(`login ${u}`));
ev.on("move", (x, y) => seen.push(`move ${x},${y}`));
ev.on("move", (x, y) => seen.push(`dist ${Math.abs(x) + Math.abs(y)}`));
const counts = [ev.emit("login", "ann"), ev.emit("move", 3, -4), ev.emit("quit")];
console.log(`events ${seen.join("; ")} handlers ${counts.join(",")}`);

type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number } | { kind: "tri"; a: number; b: number; c: number };
function perimeter(s: Shape): string {
    switch (s.kind) {
        case "circle":
            return (2 * Math.PI * s.r).toFixed(2);
        case "rect":
            return `${2 * (s.w + s.h)}`;
        case "tri":
            return `${s.a + s.b + s.c}`;
    }
}
const shapes: Shape[] = [
    { kind: "circle", r: 1 },
    { kind: "rect", w: 2, h: 5 },
    { kind: "tri", a: 3, b: 4, c: 5 },
];
console.log(`perimeters ${shapes.map((s) => `${s.kind}=${perimeter(s)}`).join(" ")}`);

type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
function safeDiv(a: number, b: number): Result<number, string> {
    return b === 0 ? { ok: false, error: `division of ${a} by zero` } : { ok: true, value: Math.floor(a / b) };
}
function mapResult<T, U, E>(r: Result<T, E>, f: (t: T) => U): Result<U, E> {
    return r.ok ? { ok: true, value: f(r.value) } : r;
}
for (const [a, b] of [
    [10, 3],
    [7, 0],
    [100, 7],
]) {
    const r = mapResult(safeDiv(a, b), (q) => q * 2);
    console.log(r.ok ? `ok ${r.value}` : `error ${r.error}`);
}

class Pair<A, B> {
    constructor(
        readonly first: A,
        readonly second: B,
    ) {}
    swap(): Pair<B, A> {
        return new Pair(this.second, this.first);
    }
    map<C>(f: (a: A) => C): Pair<C, B> {
        return new Pair(f(this.first), this.second);
    }
}
const pr = new Pair("x", 7).swap().map((n) => n * 6);
console.log(`pair ${pr.first} ${pr.second}`);

interface Repository<T extends { id: number }> {
    add(item: T): void;
    find(id: number): T | undefined;
    all(): T[];
}
class MemoryRepo<T extends { id: number }> implements Repository<T> {
    private items = new Map<number, T>();
    add(item: T): void {
        this.items.set(item.id, item);
    }
    find(id: number): T | undefined {
        return this.items.get(id);
    }
    all(): T[] {
        return [...this.items.values()].sort((a, b) => a.id - b.id);
    }
}
const repo: Repository<{ id: number; title: string }> = new MemoryRepo();
repo.add({ id: 3, title: "three" });
repo.add({ id: 1, title: "one" });
repo.add({ id: 2, title: "two" });
repo.add({ id: 1, title: "uno" });
console.log(
    `repo ${repo
        .all()
        .map((x) => `${x.id}:${x.title}`)
        .join(" ")} find ${repo.find(2)?.title} ${repo.find(9)?.title ?? "none"}`,
);

function isString(x: unknown): x is string {
    return typeof x === "string";
}
const mixed: unknown[] = ["a", 1, "b", true, 2.5, "c"];
console.log(`guards ${mixed.filter(isString).join("")} numbers ${mixed.filter((x): x is number => typeof x === "number").length}`);
