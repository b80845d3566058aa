// Numeric and generic for (manual §3.3.5).
import type * as A from "../ast.js";
import type { FunctionContext } from "./context.js";
import { parseNumeral } from "../literals.js";
import { mark } from "./printer.js";
import { arrayOfValues, expr, isMulti, meta, rawMulti } from "./expressions.js";
import { emitBlock, indent } from "./statements.js";

/** Value of an integer literal (optionally negated), if `e` is one of small magnitude. */
function smallIntLiteral(e: A.Expression | null, limit: number, src: string): number | undefined {
    let negate = false;
    if (e?.type === "UnaryExpression" && e.operator === "-") {
        negate = true;
        e = e.argument;
    }
    if (e?.type !== "NumericLiteral") return undefined;
    const n = parseNumeral(src.slice(e.range[0], e.range[1])); // not e.raw: the prepass rewrites some numerals
    if (n?.kind !== "int" || n.value > BigInt(limit)) return undefined;
    return negate ? -Number(n.value) : Number(n.value);
}

// Integer literal start and step (the common `for i = 1, n`): a plain JS loop; the limit is
// clamped by $forlimit so the counter stays a safe integer (bench/table-loop).
//   for i = 1, n do ... end  ->  for (let i = 1, $e = $forlimit(n, 1); i <= $e; i += 1) { ... }
// Otherwise a ForLoop object from $forprep implements 5.4's precomputed iteration count
// and float loops.
export function emitForNumericStatement(fc: FunctionContext, s: A.ForNumericStatement, depth: number): string {
    const info = fc.chunk.res.decls.get(s.variable)!;
    const label = fc.label("L");
    const start = smallIntLiteral(s.start, 2 ** 52, fc.chunk.parsed.source);
    const step = s.step === null ? 1 : smallIntLiteral(s.step, 2 ** 31, fc.chunk.parsed.source);
    fc.loopBodyLabel.set(s.body, label);
    fc.loopLabels.push(label);
    let head: string;
    let bodyPrefix = "";
    if (start !== undefined && step !== undefined && step !== 0) {
        // loop-head variables are named after the loop's label, so they need no temporaries
        const limit = `${label}e`;
        const counter = info.assigned ? `${label}i` : info.jsName;
        if (!info.assigned) fc.integerLocals.add(info.jsName);
        if (info.assigned) bodyPrefix = `${indent(depth + 1)}let ${info.jsName} = ${counter};`;
        const test = step > 0 ? "<=" : ">=";
        head = `${label}: for (let ${counter} = ${start}, ${limit} = $forlimit(${expr(fc, s.end)}, ${step}); ${counter} ${test} ${limit}; ${counter} += ${step})`;
    } else {
        const loop = `${label}f`;
        const stepJs = s.step === null ? "1" : expr(fc, s.step);
        head = `${label}: for (const ${loop} = $forprep(${expr(fc, s.start)}, ${expr(fc, s.end)}, ${stepJs}); ${loop}.next(); )`;
        bodyPrefix = `${indent(depth + 1)}let ${info.jsName} = ${loop}.v;`;
    }
    const body = emitBlock(fc, s.body, depth + 1, undefined, s.loc.end.line);
    fc.loopLabels.pop();
    return `${head} {${bodyPrefix}${body}${indent(depth)}}`;
}

//   for k, v in explist do ... end  ->
//   { $r = [f, s, c, closing]; const $F = $fn(f); for (;;) { const $x = $F(s, c); let k, v = ...; if (k === undefined) break; c = k; ... } }
export function emitForGenericStatement(fc: FunctionContext, s: A.ForGenericStatement, depth: number): string {
    const res = fc.chunk.res;
    const label = fc.label("L");
    const names = s.variables.map((v) => res.decls.get(v)!.jsName);
    const state = fc.temp();
    const control = fc.temp();
    const fn = fc.temp();
    const closing = fc.temp();
    const its = s.iterators;
    const lastMulti = isMulti(fc, its[its.length - 1]!);
    const values = its.length === 1 && lastMulti ? `$mv(${rawMulti(fc, its[0]!)})` : arrayOfValues(fc, its);
    const r = fc.temp();
    const d = depth + 1;
    let out = `{${indent(d)}${r} = ${values};`;
    out += `${indent(d)}${fn} = $iter(${r}[0]); ${state} = ${r}[1]; ${control} = ${r}[2]; ${closing} = ${r}[3];`;
    const mayClose = lastMulti || its.length >= 4;
    let inner = d;
    let err = "";
    if (mayClose) {
        err = fc.temp();
        out += `${indent(d)}$checkclose(${closing}, "(for state)"); ${err} = $NOERR;${indent(d)}try {`;
        inner = d + 1;
    }
    fc.loopBodyLabel.set(s.body, label);
    fc.loopLabels.push(label);
    const x = fc.temp();
    // lua5.4 reports errors of the iterator call at the line of the expression list
    // in a twin, the iterator runs through its generator when it has one (it may yield)
    const step = fc.gen
        ? `${fn}.$g !== undefined ? (yield* ${fn}.$g(${state}, ${control})) : ${fn}(${state}, ${control})`
        : `${fn}(${state}, ${control})`;
    // lua5.4 counts the iterator call as a nested C call (runtime/value/c-calls.ts); an error
    // leaves the level to the pcall or resume that catches it, which restores its own
    let bind = `${indent(inner + 1)}${mark(its[0]!.loc.start.line)}${x} = (++$C.n >= 200 && $C.overflow(), ${step}); $C.n--;`;
    if (names.length === 1) {
        bind += `${indent(inner + 1)}let ${names[0]} = Array.isArray(${x}) ? ${x}[0] : ${x};`;
    } else {
        bind += `${indent(inner + 1)}let ${names.join(", ")};`;
        bind += `${indent(inner + 1)}if (Array.isArray(${x})) { ${names.map((n, i) => `${n} = ${x}[${i}];`).join(" ")} } else { ${names[0]} = ${x}; }`;
    }
    bind += `${indent(inner + 1)}if (${names[0]} === undefined) break;${indent(inner + 1)}${control} = ${names[0]};`;
    const body = emitBlock(fc, s.body, inner + 1, undefined, s.loc.end.line);
    fc.loopLabels.pop();
    out += `${indent(inner)}${mark(s.loc.start.line)}${label}: for (;;) {${bind}${body}${indent(inner)}}`;
    if (mayClose) {
        out += `${indent(d)}} catch ($e) {${indent(d + 1)}${err} = $e;${indent(d + 1)}throw $e;${indent(d)}} finally {${indent(d + 1)}${meta(fc, "$closevar", `${closing}, ${err}`)};${indent(d)}}`;
    }
    return out + `${indent(depth)}}`;
}
