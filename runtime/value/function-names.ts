// Lua names of compiled functions for tracebacks and debug.getinfo. The compiler names each
// JS function after the Lua one: "a.b:c" -> "a$b$$c$" (compiler/names.ts), "$L12" for an
// anonymous function defined on line 12, "$main" for a main chunk.

/** The Lua name back from a JS function name, or undefined for other functions. */
export function luaNameOfFunction(jsName: string): string | undefined {
    if (!jsName.endsWith("$") || jsName.startsWith("$")) return undefined;
    return jsName.slice(0, -1).replace(/\$\$/g, ":").replace(/\$/g, ".");
}
