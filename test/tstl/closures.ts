// Closures: counters, per-iteration bindings in loops, memoization, function composition,
// currying, closures over mutable state shared by several functions.
function makeCounter(start = 0, step = 1) {
    let n = start;
    return {
        next: () => (n += step),
        reset: () => {
            n = start;
        },
        // a method, not a getter: TypeScriptToLua rejects accessors in object literals
        value: () => n,
    };
}

const a = makeCounter();
const b = makeCounter(100, -10);
a.next();
a.next();
b.next();
console.log(`a=${a.value()} b=${b.value()}`);
a.reset();
console.log(`a after reset=${a.value()} next=${a.next()}`);

// TypeScriptToLua lowers `for (let i...)` to one Lua local for the whole loop, so closures
// capturing i itself would all see its last value: they capture a per-iteration const.
const fns: Array<() => number> = [];
for (let i = 0; i < 5; i++) {
    const k = i;
    fns.push(() => k * k);
}
const viaForOf: Array<() => string> = [];
for (const w of ["x", "y", "z"]) viaForOf.push(() => w + w);
console.log(`for..of bindings: ${viaForOf.map((f) => f()).join(",")}`);
console.log(`per-iteration: ${fns.map((f) => f()).join(",")}`);

let shared = 0;
const incs: Array<() => number> = [];
for (let i = 0; i < 3; i++) {
    const k = i;
    incs.push(() => (shared += k));
}
incs.forEach((f) => f());
incs.forEach((f) => f());
console.log(`shared=${shared}`);

function memo(f: (n: number) => number): (n: number) => number {
    const cache = new Map<number, number>();
    return (n) => {
        const hit = cache.get(n);
        if (hit !== undefined) return hit;
        const v = f(n);
        cache.set(n, v);
        return v;
    };
}
let calls = 0;
const fib: (n: number) => number = memo((n) => {
    calls++;
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
});
console.log(`fib(40)=${fib(40)} calls=${calls}`);
console.log(`fib(45)=${fib(45)} calls=${calls}`);

const compose =
    <T>(...fs: Array<(x: T) => T>) =>
    (x: T) =>
        fs.reduceRight((acc, f) => f(acc), x);
const inc = (x: number) => x + 1;
const dbl = (x: number) => x * 2;
console.log(`compose: ${compose(inc, dbl)(5)} ${compose(dbl, inc)(5)} ${compose<number>()(7)}`);

const curry = (a: number) => (b: number) => (c: number) => a * 100 + b * 10 + c;
console.log(`curry: ${curry(1)(2)(3)} ${[1, 2, 3].map(curry(4)(5)).join(" ")}`);

function bankAccount(initial: number) {
    let balance = initial;
    const log: string[] = [];
    function record(what: string) {
        log.push(`${what}->${balance}`);
    }
    return {
        deposit(x: number) {
            balance += x;
            record(`dep ${x}`);
        },
        withdraw(x: number) {
            if (x <= balance) {
                balance -= x;
                record(`wd ${x}`);
            } else record(`refused ${x}`);
        },
        statement: () => log.join("; "),
    };
}
const acct = bankAccount(50);
acct.deposit(25);
acct.withdraw(100);
acct.withdraw(70);
console.log(acct.statement());

function once<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
    let done = false;
    let result: R;
    return (...args: A) => {
        if (!done) {
            done = true;
            result = f(...args);
        }
        return result;
    };
}
const init = once((x: number, y: number) => {
    console.log(`init runs with ${x},${y}`);
    return x + y;
});
console.log(`once: ${init(1, 2)} ${init(10, 20)}`);

const adders = [1, 2, 3].map((k) => (x: number) => x + k);
console.log(`adders: ${adders.map((f) => f(10)).join(",")}`);
