// The core ptool API (spec: ptool-core.md): version, use, unindent, inspect, script_path, try.
// Everything here is pure computation; process, prompt and file system helpers live elsewhere.
import { LuaTable } from "../value/table.js";
import { LuaFloat } from "../value/number.js";
import { numberToString } from "../value/number-string.js";
import { ExitRequest, toLuaError } from "../value/errors.js";
import { markBoundary } from "../value/callstack.js";
import { getMetatable, tostring } from "../value/metatable.js";
import { luaType, type LuaFunction } from "../value/types.js";
import { PtoolError, invalidArgument, raise } from "./errors.js";

/** The ptool version this runtime implements (package.json "version"; a test checks they agree). */
export const PTOOL_VERSION = "0.1.0";

// ---------------------------------------------------------------------------
// ptool.version, ptool.script_path

function version(): unknown {
    return PTOOL_VERSION;
}

let scriptPath: string | undefined;

/** Set once by the CLI when it starts a script: the absolute, normalised path as a byte string. */
export function setScriptPath(path: string | undefined): void {
    scriptPath = path;
}

function script_path(): unknown {
    return scriptPath;
}

// ---------------------------------------------------------------------------
// ptool.use: plain versions (minimum) and Cargo-style requirements

interface Version {
    major: number;
    minor: number;
    patch: number;
    pre: string[];
}

const NUM = "(?:0|[1-9]\\d*)";
const IDENTS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
const PLAIN_VERSION = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${IDENTS}))?(?:\\+${IDENTS})?$`);
const PART = `(\\*|x|X|${NUM})`;
const COMPARATOR = new RegExp(`^(=|>=|<=|>|<|~|\\^)?\\s*v?${PART}(?:\\.${PART}(?:\\.${PART}(?:-(${IDENTS}))?(?:\\+${IDENTS})?)?)?$`);

function parseVersion(s: string): Version | undefined {
    const m = PLAIN_VERSION.exec(s);
    if (m === null) return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] === undefined ? [] : m[4].split(".") };
}

function comparePre(a: string[], b: string[]): number {
    if (a.length === 0 || b.length === 0) return b.length - a.length; // no pre-release is greater
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i]!,
            y = b[i]!;
        const xn = /^\d+$/.test(x),
            yn = /^\d+$/.test(y);
        if (xn && yn) {
            const d = Number(x) - Number(y);
            if (d !== 0) return Math.sign(d);
        } else if (xn !== yn) {
            return xn ? -1 : 1;
        } else if (x !== y) {
            return x < y ? -1 : 1;
        }
    }
    return Math.sign(a.length - b.length);
}

function compareVersions(a: Version, b: Version): number {
    return Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch) || comparePre(a.pre, b.pre);
}

const v = (major: number, minor: number, patch: number, pre: string[] = []): Version => ({ major, minor, patch, pre });

/** A comparator as a half-open range: lo (inclusive unless loOpen) to hi (exclusive unless hiClosed). */
interface Range {
    lo?: Version;
    loOpen?: boolean;
    hi?: Version;
    hiClosed?: boolean;
    /** The full version the comparator names when it names one with a pre-release. */
    preOf?: Version;
}

function parseComparator(text: string): Range | undefined {
    const m = COMPARATOR.exec(text);
    if (m === null) return undefined;
    let op = m[1] ?? "^";
    const parts: (number | undefined)[] = [];
    let wildcard = false;
    for (const p of [m[2], m[3], m[4]]) {
        if (p === undefined) break;
        if (p === "*" || p === "x" || p === "X") wildcard = true;
        else if (wildcard)
            return undefined; // "1.*.3"
        else parts.push(Number(p));
    }
    const pre = m[5] === undefined ? [] : m[5].split(".");
    if (wildcard) {
        if (m[1] !== undefined && m[1] !== "=") return undefined;
        op = "=";
    }
    const [I, J, K] = parts;
    if (I === undefined) return {}; // "*"
    const full = J !== undefined && K !== undefined ? v(I, J, K, pre) : undefined;
    const preOf = full !== undefined && pre.length > 0 ? full : undefined;
    // the versions just above the named major or minor
    const nextMajor = v(I + 1, 0, 0);
    const nextMinor = J === undefined ? nextMajor : v(I, J + 1, 0);
    const floor = v(I, J ?? 0, K ?? 0, pre);
    switch (op) {
        case "=":
            return full !== undefined ? { lo: full, hi: full, hiClosed: true, preOf } : { lo: floor, hi: nextMinor };
        case ">":
            return full !== undefined ? { lo: full, loOpen: true, preOf } : { lo: nextMinor };
        case ">=":
            return { lo: floor, preOf };
        case "<":
            return { hi: floor, preOf };
        case "<=":
            return full !== undefined ? { hi: full, hiClosed: true, preOf } : { hi: nextMinor };
        case "~":
            return { lo: floor, hi: nextMinor, preOf };
        default: {
            // caret: changes that do not modify the left-most non-zero component
            if (J === undefined) return { lo: floor, hi: nextMajor };
            if (I > 0) return { lo: floor, hi: nextMajor, preOf };
            if (K === undefined || J > 0) return { lo: floor, hi: v(0, J + 1, 0), preOf };
            return { lo: floor, hi: v(0, 0, K + 1), preOf };
        }
    }
}

function inRange(ver: Version, r: Range): boolean {
    if (r.lo !== undefined) {
        const c = compareVersions(ver, r.lo);
        if (c < 0 || (c === 0 && r.loOpen)) return false;
    }
    if (r.hi !== undefined) {
        const c = compareVersions(ver, r.hi);
        if (c > 0 || (c === 0 && !r.hiClosed)) return false;
    }
    return true;
}

/** Whether `ver` satisfies every comparator (a pre-release only matches a comparator naming one of its x.y.z). */
function satisfies(ver: Version, ranges: Range[]): boolean {
    if (!ranges.every((r) => inRange(ver, r))) return false;
    if (ver.pre.length === 0) return true;
    return ranges.some(
        (r) => r.preOf !== undefined && r.preOf.major === ver.major && r.preOf.minor === ver.minor && r.preOf.patch === ver.patch,
    );
}

function use(requirement: unknown): unknown {
    const op = "ptool.use";
    if (typeof requirement !== "string") return invalidArgument(op, `version must be a string, got ${luaType(requirement)}`);
    const text = requirement.trim();
    const current = parseVersion(PTOOL_VERSION)!;
    const plain = parseVersion(text);
    if (plain !== undefined) {
        if (compareVersions(current, plain) < 0) {
            raise({
                kind: "unsupported_version",
                op,
                input: requirement,
                message: `${op}: this script requires ptool >= ${text.replace(/^v/, "")}, but the current version is ${PTOOL_VERSION}`,
            });
        }
        return [];
    }
    const ranges: Range[] = [];
    for (const part of text.split(",")) {
        const r = parseComparator(part.trim());
        if (r === undefined) return invalidArgument(op, `invalid version requirement "${requirement}"`, { input: requirement });
        ranges.push(r);
    }
    if (!satisfies(current, ranges)) {
        raise({
            kind: "unsupported_version",
            op,
            input: requirement,
            message: `${op}: this script requires ptool "${text}", but the current version is ${PTOOL_VERSION}`,
        });
    }
    return [];
}

// ---------------------------------------------------------------------------
// ptool.unindent

function isBlank(line: string): boolean {
    return /^[ \t\r\f\v]*$/.test(line);
}

function unindent(s: unknown): unknown {
    if (typeof s !== "string") return invalidArgument("ptool.unindent", `input must be a string, got ${luaType(s)}`);
    const lines = s.split("\n");
    let first = 0;
    let last = lines.length;
    while (first < last && isBlank(lines[first]!)) first++;
    while (last > first && isBlank(lines[last - 1]!)) last--;
    return lines
        .slice(first, last)
        .map((line) => {
            const m = /^[ \t]*\|( |$)/.exec(line);
            return m === null ? line : line.slice(m[0].length);
        })
        .join("\n");
}

// ---------------------------------------------------------------------------
// ptool.inspect

const KEYWORDS = new Set([
    "and",
    "break",
    "do",
    "else",
    "elseif",
    "end",
    "false",
    "for",
    "function",
    "goto",
    "if",
    "in",
    "local",
    "nil",
    "not",
    "or",
    "repeat",
    "return",
    "then",
    "true",
    "until",
    "while",
]);

interface InspectOptions {
    indent: string;
    multiline: boolean;
    maxDepth: number;
}

/** A string as a Lua double-quoted literal (bytes >= 0x80 are kept as they are). */
function quoteLua(s: string): string {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        switch (c) {
            case 0x22:
                out += '\\"';
                break;
            case 0x5c:
                out += "\\\\";
                break;
            case 0x0a:
                out += "\\n";
                break;
            case 0x0d:
                out += "\\r";
                break;
            case 0x09:
                out += "\\t";
                break;
            default:
                out += c < 0x20 || c === 0x7f ? "\\" + String(c).padStart(3, "0") : s[i];
        }
    }
    return out + '"';
}

function keyRank(k: unknown): number {
    if (typeof k === "number" || typeof k === "bigint" || k instanceof LuaFloat) return 0;
    if (typeof k === "string") return 1;
    if (typeof k === "boolean") return 2;
    return 3;
}

/** Stable key order: numbers ascending, then strings (bytewise), then false, true, then the rest in traversal order. */
function compareKeys(a: unknown, b: unknown): number {
    const ra = keyRank(a),
        rb = keyRank(b);
    if (ra !== rb) return ra - rb;
    if (ra === 0) {
        const x = a instanceof LuaFloat ? a.n : (a as number | bigint);
        const y = b instanceof LuaFloat ? b.n : (b as number | bigint);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (ra === 1) return (a as string) < (b as string) ? -1 : a === b ? 0 : 1;
    if (ra === 2) return Number(a) - Number(b);
    return 0;
}

function render(value: unknown, depth: number, opts: InspectOptions, ancestors: Set<LuaTable>): string {
    switch (typeof value) {
        case "undefined":
            return "nil";
        case "boolean":
            return value ? "true" : "false";
        case "number":
        case "bigint":
            return numberToString(value);
        case "string":
            return quoteLua(value);
        case "function":
            return "<function>";
        default:
            break;
    }
    if (value instanceof LuaFloat) return numberToString(value);
    if (!(value instanceof LuaTable)) return `<${luaType(value)}>`;
    if (ancestors.has(value)) return "<cycle>";
    if (depth >= opts.maxDepth) return "<max-depth>";
    ancestors.add(value);
    const items: string[] = [];
    let n = 0;
    for (let x = value.getInt(1); x !== undefined; x = value.getInt(n + 1)) {
        items.push(render(x, depth + 1, opts, ancestors));
        n++;
    }
    const rest: [unknown, unknown][] = [];
    for (let e = value.next(undefined); e !== undefined; e = value.next(e[0])) {
        const k = e[0];
        if (typeof k === "number" && Number.isInteger(k) && k >= 1 && k <= n) continue;
        rest.push([k, e[1]]);
    }
    rest.sort((a, b) => compareKeys(a[0], b[0]));
    for (const [k, x] of rest) {
        const key =
            typeof k === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) && !KEYWORDS.has(k)
                ? k
                : `[${render(k, depth + 1, opts, ancestors)}]`;
        items.push(`${key} = ${render(x, depth + 1, opts, ancestors)}`);
    }
    ancestors.delete(value);
    if (items.length === 0) return "{}";
    if (!opts.multiline) return `{ ${items.join(", ")} }`;
    const inner = "\n" + opts.indent.repeat(depth + 1);
    return `{${inner}${items.join("," + inner)}\n${opts.indent.repeat(depth)}}`;
}

function inspect(value: unknown, options: unknown): unknown {
    const op = "ptool.inspect";
    const opts: InspectOptions = { indent: "  ", multiline: true, maxDepth: Infinity };
    if (options !== undefined) {
        if (!(options instanceof LuaTable)) return invalidArgument(op, `options must be a table, got ${luaType(options)}`);
        const indent = options.getStr("indent");
        if (indent !== undefined) {
            if (typeof indent !== "string") return invalidArgument(op, `options.indent must be a string, got ${luaType(indent)}`);
            opts.indent = indent;
        }
        const multiline = options.getStr("multiline");
        if (multiline !== undefined) {
            if (typeof multiline !== "boolean")
                return invalidArgument(op, `options.multiline must be a boolean, got ${luaType(multiline)}`);
            opts.multiline = multiline;
        }
        const maxDepth = options.getStr("max_depth");
        if (maxDepth !== undefined) {
            const ok = (typeof maxDepth === "number" && Number.isInteger(maxDepth)) || typeof maxDepth === "bigint";
            if (!ok || maxDepth < 0)
                return invalidArgument(
                    op,
                    `options.max_depth must be a non-negative integer, got ${ok ? tostring(maxDepth) : luaType(maxDepth)}`,
                );
            opts.maxDepth = Number(maxDepth);
        }
    }
    return render(value, 0, opts, new Set());
}

// ---------------------------------------------------------------------------
// ptool.try

function errorText(value: unknown): string {
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "bigint" || value instanceof LuaFloat) return tostring(value);
    const mt = getMetatable(value);
    if (mt !== null && mt.getStr("__tostring") !== undefined) return tostring(value);
    return `(error object is a ${luaType(value)} value)`;
}

function errorTable(e: unknown): LuaTable {
    const t = new LuaTable();
    if (e instanceof PtoolError) {
        for (const [k, x] of Object.entries(e.fields)) if (x !== undefined) t.setStr(k, x);
    } else {
        t.setStr("kind", "lua_error");
        t.setStr("message", errorText(toLuaError(e).value));
    }
    if (t.getStr("retryable") === undefined) t.setStr("retryable", false);
    return t;
}

// Named so that error levels and positions treat it as a boundary, like pcall.
function ptoolTry(fn: unknown): unknown {
    if (typeof fn !== "function") return invalidArgument("ptool.try", `fn must be a function, got ${luaType(fn)}`);
    let r: unknown;
    try {
        r = (fn as LuaFunction)();
    } catch (e) {
        if (toLuaError(e).value instanceof ExitRequest) throw e;
        return [false, undefined, errorTable(e)];
    }
    let value: unknown = r;
    if (Array.isArray(r)) {
        if (r.length <= 1) value = r[0];
        else {
            const t = new LuaTable();
            r.forEach((x, i) => t.setInt(i + 1, x));
            value = t;
        }
    }
    return [true, value, undefined];
}

export function openCore(t: LuaTable): void {
    markBoundary("ptoolTry");
    const fns: Record<string, LuaFunction> = { version, use, unindent, inspect, script_path, try: ptoolTry };
    for (const [name, f] of Object.entries(fns)) t.setStr(name, f);
}
