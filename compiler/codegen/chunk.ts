// A whole chunk (manual §3.3.2): the main function, a vararg function whose _ENV is the
// environment given when the chunk is loaded.
//   function format:  (function ($rt) { const {...helpers} = $rt; return function ($ENV) { return function $main(...$va) {...} } })
//   module format:    import {...helpers} from "<runtime>"; export default function ($ENV) { ... }
import type { ParseResult } from "../parse.js";
import { resolve } from "../resolve.js";
import { ABI_NAMES } from "../../runtime/abi-names.js";
import { FunctionContext, type ChunkContext } from "./context.js";
import { emitBlock, endsWithReturn } from "./statements.js";
import { functionText } from "./functions.js";
import { print } from "./printer.js";

export type OutputFormat = "function" | "module";

export interface ChunkOutput {
    code: string;
    /** lines[jsLine] = Lua line, for error positions (runtime/value/callstack.ts). */
    lines: number[];
    /** "jsLine:column=name" of named calls (see printer.ts, callMark). */
    callSites: string[];
}

/**
 * `twinMain`: give the main function a generator twin too, for chunks that `load` returns
 * (they can be called inside a coroutine); a script's or module's main function never is.
 */
export function emitChunk(
    parsed: ParseResult,
    chunkName: string,
    format: OutputFormat,
    runtimeImport = "ptool-ts/runtime",
    twinMain = false,
): ChunkOutput {
    const res = resolve(parsed.ast, parsed.attributes, chunkName, parsed.parenthesized);
    const chunk: ChunkContext = { chunkName, parsed, res, constants: new Map(), functionTexts: new Map() };
    const emitMain = (gen: boolean): string => {
        const main = new FunctionContext(chunk, res.functions.get(parsed.ast)!, undefined, gen);
        const body = emitBlock(main, parsed.ast.body, 1);
        return functionText(main, "$main", "...$va", body, !endsWithReturn(parsed.ast.body), 1);
    };
    const mainText = twinMain ? `$twin(${emitMain(false)}, ${emitMain(true)})` : emitMain(false);
    // only the helpers this chunk uses: smaller chunks for load(), and tree shaking in bundles
    // (one scan of the text for $names; strings may mention a name needlessly, which is harmless)
    const constantSources = [...chunk.constants.keys()].join(" ");
    const used = new Set<string>();
    for (const text of [mainText, constantSources]) for (const m of text.matchAll(/\$[A-Za-z]+/g)) used.add(m[0]);
    const names = ABI_NAMES.filter((n) => used.has(n)).join(", ");
    const constants = [...chunk.constants].map(([src, name]) => `const ${name} = ${src};`).join("\n");
    let text: string;
    if (format === "function") {
        text = `(function ($rt) {\n"use strict";\nconst { ${names} } = $rt;\n${constants}\nreturn function ($ENV) {\nreturn ${mainText};\n};\n})`;
    } else {
        text = `import { ${names} } from ${JSON.stringify(runtimeImport)};\n${constants}\nexport default function ($ENV) {\nreturn ${mainText};\n}\n`;
    }
    const printed = print(text);
    return { code: printed.code, lines: printed.lines, callSites: printed.callSites };
}
