// Processes and runtime state of the core ptool API (spec: ptool-core.md): is_root, cd, config,
// run, run_capture, run_shell, pipe, exec. Children run with spawnSync (the Lua worker may
// block); a pipeline runs under a small Node driver process (pipe-driver.ts) that connects the
// stages with real pipes. Lua strings are bytes: args, env and paths cross as UTF-8 text,
// captured output comes back as bytes.
import { spawnSync, type SpawnSyncReturns, type StdioOptions } from "node:child_process";
import { closeSync, openSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { constants as osConstants } from "node:os";
import { isMainThread, parentPort } from "node:worker_threads";
import { LuaTable } from "../value/table.js";
import { isNumber } from "../value/number.js";
import { tostring } from "../value/metatable.js";
import { luaType, type LuaFunction } from "../value/types.js";
import { writeStderr, stdout as luaStdout } from "../lib/stdout.js";
import { flushAllFiles, flushForChild } from "../lib/io-file.js";
import { invalidArgument, raise, type PtoolErrorFields } from "./errors.js";
import { describe, optBoolean, optString, optionsTable } from "./options.js";
import { isValidUtf8 } from "./json-parse.js";
import { displayCommand, shlexSplit } from "./shlex.js";
import { askYesNo, interactive } from "./ask.js";
import { PIPE_DRIVER } from "./pipe-driver.js";

const toText = (bytes: string): string => Buffer.from(bytes, "latin1").toString("utf8");
const toBytes = (text: string): string => Buffer.from(text, "utf8").toString("latin1");

// ---------------------------------------------------------------------------
// runtime state: the current directory and ptool.config

let runtimeCwd: string | undefined;

/** The runtime current directory (JS text), the process's until ptool.cd changes it. */
export function currentDir(): string {
    return (runtimeCwd ??= process.cwd());
}

const config = { shell: "bash", echo: true, check: false, confirm: false, retry: false };

function is_root(): unknown {
    return process.platform !== "win32" && typeof process.geteuid === "function" && process.geteuid() === 0;
}

/** A text argument: byte strings that are valid UTF-8 without NUL; numbers as tostring writes them. */
function textArg(op: string, what: string, v: unknown): string {
    const s = typeof v === "string" ? v : isNumber(v) ? tostring(v) : invalidArgument(op, `${what} must be a string, got ${describe(v)}`);
    if (s.includes("\0")) return invalidArgument(op, `${what} must not contain NUL`);
    if (!isValidUtf8(s)) return invalidArgument(op, `${what} must be valid UTF-8`);
    return toText(s);
}

function isDirectory(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

function cd(path: unknown): unknown {
    const op = "ptool.cd";
    if (typeof path !== "string") return invalidArgument(op, `path must be a string, got ${describe(path)}`);
    const target = resolve(currentDir(), textArg(op, "path", path));
    let st;
    try {
        st = statSync(target);
    } catch {
        return raise({ kind: "io_error", op, path, message: `${op}: no such directory: ${path}`, detail: `no such directory: ${path}` });
    }
    if (!st.isDirectory())
        return raise({ kind: "io_error", op, path, message: `${op}: not a directory: ${path}`, detail: `not a directory: ${path}` });
    runtimeCwd = target;
    return [];
}

function configure(options: unknown): unknown {
    const op = "ptool.config";
    const o = optionsTable(op, options, ["run", "shell"], false)!;
    const shell = optString(op, o, "shell");
    const run = o.getStr("run");
    if (run !== undefined && !(run instanceof LuaTable)) return invalidArgument(op, `run must be a table, got ${describe(run)}`);
    const r = run === undefined ? undefined : optionsTable(op, run, ["echo", "check", "confirm", "retry"], false);
    const label = (name: string): string => `run.${name}`;
    const flags: Partial<typeof config> = {};
    for (const name of ["echo", "check", "confirm", "retry"] as const) {
        const v = r?.getStr(name);
        if (v !== undefined && typeof v !== "boolean") return invalidArgument(op, `${label(name)} must be a boolean, got ${describe(v)}`);
        if (v !== undefined) flags[name] = v;
    }
    if (shell !== undefined) {
        if (shell === "") return invalidArgument(op, "shell must not be empty");
        config.shell = shell;
    }
    Object.assign(config, flags);
    return [];
}

// ---------------------------------------------------------------------------
// call forms and options

type Redirect = { kind: "inherit" | "capture" | "null" } | { kind: "file"; path: string; append: boolean };
type Input = { kind: "inherit" } | { kind: "string"; data: string } | { kind: "file"; path: string };

interface Spec {
    cmd: string; // bytes
    args: string[]; // bytes
    cwd?: string; // bytes, as given
    env: [string, string][]; // text
    sudo: boolean;
    stdin: Input;
    stdout: Redirect;
    stderr: Redirect;
    trim: boolean;
    echo: boolean;
    check: boolean;
    confirm: boolean;
    retry: boolean;
}

const RUN_OPTIONS = ["cwd", "env", "sudo", "stdin", "trim", "echo", "check", "confirm", "retry", "stdout", "stderr"];
const EXEC_OPTIONS = ["cwd", "env", "sudo", "stdin", "echo", "confirm", "stdout", "stderr"];

/** Whether a table is an array: keys exactly 1..n (the empty table is an empty array). */
function isArray(t: LuaTable): boolean {
    const n = t.length();
    let count = 0;
    for (let e = t.next(undefined); e !== undefined; e = t.next(e[0])) {
        const k = e[0];
        if (typeof k !== "number" || !Number.isInteger(k) || k < 1 || k > n) return false;
        count++;
    }
    return count === n;
}

function words(op: string, what: string, line: string): string[] {
    const r = shlexSplit(line);
    if (!Array.isArray(r)) return invalidArgument(op, `cannot split ${what}: ${r.error}`, { input: line });
    return r;
}

function argList(op: string, v: unknown, what = "args"): string[] {
    if (typeof v === "string") return words(op, what, v);
    if (isNumber(v)) return [tostring(v)];
    if (!(v instanceof LuaTable)) return invalidArgument(op, `${what} must be a string or an array of strings, got ${describe(v)}`);
    if (!isArray(v)) return invalidArgument(op, `${what} must be an array of strings (keys 1..n)`);
    const out: string[] = [];
    for (let i = 1; i <= v.length(); i++) {
        const a = v.getInt(i);
        if (typeof a === "string") out.push(a);
        else if (isNumber(a)) out.push(tostring(a));
        else return invalidArgument(op, `${what}[${i}] must be a string, got ${describe(a)}`);
    }
    return out;
}

function redirect(op: string, name: string, v: unknown, allowCapture: boolean): Redirect | undefined {
    if (v === undefined) return undefined;
    const modes = allowCapture ? ["inherit", "capture", "null"] : ["inherit", "null"];
    if (typeof v === "string") {
        if (!modes.includes(v))
            return invalidArgument(op, `${name} must be ${modes.map((m) => `"${m}"`).join(", ")} or { file = ... }, got "${v}"`);
        return { kind: v as "inherit" | "capture" | "null" };
    }
    if (!(v instanceof LuaTable)) return invalidArgument(op, `${name} must be a string or a table, got ${describe(v)}`);
    const t = optionsTable(op, v, ["file", "append"], false)!;
    const path = optString(op, t, "file", `${name}.file`);
    if (path === undefined) return invalidArgument(op, `${name}.file is required`);
    const append = t.getStr("append");
    if (append !== undefined && typeof append !== "boolean")
        return invalidArgument(op, `${name}.append must be a boolean, got ${describe(append)}`);
    return { kind: "file", path, append: append === true };
}

function input(op: string, v: unknown, allowString: boolean): Input {
    if (v === undefined) return { kind: "inherit" };
    if (typeof v === "string" && allowString) return { kind: "string", data: v };
    if (!(v instanceof LuaTable))
        return invalidArgument(op, `stdin must be ${allowString ? "a string or " : ""}a table { file = ... }, got ${describe(v)}`);
    const t = optionsTable(op, v, ["file"], false)!;
    const path = optString(op, t, "file", "stdin.file");
    if (path === undefined) return invalidArgument(op, "stdin.file is required");
    return { kind: "file", path };
}

function envList(op: string, v: unknown): [string, string][] {
    if (v === undefined) return [];
    if (!(v instanceof LuaTable)) return invalidArgument(op, `env must be a table, got ${describe(v)}`);
    const out: [string, string][] = [];
    for (let e = v.next(undefined); e !== undefined; e = v.next(e[0])) {
        const [k, x] = e;
        if (typeof k !== "string") return invalidArgument(op, `env names must be strings, got ${describe(k)}`);
        const name = textArg(op, "env name", k);
        if (name === "" || name.includes("=")) return invalidArgument(op, `invalid env name "${k}"`, { input: k });
        out.push([name, textArg(op, `env.${k}`, x)]);
    }
    return out;
}

interface Mode {
    op: string;
    capture: boolean; // run_capture: stdout/stderr default to "capture"
    exec: boolean;
}

/** The spec of one call from its options table (cmd/args already known). */
function fromOptions(m: Mode, cmd: string, args: string[], o: LuaTable | undefined): Spec {
    const op = m.op;
    const bool = (name: string, def: boolean): boolean => optBoolean(op, o, name) ?? def;
    const defStream: Redirect = { kind: m.capture ? "capture" : "inherit" };
    const spec: Spec = {
        cmd,
        args,
        cwd: optString(op, o, "cwd"),
        env: envList(op, o?.getStr("env")),
        sudo: bool("sudo", false),
        stdin: input(op, o?.getStr("stdin"), !m.exec),
        stdout: redirect(op, "stdout", o?.getStr("stdout"), !m.exec) ?? defStream,
        stderr: redirect(op, "stderr", o?.getStr("stderr"), !m.exec) ?? defStream,
        trim: m.exec ? false : bool("trim", false),
        echo: bool("echo", config.echo),
        check: m.exec ? false : bool("check", config.check),
        confirm: bool("confirm", config.confirm),
        retry: m.exec ? false : bool("retry", config.retry),
    };
    if (spec.cwd !== undefined) textArg(op, "cwd", spec.cwd);
    return spec;
}

/** The five call forms of ptool.run / run_capture / exec. */
function parseCall(m: Mode, a: unknown, b: unknown, c: unknown, n: number): Spec {
    const op = m.op;
    const allowed = m.exec ? EXEC_OPTIONS : RUN_OPTIONS;
    if (a instanceof LuaTable) {
        if (n > 1) return invalidArgument(op, `${op}(options) takes no other argument`);
        const o = optionsTable(op, a, ["cmd", "args", ...allowed], false)!;
        const cmd = o.getStr("cmd");
        if (cmd === undefined) return invalidArgument(op, "cmd is required");
        if (typeof cmd !== "string") return invalidArgument(op, `cmd must be a string, got ${describe(cmd)}`);
        if (cmd === "") return invalidArgument(op, "cmd must not be empty");
        const args = o.getStr("args");
        return fromOptions(m, cmd, args === undefined ? [] : argList(op, args), o);
    }
    if (typeof a !== "string")
        return invalidArgument(op, `the first argument must be a command string or an options table, got ${describe(a)}`);
    let cmd: string;
    let args: string[];
    let options: unknown;
    // an empty table is the (empty) args only when options follow it, else it is the options
    const third = n >= 3 && c !== undefined;
    const argsTable = b instanceof LuaTable && isArray(b) && (b.length() > 0 || third);
    if (typeof b === "string" || isNumber(b) || argsTable) {
        cmd = a;
        args = argList(op, b);
        options = c;
    } else {
        if (third) return invalidArgument(op, `args must be a string or an array of strings, got ${describe(b)}`);
        if (b !== undefined && !(b instanceof LuaTable))
            return invalidArgument(op, `args must be a string or an array of strings, got ${describe(b)}`);
        const w = words(op, "the command line", a);
        if (w.length === 0) return invalidArgument(op, "the command line is empty", { input: a });
        cmd = w[0]!;
        args = w.slice(1);
        options = b;
    }
    if (cmd === "") return invalidArgument(op, "cmd must not be empty");
    const o = optionsTable(op, options, allowed, true);
    return fromOptions(m, cmd, args, o);
}

// ---------------------------------------------------------------------------
// running

const LUA_SPACE = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g;

function signalNumber(signal: NodeJS.Signals): number {
    return (osConstants.signals as Record<string, number>)[signal] ?? 0;
}

/** The effective cwd (JS text) of a spec, checked to be a directory. */
function effectiveCwd(op: string, cwd: string | undefined, cmdDisplay: string): string {
    const dir = cwd === undefined ? currentDir() : resolve(currentDir(), toText(cwd));
    if (!isDirectory(dir)) {
        raise({
            kind: "io_error",
            op,
            cwd: toBytes(dir),
            path: cwd,
            message: `${op}: cwd is not a directory: ${toBytes(dir)} (${cmdDisplay})`,
        });
    }
    return dir;
}

/** The process environment, PWD = the child's directory (as a shell sets it after cd), then `extra`. */
function childEnv(dir: string, extra: [string, string][]): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, PWD: dir };
    for (const [k, v] of extra) env[k] = v;
    return env;
}

/** Opens the file redirects; returns the stdio entries and the fds to close. */
function openStdio(
    op: string,
    dir: string,
    stdin: Input,
    out: Redirect,
    err: Redirect,
): { stdio: StdioOptions; fds: number[]; input?: Buffer } {
    const fds: number[] = [];
    const open = (path: string, flags: string): number => {
        const full = isAbsolute(toText(path)) ? toText(path) : resolve(dir, toText(path));
        try {
            const fd = openSync(full, flags, 0o666);
            fds.push(fd);
            return fd;
        } catch (e) {
            for (const fd of fds) closeSync(fd);
            const why = errnoText(e as NodeJS.ErrnoException);
            return raise({
                kind: "io_error",
                op,
                path,
                message: `${op}: cannot open ${path}: ${why}`,
                detail: `cannot open ${path}: ${why}`,
            });
        }
    };
    const outEntry = (r: Redirect): number | "inherit" | "pipe" | "ignore" => {
        if (r.kind === "file") return open(r.path, r.append ? "a" : "w");
        return r.kind === "inherit" ? "inherit" : r.kind === "capture" ? "pipe" : "ignore";
    };
    const inEntry = stdin.kind === "inherit" ? "inherit" : stdin.kind === "string" ? "pipe" : open(stdin.path, "r");
    const stdio: StdioOptions = [inEntry, outEntry(out), outEntry(err)];
    return { stdio, fds, input: stdin.kind === "string" ? Buffer.from(stdin.data, "latin1") : undefined };
}

/** A system error as a short phrase without paths ("no such file or directory"). */
function errnoText(e: NodeJS.ErrnoException): string {
    const known: Record<string, string> = {
        ENOENT: "no such file or directory",
        EACCES: "permission denied",
        EISDIR: "is a directory",
        ENOTDIR: "not a directory",
        EEXIST: "file exists",
    };
    return (e.code !== undefined ? known[e.code] : undefined) ?? e.code ?? e.message;
}

function spawnFailure(op: string, cmd: string, dir: string, error: NodeJS.ErrnoException): never {
    const what = error.code === "ENOENT" ? "command not found" : error.code === "EACCES" ? "permission denied" : error.message;
    return raise({
        kind: "io_error",
        op,
        cmd,
        cwd: toBytes(dir),
        code: error.code === "ENOENT" ? "not_found" : error.code === "EACCES" ? "permission_denied" : error.code,
        message: `${op}: cannot run ${cmd}: ${what}`,
        detail: what,
    });
}

interface Outcome {
    ok: boolean;
    code: number | undefined;
    signal?: string;
    stdout?: string;
    stderr?: string;
    codes?: (number | undefined)[];
}

/** The command_failed error of a failed outcome (shared by check = true and res:assert_ok()). */
function failure(
    op: string,
    cmd: string,
    display: string,
    cwd: string,
    o: { code?: unknown; signal?: unknown; stderr?: unknown },
): PtoolErrorFields {
    const how = typeof o.signal === "string" ? `was terminated by signal ${o.signal}` : `exited with status ${String(o.code)}`;
    const fields: PtoolErrorFields = {
        kind: "command_failed",
        op,
        cmd,
        cwd,
        message: `${op}: command ${how}: ${display}`,
        detail: `command ${how}: ${display}`,
    };
    if (typeof o.code === "number") fields.status = o.code;
    if (typeof o.stderr === "string") fields.stderr = o.stderr;
    return fields;
}

function assertOk(self: unknown): unknown {
    const op = "res:assert_ok";
    if (!(self instanceof LuaTable))
        return invalidArgument(op, `self must be a result table, got ${luaType(self)} (call it as res:assert_ok())`);
    if (self.getStr("ok") === true) return self;
    const meta = resultMeta.get(self);
    const cmd = self.getStr("cmd");
    const cwd = self.getStr("cwd");
    const fields = failure(
        meta?.op ?? "ptool.run",
        typeof cmd === "string" ? cmd : "?",
        meta?.display ?? String(cmd),
        typeof cwd === "string" ? cwd : "",
        {
            code: self.getStr("code"),
            signal: meta?.signal,
            stderr: self.getStr("stderr"),
        },
    );
    return raise(fields);
}

/** What assert_ok needs beyond the visible fields: the API, the display form, a signal. */
const resultMeta = new WeakMap<LuaTable, { op: string; display: string; signal?: string }>();

function resultTable(op: string, cmd: string, display: string, dir: string, out: Outcome): LuaTable {
    const t = new LuaTable();
    t.setStr("ok", out.ok);
    t.setStr("code", out.code);
    if (out.codes !== undefined) {
        const codes = new LuaTable();
        out.codes.forEach((c, i) => codes.setInt(i + 1, c));
        t.setStr("codes", codes);
    }
    t.setStr("cmd", cmd);
    t.setStr("cwd", toBytes(dir));
    if (out.stdout !== undefined) t.setStr("stdout", out.stdout);
    if (out.stderr !== undefined) t.setStr("stderr", out.stderr);
    t.setStr("assert_ok", assertOk as LuaFunction);
    resultMeta.set(t, { op, display, signal: out.signal });
    return t;
}

function captured(r: Redirect, data: Buffer | null | undefined, trim: boolean): string | undefined {
    if (r.kind !== "capture") return undefined;
    const s = (data ?? Buffer.alloc(0)).toString("latin1");
    return trim ? s.replace(LUA_SPACE, "") : s;
}

function echoLine(display: string): void {
    writeStderr(`+ ${display}\n`);
}

function confirmRun(op: string, display: string): void {
    if (!interactive())
        raise({ kind: "not_interactive", op, message: `${op}: confirm = true needs a terminal to ask before running: ${display}` });
    if (!askYesNo(op, `Run ${display}?`, false)) raise({ kind: "cancelled", op, message: `${op}: not confirmed: ${display}` });
}

/** Whether to run again after a failure (check and retry); raises the failure otherwise. */
function retryOrRaise(op: string, fields: PtoolErrorFields, retry: boolean, display: string): void {
    if (!retry) raise(fields);
    if (!interactive()) raise({ ...fields, message: `${fields.message} (retry = true, but stdin is not a terminal to ask)` });
    if (!askYesNo(op, `${fields.detail ?? display}. Retry?`, false)) raise(fields);
}

/** The command and arguments actually started (sudo when asked for and not root). */
function argv(op: string, spec: Spec): string[] {
    const all = [spec.cmd, ...spec.args];
    if (!spec.sudo || is_root() === true) return all;
    if (process.platform === "win32") raise({ kind: "unsupported", op, message: `${op}: sudo is not supported on Windows` });
    return ["sudo", ...all];
}

function runSpec(op: string, spec: Spec): LuaTable {
    const words = argv(op, spec);
    const display = displayCommand(words);
    const text = words.map((w, i) => textArg(op, i === 0 ? "cmd" : `args[${i}]`, w));
    const dir = effectiveCwd(op, spec.cwd, display);
    if (spec.confirm) confirmRun(op, display);
    for (;;) {
        if (spec.echo) echoLine(display);
        const { stdio, fds, input } = openStdio(op, dir, spec.stdin, spec.stdout, spec.stderr);
        flushForChild(true);
        let r: SpawnSyncReturns<Buffer>;
        try {
            r = spawnSync(text[0]!, text.slice(1), { cwd: dir, env: childEnv(dir, spec.env), stdio, input, maxBuffer: Infinity });
        } finally {
            for (const fd of fds) closeSync(fd);
        }
        if (r.error !== undefined && r.status === null && r.signal === null) spawnFailure(op, spec.cmd, dir, r.error);
        const out: Outcome = {
            ok: r.status === 0,
            code: r.status ?? undefined,
            signal: r.signal ?? undefined,
            stdout: captured(spec.stdout, r.stdout, spec.trim),
            stderr: captured(spec.stderr, r.stderr, spec.trim),
        };
        if (out.ok || !spec.check) return resultTable(op, spec.cmd, display, dir, out);
        retryOrRaise(op, failure(op, spec.cmd, display, toBytes(dir), out), spec.retry, display);
    }
}

function run(a: unknown, b: unknown, c: unknown): unknown {
    const m: Mode = { op: "ptool.run", capture: false, exec: false };
    return runSpec(m.op, parseCall(m, a, b, c, arguments.length));
}

function run_capture(a: unknown, b: unknown, c: unknown): unknown {
    const m: Mode = { op: "ptool.run_capture", capture: true, exec: false };
    return runSpec(m.op, parseCall(m, a, b, c, arguments.length));
}

function run_shell(command: unknown): unknown {
    const op = "ptool.run_shell";
    if (typeof command !== "string") return invalidArgument(op, `command must be a string, got ${describe(command)}`);
    if (arguments.length > 1)
        return invalidArgument(op, 'takes only the command; for options call ptool.run(shell, {"-c", command}, options)');
    const m: Mode = { op, capture: false, exec: false };
    return runSpec(op, fromOptions(m, config.shell, ["-c", command], undefined));
}

// ---------------------------------------------------------------------------
// ptool.pipe

function stage(op: string, v: unknown, i: number): string[] {
    const what = `stages[${i}]`;
    if (typeof v === "string") {
        const w = words(op, what, v);
        if (w.length === 0) return invalidArgument(op, `${what} is empty`);
        return w;
    }
    if (!(v instanceof LuaTable)) return invalidArgument(op, `${what} must be a string or a table, got ${describe(v)}`);
    if (v.getStr("cmd") === undefined && isArray(v)) {
        const w = argList(op, v, what);
        if (w.length === 0) return invalidArgument(op, `${what} is empty`);
        return w;
    }
    const t = optionsTable(op, v, ["cmd", "args"], false)!;
    const cmd = t.getStr("cmd");
    if (typeof cmd !== "string" || cmd === "") return invalidArgument(op, `${what}.cmd must be a non-empty string, got ${describe(cmd)}`);
    const args = t.getStr("args");
    return [cmd, ...(args === undefined ? [] : argList(op, args, `${what}.args`))];
}

interface DriverReport {
    codes: (number | null)[];
    signals: (string | null)[];
    error?: { stage: number; code: string; message: string };
}

function pipe(stages: unknown, options: unknown): unknown {
    const op = "ptool.pipe";
    if (!(stages instanceof LuaTable)) return invalidArgument(op, `stages must be a table, got ${describe(stages)}`);
    if (!isArray(stages)) return invalidArgument(op, "stages must be an array (keys 1..n)");
    const n = stages.length();
    if (n < 2) return invalidArgument(op, `at least two stages are required, got ${n}`);
    const list: string[][] = [];
    for (let i = 1; i <= n; i++) list.push(stage(op, stages.getInt(i), i));
    const o = optionsTable(op, options, RUN_OPTIONS, true);
    const spec = fromOptions({ op, capture: false, exec: false }, "", [], o);
    const argvs = list.map((w) => argv(op, { ...spec, cmd: w[0]!, args: w.slice(1) }));
    const display = argvs.map(displayCommand).join(" | ");
    const text = argvs.map((w) => w.map((x, j) => textArg(op, j === 0 ? "cmd" : "args", x)));
    const dir = effectiveCwd(op, spec.cwd, display);
    if (spec.confirm) confirmRun(op, display);
    for (;;) {
        if (spec.echo) echoLine(display);
        const { stdio, fds, input } = openStdio(op, dir, spec.stdin, spec.stdout, spec.stderr);
        const job = JSON.stringify({ stages: text, captureStderr: spec.stderr.kind === "capture" });
        flushForChild(true);
        let r: SpawnSyncReturns<Buffer>;
        try {
            r = spawnSync(process.execPath, ["-e", PIPE_DRIVER, job], {
                cwd: dir,
                env: childEnv(dir, spec.env),
                stdio: [...(stdio as unknown[]), "pipe"] as StdioOptions,
                input,
                maxBuffer: Infinity,
            });
        } finally {
            for (const fd of fds) closeSync(fd);
        }
        const reportText = r.output?.[3]?.toString("utf8") ?? "";
        let report: DriverReport;
        try {
            report = JSON.parse(reportText) as DriverReport;
        } catch {
            return raise({
                kind: "io_error",
                op,
                message: `${op}: the pipeline driver failed (${r.error?.message ?? `status ${r.status}`})`,
            });
        }
        if (report.error !== undefined) {
            const e = Object.assign(new Error(report.error.message), { code: report.error.code });
            spawnFailure(op, list[report.error.stage]![0]!, dir, e);
        }
        const codes = report.codes.map((c) => c ?? undefined);
        let last = -1;
        codes.forEach((c, i) => {
            if (c !== 0) last = i;
        });
        const out: Outcome = {
            ok: last < 0,
            code: last < 0 ? codes[codes.length - 1] : codes[last],
            signal: last < 0 ? undefined : (report.signals[last] ?? undefined),
            codes,
            stdout: captured(spec.stdout, r.stdout, spec.trim),
            stderr: captured(spec.stderr, r.stderr, spec.trim),
        };
        if (out.ok || !spec.check) return resultTable(op, display, display, dir, out);
        retryOrRaise(op, failure(op, display, display, toBytes(dir), out), spec.retry, display);
    }
}

// ---------------------------------------------------------------------------
// ptool.exec

/** Ends the script with `code`, as os.exit does (buffers flushed). */
function exitNow(code: number): never {
    luaStdout.flush();
    flushAllFiles();
    if (!isMainThread) parentPort?.postMessage(code);
    return process.exit(code);
}

function exec(a: unknown, b: unknown, c: unknown): unknown {
    const op = "ptool.exec";
    if (process.platform === "win32") return raise({ kind: "unsupported", op, message: `${op}: not supported on this platform` });
    const m: Mode = { op, capture: false, exec: true };
    const spec = parseCall(m, a, b, c, arguments.length);
    const words = argv(op, spec);
    const display = displayCommand(words);
    const text = words.map((w, i) => textArg(op, i === 0 ? "cmd" : `args[${i}]`, w));
    const dir = effectiveCwd(op, spec.cwd, display);
    if (spec.confirm) confirmRun(op, display);
    if (spec.echo) echoLine(display);
    const { stdio, fds } = openStdio(op, dir, spec.stdin, spec.stdout, spec.stderr);
    flushForChild(true);
    let r: SpawnSyncReturns<Buffer>;
    try {
        r = spawnSync(text[0]!, text.slice(1), { cwd: dir, env: childEnv(dir, spec.env), stdio });
    } finally {
        for (const fd of fds) closeSync(fd);
    }
    if (r.error !== undefined && r.status === null && r.signal === null) spawnFailure(op, spec.cmd, dir, r.error);
    return exitNow(r.signal !== null ? 128 + signalNumber(r.signal) : (r.status ?? 1));
}

export function openProc(t: LuaTable): void {
    const fns: Record<string, LuaFunction> = { is_root, cd, config: configure, run, run_capture, run_shell, pipe, exec };
    for (const [name, f] of Object.entries(fns)) t.setStr(name, f);
}
