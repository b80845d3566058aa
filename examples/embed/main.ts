// An embedding example: a TypeScript program that imports a Lua job (built by build.mjs
// with ptool-ts's esbuild plugin) and calls it.
import job from "./job.lua";

const [count, kind, upper] = job("task", 3);
console.log(`js: ${count} parts (${kind}), ${upper}`);
