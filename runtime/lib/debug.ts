// The debug library (manual §6.10), as far as compiled code allows. What each function does:
//   traceback          message plus the Lua frames of the stack (file:line and function names)
//   getinfo            for a level: source, short_src, currentline, what, name; for a function:
//                      what ("Lua" or "C"), source "=?", func, nparams/isvararg from the JS
//                      function, linedefined/lastlinedefined from the function's source
//                      comment (a level's lastlinedefined is -1)
//   getmetatable/setmetatable   any type, including the string metatable
//   getregistry        a table (there is no C registry)
//   getuservalue/setuservalue   no user values: nil / returns the userdata
//   sethook/gethook    accepted and ignored (no hooks in compiled code)
//   getlocal/setlocal, getupvalue/setupvalue   locals and upvalues are JS variables: nil
//   upvalueid/upvaluejoin       no upvalue identities: nil / ignored
import { LuaTable } from "../value/table.js";
import { LuaUserdata, luaType, type LuaFunction } from "../value/types.js";
import { getMetatable, setStringMetatable, tostring } from "../value/metatable.js";
import { luaFrames, type LuaFrame } from "../value/callstack.js";
import { checkInteger, optString, typeError } from "./args.js";
import { luaNameOfFunction } from "../value/function-names.js";

const EMPTY: unknown[] = [];
const registry = new LuaTable();

function isThread(v: unknown): boolean {
    return luaType(v) === "thread";
}

function frameName(f: LuaFrame): string {
    if (f.isBuiltin) return `[C]: in function '${f.functionName}'`;
    if (f.functionName === "$main") return `${f.chunkName}:${f.line}: in main chunk`;
    const anon = /^\$L(\d+)$/.exec(f.functionName);
    if (anon) return `${f.chunkName}:${f.line}: in function <${f.chunkName}:${anon[1]}>`;
    const name = luaNameOfFunction(f.functionName);
    return `${f.chunkName}:${f.line}: in ${name === undefined ? "?" : `function '${name}'`}`;
}

function traceback(...args: unknown[]): unknown {
    let i = 0;
    if (isThread(args[0])) i = 1;
    const msg = args[i];
    if (msg !== undefined && typeof msg !== "string" && typeof msg !== "number") return msg;
    const level = args[i + 1] === undefined ? 1 : Number(checkInteger(args[i + 1], i + 2, "traceback"));
    const frames = luaFrames(200).slice(Math.max(0, level - 1));
    const lines = frames.map((f) => `\n\t${frameName(f)}`);
    lines.push("\n\t[C]: in ?");
    const head = msg === undefined ? "" : `${tostring(msg)}\n`;
    return `${head}stack traceback:${lines.join("")}`;
}

function getinfo(...args: unknown[]): unknown {
    let i = 0;
    if (isThread(args[0])) i = 1;
    const target = args[i];
    const what = optString(args[i + 1], i + 2, "getinfo", "flnSrtu");
    const t = new LuaTable();
    if (typeof target === "function") {
        const f = target as LuaFunction;
        const isLua = luaNameOfFunction(f.name) !== undefined || /^\$L\d+$|^\$main$/.test(f.name);
        if (what.includes("S")) {
            t.setStr("source", isLua ? "=?" : "=[C]");
            t.setStr("short_src", isLua ? "?" : "[C]");
            t.setStr("what", isLua ? (f.name === "$main" ? "main" : "Lua") : "C");
            // compiled functions carry their Lua lines in a comment (compiler/codegen/functions.ts)
            const lines = isLua ? /^[^{]*\/\*@(\d+),(\d+)\*\//.exec(String(f)) : null;
            const main = f.name === "$main";
            t.setStr("linedefined", lines ? Number(lines[1]) : main ? 0 : -1);
            t.setStr("lastlinedefined", lines ? Number(lines[2]) : main ? 0 : -1);
        }
        if (what.includes("l")) t.setStr("currentline", -1);
        if (what.includes("u")) {
            t.setStr("nups", 0);
            t.setStr("nparams", isLua ? f.length : 0);
            t.setStr("isvararg", !isLua || /\.\.\.\$va/.test(String(f)));
        }
        if (what.includes("t")) t.setStr("istailcall", false);
        if (what.includes("f")) t.setStr("func", f);
        return t;
    }
    const level = checkInteger(target, i + 1, "getinfo");
    if (typeof level !== "number" || level < 0) return undefined;
    // level 0 is getinfo itself, a C function
    if (level === 0) {
        if (what.includes("S")) {
            t.setStr("source", "=[C]");
            t.setStr("short_src", "[C]");
            t.setStr("what", "C");
        }
        if (what.includes("l")) t.setStr("currentline", -1);
        if (what.includes("n")) {
            t.setStr("name", "getinfo");
            t.setStr("namewhat", "field");
        }
        if (what.includes("f")) t.setStr("func", getinfo);
        return t;
    }
    const frame = luaFrames(level + 1)[level - 1];
    if (frame === undefined) return undefined;
    if (what.includes("S")) {
        t.setStr("source", frame.isBuiltin ? "=[C]" : `@${frame.chunkName}`);
        t.setStr("short_src", frame.isBuiltin ? "[C]" : frame.chunkName);
        const main = frame.functionName === "$main";
        t.setStr("what", frame.isBuiltin ? "C" : main ? "main" : "Lua");
        t.setStr("linedefined", frame.isBuiltin ? -1 : main ? 0 : frame.definedLine || -1);
        t.setStr("lastlinedefined", frame.isBuiltin ? -1 : main ? 0 : -1);
    }
    if (what.includes("l")) t.setStr("currentline", frame.isBuiltin ? -1 : frame.line);
    if (what.includes("n")) {
        const name = frame.isBuiltin ? frame.functionName : luaNameOfFunction(frame.functionName);
        if (name !== undefined) {
            t.setStr("name", name);
            t.setStr("namewhat", frame.isBuiltin ? "field" : "local");
        } else t.setStr("namewhat", "");
    }
    if (what.includes("t")) t.setStr("istailcall", false);
    return t;
}

function getmetatableAny(v: unknown): unknown {
    return getMetatable(v) ?? undefined;
}

function setmetatableAny(v: unknown, mt: unknown): unknown {
    if (mt !== undefined && !(mt instanceof LuaTable)) typeError(mt, 2, "setmetatable", "nil or table");
    const m = (mt as LuaTable | undefined) ?? null;
    if (v instanceof LuaTable || v instanceof LuaUserdata) v.metatable = m;
    else if (typeof v === "string") setStringMetatable(m);
    // other types share no settable metatable here (lua5.4 keeps one per type)
    return v;
}

function getregistry(): unknown {
    return registry;
}

function getuservalue(u: unknown): unknown {
    return u instanceof LuaUserdata ? [undefined, false] : [undefined, false];
}

function setuservalue(u: unknown): unknown {
    return u;
}

function sethook(): unknown {
    return EMPTY;
}

function gethook(): unknown {
    return undefined;
}

function getlocal(): unknown {
    return undefined;
}

function setlocal(): unknown {
    return undefined;
}

function getupvalue(): unknown {
    return EMPTY;
}

function setupvalue(): unknown {
    return EMPTY;
}

function upvalueid(): unknown {
    return undefined;
}

function upvaluejoin(): unknown {
    return EMPTY;
}

function debugRepl(): unknown {
    return EMPTY;
}

export const debugLib: Record<string, LuaFunction> = {
    debug: debugRepl,
    gethook,
    getinfo,
    getlocal,
    getmetatable: getmetatableAny,
    getregistry,
    getupvalue,
    getuservalue,
    sethook,
    setlocal,
    setmetatable: setmetatableAny,
    setupvalue,
    setuservalue,
    traceback,
    upvalueid,
    upvaluejoin,
};

export function openDebug(G: LuaTable): void {
    const t = new LuaTable();
    for (const [name, f] of Object.entries(debugLib)) t.setStr(name, f);
    G.setStr("debug", t);
}
