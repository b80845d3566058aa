// The basic library (manual §6.1).
import { readFileSync } from "node:fs";
import { isNumber, mkfloat } from "../value/number.js";
import { stringToNumber, tonumberWithBase } from "../value/number-string.js";
import { LuaTable } from "../value/table.js";
import { luaType, type LuaFunction } from "../value/types.js";
import {
    LuaError,
    badArgument,
    boundaryError,
    isStackOverflow,
    runtimeError,
    throwValue,
    toLuaError,
    whileHandlingOverflow,
} from "../value/errors.js";
import { call, first, getMetatable, metamethod, tostring as tostringValue, typeNameForError } from "../value/metatable.js";
import { rawequal as rawEquals } from "../value/compare.js";
import { argError, checkAny, checkInteger, checkString, checkTable, optString, typeError } from "./args.js";
import { loadChunk } from "../value/chunk-loader.js";
import { markBoundary } from "../value/callstack.js";
import { callGen, type Yieldable } from "../value/yieldable.js";
import { LUAI_MAXCCALLS, cCalls } from "../value/c-calls.js";
import { stdout } from "./stdout.js";
import { geti } from "./capi.js";
import { ExitRequest } from "./exit.js";
import { fileResult } from "./io-file.js";

const EMPTY: unknown[] = [];

function print(...args: unknown[]): unknown {
    // written piece by piece: output before a failing __tostring stays written, as in lua5.4
    for (let i = 0; i < args.length; i++) {
        const v = args[i];
        const s = typeof v === "string" ? v : tostringValue(v);
        stdout.write(i > 0 ? "\t" + s : s);
    }
    stdout.write("\n");
    return EMPTY;
}

function type(v: unknown): unknown {
    if (arguments.length === 0) badArgument(1, "type", "value expected");
    return luaType(v);
}

function tostring(v: unknown): unknown {
    if (arguments.length === 0) badArgument(1, "tostring", "value expected");
    return tostringValue(v);
}

function tonumber(v: unknown, base: unknown): unknown {
    if (base === undefined) {
        if (arguments.length === 0) badArgument(1, "tonumber", "value expected");
        if (isNumber(v)) return v;
        if (typeof v === "string") return stringToNumber(v);
        return undefined;
    }
    const b = checkInteger(base, 2, "tonumber");
    if (typeof v !== "string") typeError(v, 1, "tonumber", "string");
    if (typeof b !== "number" || b < 2 || b > 36) argError(2, "tonumber", "base out of range");
    return tonumberWithBase(v, b);
}

function rawget(t: unknown, k: unknown): unknown {
    const table = checkTable(t, 1, "rawget", arguments.length);
    checkAny(k, 2, "rawget", arguments.length);
    return table.get(k);
}

function rawset(t: unknown, k: unknown, v: unknown): unknown {
    const table = checkTable(t, 1, "rawset", arguments.length);
    checkAny(k, 2, "rawset", arguments.length);
    checkAny(v, 3, "rawset", arguments.length);
    table.set(k, v);
    return t;
}

function rawequal(a: unknown, b: unknown): unknown {
    checkAny(a, 1, "rawequal", arguments.length);
    checkAny(b, 2, "rawequal", arguments.length);
    return rawEquals(a, b);
}

function rawlen(v: unknown): unknown {
    if (v instanceof LuaTable) return v.length();
    if (typeof v === "string") return v.length;
    return typeError(v, 1, "rawlen", "table or string", arguments.length);
}

function setmetatable(t: unknown, mt: unknown): unknown {
    const table = checkTable(t, 1, "setmetatable", arguments.length);
    if ((mt !== undefined || arguments.length < 2) && !(mt instanceof LuaTable))
        typeError(mt, 2, "setmetatable", "nil or table", arguments.length);
    if (table.metatable !== null && table.metatable.getStr("__metatable") !== undefined) {
        runtimeError("cannot change a protected metatable");
    }
    table.metatable = (mt as LuaTable | undefined) ?? null;
    return t;
}

function getmetatable(v: unknown): unknown {
    checkAny(v, 1, "getmetatable", arguments.length);
    const mt = getMetatable(v);
    if (mt === null) return undefined;
    const protectedValue = mt.getStr("__metatable");
    return protectedValue !== undefined ? protectedValue : mt;
}

function next(t: unknown, k: unknown): unknown {
    const r = checkTable(t, 1, "next", arguments.length).next(k);
    return r === undefined ? undefined : r;
}

// The iterators a generic for gets from pairs and ipairs are swapped (by $iter) for these
// variants, which return one reused array: the loop reads both values at once and keeps
// nothing (bench/table-loop: no allocation per iteration).
const loopPair: [unknown, unknown] = [undefined, undefined];

/** next as a generic for calls it: lua5.4 calls the function 'for iterator' in its errors. */
export function nextAsIterator(t: unknown, k: unknown): unknown {
    if (!(t instanceof LuaTable)) typeError(t, 1, "for iterator", "table");
    const r = t.next(k, loopPair);
    return r === undefined ? undefined : r;
}

export function ipairsAsIterator(t: unknown, i: unknown): unknown {
    const k = (i as number) + 1;
    const v = t instanceof LuaTable && t.metatable === null ? t.getInt(k) : geti(t, k);
    if (v === undefined) return undefined;
    loopPair[0] = k;
    loopPair[1] = v;
    return loopPair;
}

function pairs(t: unknown): unknown {
    const h = metamethod(t, "__pairs");
    if (h !== undefined) {
        const r = call(h, t);
        const a = Array.isArray(r) ? r : [r];
        return [a[0], a[1], a[2]];
    }
    checkAny(t, 1, "pairs", arguments.length);
    return [next, t, undefined];
}

export function ipairsAux(t: unknown, i: unknown): unknown {
    const k = (i as number) + 1;
    const v = t instanceof LuaTable && t.metatable === null ? t.getInt(k) : geti(t, k);
    return v === undefined ? undefined : [k, v];
}

function ipairs(t: unknown): unknown {
    checkAny(t, 1, "ipairs", arguments.length);
    return [ipairsAux, t, 0];
}

function select(n: unknown, ...args: unknown[]): unknown {
    if (typeof n === "string" && n.charCodeAt(0) === 35 /* # */) return args.length;
    const i = checkInteger(n, 1, "select", arguments.length);
    const count = args.length;
    if (typeof i === "bigint") {
        if (i > 0n) return EMPTY;
        return argError(1, "select", "index out of range");
    }
    if (i < 0) {
        if (-i > count) return argError(1, "select", "index out of range");
        return args.slice(count + i);
    }
    if (i === 0) return argError(1, "select", "index out of range");
    return i === 1 ? args : args.slice(i - 1);
}

function error(v: unknown, level: unknown): never {
    const l = level === undefined ? 1 : checkInteger(level, 2, "error");
    return throwValue(v, typeof l === "number" ? l : 0);
}

// "string.rep" for string.rep: lua5.4 names a library function this way in an argument error
// when nothing but pcall called it (then the name comes from package.loaded, not the call).
const qualifiedNames = new WeakMap<object, string>();

export function registerQualifiedNames(G: LuaTable): void {
    for (const lib of ["string", "table", "math", "utf8", "os", "io", "coroutine", "debug", "package"]) {
        const t = G.getStr(lib);
        if (!(t instanceof LuaTable)) continue;
        for (let e = t.next(undefined); e !== undefined; e = t.next(e[0])) {
            // the first name of a function registered twice (math.atan, also math.atan2)
            if (typeof e[0] === "string" && typeof e[1] === "function" && !qualifiedNames.has(e[1])) {
                qualifiedNames.set(e[1], `${lib}.${e[0]}`);
            }
        }
    }
}

/** The error value pcall returns: argument errors of a library function it called directly get its full name. */
function protectedErrorValue(f: unknown, err: LuaError): unknown {
    const value = err.value;
    if (typeof value !== "string" || typeof f !== "function" || !err.frames?.[0]?.isBuiltin) return value;
    const name = qualifiedNames.get(f);
    if (name === undefined) return value;
    const bare = name.slice(name.indexOf(".") + 1);
    // only luaL_argerror's messages name the function this way
    if (!value.startsWith("bad argument #")) return value;
    return value.replace(`to '${bare}'`, `to '${name}'`);
}

/**
 * Enter the level of a protected call (runtime/value/c-calls.ts): its level, or the error
 * value lua5.4 raises there ("C stack overflow" at 200, "error in error handling" from 220).
 */
function enterProtected(): number | string {
    const level = ++cCalls.n;
    if (level < LUAI_MAXCCALLS || (level > LUAI_MAXCCALLS && level < ERRERR_LEVEL)) return level;
    return level === LUAI_MAXCCALLS ? "C stack overflow" : "error in error handling";
}
const ERRERR_LEVEL = (LUAI_MAXCCALLS / 10) * 11;

function pcall(f: unknown, ...args: unknown[]): unknown {
    if (arguments.length === 0) boundaryError("bad argument #1 to 'pcall' (value expected)");
    const level = cCalls.n;
    try {
        const entered = enterProtected();
        if (typeof entered === "string") return [false, entered];
        const r = call(f, ...args);
        return Array.isArray(r) ? [true, ...r] : [true, r];
    } catch (e) {
        const err = toLuaError(e);
        if (err.value instanceof ExitRequest) throw e; // os.exit(code, true) is not an error
        return [false, protectedErrorValue(f, err)];
    } finally {
        cCalls.n = level;
    }
}

function xpcall(f: unknown, handler: unknown, ...args: unknown[]): unknown {
    if (typeof handler !== "function") {
        const got = handler === undefined && arguments.length < 2 ? "no value" : typeNameForError(handler);
        boundaryError(`bad argument #2 to 'xpcall' (function expected, got ${got})`);
    }
    const level = cCalls.n;
    try {
        const entered = enterProtected();
        if (typeof entered === "string") return handleError(handler, entered);
        const r = call(f, ...args);
        return Array.isArray(r) ? [true, ...r] : [true, r];
    } catch (e) {
        const err = toLuaError(e);
        if (err.value instanceof ExitRequest) throw e;
        return handleError(handler, protectedErrorValue(f, err), e);
    } finally {
        cCalls.n = level;
    }
}

/** xpcall's result for an error: the message handler's result, or "error in error handling". */
function handleError(handler: unknown, value: unknown, thrown?: unknown): unknown {
    try {
        const handle = () => first(call(handler, value));
        return [false, thrown !== undefined && isStackOverflow(thrown) ? whileHandlingOverflow(handle) : handle()];
    } catch {
        return [false, "error in error handling"];
    }
}

// Inside a coroutine, pcall and xpcall run f through its generator twin, so that f may yield
// and an error after a resume is still caught here (runtime/value/yieldable.ts). When f
// yielded, the resume that continued it owns the C-call level: it is left alone.
(pcall as Yieldable).$g = function* pcall(f: unknown, ...args: unknown[]): Generator<unknown, unknown, unknown> {
    if (arguments.length === 0) boundaryError("bad argument #1 to 'pcall' (value expected)");
    const level = cCalls.n,
        activation = cCalls.activation;
    try {
        const entered = enterProtected();
        if (typeof entered === "string") return [false, entered];
        const r = yield* callGen(f, args);
        return Array.isArray(r) ? [true, ...r] : [true, r];
    } catch (e) {
        const err = toLuaError(e);
        if (err.value instanceof ExitRequest) throw e;
        return [false, protectedErrorValue(f, err)];
    } finally {
        if (cCalls.activation === activation) cCalls.n = level;
    }
};

(xpcall as Yieldable).$g = function* xpcall(f: unknown, handler: unknown, ...args: unknown[]): Generator<unknown, unknown, unknown> {
    if (typeof handler !== "function") {
        const got = arguments.length < 2 ? "no value" : typeNameForError(handler);
        boundaryError(`bad argument #2 to 'xpcall' (function expected, got ${got})`);
    }
    const level = cCalls.n,
        activation = cCalls.activation;
    try {
        const entered = enterProtected();
        // the message handler cannot yield (lua5.4 calls it without continuation)
        if (typeof entered === "string") return handleError(handler, entered);
        const r = yield* callGen(f, args);
        return Array.isArray(r) ? [true, ...r] : [true, r];
    } catch (e) {
        const err = toLuaError(e);
        if (err.value instanceof ExitRequest) throw e;
        return handleError(handler, protectedErrorValue(f, err), e);
    } finally {
        if (cCalls.activation === activation) cCalls.n = level;
    }
};

function assert(...args: unknown[]): unknown {
    if (args.length === 0) badArgument(1, "assert", "value expected");
    const v = args[0];
    if (v !== undefined && v !== false) return args.length === 1 ? v : args;
    // like error(message, 1): the position of assert's caller
    return throwValue(args.length < 2 ? "assertion failed!" : args[1], 1);
}

function collectgarbage(opt: unknown): unknown {
    const o = optString(opt, 1, "collectgarbage", "collect");
    switch (o) {
        case "collect":
        case "step":
            return o === "step" ? true : 0;
        case "count": {
            const kb = process.memoryUsage().heapUsed / 1024;
            return mkfloat(kb);
        }
        case "isrunning":
            return true;
        case "incremental":
        case "generational":
            return "incremental";
        case "stop":
        case "restart":
        case "setpause":
        case "setstepmul":
            return 0;
        default:
            return argError(1, "collectgarbage", `invalid option '${o}'`);
    }
}

/** A first line starting with '#' is skipped in files (not in load's strings), keeping line numbers. */
export function skipShebang(source: string): string {
    if (!source.startsWith("#")) return source;
    const nl = source.search(/[\r\n]/);
    return nl < 0 ? "" : source.slice(nl);
}

/** LUA_IDSIZE: room for a chunk id, its terminating '\0' included (luaconf.h). */
const LUA_IDSIZE = 60;

/** The chunk name for a string chunk: `[string "first line..."]` (luaO_chunkid). */
export function stringChunkName(source: string): string {
    const nl = source.indexOf("\n"); // luaO_chunkid looks for '\n' only
    const room = LUA_IDSIZE - '[string "..."]'.length - 1;
    if (source.length < room && nl < 0) return `[string "${source}"]`;
    let len = nl >= 0 ? nl : source.length;
    if (len > room) len = room;
    return `[string "${source.slice(0, len)}..."]`;
}

/** Display name of a chunk name given to load ("=name" as is, "@file" the file), cut like luaO_chunkid. */
export function displayChunkName(name: string): string {
    if (name.startsWith("=")) {
        // a literal source: its start, at most LUA_IDSIZE - 1 characters
        return name.length <= LUA_IDSIZE ? name.slice(1) : name.slice(1, LUA_IDSIZE);
    }
    if (name.startsWith("@")) {
        // a file name: "..." and its end when too long
        if (name.length <= LUA_IDSIZE) return name.slice(1);
        const keep = LUA_IDSIZE - "...".length - 1;
        return "..." + name.slice(name.length - keep);
    }
    return stringChunkName(name);
}

function load(chunk: unknown, chunkname: unknown, mode: unknown, env: unknown): unknown {
    let source: string;
    if (isNumber(chunk)) chunk = tostringValue(chunk);
    if (typeof chunk === "string") source = chunk;
    else if (typeof chunk === "function") {
        const pieces: string[] = [];
        for (;;) {
            let piece: unknown;
            try {
                piece = first(call(chunk));
            } catch (e) {
                // lua_load runs the reader protected: its error comes back as load's message
                const err = toLuaError(e);
                if (err.value instanceof ExitRequest) throw e;
                return [undefined, err.value];
            }
            if (piece === undefined || piece === "") break;
            if (isNumber(piece)) piece = tostringValue(piece);
            if (typeof piece !== "string") {
                // luaL_error inside the protected parser: positioned at load's caller
                try {
                    boundaryError("reader function must return a string");
                } catch (e) {
                    return [undefined, toLuaError(e).value];
                }
            }
            pieces.push(piece);
        }
        source = pieces.join("");
    } else {
        return typeError(chunk, 1, "load", "function", arguments.length);
    }
    const name = chunkname === undefined ? (typeof chunk === "string" ? chunk : "=(load)") : checkString(chunkname, 2, "load");
    const m = optString(mode, 3, "load", "bt");
    const modeError = checkChunkMode(source, m, name);
    if (modeError !== undefined) return [undefined, modeError];
    const e = arguments.length >= 4 ? env : globalsOf();
    try {
        return loadChunk(source, displayChunkName(name), e);
    } catch (err) {
        return [undefined, toLuaError(err).value];
    }
}

/**
 * lua_load's checks before parsing: a chunk whose first byte is ESC is binary (never loadable
 * here), and `mode` must allow the chunk's kind. Returns the error message, or undefined for a
 * text chunk that may be parsed. `name` is the chunk name as given (with its '@'/'=' prefix).
 */
function checkChunkMode(source: string, mode: string, name: string): string | undefined {
    if (source.charCodeAt(0) === 0x1b) {
        if (!mode.includes("b")) return `attempt to load a binary chunk (mode is '${mode}')`;
        // lundump.c: the name as the undumper reports it
        const uname = name.startsWith("@") || name.startsWith("=") ? name.slice(1) : name.charCodeAt(0) === 0x1b ? "binary string" : name;
        const why = source.startsWith("\x1bLua") ? "precompiled chunks are not supported" : "not a binary chunk";
        return `${uname}: bad binary format (${why})`;
    }
    if (!mode.includes("t")) return `attempt to load a text chunk (mode is '${mode}')`;
    return undefined;
}

/**
 * The source text of a file as luaL_loadfilex sees it: a UTF-8 BOM is dropped, and a first line
 * starting with '#' is dropped but its newline kept (so line numbers do not change). An unreadable
 * file gives luaL_loadfilex's message ("cannot open NAME: strerror").
 */
function readSourceFile(fname: string): { source: string } | { error: string } {
    const shown = fname === "" ? "stdin" : fname;
    let text: string;
    try {
        text = readFileSync(fname === "" ? 0 : fname, "latin1");
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const what = code === "EISDIR" ? "read" : "open";
        const msg = code !== undefined ? (fileResult(e, undefined)[1] as string) : String(e);
        return { error: `cannot ${what} ${shown}: ${msg}` };
    }
    if (text.startsWith("\xEF\xBB\xBF")) text = text.slice(3);
    if (text.startsWith("#")) {
        const nl = text.indexOf("\n");
        text = nl < 0 ? "" : text.slice(nl);
        // a binary chunk after the comment line: the newline kept for line numbers goes
        if (text.charCodeAt(1) === 0x1b) text = text.slice(1);
    }
    return { source: text };
}

function loadfile(filename: unknown, mode: unknown, env: unknown): unknown {
    const fname = optString(filename, 1, "loadfile", "");
    const m = optString(mode, 2, "loadfile", "bt");
    const r = readSourceFile(fname);
    if ("error" in r) return [undefined, r.error];
    const chunkname = fname === "" ? "=stdin" : "@" + fname;
    const modeError = checkChunkMode(r.source, m, chunkname);
    if (modeError !== undefined) return [undefined, modeError];
    const e = arguments.length >= 3 ? env : globalsOf();
    try {
        return loadChunk(r.source, displayChunkName(chunkname), e);
    } catch (err) {
        return [undefined, toLuaError(err).value];
    }
}

function dofile(filename: unknown): unknown {
    const fname = optString(filename, 1, "dofile", "");
    const r = readSourceFile(fname);
    if ("error" in r) return throwValue(r.error, 0);
    const chunkname = fname === "" ? "=stdin" : "@" + fname;
    const modeError = checkChunkMode(r.source, "bt", chunkname);
    if (modeError !== undefined) return throwValue(modeError, 0);
    const f = loadChunk(r.source, displayChunkName(chunkname), globalsOf());
    return call(f);
}

let warningsOn = false;
function warn(...parts: unknown[]): unknown {
    const msg = parts.map((p, i) => checkString(p, i + 1, "warn")).join("");
    if (parts.length === 1 && msg.startsWith("@")) {
        if (msg === "@on") warningsOn = true;
        else if (msg === "@off") warningsOn = false;
        return EMPTY;
    }
    if (warningsOn) {
        stdout.flush();
        process.stderr.write(Buffer.from(`Lua warning: ${msg}\n`, "latin1"));
    }
    return EMPTY;
}

// The globals table of the running state, set by openBase.
let globals: LuaTable | undefined;
function globalsOf(): LuaTable {
    return globals!;
}

export const baseLib: Record<string, LuaFunction> = {
    assert,
    collectgarbage,
    dofile,
    error,
    getmetatable,
    ipairs,
    load,
    loadfile,
    next,
    pairs,
    pcall,
    print,
    rawequal,
    rawget,
    rawlen,
    rawset,
    select,
    setmetatable,
    tonumber,
    tostring,
    type,
    warn,
    xpcall,
};

export function openBase(G: LuaTable): void {
    globals = G;
    markBoundary("pcall");
    markBoundary("xpcall");
    for (const [name, f] of Object.entries(baseLib)) G.setStr(name, f);
    G.setStr("_G", G);
    G.setStr("_VERSION", "Lua 5.4");
}
