// The start of a program built by `ptool build` (a CommonJS bundle run by plain `node`): the
// main thread only starts a worker on the bundle itself (the generated entry loads the rest
// of the bundle lazily, on the worker), which runs the precompiled chunk exactly as
// `ptool run` would (same globals, errors, exit status; see cli/script.ts).
import { Worker } from "node:worker_threads";
import { WORKER_OPTIONS } from "./stack.js";

export function launchBundle(): void {
    const worker = new Worker(__filename, { workerData: { args: process.argv.slice(2) }, ...WORKER_OPTIONS });
    let reported = false;
    worker.on("message", (status: number) => {
        reported = true;
        process.exitCode = status;
    });
    // os.exit and early failures end the worker with their status instead of a message
    worker.on("exit", (code) => {
        if (!reported) process.exitCode = code;
    });
    worker.on("error", (e) => {
        process.stderr.write(`ptool: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
        process.exitCode = 1;
    });
}
