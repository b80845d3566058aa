// string.format (Lua 5.4 manual §6.4): conversion-spec parsing and validation as lua5.4 does it, integer/char/%s/%q/%p output.
import { LuaFloat, isInteger, type LuaNumber } from "../value/number.js";
import { formatFloat, hexFloat, pad, type FloatConv, type FloatSpec } from "../value/number-string.js";
import { badArgument, runtimeError } from "../value/errors.js";
import { addressOf } from "../value/metatable.js";
import { checkInteger, checkNumber } from "./args.js";

const FNAME = "format";

// Flags each conversion accepts (lua 5.4 checks these; anything else is an invalid specification).
const FLAGS_INT = "-+0 "; // d i
const FLAGS_UNSIGNED = "-0"; // u
const FLAGS_HEX = "-#0"; // o x X
const FLAGS_FLOAT = "-+ #0"; // a A e E f g G
const FLAGS_CHAR = "-"; // c p s

/** The characters a spec may span before its conversion letter. */
function isSpecChar(c: number): boolean {
    // - + space # . and digits
    return c === 45 || c === 43 || c === 32 || c === 35 || c === 46 || (c >= 48 && c <= 57);
}

/** Longest run of spec characters lua5.4 accepts before "invalid format (too long)". */
const MAX_SPEC = 20;

export interface ConvSpec {
    flags: string;
    width: number | undefined;
    precision: number | undefined;
}

/** The spec text for error messages (C strings stop at a zero byte). */
function shown(form: string): string {
    const z = form.indexOf("\0");
    return z >= 0 ? form.slice(0, z) : form;
}

/**
 * Validate `form` ("%" + flags/width/precision + conversion letter) against the flags the
 * conversion accepts and whether it takes a precision; width and precision have at most 2 digits.
 */
function checkSpec(form: string, allowed: string, precisionOk: boolean): ConvSpec {
    let j = 1;
    while (j < form.length && allowed.includes(form[j]!)) j++;
    const flags = form.slice(1, j);
    let width: number | undefined;
    let precision: number | undefined;
    if (form[j] !== "0") {
        let k = j;
        while (k < j + 2 && isDigit(form.charCodeAt(k))) k++;
        if (k > j) width = +form.slice(j, k);
        j = k;
        if (form[j] === "." && precisionOk) {
            j++;
            k = j;
            while (k < j + 2 && isDigit(form.charCodeAt(k))) k++;
            precision = k > j ? +form.slice(j, k) : 0;
            j = k;
        }
    }
    if (j !== form.length - 1) runtimeError(`invalid conversion specification: '${shown(form)}'`);
    return { flags, width, precision };
}

function isDigit(c: number): boolean {
    return c >= 48 && c <= 57;
}

// ---------------------------------------------------------------------------
// Integers.

/** C printf of a 64-bit integer with conversion d, i, u, o, x or X. */
export function formatInteger(v: number | bigint, conv: string, spec: ConvSpec): string {
    let digits: string;
    let sign = "";
    let isZero: boolean;
    if (conv === "d" || conv === "i") {
        isZero = v == 0;
        if (v < 0) {
            sign = "-";
            digits = (typeof v === "bigint" ? -v : -v).toString();
        } else {
            digits = v.toString();
            if (spec.flags.includes("+")) sign = "+";
            else if (spec.flags.includes(" ")) sign = " ";
        }
    } else {
        isZero = v == 0;
        const u = v < 0 ? BigInt.asUintN(64, BigInt(v)) : v;
        const radix = conv === "o" ? 8 : conv === "u" ? 10 : 16;
        digits = u.toString(radix);
        if (conv === "X") digits = digits.toUpperCase();
    }
    const p = spec.precision;
    if (p !== undefined) {
        if (p === 0 && isZero) digits = "";
        else if (digits.length < p) digits = "0".repeat(p - digits.length) + digits;
    }
    let head = sign;
    if (spec.flags.includes("#")) {
        if (conv === "o") {
            if (digits[0] !== "0") digits = "0" + digits;
        } else if (!isZero) head = conv === "X" ? "0X" : "0x";
    }
    return pad(head, digits, spec.width, spec.flags, p === undefined);
}

// ---------------------------------------------------------------------------
// %q

function quoteString(s: string): string {
    let out = '"';
    let start = 0;
    const n = s.length;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === 34 || c === 92 || c === 10) {
            out += s.slice(start, i) + "\\" + s[i];
            start = i + 1;
        } else if (c < 32 || c === 127) {
            const next = s.charCodeAt(i + 1);
            out += s.slice(start, i) + "\\" + (isDigit(next) ? String(c).padStart(3, "0") : String(c));
            start = i + 1;
        }
    }
    return out + s.slice(start) + '"';
}

function quoteNumber(v: LuaNumber): string {
    if (isInteger(v)) {
        if (v === -0x8000000000000000n) return "0x8000000000000000";
        return v.toString();
    }
    const x = v instanceof LuaFloat ? v.n : v;
    if (x === Infinity) return "1e9999";
    if (x === -Infinity) return "-1e9999";
    if (x !== x) return "(0/0)";
    return hexFloat(x);
}

function quoted(v: unknown, arg: number): string {
    switch (typeof v) {
        case "string":
            return quoteString(v);
        case "number":
        case "bigint":
            return quoteNumber(v);
        case "undefined":
            return "nil";
        case "boolean":
            return v ? "true" : "false";
        default:
            if (v instanceof LuaFloat) return quoteNumber(v);
            return badArgument(arg, FNAME, "value has no literal form");
    }
}

// ---------------------------------------------------------------------------
// %p

function stringAddress(s: string): string {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return "0x" + (0x560000000000 + (h & 0xfffffff0)).toString(16).padStart(12, "0");
}

function pointerText(v: unknown): string {
    if (v === undefined || v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "bigint") return "(null)";
    if (v instanceof LuaFloat) return "(null)";
    if (typeof v === "string") return stringAddress(v);
    return addressOf(v as object);
}

// ---------------------------------------------------------------------------

/** A conversion of a parsed format string; `spec`/`fspec` are filled by the first use that validates them. */
interface Conv {
    /** The conversion letter ("" when the format ends inside the spec). */
    conv: string;
    /** "%" + flags/width/precision + the letter. */
    form: string;
    /** No flags, width or precision. */
    simple: boolean;
    /** More spec characters than lua5.4 accepts. */
    tooLong: boolean;
    spec: ConvSpec | undefined;
    fspec: FloatSpec | undefined;
}

/** A format string cut into literal text (with "%%" already turned into "%") and conversions. */
type Item = string | Conv;

function parseFormat(fmt: string): Item[] {
    const n = fmt.length;
    const items: Item[] = [];
    let lit = "";
    let pos = 0;
    while (pos < n) {
        const pct = fmt.indexOf("%", pos);
        if (pct < 0) {
            lit += fmt.slice(pos);
            break;
        }
        lit += fmt.slice(pos, pct);
        if (fmt.charCodeAt(pct + 1) === 37) {
            lit += "%";
            pos = pct + 2;
            continue;
        }
        if (lit !== "") items.push(lit);
        lit = "";
        let k = pct + 1;
        while (k < n && isSpecChar(fmt.charCodeAt(k))) k++;
        const form = fmt.slice(pct, k + 1);
        items.push({
            conv: k < n ? fmt[k]! : "",
            form,
            simple: form.length === 2,
            tooLong: k - (pct + 1) > MAX_SPEC,
            spec: undefined,
            fspec: undefined,
        });
        pos = k + 1;
    }
    if (lit !== "") items.push(lit);
    return items;
}

/** Parsed format strings, by text (bounded: cleared when full). */
const formatCache = new Map<string, Item[]>();
const CACHE_ENTRIES = 512;
const CACHE_MAX_LENGTH = 256;

function parsedFormat(fmt: string): Item[] {
    let items = formatCache.get(fmt);
    if (items === undefined) {
        items = parseFormat(fmt);
        if (fmt.length <= CACHE_MAX_LENGTH) {
            if (formatCache.size >= CACHE_ENTRIES) formatCache.clear();
            formatCache.set(fmt, items);
        }
    }
    return items;
}

/**
 * The pieces of the result, joined once at the end: a join gives one flat string, where `+=`
 * would leave a tree of cons strings that the GC copies and every later reader walks.
 * Reused unless a nested format (from a __tostring) is running.
 */
let sharedParts: string[] = [];
let sharedBusy = false;

/**
 * string.format(fmt, ...args). `args[0]` is Lua argument #2. `tostring` is luaL_tolstring
 * (honours __tostring and __name), used by %s.
 */
export function format(fmt: string, args: unknown[], tostring: (v: unknown) => string): string {
    const items = parsedFormat(fmt);
    const m = items.length;
    if (m === 0) return "";
    if (m === 1 && typeof items[0] === "string") return items[0];
    let parts: string[];
    const owner = !sharedBusy;
    if (owner) {
        parts = sharedParts;
        sharedBusy = true;
    } else parts = [];
    try {
        let argi = 0; // index into args of the next argument
        for (let idx = 0; idx < m; idx++) {
            const item = items[idx]!;
            if (typeof item === "string") {
                parts.push(item);
                continue;
            }
            const arg = argi + 2; // Lua argument number
            if (argi >= args.length) badArgument(arg, FNAME, "no value");
            const v = args[argi++];
            if (item.tooLong) runtimeError("invalid format (too long)");
            parts.push(convert(item, v, arg, tostring));
        }
        return parts.length === 1 ? parts[0]! : parts.join("");
    } finally {
        parts.length = 0;
        if (owner) sharedBusy = false;
    }
}

/** The text of one conversion of argument `v` (Lua argument number `arg`). */
function convert(item: Conv, v: unknown, arg: number, tostring: (v: unknown) => string): string {
    const conv = item.conv;
    switch (conv) {
        case "d":
        case "i": {
            const i = checkInteger(v, arg, FNAME);
            if (item.simple) return typeof i === "number" ? String(i) : i.toString();
            return formatInteger(i, conv, (item.spec ??= checkSpec(item.form, FLAGS_INT, true)));
        }
        case "u":
            return formatInteger(checkInteger(v, arg, FNAME), conv, (item.spec ??= checkSpec(item.form, FLAGS_UNSIGNED, true)));
        case "o":
        case "x":
        case "X":
            return formatInteger(checkInteger(v, arg, FNAME), conv, (item.spec ??= checkSpec(item.form, FLAGS_HEX, true)));
        case "c": {
            const spec = (item.spec ??= checkSpec(item.form, FLAGS_CHAR, false));
            const i = checkInteger(v, arg, FNAME);
            const byte = typeof i === "bigint" ? Number(BigInt.asUintN(8, i)) : i & 255;
            return pad("", String.fromCharCode(byte), spec.width, spec.flags, false);
        }
        case "a":
        case "A":
        case "e":
        case "E":
        case "f":
        case "g":
        case "G": {
            const num = checkNumber(v, arg, FNAME);
            let fspec = item.fspec;
            if (fspec === undefined) {
                const spec = checkSpec(item.form, FLAGS_FLOAT, true);
                fspec = item.fspec = { conv: conv as FloatConv, flags: spec.flags, width: spec.width, precision: spec.precision };
            }
            return formatFloat(typeof num === "bigint" ? Number(num) : num, fspec);
        }
        case "p": {
            const spec = (item.spec ??= checkSpec(item.form, FLAGS_CHAR, false));
            return pad("", pointerText(v), spec.width, spec.flags, false);
        }
        case "q":
            if (!item.simple) runtimeError("specifier '%q' cannot have modifiers");
            return quoted(v, arg);
        case "s": {
            const s = tostring(v);
            if (item.simple) return s;
            const spec = (item.spec ??= checkSpec(item.form, FLAGS_CHAR, true));
            if (s.includes("\0")) badArgument(arg, FNAME, "string contains zeros");
            if (spec.precision === undefined && s.length >= 100) return s; // too long to be formatted: kept whole
            const t = spec.precision !== undefined && s.length > spec.precision ? s.slice(0, spec.precision) : s;
            return pad("", t, spec.width, spec.flags, false);
        }
        default:
            return runtimeError(`invalid conversion '${shown(item.form)}' to 'format'`);
    }
}
