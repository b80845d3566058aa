// An esbuild plugin for JS/TS projects: `import job from "./job.lua"` compiles job.lua ahead
// of time; `job(...args)` runs it and returns its results as an array.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join, relative } from "node:path";
import type { Plugin } from "esbuild";
import { compileLua, LuaSyntaxError } from "../compiler/index.js";
import { encodeLines } from "../runtime/value/callstack.js";

/** api/embed-runtime.ts, from dist/esbuild-plugin.mjs or from api/esbuild-plugin.ts. */
function runtimeEntry(): string {
    const here = dirname(fileURLToPath(import.meta.url));
    return join(here, "..", "api", "embed-runtime.ts");
}

export interface PtoolPluginOptions {
    /** Chunk names in messages are paths relative to this folder (default: the working directory). */
    root?: string;
}

export default function ptoolPlugin(options: PtoolPluginOptions = {}): Plugin {
    return {
        name: "ptool-lua",
        setup(build) {
            build.onLoad({ filter: /\.lua$/ }, async (args) => {
                const source = (await readFile(args.path)).toString("latin1");
                const chunkName = relative(options.root ?? process.cwd(), args.path) || args.path;
                try {
                    const out = compileLua(source, { chunkName, format: "function" });
                    const chunk = { code: out.code, lines: encodeLines(out.lines), callSites: out.callSites, chunkName };
                    const contents = `import { luaModule } from ${JSON.stringify(runtimeEntry())};\nexport default luaModule(${JSON.stringify(chunk)});\n`;
                    return { contents, loader: "js", resolveDir: dirname(args.path) };
                } catch (e) {
                    if (e instanceof LuaSyntaxError)
                        return { errors: [{ text: e.luaMessage, location: { file: args.path, line: e.line, column: e.column } }] };
                    throw e;
                }
            });
        },
    };
}
