// The operating system facilities (manual §6.9): clocks and calendar dates, environment, files, processes and exit.
import { existsSync, renameSync, rmdirSync, statSync, unlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { isMainThread, parentPort } from "node:worker_threads";
import { isNumber, mkfloat, mkint, tointeger } from "../value/number.js";
import { stringToNumber } from "../value/number-string.js";
import { LuaTable } from "../value/table.js";
import type { LuaFunction } from "../value/types.js";
import { LuaError, badArgument, runtimeError } from "../value/errors.js";
import { indexStr, setindexStr, truthy } from "../value/metatable.js";
import { checkInteger, checkOption, checkString, checkTable, optString } from "./args.js";
import { stdout } from "./stdout.js";
import { ExitRequest } from "./exit.js";
import { commandOf, execResult, fileResult, flushAllFiles, flushForChild, makeTempFile, pathOf } from "./io-file.js";

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

import { breakDown, floorDiv, makeTime, mod, pad2, zoneName, type Tm } from "./os-time.js";
// ---------------------------------------------------------------------------
// strftime in the C locale

const WDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Conversions of one character, then those with the E and O modifiers (C99). */
const SINGLE = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";
const WITH_E = "cCxXyY";
const WITH_O = "deHImMSuUVwWy";

function pad3(n: number): string {
    return n < 10 ? "00" + n : n < 100 ? "0" + n : String(n);
}

/** Weeks in ISO year y (52 or 53). */
function isoWeeks(y: number): number {
    const p = (x: number): number => mod(x + floorDiv(x, 4) - floorDiv(x, 100) + floorDiv(x, 400), 7);
    return p(y) === 4 || p(y - 1) === 3 ? 53 : 52;
}

/** [ISO 8601 week-based year, week number]. */
function isoWeek(tm: Tm): [number, number] {
    const wd = tm.wday === 0 ? 7 : tm.wday;
    const week = floorDiv(tm.yday - wd + 10, 7);
    if (week < 1) return [tm.year - 1, isoWeeks(tm.year - 1)];
    if (week > isoWeeks(tm.year)) return [tm.year + 1, 1];
    return [tm.year, week];
}

function conversion(c: string, tm: Tm): string {
    switch (c) {
        case "a":
            return WDAYS[tm.wday]!.slice(0, 3);
        case "A":
            return WDAYS[tm.wday]!;
        case "b":
        case "h":
            return MONTHS[tm.month - 1]!.slice(0, 3);
        case "B":
            return MONTHS[tm.month - 1]!;
        case "c":
            return `${conversion("a", tm)} ${conversion("b", tm)} ${conversion("e", tm)} ${conversion("T", tm)} ${tm.year | 0}`;
        case "C":
            return String(floorDiv(tm.year | 0, 100));
        case "d":
            return pad2(tm.day);
        case "D":
        case "x":
            return `${pad2(tm.month)}/${pad2(tm.day)}/${pad2(mod(tm.year, 100))}`;
        case "e":
            return tm.day < 10 ? " " + tm.day : String(tm.day);
        case "F":
            return `${tm.year | 0}-${pad2(tm.month)}-${pad2(tm.day)}`;
        case "g":
            return pad2(mod(isoWeek(tm)[0] | 0, 100));
        case "G":
            return String(isoWeek(tm)[0] | 0);
        case "H":
            return pad2(tm.hour);
        case "I":
            return pad2(tm.hour % 12 === 0 ? 12 : tm.hour % 12);
        case "j":
            return pad3(tm.yday);
        case "m":
            return pad2(tm.month);
        case "M":
            return pad2(tm.min);
        case "n":
            return "\n";
        case "p":
            return tm.hour < 12 ? "AM" : "PM";
        case "r":
            return `${conversion("I", tm)}:${pad2(tm.min)}:${pad2(tm.sec)} ${conversion("p", tm)}`;
        case "R":
            return `${pad2(tm.hour)}:${pad2(tm.min)}`;
        case "S":
            return pad2(tm.sec);
        case "t":
            return "\t";
        case "T":
        case "X":
            return `${pad2(tm.hour)}:${pad2(tm.min)}:${pad2(tm.sec)}`;
        case "u":
            return String(tm.wday === 0 ? 7 : tm.wday);
        case "U":
            return pad2(floorDiv(tm.yday - 1 + 7 - tm.wday, 7));
        case "V":
            return pad2(isoWeek(tm)[1]);
        case "w":
            return String(tm.wday);
        case "W":
            return pad2(floorDiv(tm.yday - 1 + 7 - mod(tm.wday + 6, 7), 7));
        case "y":
            return pad2(mod(tm.year, 100));
        case "Y":
            return String(tm.year | 0); // glibc computes the year in an int
        case "z": {
            const a = Math.abs(tm.offset);
            return (tm.offset < 0 ? "-" : "+") + pad2(floorDiv(a, 3600)) + pad2(floorDiv(a % 3600, 60));
        }
        case "Z":
            return tm.utc ? "GMT" : zoneName(tm.t, tm.offset, tm.isdst);
        default:
            return "%";
    }
}

function strftime(format: string, tm: Tm): string {
    let out = "";
    let i = 0;
    while (i < format.length) {
        const pct = format.indexOf("%", i);
        if (pct < 0) {
            out += format.slice(i);
            break;
        }
        out += format.slice(i, pct);
        const c = format.charAt(pct + 1);
        const c2 = format.charAt(pct + 2);
        let len: number;
        if (c !== "" && SINGLE.includes(c)) len = 1;
        else if (c2 !== "" && ((c === "E" && WITH_E.includes(c2)) || (c === "O" && WITH_O.includes(c2)))) len = 2;
        else return badArgument(1, "date", `invalid conversion specifier '%${format.slice(pct + 1)}'`);
        out += conversion(format.charAt(pct + len), tm);
        i = pct + 1 + len;
    }
    return out;
}

// ---------------------------------------------------------------------------
// Date tables

/** An integer field of a date table minus `delta`, or `d` when absent (d < 0: required). */
function getField(t: LuaTable, key: string, d: number, delta: number): number {
    const v = indexStr(t, key);
    let i: number | bigint | undefined;
    if (typeof v === "string") {
        const n = stringToNumber(v);
        if (n !== undefined) i = tointeger(n);
    } else if (isNumber(v)) {
        i = tointeger(v);
    }
    if (i === undefined) {
        if (v !== undefined) return runtimeError(`field '${key}' is not an integer`);
        if (d < 0) return runtimeError(`field '${key}' missing in date table`);
        return d;
    }
    const ok = typeof i === "number" && (i >= 0 ? i - delta <= INT_MAX : INT_MIN + delta <= i);
    if (!ok) return runtimeError(`field '${key}' is out-of-bound`);
    return Number(i) - delta;
}

function setAllFields(t: LuaTable, tm: Tm): void {
    setindexStr(t, "year", tm.year);
    setindexStr(t, "month", tm.month);
    setindexStr(t, "day", tm.day);
    setindexStr(t, "hour", tm.hour);
    setindexStr(t, "min", tm.min);
    setindexStr(t, "sec", tm.sec);
    setindexStr(t, "yday", tm.yday);
    setindexStr(t, "wday", tm.wday + 1);
    setindexStr(t, "isdst", tm.isdst);
}

function nowSeconds(): number {
    return Math.floor(Date.now() / 1000);
}

// ---------------------------------------------------------------------------
// The library

function clock(): unknown {
    const u = process.cpuUsage();
    return mkfloat((u.user + u.system) / 1e6);
}

function date(format: unknown, time: unknown): unknown {
    let s = optString(format, 1, "date", "%c");
    const t = time === undefined ? nowSeconds() : checkInteger(time, 2, "date");
    let utc = false;
    if (s.startsWith("!")) {
        utc = true;
        s = s.slice(1);
    }
    const tm = breakDown(t, utc);
    if (tm === undefined) return runtimeError("date result cannot be represented in this installation");
    if (s === "*t") {
        const table = new LuaTable();
        setAllFields(table, tm);
        return table;
    }
    return strftime(s, tm);
}

function difftime(t1: unknown, t2: unknown): unknown {
    const a = checkInteger(t1, 1, "difftime", arguments.length);
    const b = checkInteger(t2, 2, "difftime", arguments.length);
    return mkfloat(Number(BigInt(a) - BigInt(b)));
}

function execute(command: unknown): unknown {
    if (command === undefined) return existsSync("/bin/sh");
    const cmd = checkString(command, 1, "execute");
    flushForChild(false);
    return execResult(spawnSync("/bin/sh", ["-c", commandOf(cmd)], { argv0: "sh", stdio: "inherit" }));
}

/**
 * Ends the script. With `close`, the exit unwinds the Lua frames (closing pending
 * to-be-closed variables) up to the CLI; otherwise the thread ends at once, as C's exit().
 */
function exit(status: unknown, close: unknown): unknown {
    let code: number;
    if (status === undefined || status === true) code = 0;
    else if (status === false) code = 1;
    else code = Number(BigInt.asIntN(32, BigInt(checkInteger(status, 1, "exit"))));
    if (truthy(close)) throw new LuaError(new ExitRequest(code));
    stdout.flush();
    flushAllFiles();
    if (!isMainThread) parentPort?.postMessage(code);
    return process.exit(code);
}

function getenv(name: unknown): unknown {
    const n = checkString(name, 1, "getenv", arguments.length);
    const v = process.env[Buffer.from(n, "latin1").toString("utf8")];
    return v === undefined ? undefined : Buffer.from(v, "utf8").toString("latin1");
}

function remove(filename: unknown): unknown {
    const name = checkString(filename, 1, "remove", arguments.length);
    const path = pathOf(name);
    try {
        unlinkSync(path);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        let isDir = code === "EISDIR";
        if (code === "EPERM") {
            try {
                isDir = statSync(path).isDirectory();
            } catch {
                // report the unlink error
            }
        }
        if (!isDir) return fileResult(e, name);
        try {
            rmdirSync(path);
        } catch (e2) {
            return fileResult(e2, name);
        }
    }
    return true;
}

function rename(oldname: unknown, newname: unknown): unknown {
    const from = checkString(oldname, 1, "rename", arguments.length);
    const to = checkString(newname, 2, "rename", arguments.length);
    try {
        renameSync(pathOf(from), pathOf(to));
    } catch (e) {
        return fileResult(e);
    }
    return true;
}

/** Only the C locale exists: "C", "POSIX" and "" (the native one) select it. */
function setlocale(locale: unknown, category: unknown): unknown {
    const l = locale === undefined ? undefined : checkString(locale, 1, "setlocale");
    checkOption(category, 2, "setlocale", "all", ["all", "collate", "ctype", "monetary", "numeric", "time"]);
    if (l === undefined || l === "" || l === "C" || l === "POSIX") return "C";
    return undefined;
}

function time(t: unknown): unknown {
    if (t === undefined) return nowSeconds();
    const table = checkTable(t, 1, "time");
    const year = getField(table, "year", -1, 1900);
    const month = getField(table, "month", -1, 1);
    const day = getField(table, "day", -1, 0);
    const hour = getField(table, "hour", 12, 0);
    const min = getField(table, "min", 0, 0);
    const sec = getField(table, "sec", 0, 0);
    const dst = indexStr(table, "isdst");
    const isdst = dst === undefined ? -1 : truthy(dst) ? 1 : 0;
    const r = makeTime(year + 1900, month, day, hour, min, sec, isdst);
    if (r === undefined) return runtimeError("time result cannot be represented in this installation");
    setAllFields(table, breakDown(r, false)!);
    return mkint(r);
}

function tmpname(): unknown {
    return makeTempFile();
}

export const osLib: Record<string, LuaFunction> = {
    clock,
    date,
    difftime,
    execute,
    exit,
    getenv,
    remove,
    rename,
    setlocale,
    time,
    tmpname,
};

export function openOs(G: LuaTable): void {
    const os = new LuaTable();
    for (const [name, f] of Object.entries(osLib)) os.setStr(name, f);
    G.setStr("os", os);
}
