// Builds the CLI: dist/ptool.mjs (the small launcher bin/ptool runs) and dist/ptool-main.mjs
// (compiler + runtime + commands), both ES modules for Node 20.
import { build } from "esbuild";

const common = {
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    // error positions recognise library boundaries (pcall...) by function name
    keepNames: true,
};

await build({ ...common, entryPoints: ["cli/launcher.ts"], outfile: "dist/ptool.mjs" });
await build({
    ...common,
    entryPoints: ["cli/main.ts"],
    outfile: "dist/ptool-main.mjs",
    // esbuild finds its native binary relative to its own package: load it from node_modules
    external: ["esbuild"],
    banner: {
        js: "import { createRequire as __ptoolCreateRequire } from 'node:module'; const require = __ptoolCreateRequire(import.meta.url);",
    },
});

// The embedding API (package main export) and the esbuild plugin ("ptool-ts/esbuild").
await build({ ...common, entryPoints: ["api/index.ts"], outfile: "dist/api.mjs", external: ["esbuild"] });
await build({ ...common, entryPoints: ["api/esbuild-plugin.ts"], outfile: "dist/esbuild-plugin.mjs", external: ["esbuild"] });
