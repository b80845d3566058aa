// lua5.4's constant folding, as far as it shows in error messages: `K and x` with a true
// constant K (and `K or x` with nil or false) compiles to x itself, so an error on the result
// names x ("global 'x'"). K may be a literal, `not` of a constant, or numeric arithmetic that
// lparser folds (lcode.c constfolding: no division by zero, no NaN or zero float results,
// bitwise operands with exact integer values).
import type * as A from "../ast.js";
import { parseNumeral } from "../literals.js";

type Num = { int: bigint } | { flt: number };

const toFloat = (v: Num): number => ("int" in v ? Number(v.int) : v.flt);
const toInt = (v: Num): bigint | undefined => {
    if ("int" in v) return v.int;
    return Number.isInteger(v.flt) && v.flt >= -(2 ** 63) && v.flt < 2 ** 63 ? BigInt(v.flt) : undefined;
};
const wrap = (n: bigint): Num => ({ int: BigInt.asIntN(64, n) });

const ARITH_OPS = new Set(["+", "-", "*", "/", "//", "%", "^", "&", "|", "~", "<<", ">>"]);

function arith(op: string, a: Num, b: Num): Num | undefined {
    if (!ARITH_OPS.has(op)) return undefined; // comparisons and `..` are not folded
    if (["&", "|", "~", "<<", ">>"].includes(op)) {
        const x = toInt(a);
        const y = toInt(b);
        if (x === undefined || y === undefined) return undefined;
        if (op === "&") return wrap(x & y);
        if (op === "|") return wrap(x | y);
        if (op === "~") return wrap(x ^ y);
        const shift = op === "<<" ? y : -y;
        if (shift <= -64n || shift >= 64n) return wrap(0n);
        return shift >= 0n ? wrap(x << shift) : wrap(BigInt.asUintN(64, x) >> -shift);
    }
    if ((op === "/" || op === "//" || op === "%") && toFloat(b) === 0) return undefined;
    if ("int" in a && "int" in b && op !== "/" && op !== "^") {
        if (op === "+") return wrap(a.int + b.int);
        if (op === "-") return wrap(a.int - b.int);
        if (op === "*") return wrap(a.int * b.int);
        const q = a.int / b.int;
        const floor = a.int % b.int !== 0n && a.int < 0n !== b.int < 0n ? q - 1n : q;
        return op === "//" ? wrap(floor) : wrap(a.int - floor * b.int);
    }
    const x = toFloat(a);
    const y = toFloat(b);
    let r: number;
    if (op === "+") r = x + y;
    else if (op === "-") r = x - y;
    else if (op === "*") r = x * y;
    else if (op === "/") r = x / y;
    else if (op === "^") r = x ** y;
    else if (op === "//") r = Math.floor(x / y);
    else if (op === "%") r = x - Math.floor(x / y) * y;
    else return undefined;
    return r !== r || r === 0 ? undefined : { flt: r };
}

function numeric(e: A.Expression, src: string): Num | undefined {
    if (e.type === "NumericLiteral") {
        const n = parseNumeral(src.slice(e.range[0], e.range[1])); // the prepass may have rewritten e.raw
        if (n === undefined) return undefined;
        return n.kind === "int" ? { int: n.value as bigint } : { flt: Number(n.value) };
    }
    if (e.type === "UnaryExpression" && (e.operator === "-" || e.operator === "~")) {
        const v = numeric(e.argument, src);
        if (v === undefined) return undefined;
        if (e.operator === "~") return arith("~", v, { int: -1n });
        if ("int" in v) return wrap(-v.int);
        return v.flt === 0 || v.flt !== v.flt ? undefined : { flt: -v.flt };
    }
    if (e.type === "BinaryExpression") {
        const a = numeric(e.left, src);
        const b = a && numeric(e.right, src);
        return a && b ? arith(e.operator, a, b) : undefined;
    }
    return undefined;
}

/** The truth value of an expression lua5.4 folds into a constant; undefined for the others. */
export function constantTruth(e: A.Expression, src: string): boolean | undefined {
    switch (e.type) {
        case "NilLiteral":
            return false;
        case "BooleanLiteral":
            return e.value;
        case "StringLiteral":
            return true;
        case "UnaryExpression":
            if (e.operator === "not") {
                const t = constantTruth(e.argument, src);
                return t === undefined ? undefined : !t;
            }
            return numeric(e, src) === undefined ? undefined : true;
        case "LogicalExpression": {
            const left = constantTruth(e.left, src);
            // `K and x` / `K or x` fold to x; the other way round they do not fold
            if (left === (e.operator === "and")) return constantTruth(e.right, src);
            return undefined;
        }
        default:
            return numeric(e, src) === undefined ? undefined : true;
    }
}

/**
 * Whether `e` falls through with a constant of truth `want` and no jump that skips what follows:
 * then `e and x` (want true) or `e or x` (want false) compiles to x. Besides constants that is
 * `y or K` / `y and K` with such a K, whose other jumps lead to x (lcode.c luaK_goiftrue).
 */
function fallsThrough(e: A.Expression, want: boolean, src: string): boolean {
    const t = constantTruth(e, src);
    if (t !== undefined) return t === want;
    if (e.type !== "LogicalExpression") return false;
    // `y or K` with K true: y's true jumps go where K's value goes; `y and K` with K false likewise
    if ((e.operator === "or") === want) return fallsThrough(e.right, want, src);
    return false;
}

/** The expression that `K and x` / `K or x` chains compile to, when they fold. */
export function foldedOperand(e: A.LogicalExpression, src: string): A.Expression | undefined {
    return fallsThrough(e.left, e.operator === "and", src) ? e.right : undefined;
}
