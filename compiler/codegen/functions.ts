// Function bodies (manual §3.4.11): parameters, varargs as a rest array, temporaries, and the
// implicit `return` of no values at the end.
//   function f(a, ...) body end  ->  function f$(a, ...$va) { let $t1; body; return $EMPTY; }
import type * as A from "../ast.js";
import { FunctionContext } from "./context.js";
import { emitBlock, endsWithReturn } from "./statements.js";
import { mark } from "./printer.js";

/**
 * A function expression: the plain function and its generator twin, created together so that
 * they share upvalues; the twin runs when the function is called inside a coroutine.
 *   $twin(function f$(a) { ... }, function* f$(a) { ... })
 */
export function emitFunctionBody(parent: FunctionContext, f: A.FunctionDeclaration, jsName: string): string {
    const cached = parent.chunk.functionTexts.get(f);
    if (cached !== undefined) return cached;
    // the twin starts on a JS line of its own that maps to the function's first Lua line
    // (debug.getinfo's linedefined for a running twin)
    const text = `$twin(${emitVersion(parent, f, jsName, false)}, ${mark(f.loc.start.line)}${emitVersion(parent, f, jsName, true)})`;
    parent.chunk.functionTexts.set(f, text);
    return text;
}

function emitVersion(parent: FunctionContext, f: A.FunctionDeclaration, jsName: string, gen: boolean): string {
    const res = parent.chunk.res;
    const info = res.functions.get(f);
    if (info === undefined) throw new Error("compiler bug: unresolved function");
    const fc = new FunctionContext(parent.chunk, info, parent, gen);
    const depth = parent.depth + 1;
    const params: string[] = [];
    const selfId = res.selfIds.get(f);
    if (selfId !== undefined) params.push(res.decls.get(selfId)!.jsName);
    for (const p of f.parameters) {
        if (p.type === "Identifier") params.push(res.decls.get(p)!.jsName);
        else params.push("...$va");
    }
    const self = selfTailCandidate(parent, f);
    if (self !== undefined) {
        fc.selfTail = { local: self, params, label: fc.label("T") };
        const body = emitBlock(fc, f.body, depth + 1, undefined, f.loc.end.line);
        const pad = "\n" + "  ".repeat(depth);
        const looped = `${pad}${fc.selfTail.label}: for (;;) {${body}${endsWithReturn(f.body) ? "" : `${pad}  return $EMPTY;`}${pad}}`;
        return functionText(fc, jsName, params.join(", "), looped, false, depth, f);
    }
    const body = emitBlock(fc, f.body, depth, undefined, f.loc.end.line);
    return functionText(fc, jsName, params.join(", "), body, !endsWithReturn(f.body), depth, f);
}

/**
 * The local of `local function f` when f's body makes a tail call to itself and defines no
 * closures (which could capture the parameters that the jump reassigns). Lua guarantees
 * that tail calls do not grow the stack (manual §3.4.10).
 */
function isNode(v: unknown): v is A.Node {
    return typeof v === "object" && v !== null && "type" in v && "loc" in v;
}

function selfTailCandidate(parent: FunctionContext, f: A.FunctionDeclaration): unknown {
    const res = parent.chunk.res;
    if (!f.isLocal || f.identifier?.type !== "Identifier") return undefined;
    const local = res.decls.get(f.identifier);
    if (local === undefined || local.assigned) return undefined;
    // cheap test on the source before walking the body
    const text = parent.chunk.parsed.source.slice(f.range[0], f.range[1]);
    if (!new RegExp(`return\\s+${f.identifier.name}\\s*\\(`).test(text)) return undefined;
    let hasSelfTail = false;
    let hasClosure = false;
    // Walks every child node (luaparse nodes are plain objects with a `type`).
    const visitChildren = (n: object): void => {
        for (const v of Object.values(n)) {
            if (Array.isArray(v)) {
                for (const x of v) if (isNode(x)) visitNode(x);
            } else if (isNode(v)) {
                visitNode(v);
            }
        }
    };
    const visitNode = (n: A.Node): void => {
        if (hasClosure) return;
        if (n.type === "FunctionDeclaration") {
            hasClosure = true;
            return;
        }
        if (n.type === "ReturnStatement" && n.arguments.length === 1) {
            const e = n.arguments[0]!;
            if (e.type === "CallExpression" && e.base.type === "Identifier" && res.refs.get(e.base) === local) hasSelfTail = true;
        }
        visitChildren(n);
    };
    for (const s of f.body) visitNode(s);
    return hasSelfTail && !hasClosure ? local : undefined;
}

/**
 * `f` (undefined for a main function) gives the comment `/*@FIRST,LAST*\/` with its Lua lines,
 * which debug.getinfo reads from the function's source text (no cost when it is not asked).
 */
export function functionText(
    fc: FunctionContext,
    jsName: string,
    params: string,
    body: string,
    addReturn: boolean,
    depth: number,
    f?: A.FunctionDeclaration,
): string {
    const pad = "\n" + "  ".repeat(depth);
    const names = fc.usesFieldTemps ? ["$v", "$b", ...fc.temps] : [...fc.temps];
    if (fc.usesPend) names.push("$r");
    const temps = names.length > 0 ? `${pad}let ${names.join(", ")};` : "";
    const lines = f === undefined ? "" : ` /*@${f.loc.start.line},${f.loc.end.line}*/`;
    return `function${fc.gen ? "*" : ""} ${jsName}(${params})${lines} {${temps}${body}${addReturn ? `${pad}return $EMPTY;` : ""}\n${"  ".repeat(depth - 1)}}`;
}
