// JS names for Lua names: user identifiers that JS reserves are renamed; helpers start with
// "$" and function names end with "$", which no Lua identifier can contain.

const JS_RESERVED = new Set([
    "arguments",
    "await",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "enum",
    "eval",
    "export",
    "extends",
    "finally",
    "implements",
    "import",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "try",
    "typeof",
    "undefined",
    "var",
    "void",
    "with",
    "yield",
    "NaN",
    "Infinity",
    "Array",
    "Object",
    "Number",
    "String",
    "Math",
    "Error",
    "Symbol",
    "BigInt",
    "Map",
    "Set",
]);

export function isReservedInJs(name: string): boolean {
    return JS_RESERVED.has(name);
}

/** JS function name carrying the Lua name for tracebacks: "a.b:c" -> "a$b$$c$". */
export function functionJsName(luaName: string | undefined, line: number): string {
    if (luaName === undefined) return `$L${line}`;
    return luaName.replace(/:/g, "$$$$").replace(/\./g, "$$") + "$";
}

// runtime/value/function-names.ts decodes these names.
