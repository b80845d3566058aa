// Equality and order (manual §3.4.4) with __eq, __lt, __le (§2.4). Mixed integer/float
// comparisons are exact: JS compares bigint with number by mathematical value.
import { LuaFloat, isNumber, rawnum } from "./number.js";
import { LuaTable } from "./table.js";
import { LuaUserdata } from "./types.js";
import { attemptCompare } from "./errors.js";
import { call, callable, first, metamethod, truthy, typeNameForError } from "./metatable.js";

/** The same boxed NaN (a NaN with its sign bit clear, `-(0/0)`) is not equal to itself. */
function boxedNaN(a: unknown): boolean {
    return a instanceof LuaFloat && a.n !== a.n;
}

export function eq(a: unknown, b: unknown): boolean {
    if (a === b) return !boxedNaN(a);
    const ta = typeof a;
    if (ta !== "object" && typeof b !== "object") {
        // number vs bigint (2^53 and beyond)
        return ta === "bigint" || typeof b === "bigint" ? isNumber(a) && isNumber(b) && a == b : false;
    }
    return eqSlow(a, b);
}

function eqSlow(a: unknown, b: unknown): boolean {
    if (a instanceof LuaFloat || b instanceof LuaFloat) {
        // eslint-disable-next-line eqeqeq
        return isNumber(a) && isNumber(b) && rawnum(a) == rawnum(b);
    }
    if ((a instanceof LuaTable && b instanceof LuaTable) || (a instanceof LuaUserdata && b instanceof LuaUserdata)) {
        const h = metamethod(a, "__eq") ?? metamethod(b, "__eq");
        if (h === undefined) return false;
        return truthy(first(callable(h, "metamethod 'eq'")(a, b)));
    }
    return false;
}

export function rawequal(a: unknown, b: unknown): boolean {
    if (a === b) return !boxedNaN(a);
    if (isNumber(a) && isNumber(b)) return rawnum(a) == rawnum(b);
    return false;
}

export function lt(a: unknown, b: unknown): boolean {
    if (typeof a === "number" && typeof b === "number") return a < b;
    if (typeof a === "string" && typeof b === "string") return a < b;
    return order(a, b, "__lt");
}

export function le(a: unknown, b: unknown): boolean {
    if (typeof a === "number" && typeof b === "number") return a <= b;
    if (typeof a === "string" && typeof b === "string") return a <= b;
    return order(a, b, "__le");
}

/** a > b, evaluating a before b (Lua evaluates operands left to right). */
export function gt(a: unknown, b: unknown): boolean {
    return lt(b, a);
}

export function ge(a: unknown, b: unknown): boolean {
    return le(b, a);
}

function order(a: unknown, b: unknown, event: string): boolean {
    if (isNumber(a) && isNumber(b)) {
        const x = rawnum(a),
            y = rawnum(b);
        return event === "__lt" ? x < y : x <= y;
    }
    const h = metamethod(a, event) ?? metamethod(b, event);
    if (h !== undefined) return truthy(first(callable(h, `metamethod '${event.slice(2)}'`)(a, b)));
    if (event === "__le") {
        // Debian's lua5.4 is built with LUA_COMPAT_5_3: a <= b falls back to not (b < a)
        const lt = metamethod(b, "__lt") ?? metamethod(a, "__lt");
        if (lt !== undefined) return !truthy(first(call(lt, b, a)));
    }
    return attemptCompare(typeNameForError(a), typeNameForError(b));
}
