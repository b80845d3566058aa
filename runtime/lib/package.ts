// Modules (manual §6.3): require, package.path/cpath/config/loaded/preload/searchers,
// searchpath and loadlib. Lua files are compiled at run time through the chunk-loader hook;
// C modules cannot be loaded (loadlib and the C searchers report it).
import { existsSync, readFileSync, statSync } from "node:fs";
import { LuaTable } from "../value/table.js";
import type { LuaFunction } from "../value/types.js";
import { LuaError, runtimeError } from "../value/errors.js";
import { markBoundary } from "../value/callstack.js";
import { call, first } from "../value/metatable.js";
import { loadChunk } from "../value/chunk-loader.js";
import { checkString, optString } from "./args.js";
import { skipShebang } from "./base.js";

const EMPTY: unknown[] = [];

// lua5.4's defaults on Debian; LUA_PATH_5_4 / LUA_PATH replace them, ";;" standing for them.
const DEFAULT_PATH =
    "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;" +
    "/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
const DEFAULT_CPATH =
    "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;/usr/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so";

function envPath(names: string[], def: string): string {
    for (const n of names) {
        const v = process.env[n];
        if (v !== undefined) return v.replace(";;", `;${def};`).replace(/^;|;$/g, "");
    }
    return def;
}

function readable(file: string): boolean {
    try {
        return existsSync(file) && statSync(file).isFile();
    } catch {
        return false;
    }
}

/** package.searchpath: the first readable file, or nil and the list of tried names. */
function searchpathIn(name: string, path: string, sep: string, rep: string): [string | undefined, string] {
    if (sep !== "") name = name.split(sep).join(rep);
    const tried: string[] = [];
    for (const template of path.split(";")) {
        if (template === "") continue;
        const file = template.split("?").join(name);
        if (readable(file)) return [file, ""];
        tried.push(`no file '${file}'`);
    }
    return [undefined, tried.join("\n\t")];
}

export function openPackage(G: LuaTable): void {
    const pkg = new LuaTable();
    const loaded = new LuaTable();
    const preload = new LuaTable();
    pkg.setStr("config", "/\n;\n?\n!\n-\n");
    pkg.setStr("path", envPath(["LUA_PATH_5_4", "LUA_PATH"], DEFAULT_PATH));
    pkg.setStr("cpath", envPath(["LUA_CPATH_5_4", "LUA_CPATH"], DEFAULT_CPATH));
    pkg.setStr("loaded", loaded);
    pkg.setStr("preload", preload);

    function searchpath(name: unknown, path: unknown, sep: unknown, rep: unknown): unknown {
        const [file, tried] = searchpathIn(
            checkString(name, 1, "searchpath"),
            checkString(path, 2, "searchpath"),
            optString(sep, 3, "searchpath", "."),
            optString(rep, 4, "searchpath", "/"),
        );
        return file !== undefined ? file : [undefined, tried];
    }

    function loadlib(): unknown {
        return [undefined, "dynamic libraries not enabled; check your Lua installation", "absent"];
    }

    function pathOf(field: string): string {
        const p = pkg.getStr(field);
        if (typeof p !== "string") return runtimeError(`'package.${field}' must be a string`);
        return p;
    }

    const searchPreload: LuaFunction = (name: string) => {
        const loader = preload.getStr(name);
        if (loader === undefined) return `\n\tno field package.preload['${name}']`;
        return [loader, ":preload:"];
    };
    const searchLua: LuaFunction = (name: string) => {
        const [file, tried] = searchpathIn(name, pathOf("path"), ".", "/");
        if (file === undefined) return `\n\t${tried}`;
        let source: string;
        try {
            source = skipShebang(readFileSync(file, "latin1"));
        } catch {
            throw new LuaError(`error loading module '${name}' from file '${file}':\n\tcannot read ${file}`);
        }
        let chunk: LuaFunction;
        try {
            chunk = loadChunk(source, file, G);
        } catch (e) {
            const msg = (e as { value?: unknown }).value;
            throw new LuaError(`error loading module '${name}' from file '${file}':\n\t${String(msg)}`);
        }
        return [chunk, file];
    };
    const searchC: LuaFunction = (name: string) => {
        const [file, tried] = searchpathIn(name, pathOf("cpath"), ".", "/");
        if (file === undefined) return `\n\t${tried}`;
        throw new LuaError(`error loading module '${name}' from file '${file}':\n\tC modules are not supported by ptool-ts`);
    };
    const searchCRoot: LuaFunction = (name: string) => {
        const dot = name.indexOf(".");
        if (dot < 0) return EMPTY;
        const [file, tried] = searchpathIn(name.slice(0, dot), pathOf("cpath"), ".", "/");
        if (file === undefined) return `\n\t${tried}`;
        throw new LuaError(`error loading module '${name}' from file '${file}':\n\tC modules are not supported by ptool-ts`);
    };
    const searchers = new LuaTable([searchPreload, searchLua, searchC, searchCRoot]);
    pkg.setStr("searchers", searchers);

    function require(modname: unknown): unknown {
        const name = checkString(modname, 1, "require", arguments.length);
        const have = loaded.getStr(name);
        if (have !== undefined && have !== false) return have;
        const errors: string[] = [];
        let loader: unknown;
        let extra: unknown;
        for (let i = 1; ; i++) {
            const searcher = searchers.getInt(i);
            if (searcher === undefined) {
                return runtimeError(`module '${name}' not found:${errors.join("")}`);
            }
            const r = call(searcher, name);
            const found = Array.isArray(r) ? r : [r];
            if (typeof found[0] === "function") {
                loader = found[0];
                extra = found[1];
                break;
            }
            if (typeof found[0] === "string") errors.push(found[0]);
        }
        const value = first(call(loader, name, extra));
        if (value !== undefined) loaded.setStr(name, value);
        if (loaded.getStr(name) === undefined) loaded.setStr(name, true);
        return [loaded.getStr(name), extra];
    }

    // error levels count require as a C function between the module and its caller
    markBoundary("require");
    pkg.setStr("loadlib", loadlib);
    pkg.setStr("searchpath", searchpath);
    G.setStr("package", pkg);
    G.setStr("require", require);
}

/** Registers the libraries opened so far in package.loaded (call after opening them all). */
export function registerLoaded(G: LuaTable): void {
    const loaded = (G.getStr("package") as LuaTable).getStr("loaded") as LuaTable;
    loaded.setStr("_G", G);
    for (const lib of ["package", "coroutine", "table", "io", "os", "string", "math", "utf8", "debug"]) {
        const t = G.getStr(lib);
        if (t !== undefined) loaded.setStr(lib, t);
    }
}
