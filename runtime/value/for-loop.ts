// Numeric for loops (manual §3.3.5): Lua 5.4 precomputes the iteration count of integer
// loops (so they never overflow) and runs float loops by comparison.
import { LuaFloat, MAX_SAFE, bigOf, floatToInteger, isNumber, mkfloat, mkint, tofloat, type LuaNumber } from "./number.js";
import { runtimeError } from "./errors.js";
import { stringToNumber } from "./number-string.js";
import { typeNameForError } from "./metatable.js";

function checkNumber(v: unknown, what: string): LuaNumber {
    if (isNumber(v)) return v;
    // numeric strings are converted (luaV_tonumber), and then make a float loop
    const n = typeof v === "string" ? stringToNumber(v) : undefined;
    if (n === undefined) return runtimeError(`bad 'for' ${what} (number expected, got ${typeNameForError(v)})`);
    return mkfloat(tofloat(n));
}

/**
 * Limit of an integer loop with a small literal step, as a JS number the counter can reach
 * without leaving the safe integer range (codegen's fast path, bench/table-loop).
 */
export function forlimit(limit: unknown, step: number): number {
    if (typeof limit === "number" && Number.isInteger(limit)) {
        const bound = MAX_SAFE - Math.abs(step);
        return limit > bound ? bound : limit < -bound ? -bound : limit;
    }
    if (typeof limit === "string") return stringLimit(limit, step);
    const l = checkNumber(limit, "limit");
    let x: number;
    if (typeof l === "bigint") x = l > 0n ? Infinity : -Infinity;
    else {
        x = tofloat(l);
        if (x !== x) return step > 0 ? -Infinity : Infinity;
        x = step > 0 ? Math.floor(x) : Math.ceil(x);
    }
    const bound = MAX_SAFE - Math.abs(step);
    return x > bound ? bound : x < -bound ? -bound : x;
}

/**
 * A string limit converts to a float, which the integer loop floors; codegen's fast path
 * only exists for integer starts and steps, so the loop stays an integer loop.
 */
function stringLimit(limit: string, step: number): number {
    return forlimit(checkNumber(limit, "limit"), step);
}

/** State of a general numeric loop; `next()` advances and leaves the value in `v`. */
export class ForLoop {
    v: LuaNumber = 0;
    private i: number | bigint;
    private count: bigint | number;
    private readonly step: number | bigint;
    private readonly isFloat: boolean;
    private fi: number = 0;
    /** Lua 5.4 enters a float loop unless limit < init (so a NaN bound runs once). */
    private firstFloat = true;
    private readonly fe: number = 0;
    private readonly fs: number = 0;

    constructor(init: unknown, limit: unknown, step: unknown) {
        const a = checkNumber(init, "initial value");
        const b = checkNumber(limit, "limit");
        const c = checkNumber(step, "step");
        const ai = typeof a === "bigint" || (typeof a === "number" && Number.isInteger(a)) ? a : undefined;
        const ci = typeof c === "bigint" || (typeof c === "number" && Number.isInteger(c)) ? c : undefined;
        if (ai !== undefined && ci !== undefined) {
            if (ci === 0) runtimeError("'for' step is zero");
            this.isFloat = false;
            this.i = ai;
            this.step = ci;
            this.count = integerCount(ai, b, ci);
        } else {
            this.isFloat = true;
            this.fi = tofloat(a);
            this.fe = tofloat(b);
            this.fs = tofloat(c);
            if (this.fs === 0) runtimeError("'for' step is zero");
            this.i = 0;
            this.step = 0;
            this.count = 0;
        }
    }

    next(): boolean {
        if (this.isFloat) {
            const i = this.fi;
            const enter = this.firstFloat ? !(this.fs > 0 ? this.fe < i : i < this.fe) : this.fs > 0 ? i <= this.fe : i >= this.fe;
            this.firstFloat = false;
            if (enter) {
                this.v = mkfloat(i);
                this.fi = i + this.fs;
                return true;
            }
            return false;
        }
        if (typeof this.count === "number") {
            if (this.count <= 0) return false;
            this.count--;
            const i = this.i,
                s = this.step;
            if (typeof i === "number" && typeof s === "number" && Math.abs(i + s) <= MAX_SAFE) {
                this.v = i;
                this.i = i + s;
                return true;
            }
        } else {
            if (this.count <= 0n) return false;
            this.count--;
        }
        this.v = this.i;
        const i = this.i,
            s = this.step;
        if (typeof i === "number" && typeof s === "number" && Math.abs(i + s) <= MAX_SAFE) this.i = i + s;
        else this.i = mkint(bigOf(i) + bigOf(s));
        return true;
    }
}

/** Number of iterations of an integer loop, or 0 (forprep's computation, on bigints). */
function integerCount(init: number | bigint, limit: LuaNumber, step: number | bigint): number | bigint {
    const SMALL = 2 ** 51;
    if (
        typeof init === "number" &&
        typeof step === "number" &&
        typeof limit === "number" &&
        Math.abs(init) < SMALL &&
        Math.abs(step) < SMALL
    ) {
        // the common case, in doubles (bench/nbody's inner loops)
        if (limit !== limit) return 0;
        const lim = step > 0 ? Math.min(Math.floor(limit), SMALL) : Math.max(Math.ceil(limit), -SMALL);
        if (step > 0 ? init > lim : init < lim) return 0;
        return Math.floor((step > 0 ? lim - init : init - lim) / Math.abs(step)) + 1;
    }
    let lim: bigint;
    const s = bigOf(step);
    if (typeof limit === "bigint" || (typeof limit === "number" && Number.isInteger(limit))) {
        lim = bigOf(limit as number | bigint);
    } else {
        const f = limit instanceof LuaFloat ? limit.n : (limit as number);
        if (f !== f) return 0;
        const fl = s > 0n ? Math.floor(f) : Math.ceil(f);
        const asInt = floatToInteger(fl);
        if (asInt !== undefined) lim = bigOf(asInt);
        else if (fl > 0) {
            if (s < 0n) return 0; // counting down to a limit above every integer
            lim = 0x7fffffffffffffffn;
        } else {
            if (s > 0n) return 0;
            lim = -0x8000000000000000n;
        }
    }
    const i = bigOf(init);
    if (s > 0n ? i > lim : i < lim) return 0;
    const span = s > 0n ? lim - i : i - lim;
    const n = span / (s > 0n ? s : -s) + 1n;
    return n <= 9007199254740991n ? Number(n) : n;
}

export function forprep(init: unknown, limit: unknown, step: unknown): ForLoop {
    return new ForLoop(init, limit, step);
}
