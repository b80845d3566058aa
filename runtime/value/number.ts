// Lua numbers (manual §2.1, §3.4.1, §3.4.3): two subtypes, 64-bit integers and doubles.
//
// Representation, chosen so that the common cases are plain JS numbers:
//   integer in ±(2^53-1)         -> JS number with an integral value (never -0)
//   integer outside that range   -> bigint (always within int64)
//   float with a fractional part, ±inf, NaN -> JS number
//   float with an integral value (5.0, -0.0, 1e300) -> LuaFloat box
// A plain JS NaN is the NaN that x86 produces by default, which Lua prints as "-nan";
// the NaN with the sign bit clear (what negating it gives) is boxed as LuaFloat(NaN).

export class LuaFloat {
    constructor(readonly n: number) {}
}

export type LuaNumber = number | bigint | LuaFloat;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const MAXINTEGER = 0x7fffffffffffffffn;
export const MININTEGER = -0x8000000000000000n;
/** 2^63 as a double: the first double beyond the int64 range. */
export const TWO63 = 9223372036854775808;
/** The NaN that prints as "nan" (sign bit clear). */
export const POSITIVE_NAN = new LuaFloat(NaN);

/** A float result from a JS double. */
export function mkfloat(x: number): number | LuaFloat {
    return Number.isInteger(x) ? new LuaFloat(x) : x;
}

/** An integer result from a bigint, wrapped to 64 bits and canonicalised. */
export function mkint(b: bigint): number | bigint {
    b = BigInt.asIntN(64, b);
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function isNumber(v: unknown): v is LuaNumber {
    return typeof v === "number" || typeof v === "bigint" || v instanceof LuaFloat;
}

export function isInteger(v: unknown): v is number | bigint {
    return typeof v === "number" ? Number.isInteger(v) : typeof v === "bigint";
}

export function isFloat(v: unknown): v is number | LuaFloat {
    return typeof v === "number" ? !Number.isInteger(v) : v instanceof LuaFloat;
}

/** The double value of a number (integers beyond 2^53 round). */
export function tofloat(v: LuaNumber): number {
    return typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : v.n;
}

/** Raw JS value for exact comparisons (JS compares bigint with number exactly). */
export function rawnum(v: LuaNumber): number | bigint {
    return v instanceof LuaFloat ? v.n : v;
}

/** The integer with the same value as float `f`, or undefined if it has none (lua_numbertointeger). */
export function floatToInteger(f: number): number | bigint | undefined {
    if (!Number.isInteger(f)) return undefined;
    if (f >= -MAX_SAFE && f <= MAX_SAFE) return f + 0; // +0 drops -0
    if (f >= -TWO63 && f < TWO63) return BigInt(f);
    return undefined;
}

/** Integer value of a number with exact conversion, or undefined (luaV_tointegerns, mode F2Ieq). */
export function tointeger(v: LuaNumber): number | bigint | undefined {
    if (typeof v === "number") return Number.isInteger(v) ? v : undefined;
    if (typeof v === "bigint") return v;
    return floatToInteger(v.n);
}

/** Integer as a bigint. */
export function bigOf(v: number | bigint): bigint {
    return typeof v === "bigint" ? v : BigInt(v);
}

// ---------------------------------------------------------------------------
// Integer arithmetic with int64 wrap-around. Operands are canonical integers.

export function intAdd(a: number | bigint, b: number | bigint): number | bigint {
    if (typeof a === "number" && typeof b === "number") {
        const r = a + b;
        if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
    }
    return mkint(bigOf(a) + bigOf(b));
}

export function intSub(a: number | bigint, b: number | bigint): number | bigint {
    if (typeof a === "number" && typeof b === "number") {
        const r = a - b;
        if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
    }
    return mkint(bigOf(a) - bigOf(b));
}

export function intMul(a: number | bigint, b: number | bigint): number | bigint {
    if (typeof a === "number" && typeof b === "number") {
        const r = a * b;
        if (r >= -MAX_SAFE && r <= MAX_SAFE) return r + 0;
    }
    return mkint(bigOf(a) * bigOf(b));
}

/** Floor division; caller has checked b != 0. */
export function intIdiv(a: number | bigint, b: number | bigint): number | bigint {
    if (typeof a === "number" && typeof b === "number" && a >= -2147483648 && a <= 2147483647) {
        return Math.floor(a / b) + 0;
    }
    const x = bigOf(a),
        y = bigOf(b);
    let q = x / y;
    if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
    return mkint(q);
}

/** Modulo with the sign of the divisor; caller has checked b != 0. */
export function intMod(a: number | bigint, b: number | bigint): number | bigint {
    if (typeof a === "number" && typeof b === "number") {
        let r = a % b;
        if (r !== 0 && r < 0 !== b < 0) r += b;
        return r + 0;
    }
    const x = bigOf(a),
        y = bigOf(b);
    let r = x % y;
    if (r !== 0n && r < 0n !== y < 0n) r += y;
    return mkint(r);
}

export function intUnm(a: number | bigint): number | bigint {
    return typeof a === "number" ? 0 - a : mkint(-a);
}

// Float modulo as Lua defines it: fmod, then the result takes the divisor's sign.
export function floatMod(a: number, b: number): number {
    let m = a % b;
    if (m !== 0 && m < 0 !== b < 0) m += b;
    return m;
}

// ---------------------------------------------------------------------------
// Bitwise operations on int64 values.

export function toBig64(v: number | bigint): bigint {
    return typeof v === "bigint" ? v : BigInt(v);
}

function int32ok(a: number | bigint): a is number {
    return typeof a === "number" && a >= -2147483648 && a <= 2147483647;
}

export function intBand(a: number | bigint, b: number | bigint): number | bigint {
    if (int32ok(a) && int32ok(b)) return a & b;
    return mkint(toBig64(a) & toBig64(b));
}

export function intBor(a: number | bigint, b: number | bigint): number | bigint {
    if (int32ok(a) && int32ok(b)) return a | b;
    return mkint(toBig64(a) | toBig64(b));
}

export function intBxor(a: number | bigint, b: number | bigint): number | bigint {
    if (int32ok(a) && int32ok(b)) return a ^ b;
    return mkint(toBig64(a) ^ toBig64(b));
}

export function intBnot(a: number | bigint): number | bigint {
    if (int32ok(a)) return ~a;
    return mkint(~toBig64(a));
}

/** Logical shift left (negative shifts right), as luaV_shiftl. */
export function intShl(a: number | bigint, b: number | bigint): number | bigint {
    const n = typeof b === "bigint" ? (b < 0n ? -64 : 64) : b;
    if (n <= -64 || n >= 64) return 0;
    const u = BigInt.asUintN(64, toBig64(a));
    return mkint(n >= 0 ? u << BigInt(n) : u >> BigInt(-n));
}

export function intShr(a: number | bigint, b: number | bigint): number | bigint {
    return intShl(a, typeof b === "bigint" ? mkint(-b) : intUnm(b));
}

/** Unsigned comparison a < b (math.ult). */
export function intUlt(a: number | bigint, b: number | bigint): boolean {
    return BigInt.asUintN(64, toBig64(a)) < BigInt.asUintN(64, toBig64(b));
}
