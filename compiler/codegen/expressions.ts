// Expressions (manual §3.4): literals, names, indexing, operators, calls, table constructors
// and function bodies. Each function returns JS source for one Lua value, except the
// `raw*` functions, which return a call result (one value, or an array for any other count).
import type * as A from "../ast.js";
import { decodeStringLiteral, parseNumeral, LiteralError } from "../literals.js";
import { compileError } from "../diagnostics.js";
import { rangeKey } from "../parse.js";
import { functionJsName } from "../names.js";
import type { FunctionContext } from "./context.js";
import { callMark, mark, tailMark } from "./printer.js";
import { emitFunctionBody } from "./functions.js";
import { foldedOperand } from "./fold.js";

const MAX_SAFE = 9007199254740991n;

// ---------------------------------------------------------------------------
// Literals

/** A JS string literal for a Lua byte string. */
export function jsString(s: string): string {
    const json = JSON.stringify(s);
    return /[\x7f-\xff]/.test(json) ? json.replace(/[\x7f-\xff]/g, (c) => "\\x" + c.charCodeAt(0).toString(16)) : json;
}

export function stringValue(fc: FunctionContext, e: A.StringLiteral): string {
    const raw = fc.chunk.parsed.source.slice(e.range[0], e.range[1]);
    try {
        return decodeStringLiteral(raw);
    } catch (err) {
        if (err instanceof LiteralError) return compileError(fc.chunk.chunkName, e.loc.start.line, err.message);
        throw err;
    }
}

function floatConstant(fc: FunctionContext, v: number): string {
    if (!Number.isInteger(v)) return v === Infinity ? "Infinity" : v === -Infinity ? "-Infinity" : String(v);
    const src = Object.is(v, -0) ? "$float(-0)" : `$float(${v})`;
    let name = fc.chunk.constants.get(src);
    if (name === undefined) {
        name = `$K${fc.chunk.constants.size + 1}`;
        fc.chunk.constants.set(src, name);
    }
    return name;
}

function intConstant(v: bigint): string {
    if (v >= -MAX_SAFE && v <= MAX_SAFE) return v < 0n ? `(${v})` : String(v);
    return `${v}n`;
}

function numericLiteral(fc: FunctionContext, e: A.NumericLiteral, negate: boolean): string {
    const raw = fc.chunk.parsed.source.slice(e.range[0], e.range[1]);
    const n = parseNumeral(raw);
    if (n === undefined) return compileError(fc.chunk.chunkName, e.loc.start.line, `malformed number near '${raw}'`);
    if (n.kind === "int") return intConstant(negate ? BigInt.asIntN(64, -n.value) : n.value);
    return floatConstant(fc, negate ? -n.value : n.value);
}

// ---------------------------------------------------------------------------
// Names and descriptions (for messages such as "attempt to index a nil value (local 'x')")

export function envName(fc: FunctionContext, id: A.Identifier): string {
    const env = fc.chunk.res.envRefs.get(id);
    return env === undefined ? "$ENV" : env.jsName;
}

/** Description of the _ENV table a global goes through, for "attempt to index" messages. */
export function envDesc(fc: FunctionContext, id: A.Identifier): string {
    const env = fc.chunk.res.envRefs.get(id);
    if (env === undefined) return `, "upvalue '_ENV'"`;
    return env.func === fc.info ? `, "local '_ENV'"` : `, "upvalue '_ENV'"`;
}

export function describe(fc: FunctionContext, e: A.Expression): string | undefined {
    switch (e.type) {
        case "Identifier": {
            const local = fc.chunk.res.refs.get(e);
            if (local === undefined) return `global '${e.name}'`;
            return local.func === fc.info ? `local '${e.name}'` : `upvalue '${e.name}'`;
        }
        case "MemberExpression":
            return `field '${e.identifier.name}'`;
        case "IndexExpression": {
            let key = e.index; // a folded `K and "s"` key is the constant "s"
            while (key.type === "LogicalExpression") {
                const folded = foldedOperand(key, fc.chunk.parsed.source);
                if (folded === undefined) break;
                key = folded;
            }
            if (key.type === "StringLiteral") return `field '${cString(stringValue(fc, key))}'`;
            if (key.type === "NumericLiteral") {
                // lua5.4 names only keys its GETI instruction holds: integer constants 0..255
                const n = parseNumeral(fc.chunk.parsed.source.slice(key.range[0], key.range[1]));
                if (n?.kind === "int" && n.value >= 0n && n.value <= 255n) return "field 'integer index'";
            }
            return "field '?'";
        }
        case "StringLiteral":
            return `constant '${cString(stringValue(fc, e))}'`;
        case "LogicalExpression": {
            // lua5.4 folds `K and x` (K a true constant) and `K or x` (K nil or false) into x
            const x = foldedOperand(e, fc.chunk.parsed.source);
            return x === undefined ? undefined : describe(fc, x);
        }
        default:
            return undefined;
    }
}

/** lua5.4 writes names into messages as C strings: up to the first NUL byte. */
function cString(s: string): string {
    const nul = s.indexOf("\0");
    return nul < 0 ? s : s.slice(0, nul);
}

function descArgs(...descs: Array<string | undefined>): string {
    let last = descs.length;
    while (last > 0 && descs[last - 1] === undefined) last--;
    return descs
        .slice(0, last)
        .map((d) => `, ${d === undefined ? "undefined" : jsString(d)}`)
        .join("");
}

// ---------------------------------------------------------------------------
// Multiple results

export function isParenthesized(fc: FunctionContext, e: A.Expression): boolean {
    return fc.chunk.parsed.parenthesized.has(rangeKey(e));
}

/** True for an expression that can produce several values in a multi-value position. */
export function isMulti(fc: FunctionContext, e: A.Expression): boolean {
    return (
        (e.type === "CallExpression" ||
            e.type === "TableCallExpression" ||
            e.type === "StringCallExpression" ||
            e.type === "VarargLiteral") &&
        !isParenthesized(fc, e)
    );
}

/** JS for the call result (raw) of a multi-value expression. */
export function rawMulti(fc: FunctionContext, e: A.Expression): string {
    if (e.type === "VarargLiteral") return "$va";
    return rawCall(fc, e as A.CallLike);
}

/** Whether list[i] passes all its values: the last expression, multi-valued (not a call known to return one). */
function expandsAll(fc: FunctionContext, list: A.Expression[], i: number): boolean {
    const e = list[i]!;
    return i === list.length - 1 && isMulti(fc, e) && !(e.type !== "VarargLiteral" && callsSingleResultFunction(fc, e as A.CallLike));
}

/** JS argument list for Lua expressions, expanding the last one when it is multi-valued. */
export function argList(fc: FunctionContext, list: A.Expression[]): string {
    const parts: string[] = [];
    list.forEach((e, i) => {
        if (expandsAll(fc, list, i)) {
            parts.push(e.type === "VarargLiteral" ? "...$va" : `...$mv(${rawMulti(fc, e)})`);
        } else {
            parts.push(expr(fc, e));
        }
    });
    return parts.join(", ");
}

/** JS array expression holding all values of an expression list (for return, tables...). */
export function arrayOfValues(fc: FunctionContext, list: A.Expression[]): string {
    if (list.length === 1 && list[0]!.type === "VarargLiteral" && isMulti(fc, list[0]!)) return "$va";
    return `[${argList(fc, list)}]`;
}

// ---------------------------------------------------------------------------
// Helpers that may run a metamethod. In a twin (code that runs inside a coroutine) each goes
// through its T variant, which hands back a Lua metamethod call for the twin to run with
// yield*, so that the metamethod may yield (runtime/value/yieldable.ts).
//   plain:  $add(a, b)      twin:  (($r = $addT(a, b)) === $PEND ? (yield* $runPend()) : $r)

export function meta(fc: FunctionContext, helper: string, args: string): string {
    if (!fc.gen) return `${helper}(${args})`;
    fc.usesPend = true;
    return `(($r = ${helper}T(${args})) === $PEND ? (yield* $runPend()) : $r)`;
}

// ---------------------------------------------------------------------------
// Expressions

export function expr(fc: FunctionContext, e: A.Expression): string {
    switch (e.type) {
        case "NilLiteral":
            return "undefined";
        case "BooleanLiteral":
            return e.value ? "true" : "false";
        case "NumericLiteral":
            return numericLiteral(fc, e, false);
        case "StringLiteral":
            return jsString(stringValue(fc, e));
        case "VarargLiteral":
            return "$va[0]";
        case "Identifier": {
            const local = fc.chunk.res.refs.get(e);
            if (local !== undefined) return local.jsName;
            if (e.name === "_ENV") return "$ENV";
            return fieldRead(fc, envName(fc, e), e.name, envDesc(fc, e), "");
        }
        case "FunctionDeclaration":
            return functionExpr(fc, e, undefined);
        case "TableConstructorExpression":
            return tableConstructor(fc, e);
        case "MemberExpression":
            return fieldRead(
                fc,
                fieldBase(fc, e.base),
                e.identifier.name,
                descArgs(describe(fc, e.base)),
                mark(e.identifier.loc.start.line),
            );
        case "IndexExpression":
            return indexExpr(fc, e);
        case "CallExpression":
        case "TableCallExpression":
        case "StringCallExpression":
            return callsSingleResultFunction(fc, e) ? rawCall(fc, e) : `$first(${rawCall(fc, e)})`;
        case "BinaryExpression":
            return binary(fc, e);
        case "LogicalExpression":
            return logical(fc, e);
        case "UnaryExpression":
            return unary(fc, e);
    }
}

function indexExpr(fc: FunctionContext, e: A.IndexExpression): string {
    const base = expr(fc, e.base);
    const d = descArgs(describe(fc, e.base));
    if (e.index.type === "StringLiteral")
        return fieldRead(fc, fieldBase(fc, e.base, base), stringValue(fc, e.index), d, mark(e.loc.end.line));
    // t[k]: the array part inline (bench/table-loop), $index for everything else
    //   t[i]  ->  (typeof i === "number" && ($v = t?.arr?.[i - 1]) !== undefined ? $v : $index(t, i, ...))
    fc.usesFieldTemps = true;
    // the base, then the key, are evaluated first (into temporaries unless they are locals)
    const b = simpleLocal(fc, e.base) ?? fc.temp();
    const bInit = b === base ? "" : `${b} = ${base}, `;
    const lit =
        e.index.type === "NumericLiteral" ? parseNumeral(fc.chunk.parsed.source.slice(e.index.range[0], e.index.range[1])) : undefined;
    if (lit?.kind === "int" && lit.value >= 1n && lit.value <= 1000000n) {
        return `(${bInit}($v = ${b}?.arr?.[${Number(lit.value) - 1}]) !== undefined ? $v : ${mark(e.loc.end.line)}${meta(fc, "$index", `${b}, ${expr(fc, e.index)}${d}`)})`;
    }
    const key = expr(fc, e.index);
    const k = simpleLocal(fc, e.index) ?? fc.temp();
    const kInit = k === key ? "" : `${k} = ${key}, `;
    const isNumber = fc.isIntegerLocal(e.index) ? "" : `typeof ${k} === "number" && `;
    return `(${bInit}${kInit}${isNumber}($v = ${b}?.arr?.[${k} - 1]) !== undefined ? $v : ${mark(e.loc.end.line)}${meta(fc, "$index", `${b}, ${k}${d}`)})`;
}

// ---------------------------------------------------------------------------
// Field reads with a constant string key. Emitted inline so that each site gets its own
// V8 inline cache for the key (bench/nbody); only a miss goes through $indexStr, which
// handles metatables, strings and errors.
//   t.x  ->  (($v = t?.strs?.x) !== undefined ? $v : $indexStr(t, "x", "local 't'"))

/** The base of a field read: a local as it is, anything else evaluated into `$b`. */
interface FieldBase {
    /** JS evaluating the base (and storing it when `name` is "$b"). */
    readonly init: string;
    /** How to refer to the base afterwards. */
    readonly name: string;
}

function fieldBase(fc: FunctionContext, base: A.Expression, js?: string): FieldBase {
    const local = simpleLocal(fc, base);
    if (local !== undefined) return { init: local, name: local };
    fc.usesFieldTemps = true;
    return { init: `($b = ${js ?? expr(fc, base)})`, name: "$b" };
}

function propertyAccess(key: string): string {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${jsString(key)}]`;
}

function fieldRead(fc: FunctionContext, base: FieldBase | string, key: string, descs: string, m: string): string {
    fc.usesFieldTemps = true;
    const b = typeof base === "string" ? { init: base, name: base } : base;
    const access = `${b.init}?.strs?.${propertyAccess(key).replace(/^\./, "")}`;
    return `(($v = ${access}) !== undefined ? $v : ${m}${meta(fc, "$indexStr", `${b.name}, ${jsString(key)}${descs}`)})`;
}

// ---------------------------------------------------------------------------
// Operators (manual §3.4.1-§3.4.8)

const ARITH: Record<string, string> = {
    "+": "$add",
    "-": "$sub",
    "*": "$mul",
    "/": "$div",
    "%": "$mod",
    "^": "$pow",
    "//": "$idiv",
    "&": "$band",
    "|": "$bor",
    "~": "$bxor",
    "<<": "$shl",
    ">>": "$shr",
    "..": "$concat",
};

const COMPARE: Record<string, string> = { "<": "$lt", ">": "$gt", "<=": "$le", ">=": "$ge" };

/** Whether the JS for `e` is already a JS boolean. */
function isBoolean(e: A.Expression): boolean {
    switch (e.type) {
        case "BooleanLiteral":
            return true;
        case "BinaryExpression":
            return e.operator in COMPARE || e.operator === "==" || e.operator === "~=";
        case "UnaryExpression":
            return e.operator === "not";
        case "LogicalExpression":
            return isBoolean(e.left) && isBoolean(e.right);
        default:
            return false;
    }
}

/**
 * The line lua5.4 gives an operator's errors: the operator's own line for arithmetic,
 * bitwise and concatenation, the end of the right operand for comparisons.
 */
function operatorLine(fc: FunctionContext, e: A.BinaryExpression): number {
    if (e.operator in COMPARE || e.operator === "==" || e.operator === "~=") return e.right.loc.end.line;
    if (e.left.loc.end.line === e.right.loc.start.line) return e.left.loc.end.line;
    // find the operator after the left operand, past spaces and comments
    const src = fc.chunk.parsed.source;
    let i = e.left.range[1];
    let line = e.left.loc.end.line;
    while (i < e.right.range[0]) {
        const c = src[i];
        if (c === "\n") line++;
        else if (c === "-" && src[i + 1] === "-") {
            const long = /^--\[(=*)\[/.exec(src.slice(i, i + 100));
            const end = long ? src.indexOf(`]${long[1]}]`, i) : src.indexOf("\n", i);
            const stop = end < 0 ? e.right.range[0] : long ? end : end - 1;
            for (let k = i; k < stop; k++) if (src[k] === "\n") line++;
            i = stop + 1;
            continue;
        } else if (c !== " " && c !== "\t" && c !== "\r" && c !== "\f" && c !== "\v") break;
        i++;
    }
    return line;
}

function binary(fc: FunctionContext, e: A.BinaryExpression): string {
    const op = e.operator;
    const m = mark(operatorLine(fc, e));
    if (op === "==" || op === "~=") {
        const neg = op === "~=";
        const lit = e.right.type === "NilLiteral" ? e.left : e.left.type === "NilLiteral" ? e.right : undefined;
        if (lit !== undefined) return `(${expr(fc, lit)} ${neg ? "!==" : "==="} undefined)`;
        const strSide = e.right.type === "StringLiteral" || e.right.type === "BooleanLiteral" ? "right" : undefined;
        if (strSide) return `(${expr(fc, e.left)} ${neg ? "!==" : "==="} ${expr(fc, e.right)})`;
        return `${neg ? "!" : ""}${m}${meta(fc, "$eq", `${expr(fc, e.left)}, ${expr(fc, e.right)}`)}`;
    }
    const cmp = COMPARE[op];
    if (cmp !== undefined) return `${m}${meta(fc, cmp, `${expr(fc, e.left)}, ${expr(fc, e.right)}`)}`;
    const helper = ARITH[op];
    if (helper === undefined) throw new Error(`compiler bug: unknown operator ${op}`);
    return `${m}${meta(fc, helper, `${expr(fc, e.left)}, ${expr(fc, e.right)}${descArgs(describe(fc, e.left), describe(fc, e.right))}`)}`;
}

function unary(fc: FunctionContext, e: A.UnaryExpression): string {
    const m = mark(e.loc.start.line);
    switch (e.operator) {
        case "not":
            return `!${cond(fc, e.argument)}`;
        case "-":
            if (e.argument.type === "NumericLiteral" && !isParenthesized(fc, e.argument)) return numericLiteral(fc, e.argument, true);
            return `${m}${meta(fc, "$unm", `${expr(fc, e.argument)}${descArgs(describe(fc, e.argument))}`)}`;
        case "#":
            return `${m}${meta(fc, "$len", `${expr(fc, e.argument)}${descArgs(describe(fc, e.argument))}`)}`;
        case "~":
            return `${m}${meta(fc, "$bnot", `${expr(fc, e.argument)}${descArgs(describe(fc, e.argument))}`)}`;
    }
}

/** A side-effect-free JS expression that can be evaluated twice (a local). */
function simpleLocal(fc: FunctionContext, e: A.Expression): string | undefined {
    if (e.type === "Identifier" && fc.chunk.res.refs.has(e)) return fc.chunk.res.refs.get(e)!.jsName;
    return undefined;
}

function logical(fc: FunctionContext, e: A.LogicalExpression): string {
    const and = e.operator === "and";
    if (isBoolean(e.left)) return `(${expr(fc, e.left)} ${and ? "&&" : "||"} ${expr(fc, e.right)})`;
    let v = simpleLocal(fc, e.left);
    let prefix = "";
    if (v === undefined) {
        v = fc.temp();
        prefix = `${v} = ${expr(fc, e.left)}, `;
    }
    const falsy = `${v} === undefined || ${v} === false`;
    return and ? `(${prefix}${falsy} ? ${v} : ${expr(fc, e.right)})` : `(${prefix}${falsy} ? ${expr(fc, e.right)} : ${v})`;
}

/** JS boolean expression for the truth of a Lua expression (only nil and false are false). */
export function cond(fc: FunctionContext, e: A.Expression): string {
    if (isBoolean(e)) return expr(fc, e);
    switch (e.type) {
        case "NilLiteral":
            return "false";
        case "NumericLiteral":
        case "StringLiteral":
        case "TableConstructorExpression":
        case "FunctionDeclaration":
            return "true";
        case "LogicalExpression":
            return `(${cond(fc, e.left)} ${e.operator === "and" ? "&&" : "||"} ${cond(fc, e.right)})`;
        default: {
            const v = simpleLocal(fc, e);
            if (v !== undefined) return `(${v} !== undefined && ${v} !== false)`;
            return `$truthy(${expr(fc, e)})`;
        }
    }
}

// ---------------------------------------------------------------------------
// Calls (manual §3.4.10)

function callArguments(fc: FunctionContext, e: A.CallLike): string {
    if (e.type === "StringCallExpression") return expr(fc, e.argument);
    if (e.type === "TableCallExpression") return expr(fc, e.arguments);
    return argList(fc, e.arguments);
}

/** A direct call of a local function that always returns one value (bench/fib). */
function callsSingleResultFunction(fc: FunctionContext, e: A.CallLike): boolean {
    if (e.base.type !== "Identifier") return false;
    const local = fc.chunk.res.refs.get(e.base);
    if (local === undefined || !local.isLocalFunction || local.assigned || local.functionNode === undefined) return false;
    return fc.chunk.res.functions.get(local.functionNode)?.singleResult === true;
}

/** The argument expressions of a call. */
function argumentNodes(e: A.CallLike): A.Expression[] {
    if (e.type === "StringCallExpression") return [e.argument];
    if (e.type === "TableCallExpression") return [e.arguments];
    return e.arguments;
}

function isSimpleArgument(fc: FunctionContext, e: A.Expression): boolean {
    switch (e.type) {
        case "NilLiteral":
        case "BooleanLiteral":
        case "NumericLiteral":
        case "StringLiteral":
        case "VarargLiteral":
            return true;
        case "Identifier":
            return fc.chunk.res.refs.has(e);
        default:
            return false;
    }
}

/**
 * A twin's call arguments, written twice (generator branch and plain branch) in the call: so
 * anything but literals and locals is evaluated once, in order, into temporaries first.
 */
function twinArguments(fc: FunctionContext, e: A.CallLike): { pre: string; args: string } {
    const list = argumentNodes(e);
    if (list.every((a) => isSimpleArgument(fc, a))) return { pre: "", args: argList(fc, list) };
    let pre = "";
    const args: string[] = [];
    list.forEach((a, i) => {
        const t = fc.temp();
        if (expandsAll(fc, list, i)) {
            pre += `${t} = ${a.type === "VarargLiteral" ? "$va" : `$mv(${rawMulti(fc, a)})`}, `;
            args.push(`...${t}`);
        } else {
            pre += `${t} = ${expr(fc, a)}, `;
            args.push(t);
        }
    });
    return { pre, args: args.join(", ") };
}

/**
 * A twin's call of the function in `f` (a temporary): coroutine.yield suspends the twin
 * directly, other functions run through their generator when they have one.
 */
function twinInvoke(f: string, site: string, args: string): string {
    // V8 places a call of a plain name at the name (not at its parenthesis): the call-site mark goes there
    return `${f} === $yield ? $yres(yield [${args}]) : ${f}.$g !== undefined ? (yield* ${f}.$g(${args})) : ${site}${f}(${args})`;
}

/**
 * What goes right before a call's arguments: lua5.4 gives a call the line where its
 * expression starts (`a\n.b\n(...)` calls on line 1), and `tail` marks the line that makes
 * a tail call (`return f(x)`: error levels skip that frame).
 */
function callLead(e: A.CallLike, tail: boolean): string {
    return mark(e.loc.start.line) + (tail ? tailMark() : "");
}

/** JS for a call, evaluating to its raw result. `tail`: the call is `return f(...)`. */
export function rawCall(fc: FunctionContext, e: A.CallLike, tail = false): string {
    if (fc.gen) return rawTwinCall(fc, e, tail);
    const m = mark(e.loc.start.line);
    const lead = callLead(e, tail);
    const base = e.base;
    if (base.type === "MemberExpression" && base.indexer === ":") {
        const self = fc.temp();
        const obj = expr(fc, base.base);
        const name = jsString(base.identifier.name);
        const args = callArguments(fc, e);
        const fn = `$fn($indexStr(${self}, ${name}${descArgs(describe(fc, base.base))}), ${jsString(`method '${base.identifier.name}'`)})`;
        // lua5.4 indexes for the method (OP_SELF) on the line of its name, and calls on the call's line
        const nameMark = mark(base.identifier.loc.start.line);
        return `(${self} = ${obj}, ${nameMark}${fn}${lead}${callMark(base.identifier.name, true)}(${self}${args ? ", " + args : ""}))`;
    }
    if (base.type === "Identifier") {
        const local = fc.chunk.res.refs.get(base);
        if (local !== undefined && local.isLocalFunction && !local.assigned) {
            return `${m}${local.jsName}${lead}(${callArguments(fc, e)})`;
        }
    }
    const d = describe(fc, base);
    const fn = `$fn(${expr(fc, base)}${d === undefined ? "" : ", " + jsString(d)})`;
    const name = d === undefined ? undefined : /'(.*)'$/s.exec(d)?.[1];
    const site = name === undefined || name === "?" || name === "integer index" || /[\x00-\x1f=,]/.test(name) ? "" : callMark(name, false);
    return `${m}${fn}${lead}${site}(${callArguments(fc, e)})`;
}

function rawTwinCall(fc: FunctionContext, e: A.CallLike, tail: boolean): string {
    const m = mark(e.loc.start.line);
    const lead = callLead(e, tail);
    const base = e.base;
    if (base.type === "MemberExpression" && base.indexer === ":") {
        const self = fc.temp();
        const f = fc.temp();
        const obj = expr(fc, base.base);
        const name = jsString(base.identifier.name);
        const method = meta(fc, "$indexStr", `${self}, ${name}${descArgs(describe(fc, base.base))}`);
        const { pre, args } = twinArguments(fc, e);
        const all = args ? `${self}, ${args}` : self;
        const fn = `$fn(${method}, ${jsString(`method '${base.identifier.name}'`)})`;
        return `(${self} = ${obj}, ${mark(base.identifier.loc.start.line)}${f} = ${fn}, ${pre}${lead}${twinInvoke(f, callMark(base.identifier.name, true), all)})`;
    }
    if (base.type === "Identifier") {
        const local = fc.chunk.res.refs.get(base);
        if (local !== undefined && local.isLocalFunction && !local.assigned) {
            // always one of our compiled functions, so it has a twin
            const { pre, args } = twinArguments(fc, e);
            return `(${pre}${m}${lead}(yield* ${local.jsName}.$g(${args})))`;
        }
    }
    const d = describe(fc, base);
    const f = fc.temp();
    const fn = `$fn(${expr(fc, base)}${d === undefined ? "" : ", " + jsString(d)})`;
    const name = d === undefined ? undefined : /'(.*)'$/s.exec(d)?.[1];
    const site = name === undefined || name === "?" || name === "integer index" || /[\x00-\x1f=,]/.test(name) ? "" : callMark(name, false);
    const { pre, args } = twinArguments(fc, e);
    // the call itself is on the call's line again when arguments spanned other lines
    return `(${m}${f} = ${fn}, ${pre}${lead}${twinInvoke(f, site, args)})`;
}

// ---------------------------------------------------------------------------
// Table constructors (manual §3.4.9)

function tableConstructor(fc: FunctionContext, e: A.TableConstructorExpression): string {
    const fields = e.fields;
    if (fields.length === 0) return "$tbl()";
    const lastField = fields[fields.length - 1]!;
    const lastMulti = lastField.type === "TableValue" && isMulti(fc, lastField.value) ? lastField.value : undefined;
    const body = lastMulti ? fields.slice(0, -1) : fields;
    const tail = lastMulti ? `, ${rawMulti(fc, lastMulti)}` : "";
    if (body.every((f) => f.type === "TableValue")) {
        return `$tbl([${body.map((f) => expr(fc, f.value)).join(", ")}]${tail})`;
    }
    // {x = a, y = b}: the string-key object built in place (bench/table-loop)
    //   -> ($t1 = new $Bag(), $t1.x = a, $t1.y = b, $tblb($t1))
    if (!lastMulti && body.every((f) => f.type === "TableKeyString" || (f.type === "TableKey" && f.key.type === "StringLiteral"))) {
        const bag = fc.temp();
        const stores = body.map((f) => {
            const key = f.type === "TableKeyString" ? f.key.name : stringValue(fc, (f as A.TableKey).key as A.StringLiteral);
            return `${bag}${propertyAccess(key)} = ${expr(fc, f.value)}`;
        });
        return `(${bag} = new $Bag(), ${stores.join(", ")}, $tblb(${bag}))`;
    }
    const flat: string[] = [];
    let layout = "";
    for (const f of body) {
        if (f.type === "TableValue") {
            flat.push(expr(fc, f.value));
            layout += "p";
        } else {
            flat.push(f.type === "TableKeyString" ? jsString(f.key.name) : expr(fc, f.key), expr(fc, f.value));
            layout += "k";
        }
    }
    return `${mark(e.loc.start.line)}$tblm([${flat.join(", ")}], "${layout}"${tail})`;
}

// ---------------------------------------------------------------------------
// Function expressions (manual §3.4.11)

export function functionExpr(fc: FunctionContext, f: A.FunctionDeclaration, luaName: string | undefined): string {
    return emitFunctionBody(fc, f, functionJsName(luaName, f.loc.start.line));
}
