// The runtime side of Lua modules imported into a JS/TS bundle through the esbuild plugin
// (api/esbuild-plugin.ts): one Lua state (globals) per program, each chunk instantiated once,
// run on the calling thread.
import { createGlobals } from "../runtime/lib/init.js";
import type { LuaTable } from "../runtime/value/table.js";
import { installStackHook, toLuaError } from "../runtime/value/errors.js";
import { stdout } from "../runtime/lib/stdout.js";
import type { LuaFunction } from "../runtime/value/types.js";
import { instantiateChunk } from "../cli/instantiate.js";
import { errorMessage } from "../cli/traceback.js";

export interface CompiledChunk {
    code: string;
    lines: string;
    callSites: string[];
    chunkName: string;
}

/** A Lua error that reached JavaScript: `message` as lua5.4 prints it, `value` the Lua value. */
export class LuaScriptError extends Error {
    constructor(readonly value: unknown) {
        super(errorMessage(value));
        this.name = "LuaScriptError";
    }
}

let globals: LuaTable | undefined;

/** The shared globals of embedded Lua code (created on first use). */
export function luaGlobals(): LuaTable {
    if (globals === undefined) {
        installStackHook();
        globals = createGlobals();
    }
    return globals;
}

/**
 * A JS function running the chunk's main function: arguments are passed as Lua values (JS
 * strings are byte strings, numbers keep their JS value), and all results come back as an array.
 */
export function luaModule(chunk: CompiledChunk): (...args: unknown[]) => unknown[] {
    let main: LuaFunction | undefined;
    return (...args: unknown[]) => {
        main ??= instantiateChunk(chunk.code, chunk.lines, chunk.callSites, chunk.chunkName)(luaGlobals());
        try {
            const r = main(...args);
            return Array.isArray(r) ? [...r] : [r];
        } catch (e) {
            throw new LuaScriptError(toLuaError(e).value);
        } finally {
            stdout.flush();
        }
    };
}
