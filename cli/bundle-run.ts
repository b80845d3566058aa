// The worker side of a built program (see cli/bundle-entry.ts): run the bundled chunk.
import { parentPort, workerData } from "node:worker_threads";
import type { ChunkCompiler } from "../runtime/value/chunk-loader.js";
import { setChunkCompiler } from "../runtime/value/chunk-loader.js";
import type { LuaTable } from "../runtime/value/table.js";
import { instantiateChunk } from "./instantiate.js";
import { prepareLuaThread, runMain, scriptGlobals } from "./script.js";

function installBundledModules(G: LuaTable, modules: Record<string, BundledChunk>): void {
    const searchers = (G.getStr("package") as LuaTable).getStr("searchers") as LuaTable;
    const searchBundle = (name: unknown): unknown => {
        const m = typeof name === "string" && Object.hasOwn(modules, name) ? modules[name] : undefined;
        if (m === undefined) return `\n\tno module '${String(name)}' in this bundle`;
        return [instantiateChunk(m.code, m.lines, m.callSites, m.chunkName, m.map)(G), m.chunkName];
    };
    const rest: unknown[] = [];
    for (let i = searchers.length(); i >= 2; i--) rest.unshift(searchers.getInt(i));
    [searchBundle, ...rest].forEach((s, i) => searchers.setInt(i + 2, s));
}

export interface BundledChunk {
    /** The chunk compiled in the "function" format. */
    code: string;
    /** Its line table (encodeLines) and call sites, as compileLua produced them. */
    lines: string;
    callSites: string[];
    /** The name used in messages ("script.lua"). */
    chunkName: string;
    /** Source map to the Lua lines (bundles built with --sourcemap). */
    map?: string;
}

/**
 * Runs the bundled chunk. `modules` are the modules it requires by literal name, found by a
 * searcher placed right after package.preload's; `compiler` is given only to bundles whose
 * scripts use load, dofile or require with a computed name.
 */
export function runBundle(chunk: BundledChunk, modules: Record<string, BundledChunk>, compiler?: ChunkCompiler): void {
    prepareLuaThread();
    if (compiler !== undefined) setChunkCompiler(compiler);
    const G = scriptGlobals(process.argv[1] ?? chunk.chunkName, (workerData as { args: string[] }).args);
    installBundledModules(G, modules);
    const main = instantiateChunk(chunk.code, chunk.lines, chunk.callSites, chunk.chunkName, chunk.map)(G);
    parentPort?.postMessage(runMain(main, G));
}
