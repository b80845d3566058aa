// `ptool build FILE.lua -o OUT`: the script compiled ahead of time and bundled by esbuild
// with the parts of the runtime it uses into one executable file for plain `node`.
import { chmodSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileLua } from "../compiler/index.js";
import { encodeLines } from "../runtime/value/callstack.js";
import { skipShebang } from "../runtime/lib/base.js";

export interface BuildOptions {
    output: string;
    minify: boolean;
    sourcemap: false | "inline" | "external";
    /** Chunk name in messages (default: the path given). */
    name?: string;
}

/** Names through which a script can reach the compiler at run time. */
const COMPILER_USERS = /\b(load|loadfile|dofile|require|loadstring)\b/;

/** The repository's root, from dist/ptool-main.mjs or cli/build.ts. */
function sourceRoot(): string {
    return join(dirname(fileURLToPath(import.meta.url)), "..");
}

export async function buildScript(file: string, options: BuildOptions): Promise<void> {
    const source = skipShebang(readFileSync(file, "latin1"));
    const chunkName = options.name ?? file;
    const out = compileLua(source, { chunkName, format: "function" });
    const chunk = { code: out.code, lines: encodeLines(out.lines), callSites: out.callSites, chunkName };
    const root = sourceRoot();
    const needsCompiler = COMPILER_USERS.test(source);
    // The main thread evaluates only the launcher; the runtime is required on the worker.
    const path = (f: string) => JSON.stringify(join(root, "cli", f));
    const entry = [
        `if (require("node:worker_threads").isMainThread) require(${path("bundle-entry.ts")}).launchBundle();`,
        `else require(${path("bundle-run.ts")}).runBundle(${JSON.stringify(chunk)}${needsCompiler ? `, require(${path("engine.ts")}).compileChunk` : ""});`,
    ].join("\n");
    const esbuild = await import("esbuild");
    await esbuild.build({
        stdin: { contents: entry, resolveDir: root, sourcefile: "ptool-bundle-entry.ts", loader: "js" },
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        outfile: options.output,
        banner: { js: "#!/usr/bin/env node" },
        minify: options.minify,
        keepNames: true,
        sourcemap: options.sourcemap === false ? false : options.sourcemap === "inline" ? "inline" : "external",
        logLevel: "warning",
    });
    chmodSync(options.output, 0o755);
}
