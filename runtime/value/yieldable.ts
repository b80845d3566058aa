// What coroutines need from the value layer (docs/architecture.md, "Coroutines").
//
// Every compiled Lua function has a generator twin (`f.$g`) that runs the same body inside a
// coroutine, where it can be suspended. Twin code keeps the fast paths of plain code inline;
// where plain code calls a helper that may run a metamethod, twin code calls the helper's T
// variant below. A T variant does what the plain helper does, except that when the
// metamethod to run is a Lua function (it has a twin, so it may yield), it records the call
// and returns PEND; the twin then runs the recorded call with `yield*`:
//   a + b  ->  (($r = $addT(a, b)) === $PEND ? (yield* $runPend()) : $r)
// Metamethods that are builtins (string arithmetic...) run directly: they cannot yield.
import { LuaFloat, isNumber } from "./number.js";
import { LuaTable } from "./table.js";
import { LuaUserdata, type LuaFunction } from "./types.js";
import {
    HANDLER,
    callIndexHandler,
    callNewindexHandler,
    first,
    handler,
    indexChain,
    metamethod,
    newindexChain,
    len,
    concat,
    truthy,
    callable,
} from "./metatable.js";
import { add, sub, mul, div, mod, pow, idiv, unm, band, bor, bxor, shl, shr, bnot } from "./arith.js";
import { eq, lt, le } from "./compare.js";
import { NOERR, closevar } from "./close.js";
import { ExitRequest, toLuaError } from "./errors.js";

/** A function that may yield: a compiled Lua function, or a builtin with a generator variant. */
export type Yieldable = LuaFunction & { $g?: (...args: unknown[]) => Generator<unknown, unknown, unknown> };

export const PEND: unique symbol = Symbol("pending metamethod call");

let pendingFn: unknown;
let pendingArgs: unknown[] = [];
let pendingPost: (r: unknown) => unknown = first;
let pendingDesc: string | undefined;

/** `desc` names the metamethod in "attempt to call" errors ("metamethod 'add'"). */
function defer(h: unknown, args: unknown[], post: (r: unknown) => unknown, desc?: string): typeof PEND {
    pendingFn = h;
    pendingArgs = args;
    pendingPost = post;
    pendingDesc = desc;
    return PEND;
}

/** Whether calling `h` from twin code must go through its generator (it may yield). */
function deferrable(h: unknown): boolean {
    if (typeof h === "function") return (h as Yieldable).$g !== undefined;
    // a table or userdata with __call: callGen resolves it
    return h instanceof LuaTable || h instanceof LuaUserdata;
}

/** Runs the call recorded by a T variant, inside the calling twin. */
export function* runPend(): Generator<unknown, unknown, unknown> {
    const f = pendingFn,
        args = pendingArgs,
        post = pendingPost,
        desc = pendingDesc;
    pendingFn = undefined;
    pendingArgs = [];
    return post(yield* callGen(f, args, desc));
}

/** Calls f from twin code: through its generator when it has one. */
export function* callGen(f: unknown, args: unknown[], desc?: string): Generator<unknown, unknown, unknown> {
    const c = callable(f, desc) as Yieldable;
    const g = c.$g;
    if (g !== undefined) return yield* g(...args);
    return c(...args);
}

/** Attaches the generator twin to a compiled function (codegen: `$twin(function f$() {}, function* f$() {})`). */
export function twin(f: Yieldable, g: (...args: unknown[]) => Generator<unknown, unknown, unknown>): LuaFunction {
    f.$g = g;
    return f;
}

// ---------------------------------------------------------------------------
// T variants of the helpers that may run a metamethod

type Binary = (a: unknown, b: unknown, da?: string, db?: string) => unknown;

function binaryT(plain: Binary, event: string): Binary {
    return (a, b, da, db) => {
        if ((typeof a === "number" && typeof b === "number") || (isNumber(a) && isNumber(b))) return plain(a, b, da, db);
        const h = metamethod(a, event) ?? metamethod(b, event);
        return deferrable(h) ? defer(h, [a, b], first, `metamethod '${event.slice(2)}'`) : plain(a, b, da, db);
    };
}

function unaryT(plain: (a: unknown, da?: string) => unknown, event: string): (a: unknown, da?: string) => unknown {
    return (a, da) => {
        if (isNumber(a)) return plain(a, da);
        const h = metamethod(a, event);
        return deferrable(h) ? defer(h, [a, a], first, `metamethod '${event.slice(2)}'`) : plain(a, da);
    };
}

export function indexT(o: unknown, k: unknown, desc?: string): unknown {
    const v = indexChain(o, k, desc);
    if (v !== HANDLER) return v;
    const h = handler.fn;
    return deferrable(h) ? defer(h, [handler.self, k], first) : callIndexHandler(h, handler.self, k);
}

function nothing(): unknown {
    return undefined;
}

export function setindexT(o: unknown, k: unknown, v: unknown, desc?: string): unknown {
    if (newindexChain(o, k, v, desc) !== HANDLER) return undefined;
    const h = handler.fn;
    if (deferrable(h)) return defer(h, [handler.self, k, v], nothing);
    callNewindexHandler(h, handler.self, k, v);
    return undefined;
}

function truthyFirst(r: unknown): boolean {
    return truthy(first(r));
}

function falsyFirst(r: unknown): boolean {
    return !truthy(first(r));
}

export function eqT(a: unknown, b: unknown): unknown {
    if (a === b && !(a instanceof LuaFloat)) return true;
    if (!((a instanceof LuaTable && b instanceof LuaTable) || (a instanceof LuaUserdata && b instanceof LuaUserdata))) return eq(a, b);
    const h = metamethod(a, "__eq") ?? metamethod(b, "__eq");
    return deferrable(h) ? defer(h, [a, b], truthyFirst, "metamethod 'eq'") : eq(a, b);
}

function orderT(a: unknown, b: unknown, event: string): unknown {
    if (isNumber(a) && isNumber(b)) return event === "__lt" ? lt(a, b) : le(a, b);
    if (typeof a === "string" && typeof b === "string") return event === "__lt" ? a < b : a <= b;
    const h = metamethod(a, event) ?? metamethod(b, event);
    if (h !== undefined) {
        return deferrable(h) ? defer(h, [a, b], truthyFirst, `metamethod '${event.slice(2)}'`) : event === "__lt" ? lt(a, b) : le(a, b);
    }
    if (event === "__le") {
        // LUA_COMPAT_5_3: a <= b is not (b < a)
        const h2 = metamethod(b, "__lt") ?? metamethod(a, "__lt");
        if (deferrable(h2)) return defer(h2, [b, a], falsyFirst);
    }
    return event === "__lt" ? lt(a, b) : le(a, b);
}

export function ltT(a: unknown, b: unknown): unknown {
    if (typeof a === "number" && typeof b === "number") return a < b;
    return orderT(a, b, "__lt");
}

export function leT(a: unknown, b: unknown): unknown {
    if (typeof a === "number" && typeof b === "number") return a <= b;
    return orderT(a, b, "__le");
}

export function gtT(a: unknown, b: unknown): unknown {
    return ltT(b, a);
}

export function geT(a: unknown, b: unknown): unknown {
    return leT(b, a);
}

export function concatT(a: unknown, b: unknown, da?: string, db?: string): unknown {
    if (typeof a === "string" && typeof b === "string") return a + b;
    if ((typeof a === "string" || isNumber(a)) && (typeof b === "string" || isNumber(b))) return concat(a, b, da, db);
    const h = metamethod(a, "__concat") ?? metamethod(b, "__concat");
    return deferrable(h) ? defer(h, [a, b], first, "metamethod 'concat'") : concat(a, b, da, db);
}

export function lenT(v: unknown, desc?: string): unknown {
    if (typeof v === "string") return v.length;
    if (v instanceof LuaTable && v.metatable === null) return v.arr.length;
    const h = metamethod(v, "__len");
    return deferrable(h) ? defer(h, [v, v], first, "metamethod 'len'") : len(v, desc);
}

export function closevarT(v: unknown, err: unknown): unknown {
    if (v === undefined || v === false) return undefined;
    const h = metamethod(v, "__close");
    if (!deferrable(h)) return closevar(v, err);
    const value = err === NOERR ? undefined : toLuaError(err).value;
    return defer(h, [v, value instanceof ExitRequest ? undefined : value], nothing);
}

export const T_VARIANTS = {
    $addT: binaryT(add, "__add"),
    $subT: binaryT(sub, "__sub"),
    $mulT: binaryT(mul, "__mul"),
    $divT: binaryT(div, "__div"),
    $modT: binaryT(mod, "__mod"),
    $powT: binaryT(pow, "__pow"),
    $idivT: binaryT(idiv, "__idiv"),
    $bandT: binaryT(band, "__band"),
    $borT: binaryT(bor, "__bor"),
    $bxorT: binaryT(bxor, "__bxor"),
    $shlT: binaryT(shl, "__shl"),
    $shrT: binaryT(shr, "__shr"),
    $unmT: unaryT(unm, "__unm"),
    $bnotT: unaryT(bnot, "__bnot"),
    $concatT: concatT,
    $lenT: lenT,
    $eqT: eqT,
    $ltT: ltT,
    $leT: leT,
    $gtT: gtT,
    $geT: geT,
    $indexT: indexT,
    $indexStrT: indexT,
    $setindexT: setindexT,
    $setindexStrT: setindexT,
    $closevarT: closevarT,
};
