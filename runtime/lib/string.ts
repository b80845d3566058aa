// The string library table and its installation (manual §6.4; patterns §6.4.1, pack §6.4.2).
import { cCalls, enterC } from "../value/c-calls.js";
import { LuaTable } from "../value/table.js";
import { isNumber } from "../value/number.js";
import { numberToString } from "../value/number-string.js";
import { LuaError, badArgument, runtimeError } from "../value/errors.js";
import { luaType, type LuaFunction } from "../value/types.js";
import { call, first, index, tostring } from "../value/metatable.js";
import { checkInteger, checkIntClamped, checkString, optIntClamped, optString, typeError } from "./args.js";
import { format as formatImpl } from "./string-format.js";
import { MatchState, acquireState, noSpecials, releaseState } from "./string-pattern.js";
import { pack, packsize, unpack } from "./string-pack.js";

const EMPTY: unknown[] = [];
/** Largest string a library function builds, as lua5.4's MAXSIZE (INT_MAX). */
const MAXSIZE = 0x7fffffff;
/** V8's limit on string length; beyond it an allocation cannot succeed. */
const MAX_JS_STRING = 0x1fffffe8;

/** Start position from a relative one: negative counts from the end, 0 and below-start give 1. */
function posrelatI(pos: number, len: number): number {
    if (pos > 0) return pos;
    if (pos === 0) return 1;
    if (pos < -len) return 1;
    return len + pos + 1;
}

/** End position from a relative one, clipped to [0, len]. */
function endpos(pos: number, len: number): number {
    if (pos > len) return len;
    if (pos >= 0) return pos;
    if (pos < -len) return 0;
    return len + pos + 1;
}

function byte(s: unknown, i: unknown, j: unknown): unknown {
    const nargs = arguments.length;
    const str = checkString(s, 1, "byte", nargs);
    const l = str.length;
    const pi = optIntClamped(i, 2, "byte", 1);
    const posi = posrelatI(pi, l);
    const pose = endpos(j === undefined ? pi : checkIntClamped(j, 3, "byte"), l);
    if (posi > pose) return EMPTY;
    if (posi === pose) return str.charCodeAt(posi - 1);
    const n = pose - posi + 1;
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = str.charCodeAt(posi - 1 + k);
    return out;
}

function char(...args: unknown[]): unknown {
    const n = args.length;
    const codes = new Array<number>(n);
    for (let i = 0; i < n; i++) {
        const c = checkInteger(args[i], i + 1, "char", n);
        if (typeof c !== "number" || c < 0 || c > 255) badArgument(i + 1, "char", "value out of range");
        codes[i] = c;
    }
    if (n <= 4096) return String.fromCharCode(...codes);
    let out = "";
    for (let i = 0; i < n; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
    return out;
}

function dump(f: unknown): unknown {
    if (typeof f !== "function") typeError(f, 1, "dump", "function", arguments.length);
    return runtimeError("unable to dump given function");
}

/** find and match: search from init, optionally as a plain substring (find only). */
function findAux(isFind: boolean, s: unknown, p: unknown, init: unknown, plain: unknown, nargs: number): unknown {
    const fname = isFind ? "find" : "match";
    const src = checkString(s, 1, fname, nargs);
    const pat = checkString(p, 2, fname, nargs);
    const ls = src.length;
    const start = posrelatI(optIntClamped(init, 3, fname, 1), ls) - 1;
    if (start > ls) return undefined;
    if (isFind && ((plain !== undefined && plain !== false) || noSpecials(pat))) {
        const at = src.indexOf(pat, start);
        return at < 0 ? undefined : [at + 1, at + pat.length];
    }
    const anchor = pat.charCodeAt(0) === 94; /* ^ */
    const ms = acquireState(src, pat, anchor ? 1 : 0);
    const skip = !anchor && ms.canSkip();
    let s1 = start;
    let result: unknown = undefined;
    for (;;) {
        if (skip) {
            s1 = ms.skip(s1);
            if (s1 >= ls) break;
        }
        const e = ms.run(s1);
        if (e !== -1) {
            if (isFind) {
                const n = ms.resultCount(false);
                const out = new Array<unknown>(n + 2);
                out[0] = s1 + 1;
                out[1] = e;
                for (let k = 0; k < n; k++) out[k + 2] = ms.capture(k, s1, e);
                result = out;
            } else {
                result = ms.results(s1, e, true);
            }
            break;
        }
        if (s1++ >= ls || anchor) break;
    }
    releaseState(ms);
    return result;
}

function find(s: unknown, p: unknown, init: unknown, plain: unknown): unknown {
    return findAux(true, s, p, init, plain, arguments.length);
}

function format(fmt: unknown, ...args: unknown[]): unknown {
    return formatImpl(checkString(fmt, 1, "format", args.length + 1), args, tostring);
}

function gmatch(s: unknown, p: unknown, init: unknown): unknown {
    const nargs = arguments.length;
    const src = checkString(s, 1, "gmatch", nargs);
    const pat = checkString(p, 2, "gmatch", nargs);
    const ls = src.length;
    let pos = posrelatI(optIntClamped(init, 3, "gmatch", 1), ls) - 1;
    if (pos > ls) pos = ls + 1; // no matches
    let lastMatch = -1;
    const ms = new MatchState().init(src, pat, 0);
    const skip = ms.canSkip();
    return function gmatchIterator(): unknown {
        for (let s1 = pos; s1 <= ls; s1++) {
            if (skip) {
                s1 = ms.skip(s1);
                if (s1 >= ls) break;
            }
            const e = ms.run(s1);
            if (e !== -1 && e !== lastMatch) {
                pos = lastMatch = e;
                return ms.results(s1, e, true);
            }
        }
        pos = ls + 1;
        return EMPTY;
    };
}

/**
 * A replacement string cut into parts: literal text, or a number for %0-%9 (the digit) or
 * -1 for an invalid '%' (an error raised when a match uses it).
 */
type Replacement = (string | number)[];

function parseReplacement(repl: string): Replacement {
    const parts: Replacement = [];
    let lit = "";
    let from = 0;
    for (;;) {
        const pct = repl.indexOf("%", from);
        if (pct < 0) break;
        lit += repl.slice(from, pct);
        const c = repl.charCodeAt(pct + 1);
        from = pct + 2;
        if (c === 37 /* % */) {
            lit += "%";
            continue;
        }
        if (lit !== "") parts.push(lit);
        lit = "";
        if (c >= 48 && c <= 57) {
            parts.push(c - 48);
        } else {
            parts.push(-1);
            return parts;
        }
    }
    lit += repl.slice(from);
    if (lit !== "") parts.push(lit);
    return parts;
}

/** The text that replaces the match src[s..e) for a parsed replacement string. */
function expandReplacement(ms: MatchState, parts: Replacement, s: number, e: number): string {
    let out = "";
    for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!;
        if (typeof part === "string") {
            out += part;
        } else if (part === 0) {
            out += ms.src.slice(s, e);
        } else if (part > 0) {
            const v = ms.capture(part - 1, s, e);
            out += typeof v === "string" ? v : String(v);
        } else {
            runtimeError("invalid use of '%' in replacement string");
        }
    }
    return out;
}

function gsub(s: unknown, p: unknown, repl: unknown, maxN: unknown): unknown {
    const nargs = arguments.length;
    const src = checkString(s, 1, "gsub", nargs);
    const pat = checkString(p, 2, "gsub", nargs);
    const ls = src.length;
    const maxS = optIntClamped(maxN, 4, "gsub", ls + 1);
    let replStr: string | undefined;
    let replParts: Replacement | undefined;
    if (typeof repl === "string" || isNumber(repl)) {
        replStr = typeof repl === "string" ? repl : numberToString(repl);
        if (replStr.indexOf("%") >= 0) replParts = parseReplacement(replStr);
    } else if (typeof repl !== "function" && !(repl instanceof LuaTable)) {
        typeError(repl, 3, "gsub", "string/function/table", nargs);
    }
    const anchor = pat.charCodeAt(0) === 94; /* ^ */
    const ms = acquireState(src, pat, anchor ? 1 : 0);
    const skip = !anchor && ms.canSkip();
    let out = "";
    let copied = 0; // src[copied..pos) is still to be copied to out
    let pos = 0;
    let lastMatch = -1;
    let n = 0;
    while (n < maxS) {
        if (skip) {
            pos = ms.skip(pos);
            if (pos >= ls) break;
        }
        const e = ms.run(pos);
        if (e !== -1 && e !== lastMatch) {
            n++;
            if (pos > copied) out += src.slice(copied, pos);
            if (replStr !== undefined) {
                out += replParts !== undefined ? expandReplacement(ms, replParts, pos, e) : replStr;
            } else {
                let v: unknown;
                if (repl instanceof LuaTable) {
                    v = index(repl, ms.capture(0, pos, e));
                } else {
                    const caps = ms.results(pos, e, true);
                    enterC(true); // a nested C call in lua5.4 (runtime/value/c-calls.ts)
                    v = first(Array.isArray(caps) ? call(repl, ...caps) : call(repl, caps));
                    cCalls.n--;
                }
                if (v === undefined || v === false) {
                    out += src.slice(pos, e);
                } else if (typeof v === "string") {
                    out += v;
                } else if (isNumber(v)) {
                    out += numberToString(v);
                } else {
                    runtimeError(`invalid replacement value (a ${luaType(v)})`);
                }
            }
            pos = lastMatch = copied = e;
        } else if (pos < ls) {
            pos++;
        } else {
            break;
        }
        if (anchor) break;
    }
    releaseState(ms);
    if (copied === 0 && n === 0) return [src, 0];
    if (copied < ls) out += src.slice(copied);
    return [out, n];
}

function len(s: unknown): unknown {
    return checkString(s, 1, "len", arguments.length).length;
}

const NON_ASCII = /[\x80-\uffff]/;

function lower(s: unknown): unknown {
    const str = checkString(s, 1, "lower", arguments.length);
    // JS case mapping is Unicode: keep it to A-Z as the C locale does
    if (!NON_ASCII.test(str)) return str.toLowerCase();
    return str.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function match(s: unknown, p: unknown, init: unknown): unknown {
    return findAux(false, s, p, init, undefined, arguments.length);
}

function rep(s: unknown, n: unknown, sep: unknown): unknown {
    const nargs = arguments.length;
    const str = checkString(s, 1, "rep", nargs);
    const count = checkIntClamped(n, 2, "rep", nargs);
    const sp = optString(sep, 3, "rep", "");
    if (count <= 0) return "";
    const unit = str.length + sp.length;
    if (unit === 0) return "";
    if (unit > Math.floor(MAXSIZE / count)) runtimeError("resulting string too large");
    if (unit * count - sp.length > MAX_JS_STRING) throw new LuaError("not enough memory");
    if (sp.length === 0) return str.repeat(count);
    return (str + sp).repeat(count - 1) + str;
}

function reverse(s: unknown): unknown {
    const str = checkString(s, 1, "reverse", arguments.length);
    const l = str.length;
    if (l < 2) return str;
    let out = "";
    const CHUNK = 8192;
    const codes = new Array<number>(Math.min(l, CHUNK));
    for (let i = l; i > 0; i -= CHUNK) {
        const m = Math.min(CHUNK, i);
        codes.length = m;
        for (let k = 0; k < m; k++) codes[k] = str.charCodeAt(i - 1 - k);
        out += String.fromCharCode(...codes);
    }
    return out;
}

function sub(s: unknown, i: unknown, j: unknown): unknown {
    const nargs = arguments.length;
    const str = checkString(s, 1, "sub", nargs);
    const l = str.length;
    const start = posrelatI(checkIntClamped(i, 2, "sub", nargs), l);
    const end = endpos(optIntClamped(j, 3, "sub", -1), l);
    if (start > end) return "";
    if (start === 1 && end === l) return str;
    return str.slice(start - 1, end);
}

function upper(s: unknown): unknown {
    const str = checkString(s, 1, "upper", arguments.length);
    if (!NON_ASCII.test(str)) return str.toUpperCase();
    return str.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/** The functions of the `string` table, in the manual's order. */
export const stringLib: Record<string, LuaFunction> = {
    byte,
    char,
    dump,
    find,
    format,
    gmatch,
    gsub,
    len,
    lower,
    match,
    pack,
    packsize,
    rep,
    reverse,
    sub,
    unpack,
    upper,
};

/** Create the `string` global and make it the __index of the string metatable. */
export function openString(G: LuaTable, stringMetatable: LuaTable): void {
    const t = new LuaTable();
    for (const [name, f] of Object.entries(stringLib)) t.setStr(name, f);
    G.setStr("string", t);
    stringMetatable.setStr("__index", t);
}
