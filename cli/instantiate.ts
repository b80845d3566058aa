// Turns compiled chunk code (the "function" output format) into a live chunk factory: each
// chunk is evaluated as its own V8 script whose file name keys its line table, so stack
// frames map back to Lua lines. Used by `ptool run` and by built bundles (no compiler here).
import { runInThisContext } from "node:vm";
import { abi } from "../runtime/abi.js";
import { registerChunk } from "../runtime/value/callstack.js";
import type { LuaFunction } from "../runtime/value/types.js";

let chunkCount = 0;

type Factory = (rt: typeof abi) => (env: unknown) => LuaFunction;

export function instantiateChunk(
    code: string,
    encodedLines: string,
    callSites: readonly string[],
    chunkName: string,
): (env: unknown) => LuaFunction {
    const fileName = `lua:${++chunkCount}/${chunkName}`;
    registerChunk(fileName, chunkName, encodedLines, callSites);
    const factory = runInThisContext(code, { filename: fileName }) as Factory;
    return factory(abi);
}
