// Lua modules compiled by ptool-ts's esbuild plugin: a function running the chunk.
declare module "*.lua" {
    const run: (...args: unknown[]) => unknown[];
    export default run;
}
