// The CLI's report of an uncaught error: lua.c's message plus a Lua stack traceback.
import type { LuaFrame } from "../runtime/value/callstack.js";
import { luaNameOfFunction } from "../runtime/value/function-names.js";
import { getMetatable, tostring } from "../runtime/value/metatable.js";
import { isNumber } from "../runtime/value/number.js";
import { luaType } from "../runtime/value/types.js";

/** The message lua.c prints for an error object. */
export function errorMessage(value: unknown): string {
    if (typeof value === "string") return value;
    if (isNumber(value)) return tostring(value);
    const mt = getMetatable(value);
    if (mt !== null && mt.getStr("__tostring") !== undefined) return tostring(value);
    return `(error object is a ${luaType(value)} value)`;
}

function describeFrame(f: LuaFrame): string {
    if (f.functionName === "$main") return "in main chunk";
    const m = /^\$L(\d+)$/.exec(f.functionName);
    if (m) return `in function <${f.chunkName}:${m[1]}>`;
    const name = luaNameOfFunction(f.functionName);
    return name === undefined ? "in ?" : `in function '${name}'`;
}

export function traceback(frames: readonly LuaFrame[]): string {
    const lines = ["stack traceback:", "\t[C]: in ?"];
    const shown = frames.length > 22 ? [...frames.slice(0, 10), undefined, ...frames.slice(-11)] : frames;
    for (const f of shown) {
        if (f === undefined) lines.push("\t...");
        else lines.push(`\t${f.chunkName}:${f.line}: ${describeFrame(f)}`);
    }
    lines.push("\t[C]: in ?");
    return lines.join("\n");
}
