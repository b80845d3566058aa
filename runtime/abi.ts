// The implementation of every name in abi-names.ts: what compiled code imports.
import type { AbiName } from "./abi-names.js";
import { LuaFloat } from "./value/number.js";
import type { LuaFunction } from "./value/types.js";
import { baseLib, ipairsAux, ipairsAsIterator, nextAsIterator } from "./lib/base.js";
import { LuaTable, StrBag } from "./value/table.js";
import { callable, first, index, indexStr, len, concat, setindex, setindexStr, truthy } from "./value/metatable.js";
import { add, sub, mul, div, mod, pow, idiv, unm, band, bor, bxor, shl, shr, bnot } from "./value/arith.js";
import { eq, lt, le, gt, ge } from "./value/compare.js";
import { forlimit, forprep } from "./value/for-loop.js";
import { NOERR, checkclose, closevar } from "./value/close.js";
import { PEND, T_VARIANTS, runPend, twin } from "./value/yieldable.js";
import { yieldFn, yieldResults } from "./lib/coroutine.js";
import { cCalls } from "./value/c-calls.js";

/** The function a generic for calls; lua5.4 names it 'for iterator' in argument errors. */
function iterator(f: unknown): LuaFunction {
    if (f === baseLib.next) return nextAsIterator;
    if (f === ipairsAux) return ipairsAsIterator;
    return callable(f, "for iterator 'for iterator'");
}

/** No results. Shared: callers never mutate result arrays. */
export const EMPTY: unknown[] = [];

/** All results of a call result, as an array. */
function mv(r: unknown): unknown[] {
    return Array.isArray(r) ? r : [r];
}

/** {a, b, f()} : positional values, then the results of a final multi-value expression. */
function tbl(arr?: unknown[], rest?: unknown): LuaTable {
    if (arr === undefined) return new LuaTable();
    if (rest !== undefined || arguments.length > 1) {
        if (Array.isArray(rest)) for (const v of rest) arr.push(v);
        else arr.push(rest);
    }
    let n = arr.length;
    while (n > 0 && arr[n - 1] === undefined) n--;
    arr.length = n;
    return new LuaTable(arr);
}

/**
 * Constructor with keyed fields: `layout` has "p" (one value) or "k" (key, value) per field.
 * As in lua5.4 (SETLIST), positional values are stored in groups of 50, each when the field
 * after its 50th begins, and the last group with the final multi-value results at the end; a
 * group stores nil too, so `{[1] = "a", nil}` has no t[1], while a keyed field after a stored
 * group wins over it.
 */
function tblm(flat: unknown[], layout: string, rest?: unknown): LuaTable {
    const t = new LuaTable();
    let pos = 1;
    let j = 0;
    let pending: unknown[] = [];
    const flush = () => {
        for (const v of pending) t.set(pos++, v);
        pending = [];
    };
    for (let i = 0; i < layout.length; i++) {
        if (pending.length === FIELDS_PER_FLUSH) flush();
        if (layout.charCodeAt(i) === 112 /* p */) {
            pending.push(flat[j++]);
        } else {
            const k = flat[j++];
            const v = flat[j++];
            t.set(k, v);
        }
    }
    if (arguments.length > 2) for (const v of mv(rest)) pending.push(v);
    flush();
    return t;
}

/** lua5.4's LFIELDS_PER_FLUSH. */
const FIELDS_PER_FLUSH = 50;

/** A table whose string keys were stored by the constructor into `bag` (a new StrBag). */
function tblb(bag: Record<string, unknown>): LuaTable {
    const t = new LuaTable();
    t.strs = bag;
    return t;
}

function float(n: number): LuaFloat {
    return new LuaFloat(n);
}

export const abi: Record<AbiName, unknown> = {
    $index: index,
    $indexStr: indexStr,
    $setindex: setindex,
    $setindexStr: setindexStr,
    $fn: callable,
    $iter: iterator,
    $first: first,
    $mv: mv,
    $truthy: truthy,
    $EMPTY: EMPTY,
    $add: add,
    $sub: sub,
    $mul: mul,
    $div: div,
    $mod: mod,
    $pow: pow,
    $idiv: idiv,
    $unm: unm,
    $band: band,
    $bor: bor,
    $bxor: bxor,
    $shl: shl,
    $shr: shr,
    $bnot: bnot,
    $concat: concat,
    $len: len,
    $eq: eq,
    $lt: lt,
    $le: le,
    $gt: gt,
    $ge: ge,
    $tbl: tbl,
    $tblm: tblm,
    $tblb: tblb,
    $Bag: StrBag,
    $float: float,
    $Table: LuaTable,
    $forlimit: forlimit,
    $forprep: forprep,
    $checkclose: checkclose,
    $closevar: closevar,
    $NOERR: NOERR,
    $C: cCalls,
    $twin: twin,
    $PEND: PEND,
    $runPend: runPend,
    $yield: yieldFn,
    $yres: yieldResults,
    $addT: T_VARIANTS.$addT,
    $subT: T_VARIANTS.$subT,
    $mulT: T_VARIANTS.$mulT,
    $divT: T_VARIANTS.$divT,
    $modT: T_VARIANTS.$modT,
    $powT: T_VARIANTS.$powT,
    $idivT: T_VARIANTS.$idivT,
    $bandT: T_VARIANTS.$bandT,
    $borT: T_VARIANTS.$borT,
    $bxorT: T_VARIANTS.$bxorT,
    $shlT: T_VARIANTS.$shlT,
    $shrT: T_VARIANTS.$shrT,
    $unmT: T_VARIANTS.$unmT,
    $bnotT: T_VARIANTS.$bnotT,
    $concatT: T_VARIANTS.$concatT,
    $lenT: T_VARIANTS.$lenT,
    $eqT: T_VARIANTS.$eqT,
    $ltT: T_VARIANTS.$ltT,
    $leT: T_VARIANTS.$leT,
    $gtT: T_VARIANTS.$gtT,
    $geT: T_VARIANTS.$geT,
    $indexT: T_VARIANTS.$indexT,
    $indexStrT: T_VARIANTS.$indexStrT,
    $setindexT: T_VARIANTS.$setindexT,
    $setindexStrT: T_VARIANTS.$setindexStrT,
    $closevarT: T_VARIANTS.$closevarT,
};
