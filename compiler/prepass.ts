// A token-level pass over the source before luaparse sees it. luaparse implements Lua 5.3's
// grammar; this pass supplies what Lua 5.4 adds or what luaparse drops (manual §3.3.7, §3.1):
//   - `local x <const>` / `<close>` attributes: recorded by the name's offset and blanked out
//     with spaces, so luaparse parses plain locals and every position stays the same;
//   - `\u{XXXXXXXX}` escapes above 0x10FFFF (Lua allows up to 2^31): neutralised for luaparse,
//     since string values are decoded from the original text anyway (see literals.ts);
//   - grouping parentheses, which luaparse does not keep in the AST but which truncate
//     multiple results: `(f())` is one value.

import { numeralForParser, parseNumeral } from "./literals.js";
import { LUA_KEYWORDS } from "./syntax-lex.js";

export type Attribute = "const" | "close";

export interface PrepassResult {
    /** The text handed to luaparse: same length and line structure as the input. */
    text: string;
    /** Attribute of a local, keyed by the offset of its name. */
    attributes: Map<number, Attribute>;
    /** "start:end" offsets of every expression wrapped in grouping parentheses. */
    parenthesized: Set<string>;
    /** A lexical problem found here, reported like lua5.4 (luaparse would word it differently). */
    error?: { line: number; offset: number; message: string };
}

interface Token {
    kind: "name" | "string" | "number" | "punct" | "eof";
    value: string;
    start: number;
    end: number;
    line: number;
}

const PUNCT3 = ["..."];
const PUNCT2 = ["..", "==", "~=", "<=", ">=", "<<", ">>", "//", "::"];

function isNameStart(c: number): boolean {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c: number): boolean {
    return isNameStart(c) || (c >= 48 && c <= 57);
}

/** Level of a long bracket opening at `i` ("[==[" -> 2), or -1. */
function longBracketLevel(src: string, i: number): number {
    if (src.charCodeAt(i) !== 91) return -1;
    let j = i + 1;
    while (src.charCodeAt(j) === 61) j++;
    return src.charCodeAt(j) === 91 ? j - i - 1 : -1;
}

class Lexer {
    pos = 0;
    line = 1;
    error: PrepassResult["error"];
    constructor(
        readonly src: string,
        readonly edits: Array<[number, number, string]>,
    ) {}

    private newlineAt(i: number): number {
        // "\r\n" and "\n\r" count as one line break, as in Lua.
        const c = this.src.charCodeAt(i);
        const d = this.src.charCodeAt(i + 1);
        return (c === 10 && d === 13) || (c === 13 && d === 10) ? 2 : 1;
    }

    private skipLong(level: number): void {
        const src = this.src;
        const close = "]" + "=".repeat(level) + "]";
        for (;;) {
            const c = src.charCodeAt(this.pos);
            if (Number.isNaN(c)) return;
            if (c === 10 || c === 13) {
                this.pos += this.newlineAt(this.pos);
                this.line++;
            } else if (c === 93 && src.startsWith(close, this.pos)) {
                this.pos += close.length;
                return;
            } else this.pos++;
        }
    }

    next(): Token {
        const src = this.src;
        for (;;) {
            const c = src.charCodeAt(this.pos);
            if (c === 10 || c === 13) {
                this.pos += this.newlineAt(this.pos);
                this.line++;
            } else if (c === 32 || c === 9 || c === 11 || c === 12) {
                this.pos++;
            } else if (c === 45 && src.charCodeAt(this.pos + 1) === 45) {
                this.pos += 2;
                const level = longBracketLevel(src, this.pos);
                if (level >= 0) {
                    this.pos += level + 2;
                    this.skipLong(level);
                } else {
                    while (this.pos < src.length && src.charCodeAt(this.pos) !== 10 && src.charCodeAt(this.pos) !== 13) this.pos++;
                }
            } else break;
        }
        const start = this.pos;
        const line = this.line;
        if (start >= src.length) return { kind: "eof", value: "", start, end: start, line };
        const c = src.charCodeAt(start);
        if (isNameStart(c)) {
            let j = start + 1;
            while (isNameChar(src.charCodeAt(j))) j++;
            this.pos = j;
            return { kind: "name", value: src.slice(start, j), start, end: j, line };
        }
        if ((c >= 48 && c <= 57) || (c === 46 && src.charCodeAt(start + 1) >= 48 && src.charCodeAt(start + 1) <= 57)) {
            let j = start;
            let expChars = "Ee";
            if (c === 48 && (src[start + 1] === "x" || src[start + 1] === "X")) {
                expChars = "Pp";
                j += 2;
            }
            for (;;) {
                const ch = src[j];
                if (ch !== undefined && expChars.includes(ch) && (src[j + 1] === "+" || src[j + 1] === "-")) j += 2;
                else if (ch !== undefined && (isNameChar(ch.charCodeAt(0)) || ch === ".")) j++;
                else break;
            }
            this.pos = j;
            if (parseNumeral(src.slice(start, j)) === undefined) this.fail(start, `malformed number near '${src.slice(start, j)}'`);
            const raw = src.slice(start, j);
            if (raw.includes("_"))
                this.edits.push([start, j, numeralForParser(raw) ?? raw]); // digit separators
            else if (expChars === "Pp" && src[start + 2] === ".") this.edits.push([start + 2, start + 3, "0"]);
            return { kind: "number", value: src.slice(start, j), start, end: j, line };
        }
        if (c === 34 || c === 39) {
            this.readQuoted(c);
            return { kind: "string", value: "", start, end: this.pos, line };
        }
        const level = longBracketLevel(src, start);
        if (level < 0 && src[start] === "[" && src[start + 1] === "=") {
            let j = start + 1;
            while (src[j] === "=") j++;
            this.fail(start, `invalid long string delimiter near '${src.slice(start, j)}'`);
        }
        if (level >= 0) {
            this.pos = start + level + 2;
            this.skipLong(level);
            return { kind: "string", value: "", start, end: this.pos, line };
        }
        for (const p of PUNCT3) if (src.startsWith(p, start)) return this.punct(p, start, line);
        for (const p of PUNCT2) if (src.startsWith(p, start)) return this.punct(p, start, line);
        return this.punct(src[start]!, start, line);
    }

    private punct(p: string, start: number, line: number): Token {
        this.pos = start + p.length;
        return { kind: "punct", value: p, start, end: this.pos, line };
    }

    private fail(start: number, message: string): void {
        this.error ??= { line: this.line, offset: start, message };
    }

    /** `near` text of an escape error: the string so far plus the current character. */
    private near(start: number, upto: number): string {
        return `'${this.src.slice(start, Math.min(upto + 1, this.src.length))}'`;
    }

    private readQuoted(quote: number): void {
        const src = this.src;
        const start = this.pos;
        this.pos++;
        for (;;) {
            const c = src.charCodeAt(this.pos);
            if (Number.isNaN(c)) {
                this.fail(start, "unfinished string near <eof>");
                return;
            }
            if (c === 10 || c === 13) {
                this.fail(start, `unfinished string near '${src.slice(start, this.pos)}'`);
                return;
            }
            if (c === quote) {
                this.pos++;
                return;
            }
            if (c !== 92) {
                this.pos++;
                continue;
            }
            const e = src[this.pos + 1] ?? "";
            if (e === "\n" || e === "\r") {
                this.pos += 1 + this.newlineAt(this.pos + 1);
                this.line++;
            } else if (e === "z") {
                this.pos += 2;
                for (;;) {
                    const w = src.charCodeAt(this.pos);
                    if (w === 10 || w === 13) {
                        this.pos += this.newlineAt(this.pos);
                        this.line++;
                    } else if (w === 32 || w === 9 || w === 11 || w === 12) this.pos++;
                    else break;
                }
            } else if (e === "x") {
                let j = this.pos + 2;
                for (let k = 0; k < 2; k++, j++) {
                    if (!/[0-9a-fA-F]/.test(src[j] ?? "")) {
                        this.fail(start, `hexadecimal digit expected near ${this.near(start, j)}`);
                        break;
                    }
                }
                this.pos = j;
            } else if (e === "u") {
                const escStart = this.pos;
                let j = this.pos + 2;
                if (src[j] !== "{") {
                    this.fail(start, `missing '{' near ${this.near(start, j)}`);
                    this.pos = j;
                    continue;
                }
                j++;
                if (!/[0-9a-fA-F]/.test(src[j] ?? "")) {
                    this.fail(start, `hexadecimal digit expected near ${this.near(start, j)}`);
                    this.pos = j;
                    continue;
                }
                let cp = 0;
                while (/[0-9a-fA-F]/.test(src[j] ?? "")) {
                    cp = cp * 16 + parseInt(src[j]!, 16);
                    if (cp > 0x7fffffff) {
                        this.fail(start, `UTF-8 value too large near ${this.near(start, j)}`);
                        break;
                    }
                    j++;
                }
                if (cp <= 0x7fffffff && src[j] !== "}") {
                    this.fail(start, `missing '}' near ${this.near(start, j)}`);
                } else if (cp > 0x10ffff && cp <= 0x7fffffff) {
                    // luaparse stops at 0x10FFFF: give it a valid escape of the same length
                    this.edits.push([escStart + 3, j, "0".repeat(j - escStart - 3)]);
                }
                this.pos = j;
            } else if (e >= "0" && e <= "9") {
                let j = this.pos + 1;
                let v = 0;
                for (let k = 0; k < 3 && src[j]! >= "0" && src[j]! <= "9"; k++, j++) v = v * 10 + Number(src[j]);
                if (v > 255) this.fail(start, `decimal escape too large near ${this.near(start, j)}`);
                this.pos = j;
            } else if ("abfnrtv\\\"'".includes(e) && e !== "") {
                this.pos += 2;
            } else {
                this.fail(start, `invalid escape sequence near ${this.near(start, this.pos + 1)}`);
                this.pos += 2;
            }
        }
    }
}

export function prepass(source: string): PrepassResult {
    const attributes = new Map<number, Attribute>();
    const parenthesized = new Set<string>();
    const edits: Array<[number, number, string]> = [];
    const lexer = new Lexer(source, edits);
    const tokens: Token[] = [];
    for (;;) {
        const t = lexer.next();
        tokens.push(t);
        if (t.kind === "eof") break;
    }
    let error: PrepassResult["error"] = lexer.error;

    // Attributes: local Name [<attrib>] {, Name [<attrib>]}
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.kind !== "name" || t.value !== "local") continue;
        let j = i + 1;
        if (tokens[j]?.kind === "name" && tokens[j]!.value === "function") continue;
        let closeCount = 0;
        while (tokens[j]?.kind === "name" && !LUA_KEYWORDS.has(tokens[j]!.value)) {
            const nameTok = tokens[j]!;
            j++;
            const lt = tokens[j];
            if (lt?.kind === "punct" && lt.value === "<" && tokens[j + 1]?.kind === "name" && tokens[j + 2]?.value === ">") {
                const attr = tokens[j + 1]!.value;
                if (attr !== "const" && attr !== "close") {
                    error ??= { line: lt.line, offset: lt.start, message: `unknown attribute '${attr}'` };
                } else {
                    attributes.set(nameTok.start, attr);
                    if (attr === "close" && ++closeCount > 1) {
                        error ??= { line: lt.line, offset: lt.start, message: "multiple to-be-closed variables in local list" };
                    }
                }
                edits.push([lt.start, tokens[j + 2]!.end, " ".repeat(tokens[j + 2]!.end - lt.start)]);
                j += 3;
            }
            if (tokens[j]?.kind === "punct" && tokens[j]!.value === ",") j++;
            else break;
        }
    }

    // Grouping parentheses: a '(' that does not follow a prefix expression.
    const stack: Array<{ index: number; grouping: boolean }> = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.kind !== "punct") continue;
        if (t.value === "(") {
            const prev = tokens[i - 1];
            const callParen =
                prev !== undefined &&
                ((prev.kind === "name" && !LUA_KEYWORDS.has(prev.value)) ||
                    (prev.kind === "punct" && (prev.value === ")" || prev.value === "]")) ||
                    prev.kind === "string" ||
                    (prev.kind === "punct" && prev.value === "}"));
            stack.push({ index: i, grouping: !callParen });
        } else if (t.value === ")") {
            const open = stack.pop();
            if (open?.grouping && i - open.index > 1) {
                parenthesized.add(`${tokens[open.index + 1]!.start}:${tokens[i - 1]!.end}`);
            }
        }
    }

    let text = source;
    if (edits.length > 0) {
        edits.sort((a, b) => a[0] - b[0]);
        const parts: string[] = [];
        let at = 0;
        for (const [s, e, r] of edits) {
            parts.push(source.slice(at, s), r);
            at = e;
        }
        parts.push(source.slice(at));
        text = parts.join("");
    }
    return { text, attributes, parenthesized, error };
}
