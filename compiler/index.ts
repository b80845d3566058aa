// The compiler's public entry: Lua source (bytes as a latin1 string) -> JavaScript.
import { parse, checkedSyntaxError, LuaSyntaxError } from "./parse.js";
import { emitChunk, type OutputFormat, type ChunkOutput } from "./codegen/chunk.js";

export { LuaSyntaxError };
export type { OutputFormat, ChunkOutput };

export interface CompileOptions {
    /** Name used in messages: "script.lua", or `[string "..."]` for load(). */
    chunkName: string;
    format?: OutputFormat;
    /** Module format: where the runtime is imported from. */
    runtimeImport?: string;
    /** Give the main function a generator twin: a chunk returned by `load` may run inside a coroutine. */
    twinMain?: boolean;
}

export function compileLua(source: string, options: CompileOptions): ChunkOutput {
    try {
        const parsed = parse(source, options.chunkName);
        try {
            return emitChunk(parsed, options.chunkName, options.format ?? "function", options.runtimeImport, options.twinMain);
        } catch (e) {
            // errors found after parsing (labels, const assignments): worded and placed as lua5.4 does
            throw e instanceof LuaSyntaxError ? (checkedSyntaxError(source, options.chunkName) ?? e) : e;
        }
    } catch (e) {
        // The passes recurse on the tree. Nesting that lua5.4 rejects is rejected before them
        // (syntax-check.ts), but long left-nested chains (`a.b.c...`, `1 + 1 + ...`) that it
        // accepts can exhaust a small JS stack (the main thread's, ~10,000 frames): report
        // that as lua5.4 reports its own nesting limit rather than as a JS exception.
        if (e instanceof RangeError && /call stack size/i.test(e.message)) throw new LuaSyntaxError("C stack overflow", 1, 0);
        throw e;
    }
}
