// ptool-ts's public API (the package's main export): compile Lua to JavaScript, and run Lua
// scripts or source text the way `ptool run` does. bin/ptool is a thin layer over the same code.
import { fileURLToPath } from "node:url";
import { compileLua } from "../compiler/index.js";
import { lineSourceMap } from "../compiler/sourcemap.js";
import { runLuaWorker } from "../cli/worker.js";

export { LuaSyntaxError } from "../compiler/index.js";

export interface CompileOptions {
    /** Name used in error messages ("job.lua"). */
    chunkName?: string;
}

export interface CompileResult {
    /** An ES module importing the runtime from "ptool-ts/runtime"; its default export takes _ENV. */
    code: string;
    /** Source map (v3, JSON) from the module's lines to the Lua source's lines. */
    map: string;
}

/** Lua source (a JS string of bytes, or UTF-8 text converted by the caller) to JavaScript. */
export function compile(source: string, options: CompileOptions = {}): CompileResult {
    const chunkName = options.chunkName ?? "=(compile)";
    const out = compileLua(source, { chunkName, format: "module" });
    return { code: out.code, map: lineSourceMap(out.lines, chunkName, source) };
}

export interface RunOptions {
    /** Arguments for `...` and arg[1..n]. */
    args?: string[];
}

const MAIN = fileURLToPath(new URL("./ptool-main.mjs", import.meta.url));

/** Runs a Lua script as `ptool run` does (on a worker thread, output to this process's stdout); resolves to the exit status. */
export function run(file: string, args: string[] = []): Promise<number> {
    return runLuaWorker(MAIN, { script: file, args });
}

/** Runs Lua source text (written to no file: the chunk name appears in messages). */
export function runSource(source: string, options: RunOptions & { chunkName?: string } = {}): Promise<number> {
    return runLuaWorker(MAIN, { script: options.chunkName ?? "=(source)", args: options.args ?? [], source });
}
