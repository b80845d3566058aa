// JSON text for ptool.json (spec: ptool-json.md): the JSON tree (JValue), UTF-8 validation of
// byte strings, and a parser that reports errors the way serde_json does
// ("expected value at line 1 column 1").
import { invalidArgument } from "./errors.js";
import { MININTEGER } from "../value/number.js";

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
export function parseFor(op: string, text: string): JValue {
    try {
        return parseJson(text);
    } catch (e) {
        if (e instanceof JsonSyntaxError) {
            return invalidArgument(op, `invalid JSON: ${e.message}`, { input: text });
        }
        throw e;
    }
}
