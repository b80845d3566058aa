// The mathematical library (manual §6.7), with 5.4's xoshiro256** generator for math.random.
import {
    LuaFloat,
    MAX_SAFE,
    MAXINTEGER,
    MININTEGER,
    POSITIVE_NAN,
    floatToInteger,
    intUlt,
    isInteger,
    mkfloat,
    mkint,
    tofloat,
    tointeger,
    type LuaNumber,
} from "../value/number.js";
import { stringToNumber } from "../value/number-string.js";
import { LuaTable } from "../value/table.js";
import { lessThan } from "./capi.js";
import { runtimeError } from "../value/errors.js";
import { pow as powOp } from "../value/arith.js";
import { type LuaFunction } from "../value/types.js";
import { argError, checkAny, checkInteger, checkNumber, optInteger } from "./args.js";

// ---------------------------------------------------------------------------
// Float results. Lua keeps the sign of a NaN operand (x86 propagates it), while a NaN made
// by an invalid operation has its sign bit set; plain JS NaN stands for the latter.

function isNaNValue(v: LuaNumber): boolean {
    return v instanceof LuaFloat ? v.n !== v.n : v !== v;
}

/** The float form of a number value (a float argument is kept as it is, NaN sign included). */
function asFloat(v: LuaNumber): number | LuaFloat {
    if (v instanceof LuaFloat) return v;
    if (typeof v === "bigint") return mkfloat(Number(v));
    return Number.isInteger(v) ? new LuaFloat(v) : v;
}

/** A float function of one argument: a NaN argument is returned unchanged. */
function unary(fname: string, op: (x: number) => number): LuaFunction {
    return function (this: unknown, x: unknown): unknown {
        const v = checkNumber(x, 1, fname, arguments.length);
        if (isNaNValue(v)) return asFloat(v);
        return mkfloat(op(tofloat(v)));
    };
}

/** A NaN result of a binary float operation: the first NaN operand, else a fresh NaN. */
function nan2(a: LuaNumber, b: LuaNumber): number | LuaFloat {
    if (isNaNValue(a)) return asFloat(a);
    if (isNaNValue(b)) return asFloat(b);
    return NaN;
}

/** An integral float as an integer when it fits, else as a float (lmathlib's pushnumint). */
function numint(d: number): number | bigint | LuaFloat {
    const i = floatToInteger(d);
    return i !== undefined ? i : mkfloat(d);
}

// ---------------------------------------------------------------------------
// Functions

function abs(x: unknown): unknown {
    if (typeof x === "number" && Number.isInteger(x)) return x < 0 ? -x : x;
    if (typeof x === "bigint") return mkint(x < 0n ? -x : x); // abs(mininteger) wraps
    const v = checkNumber(x, 1, "abs", arguments.length); // numeric strings give floats
    const f = tofloat(v);
    if (f !== f) return POSITIVE_NAN; // fabs clears the sign bit
    return mkfloat(Math.abs(f));
}

function ceil(x: unknown): unknown {
    const v = checkNumber(x, 1, "ceil", arguments.length);
    if (isInteger(v) && typeof x !== "string") return v; // numeric strings take the float path (lua_isinteger)
    if (isNaNValue(v)) return asFloat(v);
    return numint(Math.ceil(tofloat(v)));
}

function floor(x: unknown): unknown {
    const v = checkNumber(x, 1, "floor", arguments.length);
    if (isInteger(v) && typeof x !== "string") return v; // numeric strings take the float path (lua_isinteger)
    if (isNaNValue(v)) return asFloat(v);
    return numint(Math.floor(tofloat(v)));
}

function fmod(a: unknown, b: unknown): unknown {
    // lua5.4 evaluates fmod(luaL_checknumber(L, 1), luaL_checknumber(L, 2)) right to left (gcc),
    // so a bad argument #2 is reported before a bad argument #1
    const y = checkNumber(b, 2, "fmod", arguments.length);
    const x = checkNumber(a, 1, "fmod", arguments.length);
    if (isInteger(a) && isInteger(b)) {
        // both are integer values (numeric strings take the float path, as lua_isinteger)
        if (typeof x === "number" && typeof y === "number") {
            if (y === 0) return argError(2, "fmod", "zero");
            return (x % y) + 0; // JS % truncates like C's %; +0 drops -0
        }
        const bx = BigInt(x as number | bigint),
            by = BigInt(y as number | bigint);
        if (by === 0n) return argError(2, "fmod", "zero");
        if (by === -1n) return 0; // avoids the overflow of mininteger % -1
        return mkint(bx % by);
    }
    const fx = tofloat(x),
        fy = tofloat(y);
    const r = fx % fy; // C fmod
    if (r !== r) return nan2(x, y);
    return mkfloat(r);
}

function log(a: unknown, b: unknown): unknown {
    const v = checkNumber(a, 1, "log", arguments.length);
    const x = tofloat(v);
    let r: number;
    if (b === undefined) {
        r = Math.log(x);
    } else {
        const bv = checkNumber(b, 2, "log");
        const base = tofloat(bv);
        if (base === 2) r = Math.log2(x);
        else if (base === 10) r = Math.log10(x);
        else r = Math.log(x) / Math.log(base);
        if (r !== r) return base === 10 && x < 0 ? POSITIVE_NAN : nan2(v, bv); // glibc's log10
    }
    if (r !== r) return isNaNValue(v) ? asFloat(v) : NaN;
    return mkfloat(r);
}

/** asin/acos: an argument outside [-1, 1] gives a NaN with the sign bit clear (as glibc). */
function arcFunction(fname: string, op: (x: number) => number): LuaFunction {
    return function (this: unknown, x: unknown): unknown {
        const v = checkNumber(x, 1, fname, arguments.length);
        if (isNaNValue(v)) return asFloat(v);
        const r = op(tofloat(v));
        return r !== r ? POSITIVE_NAN : mkfloat(r);
    };
}

function atan(a: unknown, b: unknown): unknown {
    const y = checkNumber(a, 1, "atan", arguments.length);
    const x = b === undefined ? 1 : checkNumber(b, 2, "atan");
    const r = Math.atan2(tofloat(y), tofloat(x));
    if (r !== r) return nan2(x, y); // glibc returns x + y: x's NaN when both are NaN
    return mkfloat(r);
}

/** max and min only compare (with `<`): they return the chosen argument as it is, of any type. */
function minmax(fname: string, wantMax: boolean): LuaFunction {
    return function (this: unknown, ...args: unknown[]): unknown {
        const n = args.length;
        if (n < 1) return argError(1, fname, "value expected");
        let best = args[0];
        for (let i = 1; i < n; i++) {
            const v = args[i];
            if (wantMax ? lessThan(best, v) : lessThan(v, best)) best = v;
        }
        return best;
    };
}

function modf(x: unknown): unknown {
    const v = checkNumber(x, 1, "modf", arguments.length);
    if (isInteger(v) && typeof x !== "string") return [v, new LuaFloat(0)];
    if (isNaNValue(v)) return [asFloat(v), asFloat(v)];
    const d = tofloat(v);
    const n = d < 0 ? Math.ceil(d) : Math.floor(d);
    return [numint(n), n === d ? new LuaFloat(0) : mkfloat(d - n)];
}

function sqrt(x: unknown): unknown {
    const v = checkNumber(x, 1, "sqrt", arguments.length);
    if (isNaNValue(v)) return asFloat(v);
    return mkfloat(Math.sqrt(tofloat(v)));
}

function tointegerFn(x: unknown): unknown {
    if (typeof x === "number" && Number.isInteger(x)) return x;
    if (typeof x === "bigint") return x;
    if (x instanceof LuaFloat || typeof x === "number") return tointeger(x);
    if (typeof x === "string") {
        const n = stringToNumber(x);
        return n === undefined ? undefined : tointeger(n);
    }
    checkAny(x, 1, "tointeger", arguments.length);
    return undefined;
}

function type(x: unknown): unknown {
    checkAny(x, 1, "type", arguments.length);
    if (typeof x === "number") return Number.isInteger(x) ? "integer" : "float";
    if (typeof x === "bigint") return "integer";
    if (x instanceof LuaFloat) return "float";
    return undefined;
}

function ult(a: unknown, b: unknown): unknown {
    const x = checkInteger(a, 1, "ult", arguments.length);
    const y = checkInteger(b, 2, "ult", arguments.length);
    if (typeof x === "number" && typeof y === "number" && x >= 0 && y >= 0) return x < y;
    return intUlt(x, y);
}

// ---------------------------------------------------------------------------
// Pseudo-random numbers: xoshiro256** on four 64-bit words, each kept as two uint32 halves.

const TWO32 = 4294967296;
const state = new Uint32Array(8); // [hi0, lo0, hi1, lo1, hi2, lo2, hi3, lo3]
let outHi = 0;
let outLo = 0;

/** (hi, lo) * k mod 2^64 for a small constant k; result in outHi/outLo. */
function mulSmall(hi: number, lo: number, k: number): void {
    const p = lo * k; // exact: lo < 2^32, k < 2^4
    outLo = p >>> 0;
    outHi = (Math.imul(hi, k) + Math.floor(p / TWO32)) >>> 0;
}

/** Rotate (hi, lo) left by 0 < n < 32; result in outHi/outLo. */
function rotl(hi: number, lo: number, n: number): void {
    outHi = ((hi << n) | (lo >>> (32 - n))) >>> 0;
    outLo = ((lo << n) | (hi >>> (32 - n))) >>> 0;
}

/** Advance the generator; the new 64-bit value is left in outHi/outLo. */
function nextrand(): void {
    const s = state;
    const h0 = s[0]!,
        l0 = s[1]!,
        h1 = s[2]!,
        l1 = s[3]!;
    const h2 = s[4]!,
        l2 = s[5]!,
        h3 = s[6]!,
        l3 = s[7]!;
    // result = rotl(s1 * 5, 7) * 9
    mulSmall(h1, l1, 5);
    rotl(outHi, outLo, 7);
    mulSmall(outHi, outLo, 9);
    const rh = outHi,
        rl = outLo;
    // t = s1 << 17
    const th = ((h1 << 17) | (l1 >>> 15)) >>> 0,
        tl = (l1 << 17) >>> 0;
    const n2h = (h2 ^ h0) >>> 0,
        n2l = (l2 ^ l0) >>> 0; // s2 ^= s0
    const n3h = (h3 ^ h1) >>> 0,
        n3l = (l3 ^ l1) >>> 0; // s3 ^= s1
    s[2] = h1 ^ n2h; // s1 ^= s2
    s[3] = l1 ^ n2l;
    s[0] = h0 ^ n3h; // s0 ^= s3
    s[1] = l0 ^ n3l;
    s[4] = n2h ^ th; // s2 ^= t
    s[5] = n2l ^ tl;
    rotl(n3l, n3h, 13); // s3 = rotl(s3, 45): swap the halves, then rotate by 13
    s[6] = outHi;
    s[7] = outLo;
    outHi = rh;
    outLo = rl;
}

function splitInt(v: number | bigint): [number, number] {
    if (typeof v === "number") return [Math.floor(v / TWO32) >>> 0, v >>> 0];
    const u = BigInt.asUintN(64, v);
    return [Number(u >> 32n), Number(u & 0xffffffffn)];
}

/** The signed integer with 64-bit pattern (hi, lo). */
function joinInt(hi: number, lo: number): number | bigint {
    const sh = hi | 0;
    if (sh >= -0x1fffff && sh <= 0x1fffff) return sh * TWO32 + lo;
    return mkint((BigInt(sh) << 32n) | BigInt(lo));
}

function setseed(n1: number | bigint, n2: number | bigint): void {
    const [h0, l0] = splitInt(n1);
    const [h2, l2] = splitInt(n2);
    state[0] = h0;
    state[1] = l0;
    state[2] = 0;
    state[3] = 0xff;
    state[4] = h2;
    state[5] = l2;
    state[6] = 0;
    state[7] = 0;
    for (let i = 0; i < 16; i++) nextrand(); // spread the seed
}

/** A value in [0, n] from the random value in outHi/outLo (n < 2^53), drawing again as needed. */
function projectSmall(n: number): number {
    if (n < TWO32) {
        let lim = n;
        lim |= lim >>> 1;
        lim |= lim >>> 2;
        lim |= lim >>> 4;
        lim |= lim >>> 8;
        lim |= lim >>> 16;
        lim >>>= 0;
        let r = (outLo & lim) >>> 0;
        while (r > n) {
            nextrand();
            r = (outLo & lim) >>> 0;
        }
        return r;
    }
    let limHi = Math.floor(n / TWO32);
    limHi |= limHi >>> 1;
    limHi |= limHi >>> 2;
    limHi |= limHi >>> 4;
    limHi |= limHi >>> 8;
    limHi |= limHi >>> 16;
    limHi >>>= 0;
    let r = ((outHi & limHi) >>> 0) * TWO32 + outLo;
    while (r > n) {
        nextrand();
        r = ((outHi & limHi) >>> 0) * TWO32 + outLo;
    }
    return r;
}

/** The same for any unsigned 64-bit n, with BigInt. */
function projectBig(n: bigint): bigint {
    let lim = n;
    for (let s = 1n; s <= 32n; s *= 2n) lim |= lim >> s;
    const cur = () => ((BigInt(outHi) << 32n) | BigInt(outLo)) & lim;
    let r = cur();
    while (r > n) {
        nextrand();
        r = cur();
    }
    return r;
}

function random(m: unknown, n: unknown): unknown {
    nextrand(); // the generator advances even when the arguments are wrong
    let low: number | bigint, up: number | bigint;
    switch (arguments.length) {
        case 0:
            // the top 53 bits as a float in [0, 1)
            return mkfloat(((outHi >>> 0) * 2097152 + (outLo >>> 11)) * 1.1102230246251565e-16);
        case 1:
            low = 1;
            up = checkInteger(m, 1, "random");
            if (up === 0) return joinInt(outHi, outLo);
            break;
        case 2:
            low = checkInteger(m, 1, "random");
            up = checkInteger(n, 2, "random");
            break;
        default:
            return runtimeError("wrong number of arguments");
    }
    if (low > up) return argError(1, "random", "interval is empty");
    if (typeof low === "number" && typeof up === "number") {
        const d = up - low;
        if (d <= MAX_SAFE) return projectSmall(d) + low;
    }
    const bl = BigInt(low);
    const d = BigInt.asUintN(64, BigInt(up) - bl);
    return mkint(projectBig(d) + bl);
}

function randomseed(a?: unknown, b?: unknown): unknown {
    let n1: number | bigint, n2: number | bigint;
    if (arguments.length === 0) {
        n1 = Math.floor(Date.now() / 1000);
        n2 = Math.floor(Math.random() * TWO32) * 65536 + Math.floor(Math.random() * 65536);
    } else {
        n1 = checkInteger(a, 1, "randomseed");
        n2 = optInteger(b, 2, "randomseed", 0);
    }
    setseed(n1, n2);
    return [n1, n2];
}

// ---------------------------------------------------------------------------
// The deprecated functions lua5.4 keeps when built with LUA_COMPAT_5_3 (LUA_COMPAT_MATHLIB),
// as the reference lua5.4 is (and as TypeScriptToLua's output expects: it emits math.atan2
// for Math.atan2 even for Lua 5.4).

function mathPow(a: unknown, b: unknown): unknown {
    const x = checkNumber(a, 1, "pow", arguments.length);
    const y = checkNumber(b, 2, "pow", arguments.length);
    return powOp(asFloat(x), asFloat(y)); // C pow on floats, as the ^ operator
}

const scratch = new DataView(new ArrayBuffer(8));
const MIN_NORMAL = 2.2250738585072014e-308;

/** C frexp: x = m * 2^e with 0.5 <= |m| < 1 (m = x and e = 0 for zeros, infinities, NaN). */
function frexpParts(x: number): [number, number] {
    if (x === 0 || !Number.isFinite(x)) return [x, 0];
    let shift = 0;
    if (Math.abs(x) < MIN_NORMAL) {
        x *= 2 ** 64; // subnormal: make it normal first
        shift = 64;
    }
    scratch.setFloat64(0, x);
    const hi = scratch.getUint16(0);
    scratch.setUint16(0, (hi & 0x800f) | (1022 << 4));
    return [scratch.getFloat64(0), ((hi >> 4) & 0x7ff) - 1022 - shift];
}

function frexp(a: unknown): unknown {
    const v = checkNumber(a, 1, "frexp", arguments.length);
    if (isNaNValue(v)) return [asFloat(v), 0];
    const [m, e] = frexpParts(tofloat(v));
    return [mkfloat(m), e];
}

/** C ldexp: x * 2^e rounded once (results in the subnormal range included). */
function ldexpNumber(x: number, e: number): number {
    if (x === 0 || !Number.isFinite(x)) return x;
    const [m, k] = frexpParts(x);
    const E = k + e; // x = m * 2^E with 0.5 <= |m| < 1
    if (E > 1024) return m * Infinity;
    if (E >= -1021) return E === 1024 ? m * 2 * 2 ** 1023 : m * 2 ** E;
    if (E < -1100) return m * 0;
    return m * 2 ** (E + 1074) * 2 ** -1074; // exact scaling, then the one rounding
}

function ldexp(a: unknown, b: unknown): unknown {
    const v = checkNumber(a, 1, "ldexp", arguments.length);
    const i = checkInteger(b, 2, "ldexp", arguments.length);
    const e = typeof i === "bigint" ? Number(BigInt.asIntN(32, i)) : i | 0; // C's (int) cast
    if (isNaNValue(v)) return asFloat(v);
    return mkfloat(ldexpNumber(tofloat(v), e));
}

function log10(a: unknown): unknown {
    const v = checkNumber(a, 1, "log10", arguments.length);
    if (isNaNValue(v)) return asFloat(v);
    const r = Math.log10(tofloat(v));
    return r !== r ? POSITIVE_NAN : mkfloat(r); // glibc's log10 of a negative number
}

// ---------------------------------------------------------------------------
// Registration (manual order)

export const mathLib: Record<string, LuaFunction> = {
    abs,
    acos: arcFunction("acos", Math.acos),
    asin: arcFunction("asin", Math.asin),
    atan,
    ceil,
    cos: unary("cos", Math.cos),
    deg: unary("deg", (x) => x * (180 / Math.PI)),
    exp: unary("exp", Math.exp),
    floor,
    fmod,
    log,
    max: minmax("max", true),
    min: minmax("min", false),
    modf,
    rad: unary("rad", (x) => x * (Math.PI / 180)),
    random,
    randomseed,
    sin: unary("sin", Math.sin),
    sqrt,
    tan: unary("tan", Math.tan),
    tointeger: tointegerFn,
    type,
    ult,
    // LUA_COMPAT_MATHLIB (atan2 is the same function as atan in lmathlib)
    atan2: atan,
    cosh: unary("cosh", Math.cosh),
    sinh: unary("sinh", Math.sinh),
    tanh: unary("tanh", Math.tanh),
    pow: mathPow,
    frexp,
    ldexp,
    log10,
};

export function openMath(G: LuaTable): void {
    const M = new LuaTable();
    for (const [name, f] of Object.entries(mathLib)) M.setStr(name, f);
    M.setStr("huge", Infinity); // the constants, in the manual's order among the functions
    M.setStr("maxinteger", MAXINTEGER);
    M.setStr("mininteger", MININTEGER);
    M.setStr("pi", Math.PI);
    randomseed(); // lua5.4 seeds randomly at startup
    G.setStr("math", M);
}
