// Function bodies (manual §3.4.11): parameters, varargs as a rest array, temporaries, and the
// implicit `return` of no values at the end.
//   function f(a, ...) body end  ->  function f$(a, ...$va) { let $t1; body; return $EMPTY; }
import type * as A from "../ast.js";
import { FunctionContext } from "./context.js";
import { emitBlock, endsWithReturn } from "./statements.js";

export function emitFunctionBody(parent: FunctionContext, f: A.FunctionDeclaration, jsName: string): string {
    const res = parent.chunk.res;
    const info = res.functions.get(f);
    if (info === undefined) throw new Error("compiler bug: unresolved function");
    const fc = new FunctionContext(parent.chunk, info, parent);
    const depth = parent.depth + 1;
    const params: string[] = [];
    const selfId = res.selfIds.get(f);
    if (selfId !== undefined) params.push(res.decls.get(selfId)!.jsName);
    for (const p of f.parameters) {
        if (p.type === "Identifier") params.push(res.decls.get(p)!.jsName);
        else params.push("...$va");
    }
    const body = emitBlock(fc, f.body, depth);
    return functionText(fc, jsName, params.join(", "), body, !endsWithReturn(f.body), depth);
}

export function functionText(fc: FunctionContext, jsName: string, params: string, body: string, addReturn: boolean, depth: number): string {
    const pad = "\n" + "  ".repeat(depth);
    const temps = fc.temps.length > 0 ? `${pad}let ${fc.temps.join(", ")};` : "";
    return `function ${jsName}(${params}) {${temps}${body}${addReturn ? `${pad}return $EMPTY;` : ""}\n${"  ".repeat(depth - 1)}}`;
}
