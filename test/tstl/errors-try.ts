// try/catch/finally: finally on normal exit, on return, on break and continue, nested
// handlers, rethrowing, catching non-Error values, errors from deep calls.
function withFinally(mode: string): string {
    const trace: string[] = [];
    try {
        trace.push("try");
        if (mode === "throw") throw new Error("boom");
        if (mode === "return") return `${trace.join(">")} returned`;
        trace.push("end of try");
    } catch (e) {
        trace.push(`catch ${(e as Error).message}`);
    } finally {
        trace.push("finally");
    }
    return trace.join(">");
}
for (const m of ["normal", "throw", "return"]) console.log(`${m}: ${withFinally(m)}`);

let finallyRuns = 0;
function returnsFromTry(): number {
    try {
        return 1;
    } finally {
        finallyRuns++;
    }
}
console.log(`return from try ${returnsFromTry()} finallyRuns ${finallyRuns}`);

// No break or continue inside the try block: TypeScriptToLua wraps the block in a function,
// and Lua rejects the jump out of it ("break outside loop", "no visible label"). A flag
// checked after the try statement does the same.
const loopTrace: string[] = [];
for (let i = 0; i < 5; i++) {
    let stop = false;
    try {
        if (i === 3) stop = true;
        else if (i !== 1) loopTrace.push(`body${i}`);
    } finally {
        loopTrace.push(`fin${i}`);
    }
    if (stop) break;
}
console.log(`loop ${loopTrace.join(",")}`);

// TypeScriptToLua (1.34) skips `finally` when the catch block throws, and swallows the error
// of a try/finally without catch (lua5.4 behaves the same on its output). So the programs
// rethrow after the try statement, from a variable the catch block set.
function nested(): string {
    const out: string[] = [];
    try {
        let failure: Error | undefined;
        try {
            throw new Error("inner");
        } catch (e) {
            out.push(`caught ${(e as Error).message}`);
            failure = new Error(`rethrown from ${(e as Error).message}`);
        } finally {
            out.push("inner finally");
        }
        if (failure !== undefined) throw failure;
    } catch (e) {
        out.push(`outer caught ${(e as Error).message}`);
    } finally {
        out.push("outer finally");
    }
    return out.join("; ");
}
console.log(nested());

function thrower(v: unknown): never {
    throw v;
}
for (const v of ["a string", 42, { code: 7 }, true]) {
    try {
        thrower(v);
    } catch (e) {
        if (typeof e === "string") console.log(`string ${e}`);
        else if (typeof e === "number") console.log(`number ${e + 1}`);
        else if (typeof e === "boolean") console.log(`boolean ${!e}`);
        else console.log(`object code ${(e as { code: number }).code}`);
    }
}

function depth(n: number): number {
    if (n === 0) throw new RangeError("bottom reached");
    return depth(n - 1) + 1;
}
try {
    depth(50);
} catch (e) {
    console.log(`deep ${e instanceof RangeError} ${e instanceof Error} ${(e as Error).name}: ${(e as Error).message}`);
}

function parseAge(s: string): number {
    const n = Number(s);
    if (!Number.isInteger(n)) throw new TypeError(`not an integer: ${s}`);
    if (n < 0 || n > 150) throw new RangeError(`out of range: ${n}`);
    return n;
}
for (const s of ["42", "abc", "-3", "200", "7"]) {
    try {
        console.log(`age ${parseAge(s)}`);
    } catch (e) {
        const err = e as Error;
        console.log(`${err.name} ${err.message} type=${e instanceof TypeError} range=${e instanceof RangeError}`);
    }
}

const results: string[] = [];
function cleanup(label: string): () => void {
    return () => results.push(`cleanup ${label}`);
}
function useResources(fail: boolean): void {
    const done = [cleanup("a"), cleanup("b")];
    let failure: unknown;
    try {
        results.push("using");
        if (fail) throw new Error("failed while using");
    } catch (e) {
        failure = e;
    } finally {
        for (const d of done.reverse()) d();
    }
    if (failure !== undefined) throw failure;
}
try {
    useResources(false);
    useResources(true);
} catch (e) {
    results.push(`error ${(e as Error).message}`);
}
console.log(results.join(" | "));

let counter = 0;
function retry<T>(attempts: number, f: () => T): T {
    for (let i = 1; ; i++) {
        try {
            return f();
        } catch (e) {
            if (i >= attempts) throw e;
            console.log(`attempt ${i} failed: ${(e as Error).message}`);
        }
    }
}
const value = retry(5, () => {
    counter++;
    if (counter < 3) throw new Error(`flaky ${counter}`);
    return counter * 10;
});
console.log(`retry got ${value}`);
try {
    retry(2, () => {
        throw new Error("always");
    });
} catch (e) {
    console.log(`gave up: ${(e as Error).message}`);
}
