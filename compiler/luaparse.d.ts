// Minimal typing of the luaparse entry point used by parse.ts.
declare module "luaparse" {
    interface Options {
        luaVersion?: "5.1" | "5.2" | "5.3" | "LuaJIT";
        locations?: boolean;
        ranges?: boolean;
        scope?: boolean;
        comments?: boolean;
        encodingMode?: "pseudo-latin1" | "x-user-defined" | "none";
    }
    const luaparse: { parse(code: string, options?: Options): unknown };
    export default luaparse;
}
