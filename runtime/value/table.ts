// Lua tables (manual §2.1, §3.4.9): an array part for keys 1..n, a prototype-less object for
// string keys, and a Map for every other key.
//
// String keys live in a plain object because V8 gives objects hidden classes: a table built
// as {x = 1, y = 2} costs a small object instead of a Map, which matters for GC in
// table-heavy code (bench/table-loop). Fields set to nil keep their slot (set to undefined)
// so the object keeps its shape; the slots are compacted when they pile up.
// Keys are normalised so that equal Lua values are one key: floats with an integral value
// become integers (LuaFloat(3) -> 3, LuaFloat(2^60) -> 2n**60n).
import { LuaFloat, MAX_SAFE, TWO63 } from "./number.js";
import { runtimeError } from "./errors.js";

/** Where the last next() stopped, so that a traversal costs O(1) a step. */
interface Traversal {
    /** Snapshot of the string keys and the position last returned. */
    strKeys: string[] | null;
    strPos: number;
    /** Live iterator of the hash part and the key it returned last. */
    iterKey: unknown;
    iter: Iterator<unknown> | null;
    /** The array-part key returned last (still valid if its slot is cleared meanwhile). */
    arrayKey: number;
}

function newTraversal(): Traversal {
    return { strKeys: null, strPos: 0, iterKey: undefined, iter: null, arrayKey: 0 };
}

/** Holder of string keys: an object whose prototype chain has no properties. */
type StrBag = Record<string, unknown>;
const StrBagCtor = function StrBag(this: StrBag) {} as unknown as new () => StrBag;
StrBagCtor.prototype = Object.create(null);
export { StrBagCtor as StrBag };

/**
 * The array part of tables that have none: shared and frozen, so a table like {x = 1}
 * allocates one object less (bench/table-loop); writers replace it before storing.
 */
const NO_ARRAY: unknown[] = Object.freeze([]) as unknown as unknown[];

export class LuaTable {
    /** arr[i] holds t[i + 1]; never ends with undefined; NO_ARRAY (frozen) when empty. */
    arr: unknown[];
    /** String keys. */
    strs: StrBag | null = null;
    /** Other keys: booleans, non-array numbers, tables, functions... */
    hash: Map<unknown, unknown> | null = null;
    metatable: LuaTable | null = null;
    /** Number of string slots set to nil since the last compaction. */
    private deadStrs = 0;
    /** State of next() traversals, allocated by the first one (most tables are never traversed). */
    private trav: Traversal | null = null;

    constructor(arr?: unknown[]) {
        this.arr = arr ?? NO_ARRAY;
    }

    // --- reads -------------------------------------------------------------

    get(key: unknown): unknown {
        if (typeof key === "number") {
            const arr = this.arr;
            if (key >= 1 && key <= arr.length && Number.isInteger(key)) return arr[key - 1];
        } else if (typeof key === "string") {
            const strs = this.strs;
            return strs === null ? undefined : strs[key];
        } else if (key instanceof LuaFloat) {
            return this.get(normaliseFloatKey(key.n));
        }
        return this.hash === null ? undefined : this.hash.get(key);
    }

    getStr(key: string): unknown {
        const strs = this.strs;
        return strs === null ? undefined : strs[key];
    }

    /** key is a canonical integer as a JS number. */
    getInt(key: number): unknown {
        const arr = this.arr;
        if (key >= 1 && key <= arr.length) return arr[key - 1];
        return this.hash === null ? undefined : this.hash.get(key);
    }

    // --- writes ------------------------------------------------------------

    set(key: unknown, value: unknown): void {
        if (typeof key === "number") {
            if (Number.isInteger(key)) {
                this.setInt(key, value);
                return;
            }
            if (key !== key) runtimeError("table index is NaN");
        } else if (typeof key === "string") {
            this.setStr(key, value);
            return;
        } else if (key instanceof LuaFloat) {
            const k = key.n;
            if (k !== k) runtimeError("table index is NaN");
            this.set(normaliseFloatKey(k), value);
            return;
        } else if (key === undefined) {
            runtimeError("table index is nil");
        }
        this.setHash(key, value);
    }

    setStr(key: string, value: unknown): void {
        let strs = this.strs;
        if (value === undefined) {
            if (strs !== null && strs[key] !== undefined) {
                strs[key] = undefined;
                if (++this.deadStrs > 32) this.compactStrs();
            }
            return;
        }
        if (strs === null) this.strs = strs = new StrBagCtor();
        strs[key] = value;
    }

    /** Drop the slots of removed string keys once they outnumber the live ones. */
    private compactStrs(): void {
        const strs = this.strs!;
        const keys = Object.keys(strs);
        let live = 0;
        for (const k of keys) if (strs[k] !== undefined) live++;
        if (this.deadStrs * 2 < live) return;
        const fresh = new StrBagCtor();
        for (const k of keys) {
            const v = strs[k];
            if (v !== undefined) fresh[k] = v;
        }
        this.strs = fresh;
        this.deadStrs = 0;
    }

    /** key is a canonical integer as a JS number. */
    setInt(key: number, value: unknown): void {
        const arr = this.arr;
        const n = arr.length;
        if (key >= 1 && key <= n) {
            arr[key - 1] = value;
            if (value === undefined && key === n) {
                let m = n - 1;
                while (m > 0 && arr[m - 1] === undefined) m--;
                arr.length = m;
            }
        } else if (key === n + 1) {
            if (value === undefined) {
                if (this.hash !== null) this.hash.delete(key);
                return;
            }
            if (n === 0) this.arr = [value];
            else arr.push(value);
            const hash = this.hash;
            if (hash !== null && hash.size > 0) this.migrate(hash);
        } else {
            this.setHash(key, value);
        }
    }

    private setHash(key: unknown, value: unknown): void {
        if (value === undefined) {
            if (this.hash !== null) this.hash.delete(key);
        } else {
            (this.hash ??= new Map()).set(key, value);
        }
    }

    /** After the array part grew, move the keys that now continue it out of the hash. */
    private migrate(hash: Map<unknown, unknown>): void {
        const arr = this.arr;
        for (;;) {
            const k = arr.length + 1;
            const v = hash.get(k);
            if (v === undefined) return;
            hash.delete(k);
            arr.push(v);
        }
    }

    // --- length and traversal ----------------------------------------------

    /** The border used by `#` (the array part never ends with nil). */
    length(): number {
        return this.arr.length;
    }

    /**
     * next(t, key) as [key, value], or undefined at the end. The hash part keeps a live Map
     * iterator for the key it returned last, so a traversal is O(1) per step; clearing fields
     * during traversal is allowed (Map iterators survive deletions).
     */
    next(key: unknown, out?: [unknown, unknown]): [unknown, unknown] | undefined {
        const arr = this.arr;
        let i = 0;
        if (key !== undefined) {
            if (key instanceof LuaFloat) {
                // lua5.4.4 looks a float key up as a float: one with an integer value never
                // matches the integer key it stands for
                key = normaliseFloatKey(key.n);
                if (typeof key === "number" || typeof key === "bigint") return runtimeError("invalid key to 'next'");
            }
            if (typeof key === "number" && Number.isInteger(key) && key >= 1 && key <= arr.length) {
                i = key;
            } else if (typeof key === "string") {
                return this.nextInStrs(key, out);
            } else if (typeof key === "number" && key === this.trav?.arrayKey && (this.hash === null || !this.hash.has(key))) {
                // the array key returned last, whose trailing slots were cleared since
                return this.nextInStrs(undefined, out);
            } else {
                return this.nextInHash(key, out);
            }
        }
        for (; i < arr.length; i++) {
            const v = arr[i];
            if (v !== undefined) {
                (this.trav ??= newTraversal()).arrayKey = i + 1;
                return pair(out, i + 1, v);
            }
        }
        return this.nextInStrs(undefined, out);
    }

    private nextInStrs(key: string | undefined, out: [unknown, unknown] | undefined): [unknown, unknown] | undefined {
        const strs = this.strs;
        if (strs === null) {
            if (key !== undefined) return runtimeError("invalid key to 'next'");
            return this.nextInHash(undefined, out);
        }
        const trav = (this.trav ??= newTraversal());
        let keys = trav.strKeys;
        let pos: number;
        if (key === undefined) {
            keys = trav.strKeys = Object.keys(strs);
            pos = 0;
        } else if (keys !== null && keys[trav.strPos] === key) {
            pos = trav.strPos + 1;
        } else {
            // Random access: find the key in a fresh snapshot (O(n), off the common path).
            keys = trav.strKeys = Object.keys(strs);
            const at = keys.indexOf(key);
            if (at < 0) return runtimeError("invalid key to 'next'");
            pos = at + 1;
        }
        for (; pos < keys.length; pos++) {
            const k = keys[pos]!;
            const v = strs[k];
            if (v !== undefined) {
                trav.strPos = pos;
                return pair(out, k, v);
            }
        }
        trav.strKeys = null;
        return this.nextInHash(undefined, out);
    }

    private nextInHash(key: unknown, out: [unknown, unknown] | undefined): [unknown, unknown] | undefined {
        const hash = this.hash;
        if (hash === null) {
            if (key === undefined) return undefined;
            return runtimeError("invalid key to 'next'");
        }
        const trav = (this.trav ??= newTraversal());
        let it: Iterator<unknown>;
        if (key === undefined) {
            it = hash.keys();
        } else if (trav.iter !== null && sameKey(trav.iterKey, key)) {
            it = trav.iter;
        } else {
            // Random access: find the key from the start (O(n), only off the common path).
            it = hash.keys();
            for (;;) {
                const r = it.next();
                if (r.done) return runtimeError("invalid key to 'next'");
                if (sameKey(r.value, key)) break;
            }
        }
        for (;;) {
            const r = it.next();
            if (r.done) {
                trav.iter = null;
                trav.iterKey = undefined;
                return undefined;
            }
            const k = r.value;
            const v = hash.get(k);
            if (v !== undefined) {
                trav.iter = it;
                trav.iterKey = k;
                return pair(out, denormaliseKey(k), v);
            }
        }
    }
}

/** A key/value pair for next(): a new array, or `out` when the caller reuses one. */
function pair(out: [unknown, unknown] | undefined, k: unknown, v: unknown): [unknown, unknown] {
    if (out === undefined) return [k, v];
    out[0] = k;
    out[1] = v;
    return out;
}

function sameKey(a: unknown, b: unknown): boolean {
    return a === b || (a !== a && b !== b);
}

/** Key for a float with an integral value (NaN is rejected by the caller). */
export function normaliseFloatKey(n: number): unknown {
    if (n >= -MAX_SAFE && n <= MAX_SAFE) return n + 0;
    if (n >= -TWO63 && n < TWO63) return BigInt(n);
    return internFloatKey(n);
}

/**
 * Floats beyond the int64 range (1e300, ±inf is not integral) cannot be integers; Map keys
 * compare objects by identity, so they are interned.
 */
class FloatKey {
    constructor(readonly n: number) {}
}
const floatKeys = new Map<number, FloatKey>();
function internFloatKey(n: number): FloatKey {
    let k = floatKeys.get(n);
    if (k === undefined) {
        k = new FloatKey(n);
        floatKeys.set(n, k);
    }
    return k;
}

/** The Lua value of a stored key. */
function denormaliseKey(k: unknown): unknown {
    return k instanceof FloatKey ? new LuaFloat(k.n) : k;
}
