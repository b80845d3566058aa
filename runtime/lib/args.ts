// Argument checks for library functions (the luaL_check* family, manual §4.4 / §6).
// `nargs` is the number of arguments actually passed, so a missing one reads "no value".
import { LuaFloat, isNumber, tointeger, type LuaNumber } from "../value/number.js";
import { stringToNumber, numberToString } from "../value/number-string.js";
import { LuaTable } from "../value/table.js";
import { badArgument } from "../value/errors.js";
import { typeNameForError } from "../value/metatable.js";

export function argError(arg: number, fname: string, extra: string): never {
    return badArgument(arg, fname, extra);
}

export function typeError(v: unknown, arg: number, fname: string, expected: string, nargs?: number): never {
    const got = v === undefined && nargs !== undefined && arg > nargs ? "no value" : typeNameForError(v);
    return badArgument(arg, fname, `${expected} expected, got ${got}`);
}

export function checkAny(v: unknown, arg: number, fname: string, nargs: number): void {
    if (arg > nargs) badArgument(arg, fname, "value expected");
}

export function checkTable(v: unknown, arg: number, fname: string, nargs?: number): LuaTable {
    if (v instanceof LuaTable) return v;
    return typeError(v, arg, fname, "table", nargs);
}

/** A string argument; numbers are converted (luaL_checklstring). */
export function checkString(v: unknown, arg: number, fname: string, nargs?: number): string {
    if (typeof v === "string") return v;
    if (isNumber(v)) return numberToString(v);
    return typeError(v, arg, fname, "string", nargs);
}

export function optString(v: unknown, arg: number, fname: string, def: string): string {
    return v === undefined ? def : checkString(v, arg, fname);
}

/** A number argument; numeric strings are converted (luaL_checknumber). */
export function checkNumber(v: unknown, arg: number, fname: string, nargs?: number): LuaNumber {
    if (typeof v === "number" || typeof v === "bigint" || v instanceof LuaFloat) return v;
    if (typeof v === "string") {
        const n = stringToNumber(v);
        if (n !== undefined) return n;
    }
    return typeError(v, arg, fname, "number", nargs);
}

/** An integer argument; floats with an exact integer value and numeric strings convert. */
export function checkInteger(v: unknown, arg: number, fname: string, nargs?: number): number | bigint {
    if (typeof v === "number" && Number.isInteger(v)) return v;
    const n = typeof v === "string" ? stringToNumber(v) : isNumber(v) ? v : undefined;
    if (n === undefined) return typeError(v, arg, fname, "number", nargs);
    const i = tointeger(n);
    if (i === undefined) return badArgument(arg, fname, "number has no integer representation");
    return i;
}

export function optInteger(v: unknown, arg: number, fname: string, def: number): number | bigint {
    return v === undefined ? def : checkInteger(v, arg, fname);
}

/** An integer argument clamped into the JS safe range (for sizes and string positions). */
export function checkIntClamped(v: unknown, arg: number, fname: string, nargs?: number): number {
    const i = checkInteger(v, arg, fname, nargs);
    if (typeof i === "number") return i;
    return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

export function optIntClamped(v: unknown, arg: number, fname: string, def: number): number {
    return v === undefined ? def : checkIntClamped(v, arg, fname);
}

export function checkOption(v: unknown, arg: number, fname: string, def: string | undefined, options: readonly string[]): string {
    const s = def !== undefined && v === undefined ? def : checkString(v, arg, fname);
    if (!options.includes(s)) return badArgument(arg, fname, `invalid option '${s}'`);
    return s;
}
