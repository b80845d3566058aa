// The start of a program built by `ptool build` (a CommonJS bundle run by plain `node`): the
// main thread only starts a worker on the bundle itself (the generated entry loads the rest
// of the bundle lazily, on the worker), which runs the precompiled chunk exactly as
// `ptool run` would (same globals, errors, exit status; see cli/script.ts).
import { exitWithWorker, runLuaWorker } from "./worker.js";

export function launchBundle(): void {
    exitWithWorker(runLuaWorker(__filename, { args: process.argv.slice(2) }));
}
