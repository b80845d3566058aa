// The start of a program built by `ptool build` (a CommonJS bundle run by plain `node`): the
// main thread starts a worker on the bundle itself, which runs the precompiled chunk exactly
// as `ptool run` would (same globals, errors, exit status; see cli/script.ts).
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import type { ChunkCompiler } from "../runtime/value/chunk-loader.js";
import { setChunkCompiler } from "../runtime/value/chunk-loader.js";
import { instantiateChunk } from "./instantiate.js";
import { prepareLuaThread, runMain, scriptGlobals } from "./script.js";
import { STACK_MB } from "./stack.js";

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
export function startBundle(chunk: BundledChunk, compiler?: ChunkCompiler): void {
    if (isMainThread) {
        const worker = new Worker(__filename, { workerData: { args: process.argv.slice(2) }, resourceLimits: { stackSizeMb: STACK_MB } });
        worker.on("message", (status: number) => {
            process.exitCode = status;
        });
        worker.on("error", (e) => {
            process.stderr.write(`ptool: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
            process.exitCode = 1;
        });
        return;
    }
    prepareLuaThread();
    if (compiler !== undefined) setChunkCompiler(compiler);
    const G = scriptGlobals(process.argv[1] ?? chunk.chunkName, (workerData as { args: string[] }).args);
    const main = instantiateChunk(chunk.code, chunk.lines, chunk.callSites, chunk.chunkName)(G);
    parentPort?.postMessage(runMain(main, G));
}
