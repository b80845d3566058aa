// Option tables of the ptool API (`ptool.http.request{...}`, `ptool.etcd.connect{...}`):
// unknown names are errors, and each field is checked for its type with a message naming the
// API and the field ("ptool.http.request: timeout_ms must be an integer, got string").
import { LuaTable } from "../value/table.js";
import { LuaFloat, tointeger } from "../value/number.js";
import { numberToString } from "../value/number-string.js";
import { luaType } from "../value/types.js";
import { invalidArgument } from "./errors.js";

/** What a value is, for messages: the type, and the number itself for numbers. */
export function describe(v: unknown): string {
    if (typeof v === "number" || typeof v === "bigint" || v instanceof LuaFloat) return `number ${numberToString(v)}`;
    return luaType(v);
}

/** The options table (nil when `optional` and absent), with every key checked against `allowed`. */
export function optionsTable(op: string, options: unknown, allowed: readonly string[], optional: boolean): LuaTable | undefined {
    if (options === undefined && optional) return undefined;
    if (!(options instanceof LuaTable)) return invalidArgument(op, `options must be a table, got ${luaType(options)}`);
    for (let e = options.next(undefined); e !== undefined; e = options.next(e[0])) {
        const k = e[0];
        if (typeof k !== "string") return invalidArgument(op, `option names must be strings, got ${describe(k)}`);
        if (!allowed.includes(k)) return invalidArgument(op, `unknown option '${k}'`);
    }
    return options;
}

export function optString(op: string, t: LuaTable | undefined, name: string, label = name): string | undefined {
    const v = t?.getStr(name);
    if (v === undefined || typeof v === "string") return v;
    return invalidArgument(op, `${label} must be a string, got ${describe(v)}`);
}

export function optBoolean(op: string, t: LuaTable | undefined, name: string): boolean | undefined {
    const v = t?.getStr(name);
    if (v === undefined || typeof v === "boolean") return v;
    return invalidArgument(op, `${name} must be a boolean, got ${describe(v)}`);
}

/** An integer option (floats with an integral value count, as in Lua); bigints beyond 2^53 stay bigints. */
export function optInteger(op: string, t: LuaTable | undefined, name: string): number | bigint | undefined {
    const v = t?.getStr(name);
    if (v === undefined) return undefined;
    const n = typeof v === "number" || typeof v === "bigint" || v instanceof LuaFloat ? tointeger(v) : undefined;
    if (n === undefined) return invalidArgument(op, `${name} must be an integer, got ${describe(v)}`);
    return n;
}

/** A non-negative integer option that fits a JS number (timeouts, counts). */
export function optCount(op: string, t: LuaTable | undefined, name: string, min = 0): number | undefined {
    const n = optInteger(op, t, name);
    if (n === undefined) return undefined;
    if (n < min || typeof n === "bigint") {
        return invalidArgument(op, `${name} must be ${min === 0 ? "a non-negative" : "a positive"} integer, got ${numberToString(n)}`);
    }
    return n;
}
