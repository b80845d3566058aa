// Number <-> string conversions: tostring's "%.14g", string->number coercion (manual §3.4.3), and C printf double formatting for string.format (§6.4).
import { LuaFloat, mkfloat, mkint, type LuaNumber } from "./number.js";

// ---------------------------------------------------------------------------
// Bit access to doubles.

const scratch = new DataView(new ArrayBuffer(8));

/** Binary exponent field, and the 52-bit fraction as (high 20 bits, low 32 bits). */
function bitsOf(x: number): [exp: number, hi: number, lo: number] {
    scratch.setFloat64(0, x);
    const hi = scratch.getUint32(0);
    return [(hi >>> 20) & 0x7ff, hi & 0xfffff, scratch.getUint32(4)];
}

function ctz32(v: number): number {
    return 31 - Math.clz32(v & -v);
}

/** How many binary digits |x| (finite) has after the point; 0 for integers. */
function fracBits(x: number): number {
    if (x === 0) return 0;
    const [exp, hi, lo] = bitsOf(x);
    const tz = lo !== 0 ? ctz32(lo) : 32 + ctz32(exp === 0 ? hi : hi | 0x100000);
    const k = (exp === 0 ? 1074 : 1075 - exp) - tz;
    return k > 0 ? k : 0;
}

const POW5: bigint[] = [1n];
function pow5(k: number): bigint {
    while (POW5.length <= k) POW5.push(POW5[POW5.length - 1]! * 5n);
    return POW5[k]!;
}

/**
 * The exact decimal expansion of a positive finite double: digits without trailing zeros,
 * and the decimal exponent of the first digit (value = d.ddd * 10^e).
 */
function exactDigits(x: number): [string, number] {
    const [exp, hi, lo] = bitsOf(x);
    let m = (BigInt(hi) << 32n) | BigInt(lo);
    let e2: number;
    if (exp === 0) e2 = -1074;
    else {
        m |= 1n << 52n;
        e2 = exp - 1075;
    }
    let d: string, e: number;
    if (e2 >= 0) {
        d = (m << BigInt(e2)).toString();
        e = d.length - 1;
    } else {
        d = (m * pow5(-e2)).toString(); // x = m * 5^k / 10^k
        e = d.length - 1 + e2;
    }
    let end = d.length;
    while (end > 1 && d.charCodeAt(end - 1) === 48) end--;
    return [d.slice(0, end), e];
}

/**
 * Round the digit string `d` (no trailing zeros needed) to its first `n` digits, ties to even
 * (glibc's printf on exact values). Returns n digits, or n+1 digits ("100...") when rounding carried.
 * n may be 0 (result "" or "1") or negative (result "").
 */
function roundAt(d: string, n: number): string {
    if (n < 0) return "";
    if (d.length <= n) return d + "0".repeat(n - d.length);
    const c = d.charCodeAt(n);
    let tail = d.length > n + 1;
    if (tail) {
        tail = false;
        for (let i = n + 1; i < d.length; i++) {
            if (d.charCodeAt(i) !== 48) {
                tail = true;
                break;
            }
        }
    }
    const up = c > 53 || (c === 53 && (tail || (n > 0 && (d.charCodeAt(n - 1) & 1) === 1)));
    const kept = d.slice(0, n);
    if (!up) return kept;
    let i = n - 1;
    while (i >= 0 && kept.charCodeAt(i) === 57) i--;
    if (i < 0) return "1" + "0".repeat(n);
    return kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1) + "0".repeat(n - 1 - i);
}

/** Digits and exponent of a JS number string ("123.45", "1.5e-7", "0.001"), without leading/trailing zeros. */
function parseJsDigits(s: string): [string, number] {
    let e = 0;
    const ei = s.indexOf("e");
    let m = s;
    if (ei >= 0) {
        e = +s.slice(ei + 1);
        m = s.slice(0, ei);
    }
    const dot = m.indexOf(".");
    let intLen = dot >= 0 ? dot : m.length;
    let digits = dot >= 0 ? m.slice(0, dot) + m.slice(dot + 1) : m;
    let start = 0;
    while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
    intLen -= start;
    let end = digits.length;
    while (end > start + 1 && digits.charCodeAt(end - 1) === 48) end--;
    digits = digits.slice(start, end);
    return [digits, e + intLen - 1];
}

/** The first n significant digits of positive finite x, correctly rounded (ties to even), and the exponent. */
function sigDigits(x: number, n: number): [string, number] {
    // JS rounds exact ties away from zero; a tie needs an exact value of exactly n+1 digits.
    let risky: boolean;
    const k = fracBits(x);
    if (k > 0) {
        // the exact value has e10 + k + 1 digits; allow for an inexact log10
        const e10 = Math.floor(Math.log10(x));
        risky = Math.abs(e10 + k - n) <= 1;
    } else if (x < 9007199254740992 || n <= 14) {
        // String() is exact below 2^53; above, an exact value of <= 15 digits is the shortest form
        risky = parseJsDigits(String(x))[0].length === n + 1;
    } else risky = true;
    if (!risky && n <= 101) {
        const s = x.toExponential(n - 1);
        const ei = s.indexOf("e");
        return [n > 1 ? s[0]! + s.slice(2, ei) : s.slice(0, ei), +s.slice(ei + 1)];
    }
    const [d, e] = exactDigits(x);
    const r = roundAt(d, n);
    return r.length > n ? [r.slice(0, n), e + 1] : [r, e];
}

/** C's "%.{p}f" body for non-negative finite x. */
function fixedBody(x: number, p: number): string {
    if (x < 1e21 && p <= 100) {
        // toFixed rounds ties away from zero; a tie needs exactly p + 1 binary fraction digits.
        // Scaling by a power of two is exact here, so that is: x * 2^p not an integer, x * 2^(p+1) one.
        const s = x * 2 ** p;
        if (Number.isInteger(s) || !Number.isInteger(s * 2)) return x.toFixed(p);
    }
    if (x === 0) return p > 0 ? "0." + "0".repeat(p) : "0";
    const [d, e] = exactDigits(x);
    let r = roundAt(d, e + 1 + p); // the integer round(x * 10^p)
    if (r.length <= p) r = "0".repeat(p + 1 - r.length) + r;
    return p > 0 ? r.slice(0, r.length - p) + "." + r.slice(r.length - p) : r;
}

function expSuffix(e: number): string {
    const a = e < 0 ? -e : e;
    return (e < 0 ? "e-" : "e+") + (a < 10 ? "0" + a : String(a));
}

/** C's "%.{p}e" body for non-negative finite x. */
function expBody(x: number, p: number, alt: boolean): string {
    const [d, e] = x === 0 ? ["0".repeat(p + 1), 0] : sigDigits(x, p + 1);
    return d[0]! + (p > 0 ? "." + d.slice(1) : alt ? "." : "") + expSuffix(e);
}

/** %g layout of P rounded digits `d` with exponent e (C99 7.19.6.1). */
function layoutG(d: string, e: number, P: number, alt: boolean): string {
    if (d.length < P) d += "0".repeat(P - d.length);
    if (!alt) {
        let end = d.length;
        while (end > 1 && d.charCodeAt(end - 1) === 48) end--;
        d = d.slice(0, end);
    }
    if (e < -4 || e >= P) {
        return d[0]! + (d.length > 1 ? "." + d.slice(1) : alt ? "." : "") + expSuffix(e);
    }
    let int: string, frac: string;
    if (e >= 0) {
        int = d.length > e + 1 ? d.slice(0, e + 1) : d + "0".repeat(e + 1 - d.length);
        frac = d.slice(e + 1);
    } else {
        int = "0";
        frac = "0".repeat(-e - 1) + d;
    }
    return frac.length > 0 ? int + "." + frac : alt ? int + "." : int;
}

/** C's "%.{p}g" body for non-negative finite x. */
function generalBody(x: number, p: number, alt: boolean): string {
    const P = p === 0 ? 1 : p;
    // Fast path: with more than P + 6 binary fraction digits, x >= 1e-4 has more than P + 1
    // significant decimal digits, so no tie, and toPrecision rounds as printf does. Its
    // notation choice matches %g's for exponents >= -4.
    if (!alt && x >= 1e-4 && x < 1e21 && P <= 100 && !Number.isInteger(x * 2 ** (P + 6))) {
        const r = x.toPrecision(P);
        if (r.indexOf("e") < 0) {
            if (r.indexOf(".") < 0) return r;
            let end = r.length;
            while (r.charCodeAt(end - 1) === 48) end--;
            if (r.charCodeAt(end - 1) === 46) end--;
            return end === r.length ? r : r.slice(0, end);
        }
    }
    const [d, e] = x === 0 ? ["0", 0] : sigDigits(x, P);
    return layoutG(d, e, P, alt);
}

/** C's "%a" for non-negative finite x: [prefix "0x", rest]. Rounds ties to even when precision is given. */
function hexBody(x: number, p: number | undefined, alt: boolean): string {
    let lead: number, mant: number, exp: number;
    if (x === 0) {
        lead = 0;
        mant = 0;
        exp = 0;
    } else {
        const [ex, hi, lo] = bitsOf(x);
        mant = hi * 4294967296 + lo;
        lead = ex === 0 ? 0 : 1;
        exp = ex === 0 ? -1022 : ex - 1023;
    }
    let frac: string;
    if (p === undefined) {
        frac = mant === 0 ? "" : mant.toString(16).padStart(13, "0").replace(/0+$/, "");
    } else if (p >= 13) {
        frac = mant.toString(16).padStart(13, "0") + "0".repeat(p - 13);
    } else {
        const full = lead * 4503599627370496 + mant; // lead * 2^52 + fraction, exact
        const unit = 2 ** (4 * (13 - p));
        let q = Math.floor(full / unit);
        const r = full - q * unit;
        const half = unit / 2;
        if (r > half || (r === half && q % 2 === 1)) q++;
        const scale = 16 ** p;
        lead = Math.floor(q / scale);
        frac = p > 0 ? (q - lead * scale).toString(16).padStart(p, "0") : "";
    }
    const point = frac.length > 0 || alt ? "." : "";
    return lead + point + frac + "p" + (exp < 0 ? "-" : "+") + (exp < 0 ? -exp : exp);
}

// ---------------------------------------------------------------------------
// printf-style double formatting.

export type FloatConv = "e" | "E" | "f" | "F" | "g" | "G" | "a" | "A";

export interface FloatSpec {
    conv: FloatConv;
    /** Flags among "-+ #0". */
    flags: string;
    width?: number;
    precision?: number;
}

/**
 * C printf of a double. A plain JS NaN has its sign bit set (prints "-nan"); LuaFloat(NaN)
 * has it clear ("nan"). Precision is at most 99 in practice but any value works.
 */
export function formatFloat(v: number | LuaFloat, spec: FloatSpec): string {
    const boxed = v instanceof LuaFloat;
    const x = boxed ? v.n : v;
    const neg = x !== x ? !boxed : x < 0 || Object.is(x, -0);
    const a = x < 0 ? -x : x;
    const flags = spec.flags;
    const alt = flags.includes("#");
    const conv = spec.conv;
    const lower = conv.toLowerCase();
    let prefix = "";
    let body: string;
    const finite = a === a && a !== Infinity;
    if (!finite) body = a !== a ? "nan" : "inf";
    else if (lower === "f") body = fixedBody(a, spec.precision ?? 6);
    else if (lower === "e") body = expBody(a, spec.precision ?? 6, alt);
    else if (lower === "g") body = generalBody(a, spec.precision ?? 6, alt);
    else {
        prefix = "0x";
        body = hexBody(a, spec.precision, alt);
    }
    if (alt && lower === "f" && finite && spec.precision === 0) body += ".";
    const sign = neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    if (conv !== lower) {
        prefix = prefix.toUpperCase();
        body = body.toUpperCase();
    }
    return pad(sign + prefix, body, spec.width, flags, finite);
}

/** Pad `head + body` to `width`: left-justified with '-', zeros between head and body with '0'. */
export function pad(head: string, body: string, width: number | undefined, flags: string, zeroOk: boolean): string {
    const len = head.length + body.length;
    if (width === undefined || len >= width) return head + body;
    if (flags.includes("-")) return head + body + " ".repeat(width - len);
    if (zeroOk && flags.includes("0")) return head + "0".repeat(width - len) + body;
    return " ".repeat(width - len) + head + body;
}

/** "%a" of a float as string.format's %q writes it (no flags). */
export function hexFloat(x: number): string {
    return formatFloat(x, { conv: "a", flags: "" });
}

// ---------------------------------------------------------------------------
// tostring (LUAI_NUMFFORMAT "%.14g", plus ".0" when the result looks like an integer).

/** The decimal form of a float; `nanNegative` says whether a NaN has its sign bit set. */
export function floatToString(x: number, nanNegative = true): string {
    if (x !== x) return nanNegative ? "-nan" : "nan";
    if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
    const neg = x < 0;
    const a = neg ? -x : x;
    if (a === Infinity) return neg ? "-inf" : "inf";
    if (a >= 1e-4 && a < 1e14) {
        if (!Number.isInteger(a * 1048576)) {
            // The exact value has at least 18 digits, so it is no tie at 14 digits and
            // toPrecision (exact, ties away from zero) agrees with printf.
            const r = a.toPrecision(14);
            if (r.indexOf("e") < 0) {
                let end = r.length;
                if (r.indexOf(".") >= 0) {
                    while (r.charCodeAt(end - 1) === 48) end--;
                    if (r.charCodeAt(end - 1) === 46) end--;
                }
                const t = end === r.length ? r : r.slice(0, end);
                return (neg ? "-" : "") + (t.indexOf(".") < 0 ? t + ".0" : t);
            }
        } else {
            // a short binary fraction or an integer: String() is exact when it has <= 14 digits
            const s = String(a);
            const dot = s.indexOf(".");
            let digits: number;
            if (dot < 0) digits = s.length;
            else if (a >= 1) digits = s.length - 1;
            else {
                let i = 2;
                while (s.charCodeAt(i) === 48) i++;
                digits = s.length - i;
            }
            if (digits <= 14) return (neg ? "-" : "") + (dot < 0 ? s + ".0" : s);
        }
    }
    const [d, e] = sigDigits(a, 14);
    return sign14g(neg, d, e);
}

function sign14g(neg: boolean, d: string, e: number): string {
    const s = layoutG(d, e, 14, false);
    const looksInt = e >= 0 && e < 14 && s.indexOf(".") < 0;
    return (neg ? "-" : "") + (looksInt ? s + ".0" : s);
}
/** tostring of a Lua number (lua_Integer "%d", lua_Number "%.14g"). */
export function numberToString(v: LuaNumber): string {
    if (typeof v === "number") return Number.isInteger(v) ? String(v) : floatToString(v, true);
    if (typeof v === "bigint") return v.toString();
    return floatToString(v.n, false);
}

// ---------------------------------------------------------------------------
// String -> number (luaO_str2num: an integer if it reads as one, else a strtod float).

function isSpace(c: number): boolean {
    return c === 32 || (c >= 9 && c <= 13);
}

function hexVal(c: number): number {
    if (c >= 48 && c <= 57) return c - 48;
    const l = c | 32;
    return l >= 97 && l <= 102 ? l - 87 : -1;
}

/** m * 2^e2 as a correctly rounded double (ties to even), m >= 0. */
function scaleBig(m: bigint, e2: number): number {
    if (m === 0n) return 0;
    const top = m.toString(16).length * 4 - 1 + e2; // a bound: the top bit is at most this
    if (top > 1100) return Infinity;
    if (top < -1200) return 0;
    const bits = m.toString(2).length;
    const high = bits - 1 + e2; // exponent of the leading bit
    const lsb = Math.max(high - 52, -1074);
    if (lsb <= e2) return Number(m) * 2 ** e2; // exact
    const shift = BigInt(lsb - e2);
    let q = m >> shift;
    const r = m - (q << shift);
    const half = 1n << (shift - 1n);
    if (r > half || (r === half && (q & 1n) === 1n)) q++;
    return Number(q) * 2 ** lsb;
}

const MAXINT_DIGITS = "9223372036854775807";

/** Lua's string->number conversion; undefined when `s` is not a numeral. */
export function stringToNumber(s: string): LuaNumber | undefined {
    const len = s.length;
    let i = 0;
    // fast path: a short plain decimal integer
    if (len > 0 && len <= 15) {
        let j = s.charCodeAt(0) === 45 ? 1 : 0;
        if (j < len) {
            while (j < len) {
                const c = s.charCodeAt(j);
                if (c < 48 || c > 57) break;
                j++;
            }
            if (j === len) return +s + 0;
        }
    }
    while (i < len && isSpace(s.charCodeAt(i))) i++;
    let neg = false;
    let c = s.charCodeAt(i);
    if (c === 45) {
        neg = true;
        i++;
    } else if (c === 43) i++;
    const hex = s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 32) === 120;
    if (hex) i += 2;
    const intStart = i;
    while (i < len && (hex ? hexVal(s.charCodeAt(i)) >= 0 : (c = s.charCodeAt(i)) >= 48 && c <= 57)) i++;
    const intDigits = s.slice(intStart, i);
    let fracDigits = "";
    let isFloat = false;
    if (s.charCodeAt(i) === 46) {
        isFloat = true;
        const fs = ++i;
        while (i < len && (hex ? hexVal(s.charCodeAt(i)) >= 0 : (c = s.charCodeAt(i)) >= 48 && c <= 57)) i++;
        fracDigits = s.slice(fs, i);
    }
    if (intDigits.length === 0 && fracDigits.length === 0) return undefined;
    let expSign = "";
    let expDigits = "";
    if (i < len && (s.charCodeAt(i) | 32) === (hex ? 112 : 101)) {
        isFloat = true;
        i++;
        c = s.charCodeAt(i);
        if (c === 45 || c === 43) {
            expSign = c === 45 ? "-" : "";
            i++;
        }
        const es = i;
        while (i < len && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
        if (i === es) return undefined;
        expDigits = s.slice(es, i);
    }
    while (i < len && isSpace(s.charCodeAt(i))) i++;
    if (i !== len) return undefined;

    if (!isFloat) {
        if (hex) {
            const v = intDigits.length <= 13 ? BigInt(parseInt(intDigits, 16)) : BigInt("0x" + intDigits);
            return mkint(neg ? -v : v);
        }
        if (intDigits.length <= 15) return neg ? 0 - parseInt(intDigits, 10) : parseInt(intDigits, 10);
        let k = 0;
        while (k < intDigits.length - 1 && intDigits.charCodeAt(k) === 48) k++;
        const t = intDigits.slice(k);
        // fits when below 2^63 (or equal to 2^63 for a negative numeral)
        if (t.length < 19 || (t.length === 19 && (t < MAXINT_DIGITS || t === MAXINT_DIGITS || (neg && t === "9223372036854775808")))) {
            const b = BigInt(t);
            return mkint(neg ? -b : b);
        }
        const f = Number(t);
        return mkfloat(neg ? -f : f);
    }
    if (!hex) {
        const f = Number((intDigits || "0") + "." + (fracDigits || "0") + "e" + expSign + (expDigits || "0"));
        return mkfloat(neg ? -f : f);
    }
    // hex float: mantissa digits scaled by 2^(exp - 4 * fraction digits)
    let e = 0;
    for (let k = 0; k < expDigits.length && e < 1e8; k++) e = e * 10 + (expDigits.charCodeAt(k) - 48);
    if (expSign === "-") e = -e;
    let digits = (intDigits + fracDigits).replace(/^0+/, "");
    let e2 = e - 4 * fracDigits.length;
    if (digits.length === 0) digits = "0";
    const f = scaleBig(BigInt("0x" + digits), e2);
    return mkfloat(neg ? -f : f);
}

/** tonumber(s, base) for 2 <= base <= 36: an integer (wrapping modulo 2^64) or undefined. */
export function tonumberWithBase(s: string, base: number): number | bigint | undefined {
    const len = s.length;
    let i = 0;
    while (i < len && isSpace(s.charCodeAt(i))) i++;
    let neg = false;
    if (s.charCodeAt(i) === 45) {
        neg = true;
        i++;
    } else if (s.charCodeAt(i) === 43) i++;
    let n = 0;
    let big: bigint | undefined;
    const bb = BigInt(base);
    const start = i;
    for (; i < len; i++) {
        const c = s.charCodeAt(i);
        let d: number;
        if (c >= 48 && c <= 57) d = c - 48;
        else if ((c | 32) >= 97 && (c | 32) <= 122) d = (c | 32) - 87;
        else break;
        if (d >= base) return undefined;
        if (big !== undefined) big = BigInt.asUintN(64, big * bb + BigInt(d));
        else if (n < 2.5e14)
            n = n * base + d; // stays below 2^53
        else big = BigInt.asUintN(64, BigInt(n) * bb + BigInt(d));
    }
    if (i === start) return undefined;
    while (i < len && isSpace(s.charCodeAt(i))) i++;
    if (i !== len) return undefined;
    if (big === undefined) return neg ? 0 - n : n;
    return mkint(neg ? -big : big);
}
