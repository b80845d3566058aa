// Lexer for the syntax checker (syntax-check.ts): Lua 5.4 tokens (manual §3.1) read the way lua5.4 does, with its line counting and "near" token texts.
import { withoutDigitSeparators } from "./literals.js";

/** A syntax error as lua5.4 words it; `bare` when lua reports it without "chunk:line:". */
export class SyntaxFailure {
    constructor(
        readonly line: number,
        readonly message: string,
        /** 0-based column on `line` of the token (or character) at fault, for code frames. */
        readonly column: number,
        readonly bare = false,
    ) {}
}

/** Lua 5.4's reserved words (manual §3.1). */
export const LUA_KEYWORDS: ReadonlySet<string> = new Set([
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

const EOZ = -1;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isAlnum = (c: number): boolean => isAlpha(c) || isDigit(c);
const isXDigit = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isNewline = (c: number): boolean => c === 10 || c === 13;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

const DECIMAL = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX = /^0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?$/;

/**
 * Tokens are strings: reserved words and symbols as written ("end", "..", "("), and
 * "<eof>", "<name>", "<string>", "<number>" for the rest (the name itself is in `value`).
 */
export function token2str(t: string): string {
    if (t.length === 1) {
        const c = t.charCodeAt(0);
        return c >= 32 && c < 127 ? `'${t}'` : `'<\\${c}>'`;
    }
    return t.length > 2 && t[0] === "<" ? t : `'${t}'`;
}

export class Lexer {
    /** Line the lexer is on: what lua reports errors at. */
    line = 1;
    /** Current token, and the name read for "<name>" tokens. */
    t = "";
    value = "";
    private pos = 0;
    private lineStart = 0;
    private tokenStart = 0;
    private c: number;
    private buf = "";
    private ahead: { t: string; value: string } | undefined;

    constructor(private readonly src: string) {
        this.c = src.length > 0 ? src.charCodeAt(0) : EOZ;
    }

    next(): void {
        if (this.ahead) {
            ({ t: this.t, value: this.value } = this.ahead);
            this.ahead = undefined;
        } else this.t = this.lex();
    }

    lookahead(): string {
        const cur = { t: this.t, value: this.value };
        const t = this.lex();
        this.ahead = { t, value: this.value };
        ({ t: this.t, value: this.value } = cur);
        return t;
    }

    /** How lua shows a token after "near". */
    txt(t: string): string {
        if (t === "<name>" || t === "<string>" || t === "<number>") {
            const nul = this.buf.indexOf("\0");
            return `'${nul >= 0 ? this.buf.slice(0, nul) : this.buf}'`;
        }
        return token2str(t);
    }

    error(message: string, near?: string): never {
        // token 0 (a NUL byte) is lua's marker for "no near part"
        const text = near === undefined || near === "\0" ? message : `${message} near ${this.txt(near)}`;
        throw new SyntaxFailure(this.line, text, this.column(this.tokenStart));
    }

    /** Column of `offset` on the current line (0 if it is on an earlier line). */
    column(offset: number): number {
        return Math.max(0, offset - this.lineStart);
    }

    private cur(): number {
        return this.c;
    }
    private advance(): void {
        this.pos++;
        this.c = this.pos < this.src.length ? this.src.charCodeAt(this.pos) : EOZ;
    }
    private save(c: number): void {
        this.buf += String.fromCharCode(c);
    }
    private saveNext(): void {
        this.save(this.cur());
        this.advance();
    }
    private checkNext(set: string): boolean {
        if (this.cur() === EOZ || !set.includes(String.fromCharCode(this.cur()))) return false;
        this.saveNext();
        return true;
    }
    private newline(): void {
        const old = this.cur();
        this.advance();
        if (isNewline(this.cur()) && this.cur() !== old) this.advance();
        this.line++;
        this.lineStart = this.pos;
    }

    private lex(): string {
        this.buf = "";
        for (;;) {
            this.tokenStart = this.pos;
            const c = this.cur();
            switch (c) {
                case 10:
                case 13:
                    this.newline();
                    continue;
                case 32:
                case 12:
                case 9:
                case 11:
                    this.advance();
                    continue;
                case 45: // '-'
                    this.advance();
                    if (this.cur() !== 45) return "-";
                    this.advance();
                    if (this.cur() === 91) {
                        const sep = this.skipSep();
                        this.buf = "";
                        if (sep >= 2) {
                            this.readLong(false, sep);
                            this.buf = "";
                            continue;
                        }
                    }
                    while (!isNewline(this.cur()) && this.cur() !== EOZ) this.advance();
                    continue;
                case 91: {
                    // '['
                    const sep = this.skipSep();
                    if (sep >= 2) {
                        this.readLong(true, sep);
                        return "<string>";
                    }
                    if (sep === 0) this.error("invalid long string delimiter", "<string>");
                    return "[";
                }
                case 61:
                    return (this.advance(), this.twoChar("=", "=="));
                case 60:
                    this.advance();
                    return this.cur() === 61 ? (this.advance(), "<=") : this.cur() === 60 ? (this.advance(), "<<") : "<";
                case 62:
                    this.advance();
                    return this.cur() === 61 ? (this.advance(), ">=") : this.cur() === 62 ? (this.advance(), ">>") : ">";
                case 47:
                    return (this.advance(), this.twoChar("/", "//"));
                case 126:
                    this.advance();
                    return this.cur() === 61 ? (this.advance(), "~=") : "~";
                case 58:
                    return (this.advance(), this.twoChar(":", "::"));
                case 34:
                case 39:
                    this.readString(c);
                    return "<string>";
                case 46: // '.'
                    this.saveNext();
                    if (this.cur() === 46) {
                        this.saveNext();
                        if (this.cur() === 46) return (this.saveNext(), "...");
                        return "..";
                    }
                    if (!isDigit(this.cur())) return ".";
                    return this.readNumeral();
                case EOZ:
                    return "<eof>";
                default:
                    if (isDigit(c)) return this.readNumeral();
                    if (isAlpha(c)) {
                        do this.advance();
                        while (isAlnum(this.cur()));
                        this.buf = this.src.slice(this.tokenStart, this.pos);
                        if (LUA_KEYWORDS.has(this.buf)) return this.buf;
                        this.value = this.buf;
                        return "<name>";
                    }
                    this.advance();
                    return String.fromCharCode(c);
            }
        }
    }

    /** After the first char of `one` was skipped: `two` if its second char follows. */
    private twoChar(one: string, two: string): string {
        if (this.cur() !== two.charCodeAt(1)) return one;
        this.advance();
        return two;
    }

    private readNumeral(): string {
        let expo = "Ee";
        const first = this.cur();
        this.saveNext();
        if (first === 48 && this.checkNext("xX")) expo = "Pp";
        for (;;) {
            if (this.checkNext(expo)) this.checkNext("-+");
            else if (isXDigit(this.cur()) || this.cur() === 46 || this.cur() === 95)
                this.saveNext(); // 95: '_' separators
            else break;
        }
        if (isAlpha(this.cur())) this.saveNext();
        const plain = withoutDigitSeparators(this.buf);
        if (plain === undefined || !(expo === "Ee" ? DECIMAL : HEX).test(plain)) this.error("malformed number", "<number>");
        return "<number>";
    }

    /** At '[' or ']': count of '=' plus 2 if a full bracket, 1 for a lone bracket, 0 otherwise. */
    private skipSep(): number {
        const s = this.cur();
        let count = 0;
        this.saveNext();
        while (this.cur() === 61) {
            this.saveNext();
            count++;
        }
        return this.cur() === s ? count + 2 : count === 0 ? 1 : 0;
    }

    private readLong(isString: boolean, sep: number): void {
        const line = this.line;
        this.saveNext();
        if (isNewline(this.cur())) this.newline();
        for (;;) {
            switch (this.cur()) {
                case EOZ:
                    this.error(`unfinished long ${isString ? "string" : "comment"} (starting at line ${line})`, "<eof>");
                    break;
                case 93:
                    if (this.skipSep() === sep) {
                        this.saveNext();
                        return;
                    }
                    break;
                case 10:
                case 13:
                    this.save(10);
                    this.newline();
                    if (!isString) this.buf = "";
                    break;
                default: {
                    const start = this.pos;
                    do this.advance();
                    while (this.cur() !== 93 && this.cur() !== EOZ && !isNewline(this.cur()));
                    if (isString) this.buf += this.src.slice(start, this.pos);
                }
            }
        }
    }

    private escCheck(ok: boolean, message: string): void {
        if (ok) return;
        if (this.cur() !== EOZ) this.saveNext();
        this.error(message, "<string>");
    }

    private hexDigit(): number {
        this.saveNext();
        this.escCheck(isXDigit(this.cur()), "hexadecimal digit expected");
        return parseInt(String.fromCharCode(this.cur()), 16);
    }

    private readString(del: number): void {
        this.saveNext();
        while (this.cur() !== del) {
            switch (this.cur()) {
                case EOZ:
                    this.error("unfinished string", "<eof>");
                    break;
                case 10:
                case 13:
                    this.error("unfinished string", "<string>");
                    break;
                case 92: {
                    // '\\'
                    this.saveNext();
                    const e = this.cur();
                    let value: number;
                    const simple = "abfnrtv\\\"'".indexOf(String.fromCharCode(e));
                    if (e !== EOZ && simple >= 0) {
                        value = [7, 8, 12, 10, 13, 9, 11, 92, 34, 39][simple]!;
                        this.advance();
                    } else if (e === 120) {
                        // \xXX
                        value = this.hexDigit() * 16;
                        value += this.hexDigit();
                        this.advance();
                        this.buf = this.buf.slice(0, -2);
                    } else if (e === 117) {
                        // \u{XXX}
                        this.buf = this.buf.slice(0, -1) + utf8(this.readUtf8Esc());
                        break;
                    } else if (isNewline(e)) {
                        this.newline();
                        value = 10;
                    } else if (e === EOZ) {
                        break;
                    } else if (e === 122) {
                        // \z
                        this.buf = this.buf.slice(0, -1);
                        this.advance();
                        while (isSpace(this.cur())) {
                            if (isNewline(this.cur())) this.newline();
                            else this.advance();
                        }
                        break;
                    } else {
                        this.escCheck(isDigit(e), "invalid escape sequence");
                        value = 0;
                        let i = 0;
                        for (; i < 3 && isDigit(this.cur()); i++) {
                            value = value * 10 + this.cur() - 48;
                            this.saveNext();
                        }
                        this.escCheck(value <= 255, "decimal escape too large");
                        this.buf = this.buf.slice(0, -i);
                    }
                    this.buf = this.buf.slice(0, -1);
                    this.save(value);
                    break;
                }
                default: {
                    const start = this.pos;
                    do this.advance();
                    while (this.cur() !== del && this.cur() !== 92 && this.cur() !== EOZ && !isNewline(this.cur()));
                    this.buf += this.src.slice(start, this.pos);
                }
            }
        }
        this.saveNext();
    }

    /** After "\": reads u{XXX}, leaving the buffer as it was before the 'u'. */
    private readUtf8Esc(): number {
        let removed = 3;
        this.saveNext();
        this.escCheck(this.cur() === 123, "missing '{'");
        let r = this.hexDigit();
        for (;;) {
            this.saveNext();
            if (!isXDigit(this.cur())) break;
            removed++;
            this.escCheck(r <= 0x7ffffff, "UTF-8 value too large");
            r = r * 16 + parseInt(String.fromCharCode(this.cur()), 16);
        }
        this.escCheck(this.cur() === 125, "missing '}'");
        this.advance();
        this.buf = this.buf.slice(0, -removed);
        return r;
    }
}

/** UTF-8 bytes (as chars) of a code point up to 2^31, in Lua's extended encoding. */
function utf8(x: number): string {
    if (x < 0x80) return String.fromCharCode(x);
    const bytes: number[] = [];
    let mfb = 0x3f;
    do {
        bytes.unshift(0x80 | (x & 0x3f));
        x = Math.floor(x / 64);
        mfb >>= 1;
    } while (x > mfb);
    bytes.unshift(((~mfb << 1) & 0xff) | x);
    return String.fromCharCode(...bytes);
}
