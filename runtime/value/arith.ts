// Arithmetic and bitwise operators (manual §3.4.1, §3.4.2) with their metamethods (§2.4).
// Each operator has a small fast path for two plain JS numbers (bench/fib, bench/nbody)
// and one shared slow path for everything else.
import {
    LuaFloat,
    MAX_SAFE,
    POSITIVE_NAN,
    floatMod,
    intAdd,
    intBand,
    intBnot,
    intBor,
    intBxor,
    intIdiv,
    intMod,
    intMul,
    intShl,
    intShr,
    intSub,
    intUnm,
    isInteger,
    isNumber,
    mkfloat,
    tofloat,
    tointeger,
    type LuaNumber,
} from "./number.js";
import { stringToNumber } from "./number-string.js";
import { LuaError, attemptArithmetic, attemptBitwise, noIntegerRepresentation, runtimeError } from "./errors.js";
import { call, callable, first, metamethod, typeNameForError } from "./metatable.js";

const enum Op {
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    Idiv,
    Band,
    Bor,
    Bxor,
    Shl,
    Shr,
    Unm,
    Bnot,
}

const EVENTS = [
    "__add",
    "__sub",
    "__mul",
    "__mod",
    "__pow",
    "__div",
    "__idiv",
    "__band",
    "__bor",
    "__bxor",
    "__shl",
    "__shr",
    "__unm",
    "__bnot",
];

// ---------------------------------------------------------------------------
// Fast paths

export function add(a: unknown, b: unknown, da?: string, db?: string): unknown {
    if (typeof a === "number" && typeof b === "number") {
        const r = a + b;
        if (!Number.isInteger(r)) return r;
        if (Number.isInteger(a) && Number.isInteger(b)) {
            if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
            return intAdd(a, b);
        }
        return new LuaFloat(r);
    }
    return arith(Op.Add, a, b, da, db);
}

export function sub(a: unknown, b: unknown, da?: string, db?: string): unknown {
    if (typeof a === "number" && typeof b === "number") {
        const r = a - b;
        if (!Number.isInteger(r)) return r;
        if (Number.isInteger(a) && Number.isInteger(b)) {
            if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
            return intSub(a, b);
        }
        return new LuaFloat(r);
    }
    return arith(Op.Sub, a, b, da, db);
}

export function mul(a: unknown, b: unknown, da?: string, db?: string): unknown {
    if (typeof a === "number" && typeof b === "number") {
        const r = a * b;
        if (!Number.isInteger(r)) return r;
        if (Number.isInteger(a) && Number.isInteger(b)) {
            if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
            return intMul(a, b);
        }
        return new LuaFloat(r);
    }
    return arith(Op.Mul, a, b, da, db);
}

export function div(a: unknown, b: unknown, da?: string, db?: string): unknown {
    if (typeof a === "number" && typeof b === "number") {
        const r = a / b;
        return Number.isInteger(r) ? new LuaFloat(r) : r;
    }
    return arith(Op.Div, a, b, da, db);
}

export function mod(a: unknown, b: unknown, da?: string, db?: string): unknown {
    if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
        const r = a % b;
        return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
    }
    return arith(Op.Mod, a, b, da, db);
}

export function idiv(a: unknown, b: unknown, da?: string, db?: string): unknown {
    return arith(Op.Idiv, a, b, da, db);
}

export function pow(a: unknown, b: unknown, da?: string, db?: string): unknown {
    return arith(Op.Pow, a, b, da, db);
}

export function unm(a: unknown, da?: string): unknown {
    if (typeof a === "number") {
        if (Number.isInteger(a)) return 0 - a;
        return a === a ? -a : POSITIVE_NAN;
    }
    return arith(Op.Unm, a, a, da, da);
}

export function band(a: unknown, b: unknown, da?: string, db?: string): unknown {
    return arith(Op.Band, a, b, da, db);
}
export function bor(a: unknown, b: unknown, da?: string, db?: string): unknown {
    return arith(Op.Bor, a, b, da, db);
}
export function bxor(a: unknown, b: unknown, da?: string, db?: string): unknown {
    return arith(Op.Bxor, a, b, da, db);
}
export function shl(a: unknown, b: unknown, da?: string, db?: string): unknown {
    return arith(Op.Shl, a, b, da, db);
}
export function shr(a: unknown, b: unknown, da?: string, db?: string): unknown {
    return arith(Op.Shr, a, b, da, db);
}
export function bnot(a: unknown, da?: string): unknown {
    return arith(Op.Bnot, a, a, da, da);
}

// ---------------------------------------------------------------------------
// Numeric semantics (luaO_rawarith)

function nanSign(x: LuaNumber): boolean {
    return x instanceof LuaFloat && x.n !== x.n;
}

function isBitwise(op: Op): boolean {
    return (op >= Op.Band && op <= Op.Shr) || op === Op.Bnot;
}

/** The operation on two numbers, or undefined when a bitwise operand has no integer value. */
export function rawArith(op: Op, a: LuaNumber, b: LuaNumber): LuaNumber {
    if (isBitwise(op)) {
        const x = tointeger(a),
            y = tointeger(b);
        if (x === undefined || y === undefined) return noIntegerRepresentation();
        switch (op) {
            case Op.Band:
                return intBand(x, y);
            case Op.Bor:
                return intBor(x, y);
            case Op.Bxor:
                return intBxor(x, y);
            case Op.Shl:
                return intShl(x, y);
            case Op.Shr:
                return intShr(x, y);
            default:
                return intBnot(x);
        }
    }
    if (op !== Op.Div && op !== Op.Pow && isInteger(a) && isInteger(b)) {
        switch (op) {
            case Op.Add:
                return intAdd(a, b);
            case Op.Sub:
                return intSub(a, b);
            case Op.Mul:
                return intMul(a, b);
            case Op.Unm:
                return intUnm(a);
            case Op.Mod:
                if (b === 0) return runtimeError("attempt to perform 'n%0'");
                return intMod(a, b);
            default:
                if (b === 0) return runtimeError("attempt to divide by zero");
                return intIdiv(a, b);
        }
    }
    const x = tofloat(a),
        y = tofloat(b);
    let r: number;
    switch (op) {
        case Op.Add:
            r = x + y;
            break;
        case Op.Sub:
            r = x - y;
            break;
        case Op.Mul:
            r = x * y;
            break;
        case Op.Div:
            r = x / y;
            break;
        case Op.Mod:
            r = floatMod(x, y);
            break;
        case Op.Pow:
            r = y === 2 ? x * x : x === 1 || (x === -1 && !Number.isFinite(y)) ? 1 : floatPow(x, y);
            break;
        case Op.Idiv:
            r = Math.floor(x / y);
            break;
        default:
            r = -x;
            break;
    }
    if (r !== r && op === Op.Pow && x !== x && y !== 2) {
        // glibc's pow squares a NaN base (keeping its sign), negated for odd integral exponents
        const clear = nanSign(a);
        return clear || (Number.isInteger(y) && Math.abs(y % 2) === 1) ? POSITIVE_NAN : NaN;
    }
    if (r !== r) {
        // NaN: x86 propagates the sign of the first NaN operand; a fresh NaN is negative.
        if (x !== x) return op === Op.Unm ? (nanSign(a) ? NaN : POSITIVE_NAN) : nanSign(a) ? POSITIVE_NAN : NaN;
        if (y !== y) return nanSign(b) ? POSITIVE_NAN : NaN;
        return NaN;
    }
    return mkfloat(r);
}

/** Slow path of every operator: numbers of any representation, then metamethods. */
function arith(op: Op, a: unknown, b: unknown, da?: string, db?: string): unknown {
    if (isNumber(a) && isNumber(b)) {
        if (isBitwise(op)) {
            // "number (local 'x') has no integer representation" names the operand (luaG_tointerror)
            if (tointeger(a) === undefined) return noIntegerRepresentation(da);
            if (tointeger(b) === undefined) return noIntegerRepresentation(db);
        }
        return rawArith(op, a, b);
    }
    const event = EVENTS[op]!;
    const h = metamethod(a, event) ?? metamethod(b, event);
    if (h !== undefined) return first(callable(h, `metamethod '${event.slice(2)}'`)(a, b));
    if (isBitwise(op)) {
        if (isNumber(a)) return attemptBitwise(typeNameForError(b), db);
        return attemptBitwise(typeNameForError(a), da);
    }
    if (isNumber(a)) return attemptArithmetic(typeNameForError(b), db);
    return attemptArithmetic(typeNameForError(a), da);
}

// ---------------------------------------------------------------------------
// String coercion: in Lua 5.4 the string metatable's arithmetic metamethods convert
// numeric strings (lstrlib's "trymt" behaviour, manual §3.4.3).

function tonumberForArith(v: unknown): LuaNumber | undefined {
    if (isNumber(v)) return v;
    if (typeof v === "string") return stringToNumber(v);
    return undefined;
}

function stringArithMetamethod(op: Op): (a: unknown, b: unknown) => unknown {
    const event = EVENTS[op]!;
    return (a: unknown, b: unknown) => {
        const x = tonumberForArith(a),
            y = tonumberForArith(b);
        if (x !== undefined && y !== undefined) {
            if ((op === Op.Idiv || op === Op.Mod) && isInteger(x) && isInteger(y) && (y === 0 || y === 0n)) {
                throw new LuaError(op === Op.Idiv ? "attempt to divide by zero" : "attempt to perform 'n%0'");
            }
            return rawArith(op, x, y);
        }
        const h = typeof b === "string" ? undefined : metamethod(b, event);
        if (h !== undefined && typeof h !== "string") return first(call(h, a, b));
        return runtimeError(`attempt to ${event.slice(2)} a '${typeNameForError(a)}' with a '${typeNameForError(b)}'`);
    };
}

/** The arithmetic metamethods that Lua's string library installs in the string metatable. */
export function stringArithMetamethods(): Array<[string, (a: unknown, b: unknown) => unknown]> {
    const ops = [Op.Add, Op.Sub, Op.Mul, Op.Mod, Op.Pow, Op.Div, Op.Idiv, Op.Unm];
    return ops.map((op) => [EVENTS[op]!, stringArithMetamethod(op)]);
}

// ---------------------------------------------------------------------------
// x ^ y as C's pow (glibc's is correctly rounded). V8's Math.pow is not always, even for
// integral exponents (10^23, 2.5^26 are one unit in the last place off), so integral
// exponents are computed exactly, on BigInts, and rounded once.

function bitLength(n: bigint): number {
    return n.toString(2).length;
}

/** v * 2^k, in steps that neither overflow nor lose bits before the last one. */
function scaleByPowerOf2(v: number, k: number): number {
    while (k > 1000) {
        v *= 2 ** 1000;
        k -= 1000;
    }
    while (k < -1000) {
        v *= 2 ** -1000;
        k += 1000;
    }
    return v * 2 ** k;
}

/**
 * The double nearest to q * 2^k (q > 0), ties to even: q cut to 64 bits with a sticky bit,
 * then rounded once. (glibc's pow, nearly correctly rounded, can round an exact tie the other
 * way: pow(10, 23) is 1.0000000000000001e+23 there.)
 */
function roundScaled(q: bigint, k: number): number {
    const extra = bitLength(q) - 64;
    if (extra > 0) {
        const sticky = (q & ((1n << BigInt(extra)) - 1n)) !== 0n ? 1n : 0n;
        q = (q >> BigInt(extra)) | sticky;
        k += extra;
    }
    return scaleByPowerOf2(Number(q), k);
}

export function floatPow(x: number, y: number): number {
    const r = Math.pow(x, y);
    if (!Number.isInteger(y) || !Number.isFinite(x) || x === 0 || !Number.isFinite(r) || r === 0 || Math.abs(y) > 4096) return r;
    // integral powers of integers below 2^53 are exact in V8 (squaring integers)
    if (Number.isInteger(x) && y > 0 && Math.abs(r) < 2 ** 53) return r;
    // |x| = m * 2^e with m an odd integer
    let m = Math.abs(x);
    let e = 0;
    while (!Number.isInteger(m)) {
        m *= 2;
        e--;
    }
    let big = BigInt(m);
    while ((big & 1n) === 0n) {
        big >>= 1n;
        e++;
    }
    const n = Math.abs(y);
    const p = big ** BigInt(n);
    let v: number;
    if (y > 0) v = roundScaled(p, e * n);
    else {
        // 1 / p with 64 bits more than p has, the remainder as a sticky bit
        const shift = bitLength(p) + 64;
        const num = 1n << BigInt(shift);
        let q = num / p;
        if (q * p !== num) q |= 1n;
        v = roundScaled(q, -shift - e * n);
    }
    // subnormal results would be rounded twice: keep V8's
    if (v === 0 || Math.abs(v) < 2 ** -1022) return r;
    return x < 0 && n % 2 === 1 ? -v : v;
}
