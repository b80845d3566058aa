// bin/ptool's entry (dist/ptool.mjs): kept tiny so that a Lua program starts at once. It
// starts the worker thread that compiles and runs the script, and loads the rest of the CLI
// (dist/ptool-main.mjs) only for other commands.
// Lua programs run on a worker thread (cli/worker.ts) for their recursion depth.
import { exitWithWorker, runLuaWorker } from "./worker.js";

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
    exitWithWorker(runLuaWorker(MAIN, { script, args }));
}

if (cmd === "run" && rest.length > 0) startWorker(rest[0]!, rest.slice(1));
// the compiler recurses on nested code: it gets the worker's stack too (10,000-term chains)
else if ((cmd === "compile" || cmd === "check" || cmd === "build") && !process.env.PTOOL_MAIN_THREAD)
    exitWithWorker(runLuaWorker(MAIN, { command: argv }));
else if (cmd !== undefined && cmd !== "run" && !cmd.startsWith("-") && !["compile", "build", "check", "help", "version"].includes(cmd))
    startWorker(cmd, rest);
else void import(MAIN.href).then((m: { main(argv: string[]): void }) => m.main(argv));
