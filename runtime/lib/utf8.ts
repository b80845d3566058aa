// The utf8 library (manual §6.5) on byte strings (JS strings of char codes 0..255).
import { LuaTable } from "../value/table.js";
import { runtimeError } from "../value/errors.js";
import { truthy } from "../value/metatable.js";
import { type LuaFunction } from "../value/types.js";
import { argError, checkIntClamped, checkInteger, checkString, optIntClamped } from "./args.js";

const MAXUNICODE = 0x10ffff;
const MAXUTF = 0x7fffffff;
/** Smallest code point for each number of continuation bytes (shorter forms are overlong). */
const LIMITS = [Infinity, 0x80, 0x800, 0x10000, 0x200000, 0x4000000];
const MSG_INVALID = "invalid UTF-8 code";

let decodedCode = 0;

/**
 * Decodes the sequence at byte i of s; returns the index after it (the code point is left in
 * decodedCode), or -1 when it is invalid. Strict mode rejects surrogates and codes past
 * U+10FFFF; lax mode accepts the original UTF-8 up to 2^31 - 1. Reading past the end gives
 * NaN, which is no continuation byte (as the terminating '\0' in C).
 */
function decode(s: string, i: number, strict: boolean): number {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
        decodedCode = c;
        return i + 1;
    }
    if (c !== c) return -1;
    let res = 0;
    let count = 0;
    for (let lead = c; lead & 0x40; lead <<= 1) {
        if (count === 5) return -1; // more than 5 continuation bytes
        const cc = s.charCodeAt(i + ++count);
        if ((cc & 0xc0) !== 0x80) return -1;
        res = res * 64 + (cc & 0x3f);
    }
    // payload bits of the lead byte: below its count+1 leading ones and the following zero
    res += (c & (0x3f >> count)) * 2 ** (count * 6);
    if (res > MAXUTF || res < LIMITS[count]!) return -1;
    if (strict && (res > MAXUNICODE || (res >= 0xd800 && res <= 0xdfff))) return -1;
    decodedCode = res;
    return i + count + 1;
}

function isCont(s: string, i: number): boolean {
    return (s.charCodeAt(i) & 0xc0) === 0x80;
}

/** A relative string position: negative counts from the end (utf8's u_posrelat). */
function posrelat(pos: number, len: number): number {
    if (pos >= 0) return pos;
    if (-pos > len) return 0;
    return len + pos + 1;
}

/** Encodes one code point (at most 0x7FFFFFFF) in (extended) UTF-8. */
function encode(x: number): string {
    if (x < 0x80) return String.fromCharCode(x);
    const bytes: number[] = [];
    let mfb = 0x3f; // largest value that still fits in the first byte
    do {
        bytes.push(0x80 | (x & 0x3f));
        x = Math.floor(x / 64);
        mfb >>= 1;
    } while (x > mfb);
    bytes.push(((~mfb << 1) | x) & 0xff);
    bytes.reverse();
    return String.fromCharCode(...bytes);
}

// ---------------------------------------------------------------------------

function char(...codes: unknown[]): unknown {
    let out = "";
    for (let i = 0; i < codes.length; i++) {
        const code = checkInteger(codes[i], i + 1, "char");
        if (typeof code !== "number" || code < 0 || code > MAXUTF) return argError(i + 1, "char", "value out of range");
        out += encode(code);
    }
    return out;
}

function iterate(strict: boolean): LuaFunction {
    return function (s: unknown, control: unknown): unknown {
        const str = checkString(s, 1, "for iterator");
        const len = str.length;
        // the control value is the previous position (1-based), i.e. the byte after its start
        let n = typeof control === "number" && Number.isInteger(control) ? control : 0;
        if (n < 0 || typeof control === "bigint") return []; // (as unsigned: past the end)
        if (n < len) while (isCont(str, n)) n++; // skip the rest of the previous character
        if (n >= len) return [];
        if (decode(str, n, strict) < 0) return runtimeError(MSG_INVALID);
        return [n + 1, decodedCode];
    };
}

const iterStrict = iterate(true);
const iterLax = iterate(false);

function codes(s: unknown, lax: unknown): unknown {
    checkString(s, 1, "codes", arguments.length);
    return [truthy(lax) ? iterLax : iterStrict, s, 0];
}

function codepoint(s: unknown, i: unknown, j: unknown, lax: unknown): unknown {
    const str = checkString(s, 1, "codepoint", arguments.length);
    const len = str.length;
    const posi = posrelat(optIntClamped(i, 2, "codepoint", 1), len);
    const pose = j === undefined ? posi : posrelat(checkIntClamped(j, 3, "codepoint"), len);
    if (posi < 1) return argError(2, "codepoint", "out of bounds");
    if (pose > len) return argError(3, "codepoint", "out of bounds");
    if (posi > pose) return [];
    if (pose - posi >= 999_900) return runtimeError("stack overflow (string slice too long)");
    const strict = !truthy(lax);
    const out: number[] = [];
    for (let p = posi - 1; p < pose;) {
        p = decode(str, p, strict);
        if (p < 0) return runtimeError(MSG_INVALID);
        out.push(decodedCode);
    }
    return out.length === 1 ? out[0] : out;
}

function len(s: unknown, i: unknown, j: unknown, lax: unknown): unknown {
    const str = checkString(s, 1, "len", arguments.length);
    const slen = str.length;
    let posi = posrelat(optIntClamped(i, 2, "len", 1), slen);
    let posj = posrelat(optIntClamped(j, 3, "len", -1), slen);
    if (!(1 <= posi && --posi <= slen)) return argError(2, "len", "initial position out of bounds");
    if (!(--posj < slen)) return argError(3, "len", "final position out of bounds");
    const strict = !truthy(lax);
    let n = 0;
    while (posi <= posj) {
        const next = decode(str, posi, strict);
        if (next < 0) return [undefined, posi + 1];
        posi = next;
        n++;
    }
    return n;
}

function offset(s: unknown, nArg: unknown, iArg: unknown): unknown {
    const str = checkString(s, 1, "offset", arguments.length);
    const slen = str.length;
    let n = checkIntClamped(nArg, 2, "offset", arguments.length);
    let posi = posrelat(optIntClamped(iArg, 3, "offset", n >= 0 ? 1 : slen + 1), slen);
    if (!(1 <= posi && --posi <= slen)) return argError(3, "offset", "position out of bounds");
    if (n === 0) {
        while (posi > 0 && isCont(str, posi)) posi--; // start of the character holding byte i
    } else {
        if (isCont(str, posi)) return runtimeError("initial position is a continuation byte");
        if (n < 0) {
            while (n < 0 && posi > 0) {
                do posi--;
                while (posi > 0 && isCont(str, posi));
                n++;
            }
        } else {
            n--; // the first character is the one at posi
            while (n > 0 && posi < slen) {
                do posi++;
                while (isCont(str, posi));
                n--;
            }
        }
    }
    return n === 0 ? posi + 1 : undefined;
}

// ---------------------------------------------------------------------------
// Registration (manual order)

export const utf8Lib: Record<string, LuaFunction> = {
    char,
    codes,
    codepoint,
    len,
    offset,
};

export function openUtf8(G: LuaTable): void {
    const U = new LuaTable();
    for (const [name, f] of Object.entries(utf8Lib)) U.setStr(name, f);
    U.setStr("charpattern", "[\x00-\x7F\xC2-\xFD][\x80-\xBF]*");
    G.setStr("utf8", U);
}
