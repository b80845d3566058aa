// ptool.os (spec: ptool-os.md): the runtime environment and facts about the host process.
//
// The runtime environment is process.env: the CLI runs Lua on a worker created with
// SHARE_ENV (cli/worker.ts), so the worker and the main thread see one environment, the
// standard os.getenv reads the same values, and child processes inherit them. Lua strings
// are byte strings; names and values cross into process.env as UTF-8 text.
import { homedir as osHomedir, hostname as osHostname, tmpdir as osTmpdir, userInfo } from "node:os";
import { realpathSync } from "node:fs";
import { isMainThread, workerData } from "node:worker_threads";
import { LuaTable } from "../value/table.js";
import { isNumber } from "../value/number.js";
import { tostring } from "../value/metatable.js";
import { luaType, type LuaFunction } from "../value/types.js";
import { invalidArgument } from "./errors.js";
import { isValidUtf8 } from "./json-parse.js";

const toBytes = (text: string): string => Buffer.from(text, "utf8").toString("latin1");
const toText = (bytes: string): string => Buffer.from(bytes, "latin1").toString("utf8");

/** A string argument (numbers are converted as tostring does, like Lua's string arguments). */
function stringArg(op: string, what: string, v: unknown): string {
    if (typeof v === "string") return v;
    if (isNumber(v)) return tostring(v);
    return invalidArgument(op, `${what} must be a string, got ${luaType(v)}`);
}

/** A variable name as JS text: non-empty, no '=', no NUL, valid UTF-8. */
function nameArg(op: string, v: unknown): string {
    const name = stringArg(op, "name", v);
    if (name === "") return invalidArgument(op, "name must not be empty", { input: name });
    if (name.includes("=")) return invalidArgument(op, `name must not contain '=', got "${name}"`, { input: name });
    if (name.includes("\0")) return invalidArgument(op, "name must not contain NUL", { input: name });
    if (!isValidUtf8(name)) return invalidArgument(op, "name must be valid UTF-8", { input: name });
    return toText(name);
}

function getenv(name: unknown): unknown {
    const v = process.env[nameArg("ptool.os.getenv", name)];
    return v === undefined ? undefined : toBytes(v);
}

function env(): unknown {
    const t = new LuaTable();
    const e = process.env;
    for (const name of Object.keys(e).sort()) {
        const v = e[name];
        if (v !== undefined) t.setStr(toBytes(name), toBytes(v));
    }
    return t;
}

function setenv(name: unknown, value: unknown): unknown {
    const op = "ptool.os.setenv";
    const n = nameArg(op, name);
    const v = stringArg(op, "value", value);
    if (v.includes("\0")) return invalidArgument(op, `value of ${toBytes(n)} must not contain NUL`);
    if (!isValidUtf8(v)) return invalidArgument(op, `value of ${toBytes(n)} must be valid UTF-8`);
    process.env[n] = toText(v);
    return [];
}

function unsetenv(name: unknown): unknown {
    delete process.env[nameArg("ptool.os.unsetenv", name)];
    return [];
}

/** Node's answers that may fail or be empty: nil then. */
function optional(get: () => string): unknown {
    try {
        const s = get();
        return s === "" ? undefined : toBytes(s);
    } catch {
        return undefined;
    }
}

function homedir(): unknown {
    return optional(osHomedir);
}

function tmpdir(): unknown {
    return toBytes(osTmpdir() || "/tmp");
}

function hostname(): unknown {
    return optional(osHostname);
}

/** The user of the process (the password database), else $USER or $LOGNAME. */
function username(): unknown {
    const u = optional(() => userInfo().username);
    if (u !== undefined) return u;
    return optional(() => process.env.USER || process.env.LOGNAME || "");
}

function pid(): unknown {
    return process.pid;
}

/**
 * The file Node was started with (bin/ptool, a built bundle, an embedding program), resolved.
 * On a Lua worker, argv[1] is the worker's entry file: cli/worker.ts passes the main thread's.
 */
function exepath(): unknown {
    const data: unknown = isMainThread ? undefined : workerData;
    const passed = typeof data === "object" && data !== null ? (data as { exePath?: unknown }).exePath : undefined;
    const main = typeof passed === "string" ? passed : process.argv[1];
    return optional(() => realpathSync(main !== undefined && main !== "" ? main : process.execPath));
}

const osApi: Record<string, LuaFunction> = { getenv, env, setenv, unsetenv, homedir, tmpdir, hostname, username, pid, exepath };

export function openOs(): LuaTable {
    const t = new LuaTable();
    for (const [name, f] of Object.entries(osApi)) t.setStr(name, f);
    return t;
}
