// Builds main.ts (and the Lua it imports) into out/main.mjs with esbuild and ptool-ts's
// plugin. In a project that depends on ptool-ts: import ptool from "ptool-ts/esbuild".
import { build } from "esbuild";
import ptool from "../../dist/esbuild-plugin.mjs";

const here = new URL(".", import.meta.url).pathname;
await build({
    entryPoints: [here + "main.ts"],
    outfile: here + "out/main.mjs",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    plugins: [ptool({ root: here })],
    logLevel: "warning",
});
