// bin/ptool's entry (dist/ptool.mjs): kept tiny so that a Lua program starts at once. It
// starts the worker thread that compiles and runs the script, and loads the rest of the CLI
// (dist/ptool-main.mjs) only for other commands.
//
// Lua programs run on a worker because lua5.4 runs non-tail recursion hundreds of thousands
// of levels deep, and the main thread's stack (about 1 MB for V8) stops near 10,000 frames;
// a worker gets the stack size we ask for (DESIGN.md §3, "Call depth").
import { Worker } from "node:worker_threads";
import { WORKER_OPTIONS } from "./stack.js";

const MAIN = new URL("./ptool-main.mjs", import.meta.url);
const argv = process.argv.slice(2);
const [cmd, ...rest] = argv;

function startWorker(script: string, args: string[]): void {
    if (process.env.PTOOL_MAIN_THREAD) {
        // for profiling (node --cpu-prof): run here, with the main thread's small stack
        void import(MAIN.href).then((m: { runScript(r: { script: string; args: string[] }): number }) => {
            process.exitCode = m.runScript({ script, args });
        });
        return;
    }
    const worker = new Worker(MAIN, { workerData: { script, args }, ...WORKER_OPTIONS });
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

if (cmd === "run" && rest.length > 0) startWorker(rest[0]!, rest.slice(1));
else if (cmd !== undefined && cmd !== "run" && !cmd.startsWith("-") && !["compile", "build", "check", "help", "version"].includes(cmd))
    startWorker(cmd, rest);
else void import(MAIN.href).then((m: { main(argv: string[]): void }) => m.main(argv));
