// The input and output library (manual §6.8): read formats, file methods, the io functions, default files and popen.
import { fstatSync, openSync, unlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { LuaFloat, isNumber } from "../value/number.js";
import { formatFloat } from "../value/number-string.js";
import { LuaTable } from "../value/table.js";
import type { LuaFunction } from "../value/types.js";
import { LuaError, badArgument, runtimeError } from "../value/errors.js";
import { checkAny, checkInteger, checkOption, checkString, optInteger, optString, typeError } from "./args.js";
import {
    CHUNK,
    LuaFile,
    cString,
    commandOf,
    execResult,
    fileResult,
    flushForChild,
    makeTempFile,
    pathOf,
    setFileMetatable,
    type BufferMode,
} from "./io-file.js";

const EMPTY: unknown[] = [];
const NO_OUTPUT = Buffer.alloc(0);
/** Most formats that lines() takes (MAXARGLINE). */
const MAXARGLINE = 250;

// ---------------------------------------------------------------------------
// read and write with Lua arguments (g_read, g_write)

/**
 * Reads `formats` from f; `argBase` is the argument number of the first format and
 * `fname` the function named in errors.
 */
export function readFormats(f: LuaFile, formats: unknown[], argBase: number, fname: string): unknown {
    const out: unknown[] = [];
    try {
        f.beginRead();
        if (formats.length === 0) return f.readLine(false);
        for (let i = 0; i < formats.length; i++) {
            const fmt = formats[i];
            let v: unknown;
            if (typeof fmt === "number" || typeof fmt === "bigint" || fmt instanceof LuaFloat) {
                const n = checkInteger(fmt, argBase + i, fname);
                if (n < 0 || n > 0x7fffffff) throw new LuaError("not enough memory");
                v = n === 0 ? f.testEof() : f.readChars(Number(n));
            } else {
                if (typeof fmt !== "string") typeError(fmt, argBase + i, fname, "string");
                const p = fmt.charCodeAt(0) === 42 /* * */ ? fmt.charAt(1) : fmt.charAt(0);
                switch (p) {
                    case "n":
                        v = f.readNumber();
                        break;
                    case "l":
                        v = f.readLine(false);
                        break;
                    case "L":
                        v = f.readLine(true);
                        break;
                    case "a":
                        v = f.readAll();
                        break;
                    default:
                        return badArgument(argBase + i, fname, "invalid format");
                }
            }
            out.push(v);
            if (v === undefined) break;
        }
    } catch (e) {
        return fileResult(e);
    }
    return out.length === 1 ? out[0] : out;
}

/** Writes the arguments to f; returns f, or the failure results. */
export function writeValues(f: LuaFile, values: unknown[], argBase: number, fname: string): unknown {
    let failure: unknown[] | undefined;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        let s: string;
        if (typeof v === "string") s = v;
        else if (typeof v === "number" && Number.isInteger(v)) s = String(v);
        else if (typeof v === "bigint") s = v.toString();
        else if (isNumber(v)) s = formatFloat(v as number | LuaFloat, { conv: "g", flags: "", precision: 14 });
        else return typeError(v, argBase + i, fname, "string");
        if (failure !== undefined) continue;
        try {
            f.write(s);
        } catch (e) {
            failure = fileResult(e);
        }
    }
    return failure ?? f;
}

/** The iterator that lines() returns; it closes the file at the end when `toClose`. */
export function linesIterator(f: LuaFile, formats: unknown[], toClose: boolean): LuaFunction {
    return function linesIterator(): unknown {
        if (f.closed) return runtimeError("file is already closed");
        const r = readFormats(f, formats, 2, "for iterator");
        const first = Array.isArray(r) ? r[0] : r;
        if (first !== undefined && first !== false) return r;
        if (Array.isArray(r) && r.length > 1) return runtimeError(String(r[1]));
        if (toClose) f.close();
        return EMPTY;
    };
}

// ---------------------------------------------------------------------------
// The file methods and the metatable of file handles. Argument numbers count self, as in
// C (the error builder counts it out when the call was a method call, like luaL_argerror).

/** The file a method was called on (luaL_checkudata + the closed check). */
export function checkFile(v: unknown, fname: string, nargs?: number): LuaFile {
    if (!(v instanceof LuaFile)) return typeError(v, 1, fname, "FILE*", nargs);
    if (v.closed) return runtimeError("attempt to use a closed file");
    return v;
}

function fileClose(self: unknown): unknown {
    return checkFile(self, "close", arguments.length).close();
}

function fileFlush(self: unknown): unknown {
    const f = checkFile(self, "flush", arguments.length);
    try {
        f.flush();
    } catch (e) {
        return fileResult(e);
    }
    return true;
}

function fileLines(self: unknown, ...formats: unknown[]): unknown {
    const f = checkFile(self, "lines", arguments.length);
    if (formats.length > MAXARGLINE) badArgument(MAXARGLINE + 2, "lines", "too many arguments");
    return linesIterator(f, formats, false);
}

function fileRead(self: unknown, ...formats: unknown[]): unknown {
    return readFormats(checkFile(self, "read", arguments.length), formats, 2, "read");
}

function fileSeek(self: unknown, whence: unknown, offset: unknown): unknown {
    const f = checkFile(self, "seek", arguments.length);
    const w = checkOption(whence, 2, "seek", "cur", ["set", "cur", "end"]);
    const off = optInteger(offset, 3, "seek", 0);
    try {
        return f.seek(w, Number(off));
    } catch (e) {
        return fileResult(e);
    }
}

function fileSetvbuf(self: unknown, mode: unknown, size: unknown): unknown {
    const f = checkFile(self, "setvbuf", arguments.length);
    if (arguments.length < 2) typeError(undefined, 2, "setvbuf", "string", 0);
    const m = checkOption(mode, 2, "setvbuf", undefined, ["no", "full", "line"]) as BufferMode;
    optInteger(size, 3, "setvbuf", CHUNK);
    try {
        f.setBuffering(m);
    } catch (e) {
        return fileResult(e);
    }
    return true;
}

function fileWrite(self: unknown, ...values: unknown[]): unknown {
    return writeValues(checkFile(self, "write", arguments.length), values, 2, "write");
}

/** __gc and __close: close the file unless it is closed already (f_gc: the argument must be a FILE*). */
function fileGc(self: unknown): unknown {
    if (!(self instanceof LuaFile)) return typeError(self, 1, "__gc", "FILE*", arguments.length);
    if (!self.closed) self.close();
    return EMPTY;
}

function fileClose_(self: unknown): unknown {
    if (!(self instanceof LuaFile)) return typeError(self, 1, "__close", "FILE*", arguments.length);
    if (!self.closed) self.close();
    return EMPTY;
}

function fileTostring(self: unknown): unknown {
    if (!(self instanceof LuaFile)) return typeError(self, 1, "__tostring", "FILE*", arguments.length);
    return self.label();
}

export const fileMethods: Record<string, LuaFunction> = {
    close: fileClose,
    flush: fileFlush,
    lines: fileLines,
    read: fileRead,
    seek: fileSeek,
    setvbuf: fileSetvbuf,
    write: fileWrite,
};

const fileMeta = new LuaTable();
const methodTable = new LuaTable();
for (const [name, f] of Object.entries(fileMethods)) methodTable.setStr(name, f);
fileMeta.setStr("__index", methodTable);
fileMeta.setStr("__gc", fileGc);
fileMeta.setStr("__close", fileClose_);
fileMeta.setStr("__tostring", fileTostring);
fileMeta.setStr("__name", "FILE*");
setFileMetatable(fileMeta);

// ---------------------------------------------------------------------------
// The io functions

let stdinFile: LuaFile;
let stdoutFile: LuaFile;
let stderrFile: LuaFile;
let defaultInput: LuaFile;
let defaultOutput: LuaFile;

/** A valid fopen mode: r, w or a, an optional '+', then only 'b's (l_checkmode). */
function validMode(mode: string): boolean {
    return /^[rwa]\+?b*$/.test(mode);
}

/** Opens a file as fopen does; throws the system error. */
function openFile(name: string, mode: string): LuaFile {
    const flags = mode.replace(/b/g, "");
    const fd = openSync(pathOf(name), flags, 0o666);
    let seekable = false;
    try {
        const st = fstatSync(fd);
        seekable = st.isFile() || st.isBlockDevice();
    } catch {
        // an fd that cannot be inspected is read and written sequentially
    }
    const plus = flags.includes("+");
    const kind = flags.charAt(0);
    return new LuaFile("fd", fd, kind === "r" || plus, kind !== "r" || plus, kind === "a", seekable);
}

/** Opens a file or raises "cannot open file 'name' (reason)" (opencheckfile). */
function openOrFail(name: string, mode: string): LuaFile {
    try {
        return openFile(name, mode);
    } catch (e) {
        return runtimeError(`cannot open file '${cString(name)}' (${String(fileResult(e)[1])})`);
    }
}

function defaultFile(output: boolean): LuaFile {
    const f = output ? defaultOutput : defaultInput;
    if (f.closed) runtimeError(`default ${output ? "output" : "input"} file is closed`);
    return f;
}

function close(file: unknown): unknown {
    const f = arguments.length === 0 ? defaultOutput : file;
    return checkFile(f, "close").close();
}

function flush(): unknown {
    const f = defaultFile(true);
    try {
        f.flush();
    } catch (e) {
        return fileResult(e);
    }
    return true;
}

/** io.input / io.output: set the default file from a name or a handle, return the current one. */
function setDefault(v: unknown, output: boolean, fname: string): LuaFile {
    if (v !== undefined) {
        let f: LuaFile;
        if (typeof v === "string" || typeof v === "number" || typeof v === "bigint") {
            f = openOrFail(checkString(v, 1, fname), output ? "w" : "r");
        } else {
            f = checkFile(v, fname);
        }
        if (output) defaultOutput = f;
        else defaultInput = f;
    }
    return output ? defaultOutput : defaultInput;
}

function input(file: unknown): unknown {
    return setDefault(file, false, "input");
}

function lines(filename: unknown, ...formats: unknown[]): unknown {
    const toClose = filename !== undefined;
    const f = toClose ? openOrFail(checkString(filename, 1, "lines"), "r") : checkFile(defaultInput, "lines");
    if (formats.length > MAXARGLINE) badArgument(MAXARGLINE + 2, "lines", "too many arguments");
    const it = linesIterator(f, formats, toClose);
    return toClose ? [it, undefined, undefined, f] : it;
}

function open(filename: unknown, mode: unknown): unknown {
    const name = checkString(filename, 1, "open", arguments.length);
    const m = optString(mode, 2, "open", "r");
    if (!validMode(m)) badArgument(2, "open", "invalid mode");
    try {
        return openFile(name, m);
    } catch (e) {
        return fileResult(e, name);
    }
}

function output(file: unknown): unknown {
    return setDefault(file, true, "output");
}

/**
 * io.popen runs the command to completion: reading, when it is opened (its output is then
 * read from memory); writing, when the handle is closed (with everything written as input).
 */
function popen(prog: unknown, mode: unknown): unknown {
    const cmd = checkString(prog, 1, "popen", arguments.length);
    const m = optString(mode, 2, "popen", "r");
    if (m !== "r" && m !== "w") badArgument(2, "popen", "invalid mode");
    const shellCmd = commandOf(cmd);
    flushForChild(true);
    if (m === "r") {
        const res = spawnSync("/bin/sh", ["-c", shellCmd], {
            argv0: "sh", // as popen(3) runs it: the shell's messages start "sh: "
            stdio: ["inherit", "pipe", "inherit"],
            maxBuffer: 2 ** 31 - 1,
        });
        const f = new LuaFile("pipe-r", -1, true, false);
        f.pipeData = res.stdout ?? NO_OUTPUT;
        const status = execResult(res);
        f.onClose = () => status;
        return f;
    }
    const f = new LuaFile("pipe-w", -1, false, true);
    f.onClose = (_f, text) => {
        flushForChild(false);
        const res = spawnSync("/bin/sh", ["-c", shellCmd], {
            argv0: "sh",
            stdio: ["pipe", "inherit", "inherit"],
            input: Buffer.from(text, "latin1"),
        });
        return execResult(res);
    };
    return f;
}

function read(...formats: unknown[]): unknown {
    return readFormats(defaultFile(false), formats, 1, "read");
}

function tmpfile(): unknown {
    try {
        const name = makeTempFile();
        const fd = openSync(name, "w+", 0o600);
        unlinkSync(name);
        return new LuaFile("fd", fd, true, true, false, true);
    } catch (e) {
        return fileResult(e);
    }
}

function type(obj: unknown): unknown {
    checkAny(obj, 1, "type", arguments.length);
    if (!(obj instanceof LuaFile)) return undefined;
    return obj.closed ? "closed file" : "file";
}

function write(...values: unknown[]): unknown {
    return writeValues(defaultFile(true), values, 1, "write");
}

export const ioLib: Record<string, LuaFunction> = {
    close,
    flush,
    input,
    lines,
    open,
    output,
    popen,
    read,
    tmpfile,
    type,
    write,
};

export function openIo(G: LuaTable): void {
    stdinFile = new LuaFile("stdin", 0, true, false);
    stdoutFile = new LuaFile("stdout", 1, false, true);
    stderrFile = new LuaFile("stderr", 2, false, true);
    defaultInput = stdinFile;
    defaultOutput = stdoutFile;
    const io = new LuaTable();
    for (const [name, f] of Object.entries(ioLib)) io.setStr(name, f);
    io.setStr("stdin", stdinFile);
    io.setStr("stdout", stdoutFile);
    io.setStr("stderr", stderrFile);
    G.setStr("io", io);
}
