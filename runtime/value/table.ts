// Lua tables (manual §2.1, §3.4.9): an array part for keys 1..n and a Map for the rest.
//
// Keys are normalised so that equal Lua values are one Map key: floats with an integral
// value become integers (LuaFloat(3) -> 3, LuaFloat(2^60) -> 2n**60n); other numbers,
// strings, booleans and objects are used as they are.
import { LuaFloat, MAX_SAFE, TWO63 } from "./number.js";
import { runtimeError } from "./errors.js";

export class LuaTable {
    /** arr[i] holds t[i + 1]; never ends with undefined. */
    arr: unknown[];
    hash: Map<unknown, unknown> | null = null;
    metatable: LuaTable | null = null;
    /** Live iterators of the hash part, keyed by the last key they returned (see next). */
    private iterKey: unknown = undefined;
    private iter: Iterator<unknown> | null = null;

    constructor(arr?: unknown[]) {
        this.arr = arr ?? [];
    }

    // --- reads -------------------------------------------------------------

    get(key: unknown): unknown {
        if (typeof key === "number") {
            const arr = this.arr;
            if (key >= 1 && key <= arr.length && Number.isInteger(key)) return arr[key - 1];
        } else if (typeof key === "string") {
            return this.hash === null ? undefined : this.hash.get(key);
        } else if (key instanceof LuaFloat) {
            return this.get(normaliseFloatKey(key.n));
        }
        return this.hash === null ? undefined : this.hash.get(key);
    }

    getStr(key: string): unknown {
        return this.hash === null ? undefined : this.hash.get(key);
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
        if (value === undefined) {
            if (this.hash !== null) this.hash.delete(key);
        } else {
            (this.hash ??= new Map()).set(key, value);
        }
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
            arr.push(value);
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
    next(key: unknown): [unknown, unknown] | undefined {
        const arr = this.arr;
        let i = 0;
        if (key !== undefined) {
            if (key instanceof LuaFloat) key = normaliseFloatKey(key.n);
            if (typeof key === "number" && Number.isInteger(key) && key >= 1 && key <= arr.length) {
                i = key;
            } else {
                return this.nextInHash(key);
            }
        }
        for (; i < arr.length; i++) {
            const v = arr[i];
            if (v !== undefined) return [i + 1, v];
        }
        return this.nextInHash(undefined);
    }

    private nextInHash(key: unknown): [unknown, unknown] | undefined {
        const hash = this.hash;
        if (key !== undefined && typeof key === "number" && Number.isInteger(key) && key >= 1 && (hash === null || !hash.has(key))) {
            // an array-part key whose trailing slots were cleared during the traversal
            key = undefined;
        }
        if (hash === null) {
            if (key === undefined) return undefined;
            return runtimeError("invalid key to 'next'");
        }
        let it: Iterator<unknown>;
        if (key === undefined) {
            it = hash.keys();
        } else if (this.iter !== null && sameKey(this.iterKey, key)) {
            it = this.iter;
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
                this.iter = null;
                this.iterKey = undefined;
                return undefined;
            }
            const k = r.value;
            const v = hash.get(k);
            if (v !== undefined) {
                this.iter = it;
                this.iterKey = k;
                return [denormaliseKey(k), v];
            }
        }
    }
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
