// Builds the CLI (compiler + runtime) into one ES module: dist/ptool.mjs.
import { build } from "esbuild";

await build({
    entryPoints: ["cli/main.ts"],
    outfile: "dist/ptool.mjs",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    banner: { js: "import { createRequire as __ptoolCreateRequire } from 'node:module'; const require = __ptoolCreateRequire(import.meta.url);" },
});
