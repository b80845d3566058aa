// Statements (manual §3.3): blocks, locals and assignment, control structures, loops, return,
// break, goto/labels and to-be-closed variables.
import type * as A from "../ast.js";
import type { FunctionContext, LabelLowering } from "./context.js";
import type { LabelInfo } from "../resolve.js";
import { mark } from "./printer.js";
import {
    argList,
    arrayOfValues,
    cond,
    describe,
    expr,
    functionExpr,
    isMulti,
    isParenthesized,
    jsString,
    rawCall,
    rawMulti,
    envName,
    envDesc,
    meta,
    stringValue,
} from "./expressions.js";
import { emitForGenericStatement, emitForNumericStatement } from "./loops.js";

export function indent(depth: number): string {
    return "\n" + "  ".repeat(depth);
}

export function endsWithReturn(body: A.Statement[]): boolean {
    const last = body[body.length - 1];
    return last !== undefined && last.type === "ReturnStatement";
}

// ---------------------------------------------------------------------------
// Blocks, with the lowering of labels (see goto below) and <close> variables

interface Region {
    start: number;
    end: number; // index of the label statement (or block length for labels that end the block)
    jsLabel: string;
    /** A backward-goto loop: `$B1: for (;;) { ...; break; }` instead of a labeled block. */
    loop?: boolean;
}

type Closer = { kind: "region"; end: number; text: string } | { kind: "try"; text: string };

/**
 * Emit a statement list. `tail` is JS placed at the end of the innermost scope (used for the
 * `until` test of repeat, which sees the body's locals).
 */
export function emitBlock(fc: FunctionContext, body: A.Statement[], depth: number, tail?: string, endLine?: number): string {
    const res = fc.chunk.res;
    let regions: Region[] = [];
    if (res.blocksWithLabels.has(body)) {
        const labels = body.flatMap((s) => (s.type === "LabelStatement" ? [res.labels.get(s)!] : []));
        const planned = planGotos(fc, body, labels);
        if (planned === undefined) return emitSwitchBlock(fc, body, depth, labels, tail);
        regions = planned;
    }
    let out = "";
    const stack: Closer[] = [];
    const n = body.length;
    for (let i = 0; i <= n; i++) {
        while (stack.length > 0) {
            const top = stack[stack.length - 1]!;
            if (top.kind !== "region" || top.end !== i || i === n) break;
            out += top.text;
            stack.pop();
        }
        if (i === n) break;
        const opening = regions.filter((r) => r.start === i).sort((a, b) => b.end - a.end);
        const blocks = opening.filter((r) => !r.loop);
        if (blocks.length > 0) {
            // locals of a labeled block stay visible after it: declare them before it opens
            const hoisted = hoistLocals(fc, body, i, Math.max(...blocks.map((r) => r.end)));
            if (hoisted.length > 0) out += `${indent(depth)}let ${hoisted.join(", ")};`;
        }
        for (const r of opening) {
            out += r.loop ? `${indent(depth)}${r.jsLabel}: for (;;) {` : `${indent(depth)}${r.jsLabel}: {`;
            stack.push({ kind: "region", end: r.end, text: r.loop ? `${indent(depth)}break;${indent(depth)}}` : `${indent(depth)}}` });
        }
        const s = body[i]!;
        out += emitStatement(fc, s, depth);
        if (s.type === "LocalStatement" && s.variables.some((v) => res.decls.get(v)?.attribute === "close")) {
            const v = s.variables.find((v) => res.decls.get(v)?.attribute === "close")!;
            const name = res.decls.get(v)!.jsName;
            const err = fc.temp();
            out += `${indent(depth)}$checkclose(${name}, ${jsString(v.name)});${indent(depth)}${err} = $NOERR;${indent(depth)}try {`;
            stack.push({
                kind: "try",
                // variables close at the block's `end`: errors from __close report that line
                text: `${indent(depth)}}${endLine === undefined ? "" : mark(endLine)} catch ($e) {${indent(depth + 1)}${err} = $e;${indent(depth + 1)}throw $e;${indent(depth)}} finally {${indent(depth + 1)}${meta(fc, "$closevar", `${name}, ${err}`)};${indent(depth)}}`,
            });
        }
    }
    // Regions of labels that end the block close first, then the tail, then the rest.
    while (stack.length > 0 && stack[stack.length - 1]!.kind === "region") out += stack.pop()!.text;
    if (tail !== undefined) out += `${indent(depth)}${tail}`;
    while (stack.length > 0) out += stack.pop()!.text;
    return out;
}

// ---------------------------------------------------------------------------
// goto (manual §3.3.4). Three lowerings, chosen per label:
//   continue: label ending a loop body          goto c  ->  continue $L1
//   block:    forward jumps only                 $G2: { ...goto...; }  ::x::  (goto -> break $G2)
//   switch:   any backward jump in the block     $S3: for (;;) { switch ($t1) { case 0: ... case 1: ... } break; }

function gotoIndices(fc: FunctionContext, body: A.Statement[]): Map<LabelInfo, number> {
    const first = new Map<LabelInfo, number>();
    body.forEach((s, i) => {
        visitGotos(s, (g) => {
            const target = fc.chunk.res.gotos.get(g);
            if (target !== undefined && target.block === body && !first.has(target)) first.set(target, i);
        });
    });
    return first;
}

/** Every goto inside a statement, not looking into nested functions. */
function visitGotos(s: A.Statement, f: (g: A.GotoStatement) => void): void {
    switch (s.type) {
        case "GotoStatement":
            f(s);
            return;
        case "IfStatement":
            for (const c of s.clauses) for (const t of c.body) visitGotos(t, f);
            return;
        case "WhileStatement":
        case "DoStatement":
        case "RepeatStatement":
        case "ForNumericStatement":
        case "ForGenericStatement":
            for (const t of s.body) visitGotos(t, f);
            return;
        default:
            return;
    }
}

function labelEndsBlock(l: LabelInfo): boolean {
    return l.block.slice(l.index + 1).every((s) => s.type === "LabelStatement");
}

/**
 * Regions for the labels of a block: labeled blocks for forward gotos, and one loop from a
 * label to the end of the block for backward gotos. Undefined when they cannot nest (then
 * the block becomes a switch).
 */
function planGotos(fc: FunctionContext, body: A.Statement[], labels: LabelInfo[]): Region[] | undefined {
    const backward = labels.filter((l) => l.backward > 0);
    if (backward.length > 1 || backward.some((l) => l.forward > 0)) return undefined;
    const firstGoto = gotoIndices(fc, body);
    const loopLabel = fc.loopBodyLabel.get(body);
    const regions: Region[] = [];
    for (const l of labels) {
        if (l.backward > 0) continue;
        const start = firstGoto.get(l);
        if (start === undefined && l.forward === 0) continue;
        if (loopLabel !== undefined && labelEndsBlock(l)) {
            fc.lowering.set(l, { kind: "continue", loopLabel });
            continue;
        }
        const jsLabel = fc.label("G");
        fc.lowering.set(l, { kind: "block", jsLabel });
        regions.push({ start: start ?? 0, end: labelEndsBlock(l) ? body.length : l.index, jsLabel });
    }
    // Make the regions nest: a region starting inside an earlier-ending one starts with it.
    regions.sort((a, b) => a.end - b.end);
    for (let changed = true; changed;) {
        changed = false;
        for (const a of regions) {
            for (const b of regions) {
                if (a !== b && a.end <= b.end && b.start > a.start && b.start < a.end) {
                    b.start = a.start;
                    changed = true;
                }
            }
        }
    }
    const back = backward[0];
    if (back !== undefined) {
        // the loop starts at the label (fixed) and runs to the end of the block
        if (regions.some((r) => r.start < back.index && r.end > back.index && r.end < body.length)) return undefined;
        const jsLabel = fc.label("B");
        fc.lowering.set(back, { kind: "continue", loopLabel: jsLabel });
        regions.push({ start: back.index, end: body.length, jsLabel, loop: true });
    }
    return regions;
}

/** Locals declared by statements [from, to) of a block, to declare before a labeled region. */
function hoistLocals(fc: FunctionContext, body: A.Statement[], from = 0, to = body.length): string[] {
    const names: string[] = [];
    for (const s of body.slice(from, to)) {
        let ids: A.Identifier[] = [];
        if (s.type === "LocalStatement") ids = s.variables;
        else if (s.type === "FunctionDeclaration" && s.isLocal && s.identifier?.type === "Identifier") ids = [s.identifier];
        for (const id of ids) {
            const info = fc.chunk.res.decls.get(id)!;
            if (fc.hoisted.has(info.jsName)) continue;
            fc.hoisted.add(info.jsName);
            names.push(info.jsName);
        }
    }
    return names;
}

function emitSwitchBlock(fc: FunctionContext, body: A.Statement[], depth: number, labels: LabelInfo[], tail?: string): string {
    const state = fc.temp();
    const jsLabel = fc.label("S");
    // to-be-closed locals of the block: a jump back above one closes it (its scope ends), and
    // the block's end closes the rest; an unset (undefined) variable closes nothing
    const closeVars = body.flatMap((s, index) => {
        if (s.type !== "LocalStatement") return [];
        const v = s.variables.find((id) => fc.chunk.res.decls.get(id)?.attribute === "close");
        return v === undefined ? [] : [{ index, name: fc.chunk.res.decls.get(v)!.jsName }];
    });
    let caseIndex = 0;
    for (const l of labels) {
        const closes = closeVars
            .filter((c) => c.index > l.index)
            .map((c) => c.name)
            .reverse();
        fc.lowering.set(l, { kind: "switch", jsLabel, stateVar: state, caseIndex: ++caseIndex, closes });
    }
    const hoisted = hoistLocals(fc, body);
    let out = hoisted.length > 0 ? `${indent(depth)}let ${hoisted.join(", ")};` : "";
    let err = "";
    if (closeVars.length > 0) {
        err = fc.temp();
        out += `${indent(depth)}${err} = $NOERR;${indent(depth)}try {`;
    }
    out += `${indent(depth)}${state} = 0;${indent(depth)}${jsLabel}: for (;;) {${indent(depth + 1)}switch (${state}) {${indent(depth + 1)}case 0:`;
    for (const s of body) {
        if (s.type === "LabelStatement") {
            const low = fc.lowering.get(fc.chunk.res.labels.get(s)!) as Extract<LabelLowering, { kind: "switch" }>;
            out += `${indent(depth + 1)}case ${low.caseIndex}:`;
        } else {
            out += emitStatement(fc, s, depth + 2);
        }
    }
    if (tail !== undefined) out += `${indent(depth + 2)}${tail}`;
    out += `${indent(depth + 1)}}${indent(depth + 1)}break;${indent(depth)}}`;
    if (closeVars.length > 0) {
        const closeAll = closeVars
            .map((c) => c.name)
            .reverse()
            .map((n) => `${indent(depth + 1)}${meta(fc, "$closevar", `${n}, ${err}`)};`)
            .join("");
        out += `${indent(depth)}} catch ($e) {${indent(depth + 1)}${err} = $e;${indent(depth + 1)}throw $e;${indent(depth)}} finally {${closeAll}${indent(depth)}}`;
    }
    return out;
}

function emitGotoStatement(fc: FunctionContext, s: A.GotoStatement): string {
    const target = fc.chunk.res.gotos.get(s)!;
    const low = fc.lowering.get(target);
    if (low === undefined) throw new Error(`compiler bug: goto ${s.label.name} has no lowering`);
    switch (low.kind) {
        case "continue":
            return `continue ${low.loopLabel};`;
        case "block":
            return `break ${low.jsLabel};`;
        case "switch": {
            const closes = low.closes.map((n) => `${meta(fc, "$closevar", `${n}, $NOERR`)}; ${n} = undefined; `).join("");
            return `{ ${closes}${low.stateVar} = ${low.caseIndex}; continue ${low.jsLabel}; }`;
        }
    }
}

// ---------------------------------------------------------------------------
// Statements

export function emitStatement(fc: FunctionContext, s: A.Statement, depth: number): string {
    fc.depth = depth;
    const head = `${indent(depth)}${mark(s.loc.start.line)}`;
    switch (s.type) {
        case "LocalStatement":
            return head + emitLocalStatement(fc, s);
        case "AssignmentStatement":
            return head + emitAssignmentStatement(fc, s);
        case "CallStatement":
            return `${head}${rawCall(fc, s.expression)};`;
        case "FunctionDeclaration":
            return head + emitFunctionDeclaration(fc, s);
        case "ReturnStatement":
            return head + emitReturnStatement(fc, s);
        case "IfStatement":
            return head + emitIfStatement(fc, s, depth);
        case "WhileStatement": {
            const label = fc.label("L");
            fc.loopBodyLabel.set(s.body, label);
            fc.loopLabels.push(label);
            const body = emitBlock(fc, s.body, depth + 1, undefined, s.loc.end.line);
            fc.loopLabels.pop();
            return `${head}${label}: while (${cond(fc, s.condition)}) {${body}${indent(depth)}}`;
        }
        case "RepeatStatement": {
            const label = fc.label("L");
            fc.loopLabels.push(label);
            const body = emitBlock(
                fc,
                s.body,
                depth + 1,
                `${mark(s.condition.loc.start.line)}if (${cond(fc, s.condition)}) break ${label};`,
            );
            fc.loopLabels.pop();
            return `${head}${label}: for (;;) {${body}${indent(depth)}}`;
        }
        case "DoStatement":
            return `${head}{${emitBlock(fc, s.body, depth + 1, undefined, s.loc.end.line)}${indent(depth)}}`;
        case "ForNumericStatement":
            return head + emitForNumericStatement(fc, s, depth);
        case "ForGenericStatement":
            return head + emitForGenericStatement(fc, s, depth);
        case "BreakStatement": {
            const label = fc.loopLabels[fc.loopLabels.length - 1];
            if (label === undefined) throw new Error("compiler bug: break outside loop");
            return `${head}break ${label};`;
        }
        case "GotoStatement":
            return head + emitGotoStatement(fc, s);
        case "LabelStatement":
            return "";
    }
}

function declareOrAssign(fc: FunctionContext, jsName: string, value: string): string {
    return fc.hoisted.has(jsName) ? `${jsName} = ${value};` : `let ${jsName} = ${value};`;
}

function emitLocalStatement(fc: FunctionContext, s: A.LocalStatement): string {
    const res = fc.chunk.res;
    const names = s.variables.map((v) => res.decls.get(v)!.jsName);
    const init = s.init;
    const parts: string[] = [];
    const lastMulti =
        init.length > 0 && init.length < names.length + 1 && isMulti(fc, init[init.length - 1]!) && init.length <= names.length;
    if (lastMulti) {
        const fixed = init.slice(0, -1);
        fixed.forEach((e, i) => parts.push(declareOrAssign(fc, names[i]!, luaFunctionName(fc, e, s.variables[i]!.name))));
        const last = init[init.length - 1]!;
        const rest = names.slice(fixed.length);
        if (rest.length === 1) {
            parts.push(declareOrAssign(fc, rest[0]!, last.type === "VarargLiteral" ? "$va[0]" : `$first(${rawMulti(fc, last)})`));
        } else {
            const r = fc.temp();
            parts.push(`${r} = $mv(${rawMulti(fc, last)});`);
            rest.forEach((n, i) => parts.push(declareOrAssign(fc, n, `${r}[${i}]`)));
        }
        return parts.join(" ");
    }
    names.forEach((n, i) => {
        const e = init[i];
        parts.push(declareOrAssign(fc, n, e === undefined ? "undefined" : luaFunctionName(fc, e, s.variables[i]!.name)));
    });
    for (const e of init.slice(names.length)) parts.push(`${expr(fc, e)};`);
    return parts.join(" ");
}

/** `local f = function` gives the function the name f in tracebacks. */
function luaFunctionName(fc: FunctionContext, e: A.Expression, name: string): string {
    return e.type === "FunctionDeclaration" ? functionExpr(fc, e, name) : expr(fc, e);
}

type Target = { kind: "local"; name: string } | { kind: "index"; obj: string; key: string; desc: string | undefined; isStr: boolean };

function emitAssignmentStatement(fc: FunctionContext, s: A.AssignmentStatement): string {
    if (s.variables.length === 1 && s.init.length === 1) {
        const target = s.variables[0]!;
        const value = target.type === "Identifier" ? luaFunctionName(fc, s.init[0]!, target.name) : expr(fc, s.init[0]!);
        return assignTo(fc, target, value);
    }
    // Lua evaluates every table and key, then every value, then assigns (right to left).
    const parts: string[] = [];
    const targets: Target[] = s.variables.map((v) => {
        if (v.type === "Identifier") {
            const local = fc.chunk.res.refs.get(v);
            if (local !== undefined) return { kind: "local", name: local.jsName };
            return { kind: "index", obj: envName(fc, v), key: jsString(v.name), desc: undefined, isStr: true };
        }
        const obj = fc.temp();
        parts.push(`${obj} = ${expr(fc, v.base)};`);
        if (v.type === "MemberExpression")
            return { kind: "index", obj, key: jsString(v.identifier.name), desc: describe(fc, v.base), isStr: true };
        if (v.index.type === "StringLiteral")
            return { kind: "index", obj, key: jsString(stringValue(fc, v.index)), desc: describe(fc, v.base), isStr: true };
        const key = fc.temp();
        parts.push(`${key} = ${expr(fc, v.index)};`);
        return { kind: "index", obj, key, desc: describe(fc, v.base), isStr: false };
    });
    const values: string[] = [];
    const init = s.init;
    const n = targets.length;
    init.forEach((e, i) => {
        if (i === init.length - 1 && isMulti(fc, e) && i < n) {
            const r = fc.temp();
            parts.push(`${r} = $mv(${rawMulti(fc, e)});`);
            for (let k = 0; i + k < n; k++) values.push(`${r}[${k}]`);
        } else if (i < n) {
            const t = fc.temp();
            parts.push(`${t} = ${expr(fc, e)};`);
            values.push(t);
        } else {
            parts.push(`${expr(fc, e)};`);
        }
    });
    while (values.length < n) values.push("undefined");
    for (let i = n - 1; i >= 0; i--) {
        const t = targets[i]!;
        if (t.kind === "local") parts.push(`${t.name} = ${values[i]};`);
        else
            parts.push(
                `${meta(fc, `$setindex${t.isStr ? "Str" : ""}`, `${t.obj}, ${t.key}, ${values[i]}${t.desc ? ", " + jsString(t.desc) : ""}`)};`,
            );
    }
    return parts.join(" ");
}

/** `storeLine`: the Lua line the store reports errors at (`function a.b.c()` uses its first line). */
function assignTo(
    fc: FunctionContext,
    target: A.Identifier | A.MemberExpression | A.IndexExpression,
    value: string,
    storeLine?: number,
): string {
    if (target.type === "Identifier") {
        const local = fc.chunk.res.refs.get(target);
        if (local !== undefined) return `${local.jsName} = ${value};`;
        if (target.name === "_ENV") return `$ENV = ${value};`;
        return `${meta(fc, "$setindexStr", `${envName(fc, target)}, ${jsString(target.name)}, ${value}${envDesc(fc, target)}`)};`;
    }
    const d = describe(fc, target.base);
    const desc = d === undefined ? "" : `, ${jsString(d)}`;
    const obj = expr(fc, target.base);
    if (target.type === "MemberExpression") return fieldWrite(fc, obj, target.identifier.name, value, desc, storeLine);
    if (target.index.type === "StringLiteral") return fieldWrite(fc, obj, stringValue(fc, target.index), value, desc, storeLine);
    // t[k] = v: stores into the array part inline (bench/table-loop)
    const b = fc.temp(),
        k = fc.temp(),
        w = fc.temp();
    // (a numeric for variable is known to be an integer: no type test for it)
    const isNumber = fc.isIntegerLocal(target.index) ? "" : `typeof ${k} === "number" && (${k} | 0) === ${k} && `;
    const a = fc.temp();
    return (
        `${b} = ${obj}; ${k} = ${expr(fc, target.index)}; ${w} = ${value}; ` +
        `if (${b} instanceof $Table && ${b}.metatable === null && ${isNumber}${w} !== undefined && ` +
        `((${a} = ${b}.arr), ${k} >= 1 && ${k} <= ${a}.length ? ((${a}[${k} - 1] = ${w}), true) : ${k} === ${a}.length + 1 && ${k} > 1 && ${b}.hash === null && (${a}.push(${w}), true)));` +
        ` else ${meta(fc, "$setindex", `${b}, ${k}, ${w}${desc}`)};`
    );
}

/**
 * t.k = v with a constant string key: a plain store when t is a table without a metatable
 * that already has string keys (bench/nbody); $setindexStr otherwise.
 */
function fieldWrite(fc: FunctionContext, obj: string, key: string, value: string, desc: string, storeLine?: number): string {
    const b = fc.temp();
    const w = fc.temp();
    const prop = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${jsString(key)}]`;
    return `${b} = ${obj}; ${w} = ${value}; ${storeLine === undefined ? "" : mark(storeLine)}if (${b} instanceof $Table && ${b}.metatable === null && ${b}.strs !== null && ${w} !== undefined) ${b}.strs${prop} = ${w}; else ${meta(fc, "$setindexStr", `${b}, ${jsString(key)}, ${w}${desc}`)};`;
}

function functionDisplayName(id: A.Identifier | A.MemberExpression): string {
    if (id.type === "Identifier") return id.name;
    const base = id.base.type === "Identifier" || id.base.type === "MemberExpression" ? functionDisplayName(id.base) : "?";
    return `${base}${id.indexer}${id.identifier.name}`;
}

function emitFunctionDeclaration(fc: FunctionContext, s: A.FunctionDeclaration): string {
    const id = s.identifier;
    const fn = functionExpr(fc, s, id ? functionDisplayName(id) : undefined);
    if (id === null) return `${fn};`;
    if (s.isLocal && id.type === "Identifier") {
        return declareOrAssign(fc, fc.chunk.res.decls.get(id)!.jsName, fn);
    }
    return assignTo(fc, id, fn, s.loc.start.line);
}

function emitReturnStatement(fc: FunctionContext, s: A.ReturnStatement): string {
    const args = s.arguments;
    if (args.length === 0) return "return $EMPTY;";
    if (args.length === 1) {
        const e = args[0]!;
        const tail = fc.selfTail;
        if (
            tail !== undefined &&
            e.type === "CallExpression" &&
            e.base.type === "Identifier" &&
            !isParenthesized(fc, e) &&
            fc.chunk.res.refs.get(e.base) === tail.local
        ) {
            return selfTailCall(fc, e, tail.params, tail.label);
        }
        if (isMulti(fc, e)) return `return ${e.type === "VarargLiteral" ? "$va" : rawCall(fc, e as A.CallLike, true)};`;
        if (
            isParenthesized(fc, e) &&
            (e.type === "CallExpression" || e.type === "StringCallExpression" || e.type === "TableCallExpression")
        ) {
            return `return $first(${rawCall(fc, e)});`;
        }
        return `return ${expr(fc, e)};`;
    }
    return `return ${arrayOfValues(fc, args)};`;
}

/** `return f(a, b)` inside f: evaluate the arguments, rebind the parameters, jump to the top. */
function selfTailCall(fc: FunctionContext, call: A.CallExpression, params: string[], label: string): string {
    const args = call.arguments;
    if (params[params.length - 1] === "...$va") {
        // a vararg function: the arguments past the named parameters become the new `...`
        const named = params.slice(0, -1);
        const r = fc.temp();
        const assigns = named.map((p, i) => `${p} = ${r}[${i}];`).join(" ");
        return `{ ${r} = [${argList(fc, args)}]; ${assigns} $va = ${r}.length > ${named.length} ? ${r}.slice(${named.length}) : $EMPTY; continue ${label}; }`;
    }
    if (args.length > 0 && isMulti(fc, args[args.length - 1]!)) {
        const r = fc.temp();
        const assigns = params.map((p, i) => `${p} = ${r}[${i}];`).join(" ");
        return `{ ${r} = [${argList(fc, args)}]; ${assigns} continue ${label}; }`;
    }
    const temps = args.map((a) => {
        const t = fc.temp();
        return [t, expr(fc, a)] as const;
    });
    const evals = temps.map(([t, js]) => `${t} = ${js};`).join(" ");
    const assigns = params.map((p, i) => `${p} = ${temps[i] ? temps[i]![0] : "undefined"};`).join(" ");
    return `{ ${evals} ${assigns} continue ${label}; }`;
}

function emitIfStatement(fc: FunctionContext, s: A.IfStatement, depth: number): string {
    let out = "";
    s.clauses.forEach((c, i) => {
        if (c.type === "ElseClause") out += ` else {`;
        else out += `${i === 0 ? "" : " else "}${i === 0 ? "" : mark(c.loc.start.line)}if (${cond(fc, c.condition)}) {`;
        out += emitBlock(fc, c.body, depth + 1, undefined, s.loc.end.line) + `${indent(depth)}}`;
    });
    return out;
}
