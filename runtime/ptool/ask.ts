// ptool.ask and its prompts (spec: ptool-core.md): line-based prompts on the terminal, read
// synchronously from stdin (the Lua worker may block). Prompts are written to stderr; the
// terminal's own line editing (cooked mode) handles typing, and `stty -echo` (under sh, see
// READ_SECRET) hides secrets.
// Every prompt requires stdin to be a terminal: otherwise a `not_interactive` error.
import { readSync } from "node:fs";
import { isatty } from "node:tty";
import { spawnSync } from "node:child_process";
import { LuaTable } from "../value/table.js";
import { luaType, type LuaFunction } from "../value/types.js";
import { writeStderr } from "../lib/stdout.js";
import { invalidArgument, raise } from "./errors.js";
import { describe, optBoolean, optCount, optString, optionsTable } from "./options.js";

const toText = (bytes: string): string => Buffer.from(bytes, "latin1").toString("utf8");

/** Whether prompts can be shown: stdin is a terminal. Tests may force it with PTOOL_ASSUME_TTY=1. */
export function interactive(): boolean {
    return isatty(0) || process.env.PTOOL_ASSUME_TTY === "1";
}

function requireTty(op: string): void {
    if (!interactive()) raise({ kind: "not_interactive", op, message: `${op}: stdin is not a terminal, cannot prompt` });
}

function cancelled(op: string): never {
    return raise({ kind: "cancelled", op, message: `${op}: prompt cancelled (end of input)` });
}

let pending = Buffer.alloc(0);

function sleepMs(ms: number): void {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One line from stdin without its line ending (bytes), or undefined at end of input. */
function readLine(): string | undefined {
    const chunk = Buffer.alloc(4096);
    for (;;) {
        const nl = pending.indexOf(0x0a);
        if (nl >= 0) {
            const line = pending.subarray(0, nl).toString("latin1");
            pending = pending.subarray(nl + 1);
            return line.endsWith("\r") ? line.slice(0, -1) : line;
        }
        let n: number;
        try {
            n = readSync(0, chunk, 0, chunk.length, null);
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            if (code === "EAGAIN") {
                sleepMs(10);
                continue;
            }
            if (code === "EOF") n = 0;
            else throw e;
        }
        if (n === 0) {
            if (pending.length === 0) return undefined;
            const line = pending.toString("latin1");
            pending = Buffer.alloc(0);
            return line;
        }
        pending = Buffer.concat([pending, chunk.subarray(0, n)]);
    }
}

// A secret is read on a real terminal by sh with echo off: its trap turns echo back on even
// when Ctrl-C ends the script (a Lua worker cannot catch signals). Exit 1: end of input.
const READ_SECRET = [
    'saved=$(stty -g 2>/dev/null); restore() { [ -n "$saved" ] && stty "$saved"; }',
    'trap "restore; exit 130" INT TERM HUP',
    "stty -echo 2>/dev/null",
    "IFS= read -r line; st=$?; restore",
    '[ "$st" -eq 0 ] || [ -n "$line" ] || exit 1',
    'printf "%s" "$line"',
].join("\n");

function readSecretLine(): string | undefined {
    if (!isatty(0)) return readLine(); // PTOOL_ASSUME_TTY: piped answers, nothing to hide
    const r = spawnSync("/bin/sh", ["-c", READ_SECRET], { stdio: ["inherit", "pipe", "inherit"] });
    writeStderr("\n");
    if (r.status !== 0) return undefined;
    const line = r.stdout.toString("latin1");
    return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** Shows the help line (if any) and the prompt, and reads the answer. */
function prompt(op: string, text: string, help: string | undefined, secret = false): string {
    if (help !== undefined) writeStderr(`  ${help}\n`);
    writeStderr(text);
    const line = secret ? readSecretLine() : readLine();
    if (line === undefined) {
        writeStderr("\n");
        return cancelled(op);
    }
    return line;
}

function complain(message: string): void {
    writeStderr(`  ! ${message}\n`);
}

const chars = (bytes: string): number => [...toText(bytes)].length;

function compilePattern(op: string, pattern: string | undefined): RegExp | undefined {
    if (pattern === undefined) return undefined;
    try {
        return new RegExp(toText(pattern), "u");
    } catch (e) {
        return invalidArgument(op, `pattern is not a valid regular expression: ${(e as Error).message}`, { input: pattern });
    }
}

function stringArg(op: string, what: string, v: unknown): string {
    if (typeof v === "string") return v;
    return invalidArgument(op, `${what} must be a string, got ${describe(v)}`);
}

interface TextRules {
    required: boolean;
    allowEmpty: boolean;
    min?: number;
    max?: number;
    pattern?: RegExp;
}

/** Why an answer is refused, or undefined. */
function refusal(answer: string, r: TextRules): string | undefined {
    if (answer === "") return r.required || !r.allowEmpty ? "an answer is required" : undefined;
    const n = chars(answer);
    if (r.min !== undefined && n < r.min) return `at least ${r.min} characters are required`;
    if (r.max !== undefined && n > r.max) return `at most ${r.max} characters are allowed`;
    if (r.pattern !== undefined && !r.pattern.test(toText(answer))) return `the answer must match ${r.pattern.source}`;
    return undefined;
}

function lengthRules(op: string, o: LuaTable | undefined): Pick<TextRules, "min" | "max" | "pattern"> {
    const min = optCount(op, o, "min_length");
    const max = optCount(op, o, "max_length");
    if (min !== undefined && max !== undefined && min > max) invalidArgument(op, "min_length must not be greater than max_length");
    return { min, max, pattern: compilePattern(op, optString(op, o, "pattern")) };
}

const ASK_OPTIONS = ["default", "help", "placeholder", "required", "allow_empty", "trim", "min_length", "max_length", "pattern"];

function ask(text: unknown, options: unknown): unknown {
    const op = "ptool.ask";
    const p = stringArg(op, "prompt", text);
    const o = optionsTable(op, options, ASK_OPTIONS, true);
    const def = optString(op, o, "default");
    const help = optString(op, o, "help");
    const placeholder = optString(op, o, "placeholder");
    const rules: TextRules = {
        required: optBoolean(op, o, "required") ?? false,
        allowEmpty: optBoolean(op, o, "allow_empty") ?? true,
        ...lengthRules(op, o),
    };
    const trim = optBoolean(op, o, "trim") ?? false;
    requireTty(op);
    const hint = def !== undefined ? ` (${def})` : placeholder !== undefined ? ` (e.g. ${placeholder})` : "";
    for (;;) {
        let answer = prompt(op, `? ${p}${hint} `, help);
        if (trim) answer = answer.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, "");
        if (answer === "" && def !== undefined) answer = def;
        const why = refusal(answer, rules);
        if (why === undefined) return answer;
        complain(why);
    }
}

/** The yes/no question, shared with the confirm and retry options of ptool.run. */
export function askYesNo(op: string, text: string, def: boolean | undefined, help?: string): boolean {
    requireTty(op);
    const hint = def === true ? "(Y/n)" : def === false ? "(y/N)" : "(y/n)";
    for (;;) {
        const answer = prompt(op, `? ${text} ${hint} `, help).trim().toLowerCase();
        if (answer === "" && def !== undefined) return def;
        if (answer === "y" || answer === "yes") return true;
        if (answer === "n" || answer === "no") return false;
        complain("please answer y or n");
    }
}

function confirm(text: unknown, options: unknown): unknown {
    const op = "ptool.ask.confirm";
    const p = stringArg(op, "prompt", text);
    const o = optionsTable(op, options, ["default", "help"], true);
    return askYesNo(op, p, optBoolean(op, o, "default"), optString(op, o, "help"));
}

interface Item {
    label: string;
    value: string;
}

function itemsArg(op: string, items: unknown): Item[] {
    if (!(items instanceof LuaTable)) return invalidArgument(op, `items must be a table, got ${luaType(items)}`);
    const n = items.length();
    const out: Item[] = [];
    for (let i = 1; i <= n; i++) {
        const it = items.getInt(i);
        if (typeof it === "string") out.push({ label: it, value: it });
        else if (it instanceof LuaTable) {
            const t = optionsTable(op, it, ["label", "value"], false)!;
            const label = optString(op, t, "label", `items[${i}].label`);
            const value = optString(op, t, "value", `items[${i}].value`);
            if (label === undefined && value === undefined) return invalidArgument(op, `items[${i}] needs a label or a value`);
            out.push({ label: label ?? value!, value: value ?? label! });
        } else return invalidArgument(op, `items[${i}] must be a string or a table, got ${describe(it)}`);
    }
    let count = 0;
    for (let e = items.next(undefined); e !== undefined; e = items.next(e[0])) count++;
    if (count !== n) return invalidArgument(op, "items must be a sequence (keys 1..n)");
    if (n === 0) return invalidArgument(op, "items must not be empty");
    return out;
}

function showItems(items: Item[], marked?: Set<number>): void {
    const width = String(items.length).length;
    items.forEach((it, i) => {
        const mark = marked === undefined ? "" : marked.has(i + 1) ? "[x] " : "[ ] ";
        writeStderr(`  ${String(i + 1).padStart(width)}) ${mark}${it.label}\n`);
    });
}

/** A 1-based index given as a number or as an item's label. */
function pick(items: Item[], word: string): number | undefined {
    if (/^\d+$/.test(word)) {
        const n = Number(word);
        return n >= 1 && n <= items.length ? n : undefined;
    }
    const i = items.findIndex((it) => it.label === word);
    return i < 0 ? undefined : i + 1;
}

function select(text: unknown, items: unknown, options: unknown): unknown {
    const op = "ptool.ask.select";
    const p = stringArg(op, "prompt", text);
    const list = itemsArg(op, items);
    const o = optionsTable(op, options, ["help", "page_size", "default_index"], true);
    const help = optString(op, o, "help");
    optCount(op, o, "page_size", 1);
    const def = optCount(op, o, "default_index", 1);
    if (def !== undefined && def > list.length) invalidArgument(op, `default_index must be between 1 and ${list.length}, got ${def}`);
    requireTty(op);
    for (;;) {
        if (help !== undefined) writeStderr(`  ${help}\n`);
        writeStderr(`? ${p}\n`);
        showItems(list);
        const answer = prompt(op, `  choice (1-${list.length}${def !== undefined ? `, default ${def}` : ""}): `, undefined).trim();
        const n = answer === "" ? def : pick(list, answer);
        if (n !== undefined) return list[n - 1]!.value;
        complain(`enter a number between 1 and ${list.length}`);
    }
}

function indexList(op: string, v: unknown, n: number): Set<number> {
    const out = new Set<number>();
    if (v === undefined) return out;
    if (!(v instanceof LuaTable)) return invalidArgument(op, `default_indexes must be a table, got ${luaType(v)}`);
    for (let i = 1; i <= v.length(); i++) {
        const x = v.getInt(i);
        if (typeof x !== "number" || !Number.isInteger(x) || x < 1 || x > n)
            return invalidArgument(op, `default_indexes[${i}] must be an integer between 1 and ${n}, got ${describe(x)}`);
        out.add(x);
    }
    return out;
}

function multiselect(text: unknown, items: unknown, options: unknown): unknown {
    const op = "ptool.ask.multiselect";
    const p = stringArg(op, "prompt", text);
    const list = itemsArg(op, items);
    const o = optionsTable(op, options, ["help", "page_size", "default_indexes", "min_selected", "max_selected"], true);
    const help = optString(op, o, "help");
    optCount(op, o, "page_size", 1);
    const defs = indexList(op, o?.getStr("default_indexes"), list.length);
    const min = optCount(op, o, "min_selected");
    const max = optCount(op, o, "max_selected");
    if (min !== undefined && max !== undefined && min > max) invalidArgument(op, "min_selected must not be greater than max_selected");
    requireTty(op);
    for (;;) {
        if (help !== undefined) writeStderr(`  ${help}\n`);
        writeStderr(`? ${p}\n`);
        showItems(list, defs);
        const answer = prompt(op, `  choices (numbers separated by spaces or commas, '-' for none, Enter keeps [x]): `, undefined).trim();
        let chosen: Set<number> | undefined = new Set<number>();
        if (answer === "") chosen = defs;
        else if (answer !== "-") {
            for (const w of answer.split(/[\s,]+/)) {
                const n = pick(list, w);
                if (n === undefined) {
                    chosen = undefined;
                    break;
                }
                chosen.add(n);
            }
        }
        if (chosen === undefined) complain(`enter numbers between 1 and ${list.length}`);
        else if (min !== undefined && chosen.size < min) complain(`select at least ${min}`);
        else if (max !== undefined && chosen.size > max) complain(`select at most ${max}`);
        else {
            const t = new LuaTable();
            [...chosen].sort((a, b) => a - b).forEach((n, i) => t.setInt(i + 1, list[n - 1]!.value));
            return t;
        }
    }
}

const SECRET_OPTIONS = [
    "help",
    "required",
    "allow_empty",
    "confirm",
    "confirm_prompt",
    "mismatch_message",
    "display_toggle",
    "min_length",
    "max_length",
    "pattern",
];

function secret(text: unknown, options: unknown): unknown {
    const op = "ptool.ask.secret";
    const p = stringArg(op, "prompt", text);
    const o = optionsTable(op, options, SECRET_OPTIONS, true);
    const help = optString(op, o, "help");
    const rules: TextRules = {
        required: optBoolean(op, o, "required") ?? false,
        allowEmpty: optBoolean(op, o, "allow_empty") ?? false,
        ...lengthRules(op, o),
    };
    const twice = optBoolean(op, o, "confirm") ?? false;
    const confirmPrompt = optString(op, o, "confirm_prompt") ?? `Confirm ${p}`;
    const mismatch = optString(op, o, "mismatch_message") ?? "The answers do not match.";
    optBoolean(op, o, "display_toggle");
    requireTty(op);
    for (;;) {
        const answer = prompt(op, `? ${p} `, help, true);
        const why = refusal(answer, rules);
        if (why !== undefined) {
            complain(why);
            continue;
        }
        if (!twice || prompt(op, `? ${confirmPrompt} `, undefined, true) === answer) return answer;
        complain(mismatch);
    }
}

/** `ptool.ask` is a table with __call (the text prompt) and the other prompts as fields. */
export function openAsk(): LuaTable {
    const t = new LuaTable();
    const fns: Record<string, LuaFunction> = { confirm, select, multiselect, secret };
    for (const [name, f] of Object.entries(fns)) t.setStr(name, f);
    const mt = new LuaTable();
    mt.setStr("__call", ((_self: unknown, text: unknown, options: unknown) => ask(text, options)) as LuaFunction);
    t.metatable = mt;
    return t;
}
