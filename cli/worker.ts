// The worker thread that runs Lua code, used by cli/launcher.ts, cli/bundle-entry.ts and
// api/index.ts: lua5.4 recurses hundreds of thousands of levels deep, and only a worker gets
// the stack size we ask for (DESIGN.md §3, "Call depth").
import { SHARE_ENV, Worker, type WorkerOptions } from "node:worker_threads";

/** ~110 bytes per simple Lua frame: 256 MB holds about 2 million levels (lua5.4 stops near
 * 500,000), and unbounded recursion reports "stack overflow" in about half a second. */
export const STACK_MB = 256;

/** The worker shares the process environment (os.getenv, child processes) instead of a copy. */
const WORKER_OPTIONS: WorkerOptions = { resourceLimits: { stackSizeMb: STACK_MB }, env: SHARE_ENV, trackUnmanagedFds: false };

/**
 * Runs `entry` on a Lua worker; resolves to the exit status the worker reports, or, when it
 * ends without a report (os.exit, early failures), to the worker's own exit code.
 */
export function runLuaWorker(entry: string | URL, workerData: object): Promise<number> {
    return new Promise((resolve, reject) => {
        // exePath: the program the user started (ptool.os.exepath); the worker's argv[1] is its entry
        const worker = new Worker(entry, { workerData: { ...workerData, exePath: process.argv[1] }, ...WORKER_OPTIONS });
        let status: number | undefined;
        worker.on("message", (s: number) => (status = s));
        worker.on("error", (e: Error & { code?: string }) => {
            // V8 cannot go on in a heap that is full, so Lua code cannot catch this one: the
            // program ends as lua5.4 ends when an allocation fails outside pcall
            if (e.code === "ERR_WORKER_OUT_OF_MEMORY") {
                process.stderr.write("ptool: not enough memory\n");
                resolve(1);
            } else reject(e);
        });
        worker.on("exit", (code) => resolve(status ?? code));
        activeWorkers.add(worker);
        worker.on("exit", () => activeWorkers.delete(worker));
    });
}

const activeWorkers = new Set<Worker>();

/** Exit status after SIGINT, as a shell reports a process that SIGINT ended (128 + 2). */
export const SIGINT_STATUS = 130;

// Ctrl-C stops a running Lua program even in a loop that never calls out (the worker is
// busy, this thread is not): "interrupted!" as lua5.4 says, and status 130.
function onSigint(): void {
    process.stderr.write("ptool: interrupted!\n");
    for (const w of activeWorkers) void w.terminate();
    process.exit(SIGINT_STATUS);
}

/** The process ends with the worker's status; a crash of the worker is an internal error. */
export function exitWithWorker(run: Promise<number>): void {
    process.once("SIGINT", onSigint);
    run.then(
        (status) => {
            process.exitCode = status;
        },
        (e: unknown) => {
            process.stderr.write(`ptool: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
            process.exitCode = 1;
        },
    );
}
