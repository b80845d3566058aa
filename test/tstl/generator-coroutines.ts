// Generators stressing coroutines: yields inside try/catch/finally (TypeScriptToLua's try is a
// pcall, so these yield across pcall), many generators alive at once, recursive yield*
// chains, generators resumed from inside other generators, and errors thrown into the
// consumer from a generator.
function* guarded(items: number[]): Generator<string> {
    for (const x of items) {
        try {
            if (x < 0) throw new Error(`negative ${x}`);
            yield `ok ${x}`;
            if (x === 0) throw new Error("zero after yield");
        } catch (e) {
            yield `caught ${(e as Error).message}`;
        }
    }
    yield "end";
}
console.log([...guarded([1, -2, 0, 3])].join(" | "));

function* withCleanup(log: string[]): Generator<number> {
    try {
        for (let i = 1; i <= 3; i++) {
            log.push(`yield ${i}`);
            yield i;
        }
    } finally {
        log.push("cleanup");
    }
}
const log: string[] = [];
let total = 0;
for (const x of withCleanup(log)) total += x;
console.log(`cleanup log ${log.join(", ")} total ${total}`);

function* perms(xs: string[]): Generator<string> {
    if (xs.length <= 1) {
        yield xs.join("");
        return;
    }
    for (let i = 0; i < xs.length; i++) {
        const rest = [...xs.slice(0, i), ...xs.slice(i + 1)];
        for (const p of perms(rest)) yield xs[i] + p;
    }
}
const all = [...perms(["a", "b", "c", "d"])];
console.log(`perms ${all.length}: ${all.slice(0, 8).join(" ")} ... ${all[all.length - 1]}`);

function* countdown(name: string, n: number): Generator<string> {
    while (n > 0) yield `${name}${n--}`;
}
const gens = [countdown("a", 3), countdown("b", 5), countdown("c", 1), countdown("d", 4)];
const rr: string[] = [];
while (gens.length > 0) {
    const g = gens.shift()!;
    const r = g.next();
    if (!r.done) {
        rr.push(r.value);
        gens.push(g);
    }
}
console.log(`round robin ${rr.join(" ")}`);

function* deep(n: number): Generator<number> {
    if (n === 0) {
        yield 0;
        return;
    }
    yield n;
    yield* deep(n - 1);
    yield -n;
}
const d = [...deep(60)];
console.log(
    `deep yield* ${d.length} values, sum ${d.reduce((a, b) => a + b, 0)}, first ${d.slice(0, 3).join(",")} last ${d.slice(-3).join(",")}`,
);

function* merge(a: Generator<number>, b: Generator<number>): Generator<number> {
    let x = a.next();
    let y = b.next();
    while (!x.done || !y.done) {
        if (y.done || (!x.done && x.value <= y.value)) {
            yield x.value as number;
            x = a.next();
        } else {
            yield y.value;
            y = b.next();
        }
    }
}
function* multiples(k: number, limit: number): Generator<number> {
    for (let i = k; i <= limit; i += k) yield i;
}
console.log(`merged ${[...merge(multiples(3, 30), multiples(4, 30))].join(",")}`);

function* failing(): Generator<number> {
    yield 1;
    yield 2;
    throw new Error("generator failed");
}
const got: number[] = [];
try {
    for (const v of failing()) got.push(v);
} catch (e) {
    console.log(`consumer caught "${(e as Error).message}" after ${got.join(",")}`);
}

function* tokens(src: string): Generator<[string, string]> {
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (c === " ") {
            i++;
            continue;
        }
        if (c >= "0" && c <= "9") {
            let j = i;
            while (j < src.length && src[j] >= "0" && src[j] <= "9") j++;
            yield ["num", src.slice(i, j)];
            i = j;
        } else if (c >= "a" && c <= "z") {
            let j = i;
            while (j < src.length && src[j] >= "a" && src[j] <= "z") j++;
            yield ["word", src.slice(i, j)];
            i = j;
        } else {
            yield ["sym", c];
            i++;
        }
    }
}
function* pairsOf<T>(it: Iterable<T>): Generator<[T, T]> {
    let prev: T | undefined;
    let first = true;
    for (const x of it) {
        if (!first) yield [prev as T, x];
        prev = x;
        first = false;
    }
}
console.log(`token pairs ${[...pairsOf(tokens("let x1 = 42 + y;"))].map(([a, b]) => `${a[1]}${b[1]}`).join(" ")}`);

function* stateMachine(): Generator<string, string, string> {
    let state = "idle";
    for (;;) {
        const input = yield state;
        if (state === "idle" && input === "start") state = "running";
        else if (state === "running" && input === "pause") state = "paused";
        else if (state === "paused" && input === "start") state = "running";
        else if (input === "stop") return `stopped from ${state}`;
    }
}
const sm = stateMachine();
const states = [sm.next("").value];
for (const input of ["start", "pause", "bogus", "start", "stop"]) states.push(sm.next(input).value);
console.log(`states ${states.join(" -> ")}`);
