// ptool.json (spec: ptool-json.md): parse, stringify, get, set.
//
// Text goes through an intermediate JSON tree (JValue) so that get/set can work on JSON
// without converting everything to Lua. Lua strings are byte strings holding UTF-8; the
// tree keeps strings as byte strings too, so UTF-8 is validated but never re-encoded.
// The parser reports errors the way serde_json does ("expected value at line 1 column 1").
import { LuaTable } from "../value/table.js";
import { LuaFloat, MAXINTEGER, MININTEGER, mkfloat, tointeger } from "../value/number.js";
import { luaType, type LuaFunction } from "../value/types.js";
import { invalidArgument } from "./errors.js";

// ---------------------------------------------------------------------------
// The JSON tree

/** A JSON number: integers (within i64 or u64) exactly, other numbers as doubles. */
export class JNum {
    constructor(
        readonly value: number | bigint,
        readonly isInt: boolean,
    ) {}
}
export type JValue = null | boolean | JNum | string | JValue[] | JObject;
/** Objects keep their keys in input order. */
export type JObject = Map<string, JValue>;

const U64MAX = 0xffffffffffffffffn;

// ---------------------------------------------------------------------------
// UTF-8 validation of byte strings

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function isAscii(s: string): boolean {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
    return true;
}

export function isValidUtf8(s: string): boolean {
    if (isAscii(s)) return true;
    try {
        utf8Decoder.decode(Buffer.from(s, "latin1"));
        return true;
    } catch {
        return false;
    }
}

/** UTF-8 bytes (as a byte string) of a code point. */
function utf8Bytes(cp: number): string {
    if (cp < 0x80) return String.fromCharCode(cp);
    if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

// ---------------------------------------------------------------------------
// Parser

/** A syntax error: serde_json's description and the position it reports. */
export class JsonSyntaxError {
    constructor(
        readonly description: string,
        readonly line: number,
        readonly column: number,
    ) {}
    get message(): string {
        return `${this.description} at line ${this.line} column ${this.column}`;
    }
}

const MAX_DEPTH = 128;

class Parser {
    pos = 0;
    depth = MAX_DEPTH;
    constructor(readonly s: string) {}

    /** Error at the position after the consumed input (serde_json's `error`). */
    fail(description: string): never {
        throw this.errorAt(this.pos, description);
    }

    /** Error at the next, peeked character (serde_json's `peek_error`). */
    failPeek(description: string): never {
        throw this.errorAt(Math.min(this.pos + 1, this.s.length), description);
    }

    private errorAt(index: number, description: string): JsonSyntaxError {
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < index; i++) {
            if (this.s.charCodeAt(i) === 10) {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonSyntaxError(description, line, index - lineStart);
    }

    /** Skips whitespace; returns the next char code, or -1 at the end. */
    skipWs(): number {
        const s = this.s;
        while (this.pos < s.length) {
            const c = s.charCodeAt(this.pos);
            if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return c;
            this.pos++;
        }
        return -1;
    }

    parseDocument(): JValue {
        const v = this.parseValue();
        if (this.skipWs() !== -1) this.failPeek("trailing characters");
        return v;
    }

    parseValue(): JValue {
        const c = this.skipWs();
        switch (c) {
            case -1:
                return this.failPeek("EOF while parsing a value");
            case 0x6e: // n
                this.pos++;
                this.ident("ull");
                return null;
            case 0x74: // t
                this.pos++;
                this.ident("rue");
                return true;
            case 0x66: // f
                this.pos++;
                this.ident("alse");
                return false;
            case 0x22: // "
                this.pos++;
                return this.parseString();
            case 0x5b: // [
                return this.parseArray();
            case 0x7b: // {
                return this.parseObject();
            default:
                if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.parseNumber();
                return this.failPeek("expected value");
        }
    }

    private ident(rest: string): void {
        for (let i = 0; i < rest.length; i++) {
            if (this.pos >= this.s.length) this.fail("EOF while parsing a value");
            const c = this.s.charCodeAt(this.pos++);
            if (c !== rest.charCodeAt(i)) this.fail("expected ident");
        }
    }

    private digitAt(i: number): boolean {
        const c = this.s.charCodeAt(i);
        return c >= 0x30 && c <= 0x39;
    }

    private parseNumber(): JNum {
        const s = this.s;
        const start = this.pos;
        let negative = false;
        if (s.charCodeAt(this.pos) === 0x2d) {
            negative = true;
            this.pos++;
        }
        if (this.pos >= s.length) this.fail("EOF while parsing a value");
        const first = s.charCodeAt(this.pos++);
        if (first === 0x30) {
            if (this.digitAt(this.pos)) this.failPeek("invalid number");
        } else if (first >= 0x31 && first <= 0x39) {
            while (this.digitAt(this.pos)) this.pos++;
        } else {
            this.fail("invalid number");
        }
        let isFloat = false;
        if (s.charCodeAt(this.pos) === 0x2e) {
            isFloat = true;
            this.pos++;
            if (!this.digitAt(this.pos)) {
                if (this.pos >= s.length) this.failPeek("EOF while parsing a value");
                this.failPeek("invalid number");
            }
            while (this.digitAt(this.pos)) this.pos++;
        }
        const e = s.charCodeAt(this.pos);
        if (e === 0x65 || e === 0x45) {
            isFloat = true;
            this.pos++;
            const sign = s.charCodeAt(this.pos);
            if (sign === 0x2b || sign === 0x2d) this.pos++;
            if (this.pos >= s.length) this.fail("EOF while parsing a value");
            if (!this.digitAt(this.pos)) {
                this.pos++;
                this.fail("invalid number");
            }
            while (this.digitAt(this.pos)) this.pos++;
        }
        const text = s.slice(start, this.pos);
        if (!isFloat) {
            const b = BigInt(text);
            // serde_json: "-0" is the float -0.0; integers past u64 (or below i64) are floats
            if (negative && b === 0n) return new JNum(-0, false);
            if (b >= MININTEGER && b <= U64MAX) return new JNum(b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b, true);
        }
        const x = Number(text);
        if (!Number.isFinite(x)) this.fail("number out of range");
        return new JNum(x, false);
    }

    private parseString(): string {
        const s = this.s;
        let out = "";
        let runStart = this.pos;
        let hasHigh = false;
        for (;;) {
            if (this.pos >= s.length) this.fail("EOF while parsing a string");
            const c = s.charCodeAt(this.pos);
            if (c === 0x22) {
                out += s.slice(runStart, this.pos);
                this.pos++;
                break;
            }
            if (c === 0x5c) {
                out += s.slice(runStart, this.pos);
                this.pos++;
                out += this.parseEscape();
                runStart = this.pos;
                continue;
            }
            if (c < 0x20) {
                this.pos++;
                this.fail("control character (\\u0000-\\u001F) found while parsing a string");
            }
            if (c >= 0x80) hasHigh = true;
            this.pos++;
        }
        if (hasHigh && !isValidUtf8(out)) this.fail("invalid unicode code point");
        return out;
    }

    private parseEscape(): string {
        const s = this.s;
        if (this.pos >= s.length) this.fail("EOF while parsing a string");
        const c = s.charCodeAt(this.pos++);
        switch (c) {
            case 0x22:
                return '"';
            case 0x5c:
                return "\\";
            case 0x2f:
                return "/";
            case 0x62:
                return "\b";
            case 0x66:
                return "\f";
            case 0x6e:
                return "\n";
            case 0x72:
                return "\r";
            case 0x74:
                return "\t";
            case 0x75: {
                const hi = this.hex4();
                if (hi >= 0xdc00 && hi <= 0xdfff) this.fail("lone leading surrogate in hex escape");
                if (hi < 0xd800 || hi > 0xdbff) return utf8Bytes(hi);
                if (this.pos >= s.length) this.fail("EOF while parsing a string");
                if (s.charCodeAt(this.pos) !== 0x5c) {
                    this.pos++;
                    this.fail("unexpected end of hex escape");
                }
                this.pos++;
                if (this.pos >= s.length) this.fail("EOF while parsing a string");
                if (s.charCodeAt(this.pos) !== 0x75) {
                    this.pos++;
                    this.fail("unexpected end of hex escape");
                }
                this.pos++;
                const lo = this.hex4();
                if (lo < 0xdc00 || lo > 0xdfff) this.fail("lone leading surrogate in hex escape");
                return utf8Bytes(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00));
            }
            default:
                return this.fail("invalid escape");
        }
    }

    private hex4(): number {
        let n = 0;
        for (let i = 0; i < 4; i++) {
            if (this.pos >= this.s.length) this.fail("EOF while parsing a string");
            const c = this.s.charCodeAt(this.pos++);
            let d: number;
            if (c >= 0x30 && c <= 0x39) d = c - 0x30;
            else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
            else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
            else return this.fail("invalid escape");
            n = n * 16 + d;
        }
        return n;
    }

    private enter(): void {
        this.pos++; // the opening bracket
        if (--this.depth === 0) this.fail("recursion limit exceeded");
    }

    private parseArray(): JValue[] {
        this.enter();
        const out: JValue[] = [];
        let c = this.skipWs();
        if (c === -1) this.failPeek("EOF while parsing a list");
        if (c !== 0x5d) {
            for (;;) {
                out.push(this.parseValue());
                c = this.skipWs();
                if (c === 0x5d) break;
                if (c === -1) this.failPeek("EOF while parsing a list");
                if (c !== 0x2c) this.failPeek("expected `,` or `]`");
                this.pos++;
                c = this.skipWs();
                if (c === 0x5d) this.failPeek("trailing comma");
                if (c === -1) this.failPeek("EOF while parsing a value");
            }
        }
        this.pos++;
        this.depth++;
        return out;
    }

    private parseObject(): JObject {
        this.enter();
        const out: JObject = new Map();
        let c = this.skipWs();
        if (c === -1) this.failPeek("EOF while parsing an object");
        let first = true;
        while (c !== 0x7d) {
            if (!first) {
                if (c !== 0x2c) this.failPeek("expected `,` or `}`");
                this.pos++;
                c = this.skipWs();
                if (c === 0x7d) this.failPeek("trailing comma");
                if (c === -1) this.failPeek("EOF while parsing a value");
            }
            first = false;
            if (c !== 0x22) this.failPeek("key must be a string");
            this.pos++;
            const key = this.parseString();
            c = this.skipWs();
            if (c === -1) this.failPeek("EOF while parsing an object");
            if (c !== 0x3a) this.failPeek("expected `:`");
            this.pos++;
            out.set(key, this.parseValue());
            c = this.skipWs();
            if (c === -1) this.failPeek("EOF while parsing an object");
        }
        this.pos++;
        this.depth++;
        return out;
    }
}

/** Parses JSON text (a byte string); throws JsonSyntaxError. */
export function parseJson(text: string): JValue {
    return new Parser(text).parseDocument();
}

/** Parses, raising a ptool error of API `op` on a syntax error. */
function parseFor(op: string, text: string): JValue {
    try {
        return parseJson(text);
    } catch (e) {
        if (e instanceof JsonSyntaxError) {
            return invalidArgument(op, `invalid JSON: ${e.message}`, { input: text });
        }
        throw e;
    }
}

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
