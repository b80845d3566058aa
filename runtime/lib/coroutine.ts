// The coroutine library (manual §2.6, §6.2). A coroutine runs the generator twin of its body
// (runtime/value/yieldable.ts): `coroutine.yield` called from twin code suspends the whole
// chain of twins up to `resume`, which is a plain JS call of the generator's next(). Plain
// code (what builtins such as table.sort call back into) cannot be suspended, so a yield
// there is lua5.4's "attempt to yield across a C-call boundary".
import { LuaTable } from "../value/table.js";
import { THREAD_TAG, luaType, type LuaFunction } from "../value/types.js";
import { LuaError, ExitRequest, badArgument, runtimeError, toLuaError } from "../value/errors.js";
import { callable } from "../value/metatable.js";
import { luaFrames, markStackBase, where } from "../value/callstack.js";
import type { Yieldable } from "../value/yieldable.js";
import { LUAI_MAXCCALLS, cCalls, nextActivation } from "../value/c-calls.js";

type Status = "suspended" | "running" | "normal" | "dead";
type Gen = Generator<unknown, unknown, unknown[]>;

export class Coroutine {
    readonly [THREAD_TAG] = true;
    status: Status = "suspended";
    gen: Gen | null = null;
    /** The error that killed it, which coroutine.close returns. */
    error: unknown = undefined;
    failed = false;
    constructor(readonly fn: unknown) {}
}

/** The main coroutine: what `coroutine.running()` returns outside any coroutine. */
const mainThread = new Coroutine(undefined);
mainThread.status = "running";

/** The running coroutine, or null for the main one. */
let current: Coroutine | null = null;

function start(fn: unknown, args: unknown[]): Gen {
    const f = callable(fn) as Yieldable;
    if (f.$g !== undefined) return f.$g(...args) as Gen;
    // a builtin body: it runs to completion on the first resume
    return (function* builtinBody(): Gen {
        return f(...args);
    })();
}

function results(r: unknown): unknown[] {
    return Array.isArray(r) ? r : [r];
}

/** Whether the last resumeRaw succeeded (saves a tuple per resume). */
let resumedOk = false;

/** lua_resume: the values yielded or returned (resumedOk), or [error value]. */
function resumeRaw(co: Coroutine, args: unknown[]): unknown[] {
    resumedOk = false;
    if (co.status === "dead") return ["cannot resume dead coroutine"];
    if (co.status !== "suspended") return ["cannot resume non-suspended coroutine"];
    // lua5.4 allows about 200 nested C calls (runtime/value/c-calls.ts): from the main chunk,
    // 196 nested coroutines
    const level = cCalls.n,
        activation = cCalls.activation;
    if (level + 1 >= LUAI_MAXCCALLS) return ["C stack overflow"];
    cCalls.n = level + 1;
    cCalls.activation = nextActivation();
    const previous = current;
    const resumer = previous ?? mainThread;
    resumer.status = "normal";
    current = co;
    co.status = "running";
    try {
        const step = (co.gen ??= start(co.fn, args)).next(args);
        resumedOk = true;
        if (step.done) {
            co.status = "dead";
            co.gen = null;
            return results(step.value);
        }
        co.status = "suspended";
        return step.value as unknown[];
    } catch (e) {
        resumedOk = false; // a resume nested in this one may have set it
        co.status = "dead";
        co.gen = null;
        const err = toLuaError(e);
        if (err.value instanceof ExitRequest) throw e; // os.exit inside a coroutine ends the program
        co.failed = true;
        co.error = err.value;
        return [err.value];
    } finally {
        cCalls.n = level;
        cCalls.activation = activation;
        current = previous;
        resumer.status = "running";
    }
}

function checkCoroutine(v: unknown, arg: number, fname: string): Coroutine {
    if (v instanceof Coroutine) return v;
    return badArgument(arg, fname, `thread expected, got ${v === undefined ? "no value" : luaType(v)}`);
}

function create(f: unknown): Coroutine {
    if (typeof f !== "function") badArgument(1, "create", `function expected, got ${f === undefined ? "no value" : luaType(f)}`);
    return new Coroutine(f);
}

function resume(co: unknown, ...args: unknown[]): unknown {
    const values = resumeRaw(co instanceof Coroutine ? co : checkCoroutine(co, 1, "resume"), args);
    if (!resumedOk) return [false, values[0]];
    switch (values.length) {
        case 0:
            return true;
        case 1:
            return [true, values[0]];
        default:
            return [true, ...values];
    }
}

function wrap(f: unknown): LuaFunction {
    if (typeof f !== "function") badArgument(1, "wrap", `function expected, got ${f === undefined ? "no value" : luaType(f)}`);
    const co = new Coroutine(f);
    return function wrapped(...args: unknown[]): unknown {
        const values = resumeRaw(co, args);
        if (resumedOk) return values.length === 1 ? values[0] : values;
        let err = values[0];
        // lua5.4's auxwrap adds the position of the caller to string errors
        if (typeof err === "string") err = where(1) + err;
        // the traceback continues from here, in the resumer's stack, as in lua5.4
        throw new LuaError(err, luaFrames(20));
    };
}

// raised by yield itself, a C function in lua5.4: no position
function yieldOutside(): never {
    const message = current === null ? "attempt to yield from outside a coroutine" : "attempt to yield across a C-call boundary";
    throw new LuaError(message, luaFrames(20));
}

export const yieldFn = function yield_(..._args: unknown[]): never {
    return yieldOutside();
} as Yieldable;
// inside a twin: suspend; the values given to the next resume are yield's results
yieldFn.$g = function* yieldGen(...args: unknown[]): Generator<unknown, unknown, unknown[]> {
    if (current === null) yieldOutside();
    return yieldResults(yield args);
} as Yieldable["$g"];

/** What a yield returns: the values of the next resume (twins inline `yield` itself: `$yres(yield [a, b])`). */
export function yieldResults(r: unknown[]): unknown {
    return r.length === 1 ? r[0] : r;
}

function status(co: unknown): string {
    const c = checkCoroutine(co, 1, "status");
    return c === (current ?? mainThread) ? "running" : c.status;
}

function running(): unknown[] {
    return [current ?? mainThread, current === null];
}

// Called from plain code inside a coroutine, isyieldable is behind a builtin (a C call): false.
const isyieldable = function isyieldable(co?: unknown): boolean {
    if (co !== undefined) return checkCoroutine(co, 1, "isyieldable") !== mainThread && co !== current;
    return false;
} as Yieldable;
isyieldable.$g = function* isyieldableGen(co?: unknown): Generator<unknown, unknown, unknown[]> {
    if (co !== undefined) return checkCoroutine(co, 1, "isyieldable") !== mainThread;
    return current !== null;
} as Yieldable["$g"];

function close(co: unknown): unknown {
    const c = checkCoroutine(co, 1, "close");
    if (c === (current ?? mainThread)) return runtimeError("cannot close a running coroutine");
    if (c.status === "normal") return runtimeError("cannot close a normal coroutine");
    const gen = c.gen;
    c.gen = null;
    c.status = "dead";
    if (c.failed) {
        c.failed = false;
        const e = c.error;
        c.error = undefined;
        return [false, e];
    }
    if (gen === null) return true;
    // return() runs the pending finally blocks: the to-be-closed variables' __close
    const previous = current;
    current = c;
    try {
        gen.return(undefined);
        return true;
    } catch (e) {
        const err = toLuaError(e);
        if (err.value instanceof ExitRequest) throw e;
        return [false, err.value];
    } finally {
        current = previous;
    }
}

export const coroutineLib: Record<string, LuaFunction> = {
    close,
    create,
    isyieldable,
    resume,
    running,
    status,
    wrap,
    yield: yieldFn,
};

markStackBase("resumeRaw");

export function openCoroutine(G: LuaTable): void {
    const C = new LuaTable();
    for (const [name, f] of Object.entries(coroutineLib)) C.setStr(name, f);
    G.setStr("coroutine", C);
}
