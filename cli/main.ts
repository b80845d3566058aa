// The CLI proper (dist/ptool-main.mjs): compile and the other commands on the main thread,
// and the Lua program itself on the worker thread that cli/launcher.ts starts.
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { compileLua, LuaSyntaxError } from "../compiler/index.js";
import { createGlobals } from "../runtime/lib/init.js";
import { LuaTable } from "../runtime/value/table.js";
import { installStackHook, toLuaError } from "../runtime/value/errors.js";
import { setChunkCompiler } from "../runtime/value/chunk-loader.js";
import { stdout, writeStderr } from "../runtime/lib/stdout.js";
import { ExitRequest } from "../runtime/lib/exit.js";
import { compileChunk } from "./engine.js";
import { skipShebang } from "../runtime/lib/base.js";
import { errorMessage, traceback } from "./traceback.js";
import { codeFrame } from "./code-frame.js";

const VERSION = "0.1.0";

const USAGE = `usage: ptool run FILE.lua [args...]
       ptool FILE.lua [args...]
       ptool compile FILE.lua
       ptool --version`;

export interface RunRequest {
    script: string;
    args: string[];
}

function fail(message: string, status = 2): never {
    process.stderr.write(`ptool: ${message}\n`);
    process.exit(status);
}

function readSource(file: string): string {
    try {
        return readFileSync(file, "latin1");
    } catch {
        return fail(`cannot open ${file}`);
    }
}

function syntaxErrorReport(e: LuaSyntaxError, source: string): string {
    return `ptool: ${e.luaMessage}\n${codeFrame(source, e.line, e.column + 1)}`;
}

/** Runs on the worker: compile, execute, report; returns the exit status. */
export function runScript(req: RunRequest): number {
    // Compiled Lua makes many small helper calls ($add, $lt...); a larger inlining budget lets
    // TurboFan inline them into big functions (bench/nbody: about 1.4x faster). Set here, once
    // Node has started, because during start-up it costs about 30 ms.
    setFlagsFromString("--max-inlined-bytecode-size-cumulative=8000");
    installStackHook();
    Error.stackTraceLimit = 50;
    const source = skipShebang(readSource(req.script));
    setChunkCompiler(compileChunk);
    const G = createGlobals();
    const arg = new LuaTable();
    arg.set(0, req.script);
    req.args.forEach((a, i) => arg.set(i + 1, Buffer.from(a, "utf8").toString("latin1")));
    arg.set(-1, "ptool");
    G.setStr("arg", arg);
    let main;
    try {
        main = compileChunk(source, req.script)(G);
    } catch (e) {
        const err = toLuaError(e);
        writeStderr(`ptool: ${errorMessage(err.value)}\n`);
        try {
            compileLua(source, { chunkName: req.script });
        } catch (syntax) {
            if (syntax instanceof LuaSyntaxError) writeStderr(codeFrame(source, syntax.line, syntax.column + 1) + "\n");
        }
        return 1;
    }
    try {
        main(...(arg.arr.length > 0 ? (arg.arr as unknown[]) : []));
        stdout.flush();
        return 0;
    } catch (e) {
        const err = toLuaError(e);
        if (err.value instanceof ExitRequest) {
            stdout.flush();
            return err.value.status;
        }
        writeStderr(`ptool: ${errorMessage(err.value)}\n${traceback(err.frames ?? [])}\n`);
        return 1;
    }
}

/** Commands other than running a script (cli/launcher.ts starts those on a worker). */
export function main(argv: string[]): void {
    const [cmd, ...rest] = argv;
    if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
        process.stdout.write(USAGE + "\n");
        if (cmd === undefined) process.exitCode = 2;
        return;
    }
    if (cmd === "--version" || cmd === "version") {
        process.stdout.write(`ptool-ts ${VERSION} (Lua 5.4)\n`);
        return;
    }
    if (cmd === "compile") {
        const file = rest[0] ?? fail(`compile: missing FILE.lua\n${USAGE}`);
        const source = skipShebang(readSource(file));
        try {
            process.stdout.write(compileLua(source, { chunkName: file, format: "module" }).code);
        } catch (e) {
            if (e instanceof LuaSyntaxError) {
                process.stderr.write(syntaxErrorReport(e, source) + "\n");
                process.exit(1);
            }
            throw e;
        }
        return;
    }
    if (cmd === "run") fail(`run: missing FILE.lua\n${USAGE}`);
    fail(`unknown option '${cmd}'\n${USAGE}`);
}

if (!isMainThread && workerData !== null && typeof workerData === "object") {
    const status = runScript(workerData as RunRequest);
    parentPort?.postMessage(status);
}
