// Turns compiled chunk code (the "function" output format) into a live chunk factory: each
// chunk is evaluated as its own V8 script whose file name keys its line table, so stack
// frames map back to Lua lines. Used by `ptool run` and by built bundles (no compiler here).
import Module from "node:module";
import { runInThisContext } from "node:vm";
import { abi } from "../runtime/abi.js";
import { registerChunk } from "../runtime/value/callstack.js";
import type { LuaFunction } from "../runtime/value/types.js";

let chunkCount = 0;

type Factory = (rt: typeof abi) => (env: unknown) => LuaFunction;

/**
 * `map` (a source map to the Lua lines): the chunk is compiled as a CommonJS module instead,
 * the one kind of code whose source map `node --enable-source-maps` applies (debuggers read
 * the map of any script). The wrapper keeps the chunk's lines.
 */
export function instantiateChunk(
    code: string,
    encodedLines: string,
    callSites: readonly string[],
    chunkName: string,
    map?: string,
): (env: unknown) => LuaFunction {
    const fileName = `lua:${++chunkCount}/${chunkName}`;
    registerChunk(fileName, chunkName, encodedLines, callSites);
    if (map === undefined) return (runInThisContext(code, { filename: fileName }) as Factory)(abi);
    const m = new Module(fileName) as Module & { _compile(code: string, fileName: string): void };
    m.filename = fileName;
    const comment = `//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString("base64")}`;
    m._compile(`module.exports = ${code};\n${comment}\n`, fileName);
    return (m.exports as Factory)(abi);
}
