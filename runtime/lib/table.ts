// The table library (manual §6.6): concat, insert, move, pack, remove, sort, unpack.
// Every function goes through metamethods (__index, __newindex, __len) as lua5.4's does;
// tables without a metatable take fast paths on the array part.
import { LUAI_MAXCCALLS, cCalls, enterC } from "../value/c-calls.js";
import { LuaFloat, MAXINTEGER, intAdd, isNumber, mkint } from "../value/number.js";
import { numberToString } from "../value/number-string.js";
import { LuaTable } from "../value/table.js";
import { eq } from "../value/compare.js";
import { runtimeError } from "../value/errors.js";
import { first, getMetatable, truthy } from "../value/metatable.js";
import { luaType, type LuaFunction } from "../value/types.js";
import { argError, checkInteger, optInteger, optString, typeError } from "./args.js";
import { geti, lenInteger, lessThan, seti } from "./capi.js";

const EMPTY: unknown[] = [];

// What a non-table argument's metatable must provide to stand for a table (ltablib's checktab).
const TAB_R = 1;
const TAB_W = 2;
const TAB_L = 4;
const TAB_RW = TAB_R | TAB_W;

function checktab(v: unknown, arg: number, fname: string, what: number, nargs: number): void {
    if (v instanceof LuaTable) return;
    const mt = getMetatable(v);
    if (
        mt !== null &&
        (!(what & TAB_R) || mt.getStr("__index") !== undefined) &&
        (!(what & TAB_W) || mt.getStr("__newindex") !== undefined) &&
        (!(what & TAB_L) || mt.getStr("__len") !== undefined)
    ) {
        return;
    }
    typeError(v, arg, fname, "table", nargs);
}

/** checktab plus the length (ltablib's aux_getn). */
function auxGetn(v: unknown, arg: number, fname: string, what: number, nargs: number): number | bigint {
    checktab(v, arg, fname, what | TAB_L, nargs);
    return lenInteger(v);
}

function isPlain(t: unknown): t is LuaTable {
    return t instanceof LuaTable && t.metatable === null;
}

/** (a - 1) < b as unsigned 64-bit integers (the argchecks on positions). */
function ulePos(a: number | bigint, b: number | bigint, strict: boolean): boolean {
    if (typeof a === "number" && typeof b === "number" && a >= 1 && b >= 0) return strict ? a - 1 < b : a - 1 <= b;
    const x = BigInt.asUintN(64, BigInt(a) - 1n),
        y = BigInt.asUintN(64, BigInt(b));
    return strict ? x < y : x <= y;
}

/** i + d for an integer index (wrapping like lua_Integer arithmetic). */
function addi(i: number | bigint, d: number): number | bigint {
    return intAdd(i, d);
}

// ---------------------------------------------------------------------------

function addPart(parts: string[], list: unknown, idx: number | bigint): void {
    const v = geti(list, idx);
    if (typeof v === "string") parts.push(v);
    else if (isNumber(v)) parts.push(numberToString(v));
    else runtimeError(`invalid value (${luaType(v)}) at index ${String(idx)} in table for 'concat'`);
}

function concat(list: unknown, sep: unknown, i: unknown, j: unknown): unknown {
    let last = auxGetn(list, 1, "concat", TAB_R, arguments.length);
    const s = optString(sep, 2, "concat", "");
    let k = optInteger(i, 3, "concat", 1);
    if (j !== undefined) last = checkInteger(j, 4, "concat");
    if (k > last) return "";
    const parts: string[] = [];

    if (typeof k === "number" && typeof last === "number") {
        if (isPlain(list) && k >= 1 && last <= list.arr.length) {
            const arr = list.arr;
            // all strings: one native join (numbers need Lua's formatting)
            let x = k;
            while (x <= last && typeof arr[x - 1] === "string") x++;
            if (x > last) return (k === 1 && last === arr.length ? arr : arr.slice(k - 1, last)).join(s);
            for (let x = k; x <= last; x++) {
                const v = arr[x - 1];
                if (typeof v === "string") parts.push(v);
                else addPart(parts, list, x);
            }
        } else {
            for (let x = k; x <= last; x++) addPart(parts, list, x);
        }
    } else {
        let x = BigInt(k);
        const e = BigInt(last);
        for (; x <= e; x++) addPart(parts, list, mkint(x));
    }
    return parts.join(s);
}

function insert(t: unknown, a: unknown, b: unknown): unknown {
    const nargs = arguments.length;
    const e = addi(auxGetn(t, 1, "insert", TAB_RW, nargs), 1); // first empty element
    let pos: number | bigint;
    let v: unknown;
    switch (nargs) {
        case 2:
            pos = e;
            v = a;
            break;
        case 3: {
            pos = checkInteger(a, 2, "insert");
            v = b;
            if (!ulePos(pos, e, true)) return argError(2, "insert", "position out of bounds");
            if (isPlain(t) && typeof pos === "number" && e === t.arr.length + 1 && e > 1 && v !== undefined) {
                // shift t[pos..e-1] up by one on the array part
                const arr = t.arr;
                arr.splice(pos - 1, 0, v);
                const lastValue = arr.pop();
                t.setInt(e, lastValue); // re-append so that the table absorbs hash keys after it
                return EMPTY;
            }
            for (let i = e; i > pos; i = addi(i, -1)) seti(t, i, geti(t, addi(i, -1)));
            break;
        }
        default:
            return runtimeError("wrong number of arguments to 'insert'");
    }
    seti(t, pos, v);
    return EMPTY;
}

function move(a1: unknown, f: unknown, e: unknown, t: unknown, a2: unknown): unknown {
    const nargs = arguments.length;
    const from = checkInteger(f, 2, "move", nargs);
    const end = checkInteger(e, 3, "move", nargs);
    const to = checkInteger(t, 4, "move", nargs);
    const hasDest = a2 !== undefined;
    const dest = hasDest ? a2 : a1;
    checktab(a1, 1, "move", TAB_R, nargs);
    checktab(dest, hasDest ? 5 : 1, "move", TAB_W, nargs);
    if (end >= from) {
        const bf = BigInt(from),
            be = BigInt(end),
            bt = BigInt(to);
        if (!(bf > 0n || be < MAXINTEGER + bf)) return argError(3, "move", "too many elements to move");
        const n = be - bf + 1n;
        if (!(bt <= MAXINTEGER - n + 1n)) return argError(4, "move", "destination wrap around");
        const forward = bt > be || bt <= bf || (hasDest && !eq(a1, dest));
        if (typeof from === "number" && typeof to === "number" && bt + n - 1n <= 9007199254740991n && be <= 9007199254740991n) {
            const cnt = Number(n);
            if (forward) for (let i = 0; i < cnt; i++) seti(dest, to + i, geti(a1, from + i));
            else for (let i = cnt - 1; i >= 0; i--) seti(dest, to + i, geti(a1, from + i));
        } else if (forward) {
            for (let i = 0n; i < n; i++) seti(dest, mkint(bt + i), geti(a1, mkint(bf + i)));
        } else {
            for (let i = n - 1n; i >= 0n; i--) seti(dest, mkint(bt + i), geti(a1, mkint(bf + i)));
        }
    }
    return dest;
}

function pack(...args: unknown[]): unknown {
    const n = args.length;
    let m = n;
    while (m > 0 && args[m - 1] === undefined) m--;
    args.length = m;
    const t = new LuaTable(args);
    t.setStr("n", n);
    return t;
}

function remove(t: unknown, p: unknown): unknown {
    const size = auxGetn(t, 1, "remove", TAB_RW, arguments.length);
    let pos = p === undefined ? size : checkInteger(p, 2, "remove");
    if (pos !== size && !ulePos(pos, size, false)) {
        return argError(1, "remove", "position out of bounds"); // lua5.4.4 names argument #1
    }
    if (isPlain(t) && typeof pos === "number" && pos >= 1 && pos <= t.arr.length) {
        const arr = t.arr;
        const v = arr[pos - 1];
        arr.splice(pos - 1, 1);
        let m = arr.length;
        while (m > 0 && arr[m - 1] === undefined) m--;
        arr.length = m;
        return v;
    }
    const v = geti(t, pos);
    for (; pos < size; pos = addi(pos, 1)) seti(t, pos, geti(t, addi(pos, 1)));
    seti(t, pos, undefined);
    return v;
}

function unpack(list: unknown, i: unknown, j: unknown): unknown {
    const from = optInteger(i, 2, "unpack", 1);
    const to = j === undefined ? lenInteger(list) : checkInteger(j, 3, "unpack");
    if (from > to) return EMPTY;
    const count = BigInt(to) - BigInt(from); // number of elements minus one
    if (count >= 999_900n) return runtimeError("too many results to unpack");
    const f = Number(from),
        n = Number(count) + 1;
    if (n === 1) return geti(list, from);
    if (isPlain(list) && typeof from === "number" && f >= 1 && f + n - 1 <= list.arr.length) {
        return list.arr.slice(f - 1, f - 1 + n);
    }
    const out = new Array<unknown>(n);
    if (typeof from === "number" && f + n - 1 <= Number.MAX_SAFE_INTEGER) {
        for (let k = 0; k < n; k++) out[k] = geti(list, f + k);
    } else {
        const b = BigInt(from);
        for (let k = 0; k < n; k++) out[k] = geti(list, mkint(b + BigInt(k)));
    }
    return out;
}

// ---------------------------------------------------------------------------
// sort: lua5.4's quicksort (median of three, middle pivot; a random pivot once partitions
// become unbalanced), so that ties, errors and "invalid order function for sorting" come out
// as they do there. Plain arrays of numbers or of strings without a comparator are sorted
// natively: equal elements are then indistinguishable, so the result is the same.

const RANLIMIT = 100;

function randomizePivot(): number {
    return (Math.random() * 4294967296) >>> 0;
}

function sort(t: unknown, comp: unknown): unknown {
    const n = auxGetn(t, 1, "sort", TAB_RW, arguments.length);
    if (n > 1) {
        if (!(n < 2147483647)) return argError(1, "sort", "array too big");
        if (comp !== undefined && typeof comp !== "function") typeError(comp, 2, "sort", "function");
        const size = Number(n);
        if (comp === undefined && isPlain(t) && size === t.arr.length && sortNative(t.arr)) return EMPTY;
        let cmp = comp as LuaFunction | undefined;
        // The comparator is called from sort, a C function: one nested C call deeper
        // (runtime/value/c-calls.ts). Every call is at that same level, so the level is set
        // once for the whole sort; only at the limit does each call check (and fail).
        const level = cCalls.n;
        if (cmp !== undefined) {
            if (level + 1 >= LUAI_MAXCCALLS) cmp = checkedComparator(cmp);
            else cCalls.n = level + 1;
        }
        try {
            if (isPlain(t)) sortPlain(t, cmp, 1, size, 0);
            else auxsort(t, cmp === undefined ? lessThan : (a: unknown, b: unknown) => lt(cmp, a, b), 1, size, 0);
        } finally {
            cCalls.n = level;
        }
    }
    return EMPTY;
}

/** Sorts arr in place when it holds only numbers (no NaN) or only strings; else false. */
function sortNative(arr: unknown[]): boolean {
    const n = arr.length;
    const t0 = typeof arr[0];
    if (t0 === "number" || arr[0] instanceof LuaFloat) {
        let boxed = false;
        for (let i = 0; i < n; i++) {
            const v = arr[i];
            if (typeof v !== "number" || v !== v) {
                if (!(v instanceof LuaFloat) || v.n !== v.n) return false;
                boxed = true;
            }
        }
        if (boxed) {
            // Integral floats (boxed) can tie with integers and stay distinguishable, so the
            // order of ties must be lua5.4's: run its quicksort on the values as doubles
            // (exact for integers below 2^53, the only ones held as JS numbers).
            const keys = new Float64Array(n + 1);
            for (let i = 0; i < n; i++) {
                const v = arr[i];
                keys[i + 1] = typeof v === "number" ? v : (v as LuaFloat).n;
            }
            sortKeyed(keys, arr, 1, n, 0);
            return true;
        }
        const f = Float64Array.from(arr as number[]);
        f.sort();
        for (let i = 0; i < n; i++) arr[i] = f[i];
        return true;
    }
    if (t0 === "string") {
        for (let i = 0; i < n; i++) if (typeof arr[i] !== "string") return false;
        (arr as string[]).sort(); // UTF-16 code unit order is byte order for byte strings
        return true;
    }
    return false;
}

type Less = (a: unknown, b: unknown) => boolean;

/** The order of a sort comparator (lua_lessthan without one). */
function lt(cmp: LuaFunction | undefined, a: unknown, b: unknown): boolean {
    return cmp === undefined ? lessThan(a, b) : truthy(first(cmp(a, b)));
}

/** The comparator of a sort that starts at the C-call limit: each call fails as in lua5.4. */
function checkedComparator(cmp: LuaFunction): LuaFunction {
    return (a: unknown, b: unknown) => {
        enterC(true);
        const r = cmp(a, b);
        cCalls.n--;
        return r;
    };
}

/** sortRange for a table without metatable, reading and writing it directly. */
function sortPlain(t: LuaTable, cmp: LuaFunction | undefined, lo: number, up: number, rnd: number): void {
    while (lo < up) {
        let a = t.getInt(lo),
            b = t.getInt(up);
        if (lt(cmp, b, a)) {
            t.setInt(lo, b);
            t.setInt(up, a);
        }
        if (up - lo === 1) return;
        let p: number;
        if (up - lo < RANLIMIT || rnd === 0) p = Math.floor((lo + up) / 2);
        else {
            const r4 = Math.floor((up - lo) / 4);
            p = (rnd % (r4 * 2)) + (lo + r4);
        }
        a = t.getInt(p);
        b = t.getInt(lo);
        if (lt(cmp, a, b)) {
            t.setInt(p, b);
            t.setInt(lo, a);
        } else {
            b = t.getInt(up);
            if (lt(cmp, b, a)) {
                t.setInt(p, b);
                t.setInt(up, a);
            }
        }
        if (up - lo === 2) return;
        const pivot = t.getInt(p);
        t.setInt(p, t.getInt(up - 1));
        t.setInt(up - 1, pivot);
        let i = lo,
            j = up - 1;
        for (;;) {
            let ai: unknown, aj: unknown;
            while (lt(cmp, (ai = t.getInt(++i)), pivot)) {
                if (i === up - 1) runtimeError("invalid order function for sorting");
            }
            while (lt(cmp, pivot, (aj = t.getInt(--j)))) {
                if (j < i) runtimeError("invalid order function for sorting");
            }
            if (j < i) {
                t.setInt(up - 1, ai);
                t.setInt(i, pivot);
                break;
            }
            t.setInt(i, aj);
            t.setInt(j, ai);
        }
        p = i;
        let smaller: number;
        if (p - lo < up - p) {
            sortPlain(t, cmp, lo, p - 1, rnd);
            smaller = p - lo;
            lo = p + 1;
        } else {
            sortPlain(t, cmp, p + 1, up, rnd);
            smaller = up - p;
            up = p - 1;
        }
        if (Math.floor((up - lo) / 128) > smaller) rnd = randomizePivot();
    }
}

/**
 * sortRange on numbers without NaN: keys[i] is the value of arr[i - 1], and both move
 * together. A consistent order, so the "invalid order function" checks cannot fire.
 */
/** Swaps entries i and j of the keys and of the array they sort (1-based, as in sortKeyed). */
function swapKeyed(keys: Float64Array, arr: unknown[], i: number, j: number): void {
    const k = keys[i]!;
    keys[i] = keys[j]!;
    keys[j] = k;
    const v = arr[i - 1];
    arr[i - 1] = arr[j - 1];
    arr[j - 1] = v;
}

// (no closure per call: sortKeyed recurses, and bundles name every closure at creation)
function sortKeyed(keys: Float64Array, arr: unknown[], lo: number, up: number, rnd: number): void {
    while (lo < up) {
        if (keys[up]! < keys[lo]!) swapKeyed(keys, arr, lo, up);
        if (up - lo === 1) return;
        let p: number;
        if (up - lo < RANLIMIT || rnd === 0) p = Math.floor((lo + up) / 2);
        else {
            const r4 = Math.floor((up - lo) / 4);
            p = (rnd % (r4 * 2)) + (lo + r4);
        }
        if (keys[p]! < keys[lo]!) swapKeyed(keys, arr, p, lo);
        else if (keys[up]! < keys[p]!) swapKeyed(keys, arr, p, up);
        if (up - lo === 2) return;
        swapKeyed(keys, arr, p, up - 1);
        const pivot = keys[up - 1]!;
        let i = lo,
            j = up - 1;
        for (;;) {
            while (keys[++i]! < pivot);
            while (pivot < keys[--j]!);
            if (j < i) {
                swapKeyed(keys, arr, up - 1, i);
                break;
            }
            swapKeyed(keys, arr, i, j);
        }
        p = i;
        let smaller: number;
        if (p - lo < up - p) {
            sortKeyed(keys, arr, lo, p - 1, rnd);
            smaller = p - lo;
            lo = p + 1;
        } else {
            sortKeyed(keys, arr, p + 1, up, rnd);
            smaller = up - p;
            up = p - 1;
        }
        if (Math.floor((up - lo) / 128) > smaller) rnd = randomizePivot();
    }
}

function auxsort(t: unknown, less: Less, lo: number, up: number, rnd: number): void {
    const plain = isPlain(t);
    const get = plain ? (i: number) => (t as LuaTable).getInt(i) : (i: number) => geti(t, i);
    const set = plain ? (i: number, v: unknown) => (t as LuaTable).setInt(i, v) : (i: number, v: unknown) => seti(t, i, v);
    sortRange(get, set, less, lo, up, rnd);
}

function sortRange(
    get: (i: number) => unknown,
    set: (i: number, v: unknown) => void,
    less: Less,
    lo: number,
    up: number,
    rnd: number,
): void {
    while (lo < up) {
        // order a[lo], a[p], a[up]
        let a = get(lo),
            b = get(up);
        if (less(b, a)) {
            set(lo, b);
            set(up, a);
        }
        if (up - lo === 1) return;
        let p: number;
        if (up - lo < RANLIMIT || rnd === 0) p = Math.floor((lo + up) / 2);
        else {
            const r4 = Math.floor((up - lo) / 4);
            p = (rnd % (r4 * 2)) + (lo + r4);
        }
        a = get(p);
        b = get(lo);
        if (less(a, b)) {
            set(p, b);
            set(lo, a);
        } else {
            b = get(up);
            if (less(b, a)) {
                set(p, b);
                set(up, a);
            }
        }
        if (up - lo === 2) return;
        const pivot = get(p);
        set(p, get(up - 1));
        set(up - 1, pivot);
        // partition: invariant a[lo .. i] <= P <= a[j .. up], a[up - 1] == P
        let i = lo,
            j = up - 1;
        for (;;) {
            let ai: unknown, aj: unknown;
            while (less((ai = get(++i)), pivot)) {
                if (i === up - 1) runtimeError("invalid order function for sorting");
            }
            while (less(pivot, (aj = get(--j)))) {
                if (j < i) runtimeError("invalid order function for sorting");
            }
            if (j < i) {
                set(up - 1, ai);
                set(i, pivot);
                break;
            }
            set(i, aj);
            set(j, ai);
        }
        p = i;
        let smaller: number;
        if (p - lo < up - p) {
            sortRange(get, set, less, lo, p - 1, rnd);
            smaller = p - lo;
            lo = p + 1;
        } else {
            sortRange(get, set, less, p + 1, up, rnd);
            smaller = up - p;
            up = p - 1;
        }
        if (Math.floor((up - lo) / 128) > smaller) rnd = randomizePivot(); // partition too unbalanced
    }
}

// ---------------------------------------------------------------------------
// Registration (manual order)

export const tableLib: Record<string, LuaFunction> = {
    concat,
    insert,
    move,
    pack,
    remove,
    sort,
    unpack,
};

export function openTable(G: LuaTable): void {
    const T = new LuaTable();
    for (const [name, f] of Object.entries(tableLib)) T.setStr(name, f);
    G.setStr("table", T);
}
