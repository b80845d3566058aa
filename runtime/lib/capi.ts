// Value operations as library ("C") functions perform them (lua_geti, lua_seti, lua_compare,
// luaL_len; manual §4.6, §5.1): errors raised by the operation itself carry no position.
import { isNumber, rawnum, tointeger } from "../value/number.js";
import { stringToNumber } from "../value/number-string.js";
import { LuaTable } from "../value/table.js";
import { LuaError, currentFrames, runtimeError } from "../value/errors.js";
import { call, first, index, len, metamethod, setindex, truthy, typeNameForError } from "../value/metatable.js";

/** An error raised inside a library function by the core (luaG_runerror without a Lua frame). */
export function positionlessError(message: string): never {
    throw new LuaError(message, currentFrames());
}

/** t[i] honouring __index (lua_geti). */
export function geti(t: unknown, i: number | bigint): unknown {
    if (t instanceof LuaTable) {
        if (t.metatable === null) return typeof i === "number" ? t.getInt(i) : t.get(i);
        return index(t, i);
    }
    if (metamethod(t, "__index") === undefined) {
        return positionlessError(`attempt to index a ${typeNameForError(t)} value`);
    }
    return index(t, i);
}

/** t[i] = v honouring __newindex (lua_seti). */
export function seti(t: unknown, i: number | bigint, v: unknown): void {
    if (t instanceof LuaTable) {
        if (t.metatable === null) {
            if (typeof i === "number") t.setInt(i, v);
            else t.set(i, v);
            return;
        }
        setindex(t, i, v);
        return;
    }
    if (metamethod(t, "__newindex") === undefined) {
        positionlessError(`attempt to index a ${typeNameForError(t)} value`);
    }
    setindex(t, i, v);
}

/** #v as an integer, honouring __len (luaL_len). */
export function lenInteger(v: unknown): number | bigint {
    if (v instanceof LuaTable && v.metatable === null) return v.arr.length;
    if (typeof v === "string") return v.length;
    if (!(v instanceof LuaTable) && metamethod(v, "__len") === undefined) {
        return positionlessError(`attempt to get length of a ${typeNameForError(v)} value`);
    }
    const n = len(v);
    let i: number | bigint | undefined;
    if (typeof n === "number" && Number.isInteger(n)) i = n;
    else if (isNumber(n)) i = tointeger(n);
    else if (typeof n === "string") {
        const x = stringToNumber(n);
        if (x !== undefined) i = tointeger(x);
    }
    if (i === undefined) return runtimeError("object length is not an integer");
    return i;
}

/** a < b (lua_compare with LUA_OPLT). */
export function lessThan(a: unknown, b: unknown): boolean {
    if (typeof a === "number" && typeof b === "number") return a < b;
    if (typeof a === "string" && typeof b === "string") return a < b;
    if (isNumber(a) && isNumber(b)) return rawnum(a) < rawnum(b);
    const h = metamethod(a, "__lt") ?? metamethod(b, "__lt");
    if (h !== undefined) return truthy(first(call(h, a, b)));
    const t1 = typeNameForError(a),
        t2 = typeNameForError(b);
    return positionlessError(t1 === t2 ? `attempt to compare two ${t1} values` : `attempt to compare ${t1} with ${t2}`);
}
