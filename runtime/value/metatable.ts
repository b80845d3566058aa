// Metatables and the events that consult them (manual §2.4): index, newindex, call, len,
// concat, tostring. Fast paths first: a table without a metatable pays one field test.
import { cCalls, enterC } from "./c-calls.js";
import { LuaFloat, isNumber } from "./number.js";
import { numberToString } from "./number-string.js";
import { LuaTable } from "./table.js";
import { LuaUserdata, luaType, type LuaFunction } from "./types.js";
import { attemptToCall, attemptToIndex, attemptLength, attemptConcatenate, runtimeError } from "./errors.js";

// The metatable shared by all strings (set by the string library).
let stringMetatable: LuaTable | null = null;

export function setStringMetatable(t: LuaTable | null): void {
    stringMetatable = t;
}

export function getMetatable(v: unknown): LuaTable | null {
    if (v instanceof LuaTable) return v.metatable;
    if (typeof v === "string") return stringMetatable;
    if (v instanceof LuaUserdata) return v.metatable;
    if (v !== null && typeof v === "object" && "metatable" in v) {
        const mt = (v as { metatable: unknown }).metatable;
        return mt instanceof LuaTable ? mt : null;
    }
    return null;
}

export function metamethod(v: unknown, event: string): unknown {
    const mt = getMetatable(v);
    return mt === null ? undefined : mt.getStr(event);
}

/** Type name for messages: __name when the metatable has a string one (luaT_objtypename). */
export function typeNameForError(v: unknown): string {
    if (v instanceof LuaTable || v instanceof LuaUserdata) {
        const name = metamethod(v, "__name");
        if (typeof name === "string") return name;
    }
    return luaType(v);
}

/** First result of a call result (see LuaFunction's convention). */
export function first(r: unknown): unknown {
    return Array.isArray(r) ? r[0] : r;
}

/** All results of a call result as an array (do not mutate it). */
export function results(r: unknown): unknown[] {
    return Array.isArray(r) ? r : [r];
}

export function truthy(v: unknown): boolean {
    return v !== undefined && v !== false;
}

// ---------------------------------------------------------------------------
// call

/** The JS function to call for `f`: f itself, or a wrapper passing f to its __call. */
export function callable(f: unknown, desc?: string): LuaFunction {
    if (typeof f === "function") return f as LuaFunction;
    return callableSlow(f, desc);
}

function callableSlow(f: unknown, desc?: string): LuaFunction {
    // A chain of __call metamethods is resolved here, in one step, as lua5.4 does: calling o
    // whose __call is h1 (a table) whose __call is the function h2 calls h2(h1, o, ...).
    const prefix: unknown[] = [];
    let target: unknown = f;
    for (let depth = 0; typeof target !== "function"; depth++) {
        const h = metamethod(target, "__call");
        // Lua evaluates the arguments before it finds that the value cannot be called, so
        // the error is raised by the function returned here, when it is called.
        if (h === undefined || depth >= MAXTAGLOOP) return notCallable(typeNameForError(target), desc);
        prefix.unshift(target);
        target = h;
    }
    const fn = target as LuaFunction & { $g?: (...args: unknown[]) => Generator };
    const w: LuaFunction & { $g?: unknown } = prefix.length === 1 ? bindOne(fn, prefix[0]) : bindAll(fn, prefix);
    // inside a coroutine the call goes through the generator twin (runtime/value/yieldable.ts)
    const g = fn.$g;
    if (g !== undefined) w.$g = bindAll(g, prefix);
    return w;
}

// Closures made by returning them: bundles (esbuild keepNames) name every closure bound to a
// variable when it is created, which costs more than the call it makes.
function bindOne<R>(fn: (...args: unknown[]) => R, self: unknown): (...args: unknown[]) => R {
    return (...args: unknown[]) => fn(self, ...args);
}

function bindAll<R>(fn: (...args: unknown[]) => R, prefix: unknown[]): (...args: unknown[]) => R {
    return (...args: unknown[]) => fn(...prefix, ...args);
}

function notCallable(typeName: string, desc: string | undefined): LuaFunction {
    return function notCallable(): never {
        return attemptToCall(typeName, desc);
    };
}

export function call(f: unknown, ...args: unknown[]): unknown {
    if (typeof f === "function") return (f as LuaFunction)(...args);
    return callableSlow(f)(...args);
}

// ---------------------------------------------------------------------------
// index and newindex

const MAXTAGLOOP = 2000;

export function index(o: unknown, k: unknown, desc?: string): unknown {
    if (o instanceof LuaTable) {
        const v = o.get(k);
        if (v !== undefined || o.metatable === null) return v;
    }
    return indexSlow(o, k, desc);
}

/** o.k with a constant string key. */
export function indexStr(o: unknown, k: string, desc?: string): unknown {
    if (o instanceof LuaTable) {
        const strs = o.strs;
        const v = strs === null ? undefined : strs[k];
        if (v !== undefined || o.metatable === null) return v;
    }
    return indexSlow(o, k, desc);
}

/**
 * What an __index or __newindex chain ends in, when it ends in a function: the handler and the
 * value it is called with (read right after the walk returns HANDLER). Shared by the plain
 * helpers here and their coroutine variants (runtime/value/yieldable.ts), which run Lua
 * handlers through their generators.
 */
export const HANDLER: unique symbol = Symbol("metamethod handler");
export const handler = { fn: undefined as unknown, self: undefined as unknown };

/** Walks the __index chain from o: the value found, or HANDLER (a function to call). */
export function indexChain(o: unknown, k: unknown, desc?: string): unknown {
    for (let loop = 0; loop < MAXTAGLOOP; loop++) {
        let h: unknown;
        if (o instanceof LuaTable) {
            const v = o.get(k);
            if (v !== undefined) return v;
            const mt = o.metatable;
            if (mt === null) return undefined;
            h = mt.getStr("__index");
            if (h === undefined) return undefined;
        } else {
            h = metamethod(o, "__index");
            if (h === undefined) return attemptToIndex(typeNameForError(o), loop === 0 ? desc : undefined);
        }
        if (typeof h === "function") {
            handler.fn = h;
            handler.self = o;
            return HANDLER;
        }
        o = h;
    }
    return runtimeError("'__index' chain too long; possible loop");
}

/** Calls an __index function, a nested C call in lua5.4 (runtime/value/c-calls.ts). */
export function callIndexHandler(h: unknown, o: unknown, k: unknown): unknown {
    enterC();
    const r = first((h as LuaFunction)(o, k));
    cCalls.n--;
    return r;
}

function indexSlow(o: unknown, k: unknown, desc?: string): unknown {
    const v = indexChain(o, k, desc);
    return v === HANDLER ? callIndexHandler(handler.fn, handler.self, k) : v;
}

export function setindex(o: unknown, k: unknown, v: unknown, desc?: string): void {
    if (o instanceof LuaTable && o.metatable === null) {
        o.set(k, v);
        return;
    }
    setindexSlow(o, k, v, desc);
}

export function setindexStr(o: unknown, k: string, v: unknown, desc?: string): void {
    if (o instanceof LuaTable && o.metatable === null) {
        o.setStr(k, v);
        return;
    }
    setindexSlow(o, k, v, desc);
}

/** Walks the __newindex chain from o: stores v where it ends in a table, or returns HANDLER. */
export function newindexChain(o: unknown, k: unknown, v: unknown, desc?: string): typeof HANDLER | undefined {
    for (let loop = 0; loop < MAXTAGLOOP; loop++) {
        let h: unknown;
        if (o instanceof LuaTable) {
            const mt = o.metatable;
            if (mt === null || o.get(k) !== undefined) {
                o.set(k, v);
                return undefined;
            }
            h = mt.getStr("__newindex");
            if (h === undefined) {
                o.set(k, v);
                return undefined;
            }
        } else {
            h = metamethod(o, "__newindex");
            if (h === undefined) {
                attemptToIndex(typeNameForError(o), loop === 0 ? desc : undefined);
            }
        }
        if (typeof h === "function") {
            handler.fn = h;
            handler.self = o;
            return HANDLER;
        }
        o = h;
    }
    return runtimeError("'__newindex' chain too long; possible loop");
}

/** Calls a __newindex function, a nested C call in lua5.4. */
export function callNewindexHandler(h: unknown, o: unknown, k: unknown, v: unknown): void {
    enterC();
    (h as LuaFunction)(o, k, v);
    cCalls.n--;
}

function setindexSlow(o: unknown, k: unknown, v: unknown, desc?: string): void {
    if (newindexChain(o, k, v, desc) === HANDLER) callNewindexHandler(handler.fn, handler.self, k, v);
}

// ---------------------------------------------------------------------------
// len and concat

export function len(v: unknown, desc?: string): unknown {
    if (typeof v === "string") return v.length;
    if (v instanceof LuaTable && v.metatable === null) return v.arr.length;
    const h = metamethod(v, "__len");
    if (h !== undefined) return first(callable(h, "metamethod 'len'")(v, v));
    if (v instanceof LuaTable) return v.length();
    return attemptLength(typeNameForError(v), desc);
}

function isStringLike(v: unknown): boolean {
    return typeof v === "string" || isNumber(v);
}

export function concat(a: unknown, b: unknown, da?: string, db?: string): unknown {
    if (typeof a === "string" && typeof b === "string") return a + b;
    if (isStringLike(a) && isStringLike(b)) return tostr(a) + tostr(b);
    const h = metamethod(a, "__concat") ?? metamethod(b, "__concat");
    if (h !== undefined) return first(callable(h, "metamethod 'concat'")(a, b));
    if (isStringLike(a)) return attemptConcatenate(typeNameForError(b), db);
    return attemptConcatenate(typeNameForError(a), da);
}

function tostr(v: unknown): string {
    return typeof v === "string" ? v : numberToString(v as number);
}

// ---------------------------------------------------------------------------
// tostring (luaL_tolstring)

const addresses = new WeakMap<object, number>();
let nextAddress = 0x55d0c8a0;

/** A stable fake address for a reference value, printed like lua5.4's "%p". */
export function addressOf(v: object): string {
    let a = addresses.get(v);
    if (a === undefined) {
        a = nextAddress;
        nextAddress += 0x40;
        addresses.set(v, a);
    }
    return "0x" + (0x550000000000 + a).toString(16).padStart(12, "0");
}

export function tostring(v: unknown): string {
    switch (typeof v) {
        case "string":
            return v;
        case "number":
        case "bigint":
            return numberToString(v);
        case "undefined":
            return "nil";
        case "boolean":
            return v ? "true" : "false";
        default:
            break;
    }
    if (v instanceof LuaFloat) return numberToString(v);
    const mt = getMetatable(v);
    if (mt !== null) {
        const h = mt.getStr("__tostring");
        if (h !== undefined) {
            enterC(true);
            const s = first(call(h, v));
            cCalls.n--;
            if (typeof s === "string") return s;
            if (isNumber(s)) return numberToString(s);
            return runtimeError("'__tostring' must return a string");
        }
        const name = mt.getStr("__name");
        if (typeof name === "string") return `${name}: ${addressOf(v as object)}`;
    }
    return `${luaType(v)}: ${addressOf(v as object)}`;
}
