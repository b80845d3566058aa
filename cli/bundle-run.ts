// The worker side of a built program (see cli/bundle-entry.ts): run the bundled chunk.
import { parentPort, workerData } from "node:worker_threads";
import type { ChunkCompiler } from "../runtime/value/chunk-loader.js";
import { setChunkCompiler } from "../runtime/value/chunk-loader.js";
import { instantiateChunk } from "./instantiate.js";
import { prepareLuaThread, runMain, scriptGlobals } from "./script.js";

export interface BundledChunk {
    /** The chunk compiled in the "function" format. */
    code: string;
    /** Its line table (encodeLines) and call sites, as compileLua produced them. */
    lines: string;
    callSites: string[];
    /** The name used in messages ("script.lua"). */
    chunkName: string;
}

/** Runs the bundled chunk; `compiler` is given only to bundles whose script uses load/dofile. */
export function runBundle(chunk: BundledChunk, compiler?: ChunkCompiler): void {
    prepareLuaThread();
    if (compiler !== undefined) setChunkCompiler(compiler);
    const G = scriptGlobals(process.argv[1] ?? chunk.chunkName, (workerData as { args: string[] }).args);
    const main = instantiateChunk(chunk.code, chunk.lines, chunk.callSites, chunk.chunkName)(G);
    parentPort?.postMessage(runMain(main, G));
}
