// The ChunkCompiler behind `ptool run`, load() and dofile(): Lua source -> a live chunk.
import { compileLua, LuaSyntaxError } from "../compiler/index.js";
import { encodeLines } from "../runtime/value/callstack.js";
import { LuaError } from "../runtime/value/errors.js";
import type { ChunkCompiler } from "../runtime/value/chunk-loader.js";
import { instantiateChunk } from "./instantiate.js";

export const compileChunk: ChunkCompiler = (source, chunkName) => {
    let out;
    try {
        out = compileLua(source, { chunkName, format: "function", twinMain: true });
    } catch (e) {
        if (e instanceof LuaSyntaxError) throw new LuaError(e.luaMessage);
        throw e;
    }
    return instantiateChunk(out.code, encodeLines(out.lines), out.callSites, chunkName);
};
