// The hook through which load/dofile/require reach the compiler. The runtime never imports
// the compiler (DESIGN.md §1): the CLI or a bundle that needs it registers one here.
import type { LuaFunction } from "./types.js";
import { runtimeError } from "./errors.js";

/** Compiles Lua source into a chunk factory: given _ENV, returns the main function. */
export type ChunkCompiler = (source: string, chunkName: string) => (env: unknown) => LuaFunction;

let compiler: ChunkCompiler | undefined;

export function setChunkCompiler(c: ChunkCompiler): void {
    compiler = c;
}

/** The main function of a chunk; throws a LuaError (syntax errors included) on failure. */
export function loadChunk(source: string, chunkName: string, env: unknown): LuaFunction {
    if (compiler === undefined) return runtimeError("load: this bundle was built without the Lua compiler");
    return compiler(source, chunkName)(env);
}
