// The CLI proper (dist/ptool-main.mjs): compile and the other commands on the main thread,
// and the Lua program itself on the worker thread that cli/launcher.ts starts.
import { readFileSync } from "node:fs";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { compileLua, LuaSyntaxError } from "../compiler/index.js";
import { setChunkCompiler } from "../runtime/value/chunk-loader.js";
import { writeStderr } from "../runtime/lib/stdout.js";
import { skipShebang } from "../runtime/lib/base.js";
import { compileChunk } from "./engine.js";
import { instantiateChunk } from "./instantiate.js";
import { encodeLines } from "../runtime/value/callstack.js";
import { codeFrame } from "./code-frame.js";
import { prepareLuaThread, runMain, scriptGlobals } from "./script.js";
import { buildScript, type BuildOptions } from "./build.js";
import { check } from "./check.js";

const VERSION = "0.1.0";

const USAGE = `usage: ptool run FILE.lua [args...]
       ptool FILE.lua [args...]
       ptool compile FILE.lua
       ptool build FILE.lua -o OUT [--minify] [--sourcemap[=inline|external]] [--name NAME]
       ptool check [--format json] FILE.lua...
       ptool --version`;

const COMMAND_HELP: Record<string, string> = {
    run: `usage: ptool run FILE.lua [args...]   (or: ptool FILE.lua [args...])

Compiles FILE.lua and runs it. The arguments are the chunk's ... and arg[1..n]; arg[0] is
FILE.lua. Exit status: 0, the status given to os.exit, or 1 after an uncaught error (reported
as "ptool: FILE.lua:LINE: message" with a Lua stack traceback).`,
    compile: `usage: ptool compile FILE.lua

Prints the JavaScript module that FILE.lua compiles to. It imports the runtime helpers it uses
from "ptool-ts/runtime"; its default export takes _ENV and returns the main function.`,
    build: `usage: ptool build FILE.lua -o OUT [--minify] [--sourcemap[=inline|external]] [--name NAME]

Writes OUT: one executable file (#!/usr/bin/env node) holding the compiled script, the modules
it requires by literal name (found along ./?.lua;./?/init.lua from its folder) and the
runtime. It runs with plain node, without node_modules, and behaves as ptool run FILE.lua.
  --minify             minify the bundle
  --sourcemap[=kind]   write a source map (external file, or inline)
  --name NAME          chunk name used in error messages (default: FILE.lua as given)
  --target node20      the only target`,
    check: `usage: ptool check [--format json] FILE.lua...

Compiles the files without running them and reports syntax errors (worded as lua5.4 does,
with a code frame), assignments to <const> locals and gotos without a visible label, and
warns about ptool.*/p.* names that the ptool API does not have (with a suggestion).
Exit status 1 when there are errors (warnings alone: 0). --format json prints the
diagnostics as JSON.`,
};

export interface RunRequest {
    script: string;
    args: string[];
    /** Source text to run instead of reading `script` (the embedding API's runSource). */
    source?: string;
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
    prepareLuaThread();
    const source = req.source ?? skipShebang(readSource(req.script));
    setChunkCompiler(compileChunk);
    const G = scriptGlobals(req.script, req.args);
    let out;
    try {
        out = compileLua(source, { chunkName: req.script, format: "function" });
    } catch (e) {
        if (!(e instanceof LuaSyntaxError)) throw e;
        writeStderr(`${syntaxErrorReport(e, source)}\n`);
        return 1;
    }
    const main = instantiateChunk(out.code, encodeLines(out.lines), out.callSites, req.script)(G);
    return runMain(main, G);
}

function runBuild(args: string[]): void {
    let file: string | undefined;
    const options: BuildOptions = { output: "", minify: false, sourcemap: false };
    for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (a === "-o" || a === "--output") options.output = args[++i] ?? fail("build: -o needs a file name");
        else if (a === "--minify") options.minify = true;
        else if (a === "--sourcemap" || a === "--sourcemap=external") options.sourcemap = "external";
        else if (a === "--sourcemap=inline") options.sourcemap = "inline";
        else if (a === "--name") options.name = args[++i] ?? fail("build: --name needs a chunk name");
        else if (a === "--target" || a === "--target=node20") {
            if (a === "--target" && args[++i] !== "node20") fail("build: only --target node20 is supported");
        } else if (a.startsWith("-")) fail(`build: unknown option '${a}'\n${USAGE}`);
        else if (file === undefined) file = a;
        else fail(`build: unexpected argument '${a}'`);
    }
    if (file === undefined) fail(`build: missing FILE.lua\n${USAGE}`);
    if (options.output === "") fail(`build: missing -o OUT\n${USAGE}`);
    const source = skipShebang(readSource(file));
    try {
        compileLua(source, { chunkName: options.name ?? file });
    } catch (e) {
        if (e instanceof LuaSyntaxError) {
            process.stderr.write(syntaxErrorReport(e, source) + "\n");
            process.exit(1);
        }
        throw e;
    }
    buildScript(file, options).catch((e: unknown) => fail(`build: ${e instanceof Error ? e.message : String(e)}`, 1));
}

/** Commands other than running a script (cli/launcher.ts starts compile, check and build on a worker). */
export function main(argv: string[]): void {
    const [cmd, ...rest] = argv;
    if (cmd === "help" && rest[0] !== undefined) {
        const text = COMMAND_HELP[rest[0]];
        if (text === undefined) fail(`help: unknown command '${rest[0]}'\n${USAGE}`);
        process.stdout.write(text + "\n");
        return;
    }
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
    if (cmd === "check") {
        const json = rest[0] === "--format" && rest[1] === "json";
        const files = json ? rest.slice(2) : rest;
        if (files.length === 0 || files.some((f) => f.startsWith("-"))) fail(`check: expected FILE.lua...\n${USAGE}`);
        process.exitCode = check(files, json ? "json" : "text");
        return;
    }
    if (cmd === "build") {
        runBuild(rest);
        return;
    }
    if (cmd === "run") fail(`run: missing FILE.lua\n${USAGE}`);
    fail(`unknown option '${cmd}'\n${USAGE}`);
}

if (!isMainThread && workerData !== null && typeof workerData === "object") {
    const { command } = workerData as { command?: string[] };
    if (command !== undefined)
        main(command); // compile, check, build: status in process.exitCode
    else parentPort?.postMessage(runScript(workerData as RunRequest));
}
