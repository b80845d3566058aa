// ptool-ts's public API (the package's main export): compile Lua to JavaScript, and run Lua
// scripts or source text the way `ptool run` does. bin/ptool is a thin layer over the same code.
import { fileURLToPath } from "node:url";
import { compileLua } from "../compiler/index.js";
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

// Base64 VLQ, for the source map's "mappings".
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function vlq(n: number): string {
    let v = n < 0 ? (-n << 1) | 1 : n << 1;
    let s = "";
    do {
        let digit = v & 31;
        v >>>= 5;
        if (v > 0) digit |= 32;
        s += B64[digit];
    } while (v > 0);
    return s;
}

/** One mapping per generated line: column 0 -> the start of its Lua line. */
function lineSourceMap(lines: number[], chunkName: string, source: string): string {
    const segments: string[] = [];
    let prevLine = 0;
    for (let js = 1; js < lines.length; js++) {
        const lua = Math.abs(lines[js] ?? 0);
        if (lua <= 0) {
            segments.push("");
            continue;
        }
        segments.push(`A${vlq(0)}${vlq(lua - 1 - prevLine)}A`);
        prevLine = lua - 1;
    }
    return JSON.stringify({ version: 3, sources: [chunkName], sourcesContent: [source], names: [], mappings: segments.join(";") });
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
