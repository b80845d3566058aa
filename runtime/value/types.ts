// type() names and the shared Lua function type (manual §2.1).
import { LuaFloat } from "./number.js";
import { LuaTable } from "./table.js";

/**
 * A Lua function is a plain JS function. Calling convention: Lua arguments are JS arguments;
 * exactly one result is returned as the value itself, any other count as a JS array
 * (so zero results is [], and no Lua value is ever a JS array).
 */
export type LuaFunction = (...args: any[]) => unknown;

/** Userdata: host objects exposed to Lua with a metatable (ptool.etcd.Connection...). */
export class LuaUserdata {
    metatable: LuaTable | null = null;
    constructor(readonly payload: unknown) {}
}

/** Coroutine objects are defined by the coroutine library; type() recognises them by this tag. */
export const THREAD_TAG = Symbol.for("ptool.thread");

export function luaType(v: unknown): string {
    switch (typeof v) {
        case "undefined":
            return "nil";
        case "boolean":
            return "boolean";
        case "number":
        case "bigint":
            return "number";
        case "string":
            return "string";
        case "function":
            return "function";
        default:
            if (v instanceof LuaTable) return "table";
            if (v instanceof LuaFloat) return "number";
            if (v !== null && typeof v === "object" && THREAD_TAG in v) return "thread";
            return "userdata";
    }
}
