// ptool.json (spec: ptool-json.md): parse, stringify, get, set.
//
// Text goes through an intermediate JSON tree (JValue) so that get/set can work on JSON
// without converting everything to Lua. Lua strings are byte strings holding UTF-8; the
// tree keeps strings as byte strings too, so UTF-8 is validated but never re-encoded.
// The tree and the parser are in json-parse.ts.
import { LuaTable } from "../value/table.js";
import { LuaFloat, MAXINTEGER, mkfloat, tointeger } from "../value/number.js";
import { luaType, type LuaFunction } from "../value/types.js";
import { invalidArgument } from "./errors.js";
import { JNum, isValidUtf8, parseFor, type JValue, type JObject } from "./json-parse.js";

// ---------------------------------------------------------------------------
// JSON tree -> Lua

export function jsonToLua(v: JValue): unknown {
    if (v === null) return undefined;
    if (typeof v === "boolean" || typeof v === "string") return v;
    if (v instanceof JNum) {
        const n = v.value;
        if (!v.isInt) return mkfloat(n as number);
        if (typeof n === "bigint" && n > MAXINTEGER) return mkfloat(Number(n)); // u64 only
        return n;
    }
    const t = new LuaTable();
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            const x = jsonToLua(v[i]!);
            if (x !== undefined) t.setInt(i + 1, x);
        }
    } else {
        for (const [k, x] of v) {
            const lx = jsonToLua(x);
            if (lx !== undefined) t.setStr(k, lx);
        }
    }
    return t;
}

// ---------------------------------------------------------------------------
// Lua -> JSON tree (mlua's serde rules, see docs/ptool.md)

export function luaToJson(v: unknown, op: string, visiting: Set<LuaTable> = new Set()): JValue {
    switch (typeof v) {
        case "undefined":
            return null;
        case "boolean":
            return v;
        case "number":
            return new JNum(v, Number.isInteger(v));
        case "bigint":
            return new JNum(v, true);
        case "string":
            if (!isValidUtf8(v)) invalidArgument(op, "cannot serialize a string that is not valid UTF-8");
            return v;
        default:
            break;
    }
    if (v instanceof LuaFloat) return new JNum(v.n, false);
    if (!(v instanceof LuaTable)) return invalidArgument(op, `cannot serialize a ${luaType(v)} value`);
    if (visiting.has(v)) return invalidArgument(op, "cannot serialize a recursive table");
    visiting.add(v);
    let out: JValue;
    const n = v.length();
    if (n > 0) {
        const arr: JValue[] = [];
        for (let i = 1; i <= n; i++) arr.push(luaToJson(v.getInt(i), op, visiting));
        out = arr;
    } else {
        const obj: JObject = new Map();
        for (let e = v.next(undefined); e !== undefined; e = v.next(e[0])) {
            obj.set(jsonKey(e[0], op), luaToJson(e[1], op, visiting));
        }
        out = obj;
    }
    visiting.delete(v);
    return out;
}

function jsonKey(k: unknown, op: string): string {
    if (typeof k === "string") {
        if (!isValidUtf8(k)) invalidArgument(op, "cannot serialize a key that is not valid UTF-8");
        return k;
    }
    if (typeof k === "number" || typeof k === "bigint" || k instanceof LuaFloat) {
        const n = k instanceof LuaFloat ? k.n : k;
        return typeof n === "bigint" || (Number.isInteger(n) && !(k instanceof LuaFloat)) ? String(n) : formatFloat(n as number);
    }
    return invalidArgument(op, `cannot serialize a table with a ${luaType(k)} key (keys must be strings or numbers)`);
}

// ---------------------------------------------------------------------------
// JSON tree -> text

/** A double as serde_json writes it (shortest round-trip digits, ryu's layout). */
export function formatFloat(x: number): string {
    if (!Number.isFinite(x)) return "null";
    if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
    const sign = x < 0 ? "-" : "";
    const [mant, expText] = Math.abs(x).toExponential().split("e") as [string, string];
    const digits = mant.replace(".", "");
    const len = digits.length;
    const kk = Number(expText) + 1; // position of the decimal point relative to the digits
    const k = kk - len;
    let body: string;
    if (k >= 0 && kk <= 16) body = digits + "0".repeat(k) + ".0";
    else if (kk > 0 && kk <= 16) body = digits.slice(0, kk) + "." + digits.slice(kk);
    else if (kk > -5 && kk <= 0) body = "0." + "0".repeat(-kk) + digits;
    else if (len === 1) body = digits + "e" + (kk - 1);
    else body = digits[0] + "." + digits.slice(1) + "e" + (kk - 1);
    return sign + body;
}

function quote(s: string): string {
    let out = '"';
    let runStart = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
        out += s.slice(runStart, i);
        runStart = i + 1;
        switch (c) {
            case 0x22:
                out += '\\"';
                break;
            case 0x5c:
                out += "\\\\";
                break;
            case 0x08:
                out += "\\b";
                break;
            case 0x0c:
                out += "\\f";
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
                out += "\\u00" + c.toString(16).padStart(2, "0");
        }
    }
    return out + s.slice(runStart) + '"';
}

/** Serialises a tree: compact, or pretty with two-space indentation (serde_json's formats). */
export function writeJson(v: JValue, pretty: boolean, depth = 0): string {
    if (v === null) return "null";
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "string") return quote(v);
    if (v instanceof JNum) return v.isInt ? String(v.value) : formatFloat(v.value as number);
    const isArray = Array.isArray(v);
    const parts: string[] = [];
    if (isArray) for (const x of v) parts.push(writeJson(x, pretty, depth + 1));
    else for (const [k, x] of v) parts.push(quote(k) + (pretty ? ": " : ":") + writeJson(x, pretty, depth + 1));
    const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
    if (parts.length === 0) return open + close;
    if (!pretty) return open + parts.join(",") + close;
    const inner = "\n" + "  ".repeat(depth + 1);
    return open + inner + parts.join("," + inner) + "\n" + "  ".repeat(depth) + close;
}

// ---------------------------------------------------------------------------
// The API

type Segment = string | number | bigint;

function checkInput(op: string, input: unknown): string {
    if (typeof input !== "string") return invalidArgument(op, `input must be a string, got ${luaType(input)}`);
    return input;
}

function checkPath(op: string, path: unknown): Segment[] {
    if (!(path instanceof LuaTable)) return invalidArgument(op, `path must be a table, got ${luaType(path)}`);
    const n = path.length();
    if (n === 0) return invalidArgument(op, "path must be a non-empty array");
    const out: Segment[] = [];
    for (let i = 1; i <= n; i++) {
        const seg = path.getInt(i);
        if (typeof seg === "string") {
            out.push(seg);
            continue;
        }
        const int = typeof seg === "number" || typeof seg === "bigint" || seg instanceof LuaFloat ? tointeger(seg) : undefined;
        if (int === undefined) return invalidArgument(op, `path[${i}] must be a string or an integer, got ${describeSegment(seg)}`);
        out.push(int);
    }
    return out;
}

function describeSegment(v: unknown): string {
    return v instanceof LuaFloat || typeof v === "number" ? "a non-integer number" : luaType(v);
}

function showSegment(seg: Segment): string {
    return typeof seg === "string" ? JSON.stringify(seg) : String(seg);
}

function typeOfJson(v: JValue | undefined): string {
    if (v === undefined) return "nothing";
    if (v === null) return "null";
    if (Array.isArray(v)) return "an array";
    if (v instanceof Map) return "an object";
    if (v instanceof JNum) return "a number";
    return typeof v === "string" ? "a string" : "a boolean";
}

/** Array index (0-based) of a 1-based segment, or -1 when it is outside the array. */
function arrayIndex(arr: JValue[], seg: number | bigint): number {
    return typeof seg === "number" && seg >= 1 && seg <= arr.length ? seg - 1 : -1;
}

function parse(input: unknown): unknown {
    return jsonToLua(parseFor("ptool.json.parse", checkInput("ptool.json.parse", input)));
}

function stringify(value: unknown, options: unknown): unknown {
    const op = "ptool.json.stringify";
    let pretty = false;
    if (options !== undefined) {
        if (!(options instanceof LuaTable)) return invalidArgument(op, `options must be a table, got ${luaType(options)}`);
        const p = options.getStr("pretty");
        if (p !== undefined && typeof p !== "boolean") return invalidArgument(op, `options.pretty must be a boolean, got ${luaType(p)}`);
        pretty = p === true;
    }
    return writeJson(luaToJson(value, op), pretty);
}

function get(input: unknown, path: unknown): unknown {
    const op = "ptool.json.get";
    const text = checkInput(op, input);
    const segs = checkPath(op, path);
    let cur: JValue = parseFor(op, text);
    for (const seg of segs) {
        if (typeof seg === "string") {
            if (!(cur instanceof Map)) return undefined;
            const next: JValue | undefined = cur.get(seg);
            if (next === undefined) return undefined;
            cur = next;
        } else {
            if (!Array.isArray(cur)) return undefined;
            const i = arrayIndex(cur, seg);
            if (i < 0) return undefined;
            cur = cur[i]!;
        }
    }
    return jsonToLua(cur);
}

function set(input: unknown, path: unknown, value: unknown): unknown {
    const op = "ptool.json.set";
    const text = checkInput(op, input);
    const segs = checkPath(op, path);
    const newValue = luaToJson(value, op);
    const root = parseFor(op, text);
    let cur: JValue = root;
    for (let n = 0; n < segs.length; n++) {
        const seg = segs[n]!;
        const last = n === segs.length - 1;
        const where = `path[${n + 1}] (${showSegment(seg)})`;
        if (typeof seg === "string") {
            if (!(cur instanceof Map))
                return invalidArgument(op, `${where} selects an object key, but the value there is ${typeOfJson(cur)}`);
            if (last) {
                cur.set(seg, newValue);
                break;
            }
            let next: JValue | undefined = cur.get(seg);
            if (next === undefined) {
                if (typeof segs[n + 1] !== "string") {
                    return invalidArgument(op, `${where} does not exist, and arrays are not created (the next segment is an index)`);
                }
                next = new Map();
                cur.set(seg, next);
            }
            cur = next;
        } else {
            if (!Array.isArray(cur))
                return invalidArgument(op, `${where} selects an array element, but the value there is ${typeOfJson(cur)}`);
            const i = arrayIndex(cur, seg);
            if (i < 0)
                return invalidArgument(op, `${where} is out of range (the array has ${cur.length} elements; arrays are not expanded)`);
            if (last) {
                cur[i] = newValue;
                break;
            }
            cur = cur[i]!;
        }
    }
    return writeJson(root, false);
}

export function openJson(): LuaTable {
    const t = new LuaTable();
    const fns: Record<string, LuaFunction> = { parse, stringify, get, set };
    for (const [name, f] of Object.entries(fns)) t.setStr(name, f);
    return t;
}
