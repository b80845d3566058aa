// Front end: luaparse (Lua 5.3 grammar) plus the Lua 5.4 additions from prepass.ts, and
// syntax errors worded like lua5.4's ("chunk:line: message near 'token'").
import luaparse from "luaparse";
import { prepass, type Attribute } from "./prepass.js";
import { luaSyntaxError } from "./syntax-check.js";
import type { Chunk, Node } from "./ast.js";

export interface ParseResult {
    ast: Chunk;
    /** Attribute of a local, keyed by the offset of its name (prepass). */
    attributes: Map<number, Attribute>;
    /** "start:end" ranges of expressions in grouping parentheses (prepass). */
    parenthesized: Set<string>;
    /** The source as bytes (one char per byte), for literal decoding. */
    source: string;
}

export class LuaSyntaxError extends Error {
    constructor(
        readonly luaMessage: string,
        readonly line: number,
        readonly column: number,
    ) {
        super(luaMessage);
    }
}

function luaStyleMessage(message: string, line: number): string {
    let m = message.replace(/^\[\d+:\d+\] /, "");
    m = m.replace(/^unexpected \w+ '.*?' near /s, "unexpected symbol near ");
    m = m.replace(/^<expression> expected near /s, "unexpected symbol near ");
    m = m.replace(/^no loop to break near .*$/s, `break outside loop at line ${line}`);
    m = m.replace(/near '<eof>'$/, "near <eof>");
    m = m.replace(/^(no visible label '.*' for <goto>)$/s, `$1 at line ${line}`);
    m = m.replace(/^<goto (.*?)> jumps into/s, `<goto $1> at line ${line} jumps into`);
    return m;
}

/** The first error lua5.4 reports for `source`, worded as lua does (syntax-check.ts), if any. */
export function checkedSyntaxError(source: string, chunkName: string): LuaSyntaxError | undefined {
    const found = luaSyntaxError(source);
    if (!found) return undefined;
    const message = found.bare ? found.message : `${chunkName}:${found.line}: ${found.message}`;
    return new LuaSyntaxError(message, found.line, found.column);
}

export function parse(sourceBytes: string, chunkName: string): ParseResult {
    const source = sourceBytes;
    if (source.startsWith("#")) throw new LuaSyntaxError(`${chunkName}:1: unexpected symbol near '#'`, 1, 0);
    // The checker follows lua5.4's parser, so every syntax error (nesting limits included) is
    // found and worded as lua5.4 words it; luaparse then only sees valid Lua.
    const checked = checkedSyntaxError(source, chunkName);
    if (checked) throw checked;
    const pre = prepass(source);
    const early = pre.error;
    if (early) {
        // report whichever problem comes first in the source: ours, or luaparse's
        try {
            luaparse.parse(pre.text.slice(0, early.offset), { luaVersion: "5.3", encodingMode: "none" });
        } catch (e) {
            const err = e as { message: string; line?: number; column?: number; index?: number };
            if (err.index !== undefined && err.index < early.offset && !/near '?<eof>'?$/.test(err.message)) {
                const line = err.line ?? 1;
                throw new LuaSyntaxError(`${chunkName}:${line}: ${luaStyleMessage(err.message, line)}`, line, err.column ?? 0);
            }
        }
        throw new LuaSyntaxError(`${chunkName}:${early.line}: ${early.message}`, early.line, 0);
    }
    let ast: Chunk;
    try {
        ast = luaparse.parse(pre.text, {
            luaVersion: "5.3",
            locations: true,
            ranges: true,
            scope: false,
            comments: false,
            // string values are not decoded (codegen decodes each literal's source text), and
            // must not be: luaparse tests some token values without their type, so the
            // literal "end" right after `return` would end the block
            encodingMode: "none",
        }) as unknown as Chunk;
    } catch (e) {
        const err = e as { message: string; line?: number; column?: number };
        const line = err.line ?? 1;
        throw (
            checkedSyntaxError(source, chunkName) ??
            new LuaSyntaxError(`${chunkName}:${line}: ${luaStyleMessage(err.message, line)}`, line, err.column ?? 0)
        );
    }
    return { ast, attributes: pre.attributes, parenthesized: pre.parenthesized, source };
}

export function rangeKey(node: Node): string {
    return `${node.range[0]}:${node.range[1]}`;
}
