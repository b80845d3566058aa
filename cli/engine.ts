// Compiles Lua into live functions in this process: the ChunkCompiler behind `ptool run`,
// load() and dofile(). Each chunk is evaluated as its own V8 script whose file name keys
// its line table, so stack frames map back to Lua lines.
import { runInThisContext } from "node:vm";
import { compileLua, LuaSyntaxError } from "../compiler/index.js";
import { abi } from "../runtime/abi.js";
import { encodeLines, registerChunk } from "../runtime/value/callstack.js";
import { LuaError } from "../runtime/value/errors.js";
import type { ChunkCompiler } from "../runtime/value/chunk-loader.js";
import type { LuaFunction } from "../runtime/value/types.js";

let chunkCount = 0;

type Factory = (rt: typeof abi) => (env: unknown) => LuaFunction;

export const compileChunk: ChunkCompiler = (source, chunkName) => {
    let out;
    try {
        out = compileLua(source, { chunkName, format: "function" });
    } catch (e) {
        if (e instanceof LuaSyntaxError) throw new LuaError(e.luaMessage);
        throw e;
    }
    const fileName = `lua:${++chunkCount}/${chunkName}`;
    registerChunk(fileName, chunkName, encodeLines(out.lines), out.callSites);
    const factory = runInThisContext(out.code, { filename: fileName }) as Factory;
    return factory(abi);
};
