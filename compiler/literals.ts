// Lua literals from their source text (manual §3.1): string escapes, long brackets and
// numerals, decoded into byte strings and integer/float constants.

export type NumberConstant = { kind: "int"; value: bigint } | { kind: "float"; value: number };

export class LiteralError extends Error {}

const SIMPLE_ESCAPES: Record<string, string> = {
    a: "\x07",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    "\\": "\\",
    '"': '"',
    "'": "'",
};

/** UTF-8 encoding of code points up to 2^31 (Lua's extended form). */
export function utf8Encode(cp: number): string {
    if (cp < 0x80) return String.fromCharCode(cp);
    const bytes: number[] = [];
    let limit = 0x3f; // largest value that fits in the first byte's free bits
    while (cp > limit) {
        bytes.unshift(0x80 | (cp & 0x3f));
        cp = Math.floor(cp / 64);
        limit >>= 1;
    }
    bytes.unshift(((~limit << 1) & 0xff) | cp);
    return String.fromCharCode(...bytes);
}

/** The bytes of a string literal given its full source text (quotes or long brackets included). */
export function decodeStringLiteral(raw: string): string {
    const q = raw[0];
    if (q === "[") {
        const open = raw.indexOf("[", 1) + 1;
        let body = raw.slice(open, raw.length - open);
        if (body.startsWith("\r\n") || body.startsWith("\n\r")) body = body.slice(2);
        else if (body.startsWith("\n") || body.startsWith("\r")) body = body.slice(1);
        return body.replace(/\r\n|\n\r|\r/g, "\n");
    }
    let out = "";
    let i = 1;
    const end = raw.length - 1;
    while (i < end) {
        const c = raw[i]!;
        if (c !== "\\") {
            let j = i + 1;
            while (j < end && raw[j] !== "\\") j++;
            out += raw.slice(i, j);
            i = j;
            continue;
        }
        const e = raw[i + 1]!;
        if (e in SIMPLE_ESCAPES) {
            out += SIMPLE_ESCAPES[e];
            i += 2;
        } else if (e === "\n" || e === "\r") {
            out += "\n";
            const f = raw[i + 2];
            i += (f === "\n" || f === "\r") && f !== e ? 3 : 2;
        } else if (e === "z") {
            i += 2;
            while (i < end && /[ \f\n\r\t\v]/.test(raw[i]!)) i++;
        } else if (e === "x") {
            const hex = raw.slice(i + 2, i + 4);
            if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new LiteralError(`hexadecimal digit expected near '${raw.slice(0, i + 4)}'`);
            out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
        } else if (e === "u") {
            const close = raw.indexOf("}", i);
            const digits = raw.slice(i + 3, close);
            const cp = parseInt(digits, 16);
            if (raw[i + 2] !== "{" || close < 0 || !/^[0-9a-fA-F]+$/.test(digits))
                throw new LiteralError(`missing '{' in \\u{xxxx} near '${raw.slice(0, i + 3)}'`);
            if (cp >= 0x80000000) throw new LiteralError(`UTF-8 value too large near '${raw.slice(0, close)}'`);
            out += utf8Encode(cp);
            i = close + 1;
        } else if (e >= "0" && e <= "9") {
            let j = i + 1;
            while (j < i + 4 && raw[j]! >= "0" && raw[j]! <= "9") j++;
            const v = Number(raw.slice(i + 1, j));
            if (v > 255) throw new LiteralError(`decimal escape too large near '${raw.slice(0, j)}'`);
            out += String.fromCharCode(v);
            i = j;
        } else {
            throw new LiteralError(`invalid escape sequence near '${raw.slice(0, i + 2)}'`);
        }
    }
    return out;
}

const TWO64 = 1n << 64n;

/**
 * The numeral without its `_` digit separators (a ptool-ts extension: `10_000`, `0xFF_FF`,
 * `1_000.000_1e1_0`), or undefined when a `_` is misplaced. Each `_` must stand between two
 * digits of the numeral's base (hex digits in a hex numeral), so never first or last, never
 * doubled, and never next to the `0x` prefix, the `.`, an exponent letter or its sign.
 */
export function withoutDigitSeparators(raw: string): string | undefined {
    if (!raw.includes("_")) return raw;
    const hex = /^0[xX]/.test(raw);
    const digit = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    for (let i = raw.indexOf("_"); i >= 0; i = raw.indexOf("_", i + 1)) {
        if (!digit.test(raw[i - 1] ?? "") || !digit.test(raw[i + 1] ?? "") || (hex && i < 3)) return undefined;
    }
    return raw.replace(/_/g, "");
}

/**
 * A numeral with separators rewritten for luaparse: the same value, the same length (so
 * source ranges stay valid), zeros in place of the separators (after `0x` in hex).
 */
export function numeralForParser(raw: string): string | undefined {
    const plain = withoutDigitSeparators(raw);
    if (plain === undefined) return undefined;
    let pad = "0".repeat(raw.length - plain.length);
    if (/^0[xX]/.test(plain)) return plain.slice(0, 2) + pad + plain.slice(2);
    if (plain.startsWith(".")) pad = pad.slice(1) + "0";
    return pad + plain;
}

/** A Lua numeral: integers wrap (hex) or become floats (decimal) on overflow. */
export function parseNumeral(raw: string): NumberConstant | undefined {
    const plain = withoutDigitSeparators(raw);
    if (plain === undefined) return undefined;
    const s = plain.toLowerCase();
    if (s.startsWith("0x")) {
        const m = /^0x([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
        if (!m || (m[1] === "" && (m[2] === undefined || m[2] === ""))) return undefined;
        const intDigits = m[1]!,
            fracDigits = m[2],
            exp = m[3];
        if (fracDigits === undefined && exp === undefined) {
            return { kind: "int", value: BigInt.asIntN(64, BigInt("0x" + intDigits) % TWO64) };
        }
        let mant = 0;
        for (const d of intDigits + (fracDigits ?? "")) mant = mant * 16 + parseInt(d, 16);
        const e = (exp === undefined ? 0 : Number(exp)) - 4 * (fracDigits?.length ?? 0);
        return { kind: "float", value: mant * Math.pow(2, e) };
    }
    if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return undefined;
    if (/^\d+$/.test(s)) {
        const v = BigInt(s);
        if (v <= 0x7fffffffffffffffn) return { kind: "int", value: v };
    }
    return { kind: "float", value: Number(s) };
}
