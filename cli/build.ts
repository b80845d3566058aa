// `ptool build FILE.lua -o OUT`: the script compiled ahead of time and bundled by esbuild
// with the parts of the runtime it uses into one executable file for plain `node`.
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileLua } from "../compiler/index.js";
import { lineSourceMap } from "../compiler/sourcemap.js";
import { encodeLines } from "../runtime/value/callstack.js";
import { skipShebang } from "../runtime/lib/base.js";
import { scanRequires } from "../compiler/requires.js";
import type { BundledChunk } from "./bundle-run.js";

export interface BuildOptions {
    output: string;
    minify: boolean;
    sourcemap: false | "inline" | "external";
    /** Chunk name in messages (default: the path given). */
    name?: string;
}

/** Names through which a script can reach the compiler at run time (besides literal requires). */
const COMPILER_USERS = /\b(load|loadfile|dofile|require|loadstring)\b/;

/** The repository's root, from dist/ptool-main.mjs or cli/build.ts. */
function sourceRoot(): string {
    return join(dirname(fileURLToPath(import.meta.url)), "..");
}

/** Path templates for modules required by literal name, relative to the script's folder. */
const BUNDLE_PATH = ["?.lua", "?/init.lua"];

export class BuildError extends Error {}

/** `withMap`: also a source map to the Lua lines, for debuggers and `node --enable-source-maps`. */
function compileToChunk(source: string, chunkName: string, withMap: boolean): BundledChunk {
    const out = compileLua(source, { chunkName, format: "function" });
    const chunk: BundledChunk = { code: out.code, lines: encodeLines(out.lines), callSites: out.callSites, chunkName };
    if (withMap) chunk.map = lineSourceMap(out.lines, chunkName, source);
    return chunk;
}

/**
 * The script's modules: every `require "name"` with a literal name, found along
 * ./?.lua;./?/init.lua from the script's folder, compiled once each (cycles included).
 */
function collectModules(
    source: string,
    chunkName: string,
    baseDir: string,
    withMap: boolean,
): { modules: Record<string, BundledChunk>; dynamic: boolean } {
    const modules: Record<string, BundledChunk> = {};
    let dynamic = false;
    const pending: Array<{ source: string; chunkName: string }> = [{ source, chunkName }];
    while (pending.length > 0) {
        const next = pending.shift()!;
        const scan = scanRequires(next.source, next.chunkName);
        dynamic ||= scan.dynamic;
        for (const name of scan.literal) {
            if (name in modules) continue;
            const rel = BUNDLE_PATH.map((t) => t.split("?").join(name.split(".").join("/")));
            const found = rel.find((r) => existsSync(join(baseDir, r)));
            if (found === undefined) {
                throw new BuildError(
                    `module '${name}' not found (required by ${next.chunkName}):${rel.map((r) => `\n\tno file '${join(baseDir, r)}'`).join("")}`,
                );
            }
            const modSource = skipShebang(readFileSync(join(baseDir, found), "latin1"));
            const modName = `./${found}`; // the name lua5.4 reports when run from the script's folder
            modules[name] = compileToChunk(modSource, modName, withMap);
            pending.push({ source: modSource, chunkName: modName });
        }
    }
    return { modules, dynamic };
}

export async function buildScript(file: string, options: BuildOptions): Promise<void> {
    const source = skipShebang(readFileSync(file, "latin1"));
    const chunkName = options.name ?? file;
    const withMap = options.sourcemap !== false;
    const chunk = compileToChunk(source, chunkName, withMap);
    const { modules, dynamic } = collectModules(source, chunkName, dirname(file), withMap);
    const root = sourceRoot();
    const needsCompiler =
        dynamic ||
        COMPILER_USERS.test(source.replace(/\brequire\s*\(?\s*["'][^"']*["']/g, "")) ||
        Object.values(modules).some((m) => /\b(load|loadfile|dofile|loadstring)\b/.test(m.code));
    // The main thread evaluates only the launcher; the runtime is required on the worker.
    const path = (f: string) => JSON.stringify(join(root, "cli", f));
    const entry = [
        `if (require("node:worker_threads").isMainThread) require(${path("bundle-entry.ts")}).launchBundle();`,
        `else require(${path("bundle-run.ts")}).runBundle(${JSON.stringify(chunk)}, ${JSON.stringify(modules)}${needsCompiler ? `, require(${path("engine.ts")}).compileChunk` : ""});`,
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
