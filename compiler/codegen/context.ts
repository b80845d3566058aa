// Per-compile and per-function code generation state. Nothing here is global: two compiles
// can run in one process (embedding API, esbuild plugin).
import type * as A from "../ast.js";
import type { ParseResult } from "../parse.js";
import type { FunctionInfo, LabelInfo, Resolution } from "../resolve.js";

export interface ChunkContext {
    readonly chunkName: string;
    readonly parsed: ParseResult;
    readonly res: Resolution;
    /** Hoisted constants: JS expression -> constant name (floats with integral values). */
    readonly constants: Map<string, string>;
    /**
     * Emitted text of each nested function (its plain version and its twin): a function is
     * emitted inside both versions of its parent, so without this compile time would double
     * with every level of nesting.
     */
    readonly functionTexts: Map<A.FunctionDeclaration, string>;
}

/** How a goto reaches its label, decided when the label's block is emitted. */
export type LabelLowering =
    | { kind: "continue"; loopLabel: string }
    | { kind: "block"; jsLabel: string }
    | { kind: "switch"; jsLabel: string; stateVar: string; caseIndex: number; closes: string[] };

export class FunctionContext {
    private tempCount = 0;
    private labelCount = 0;
    readonly temps: string[] = [];
    /** Innermost enclosing Lua loop's JS label (for `break`). */
    loopLabels: string[] = [];
    /** Labels of the loop bodies being emitted, for the `goto continue` pattern. */
    readonly loopBodyLabel = new Map<A.Statement[], string>();
    readonly lowering = new Map<LabelInfo, LabelLowering>();
    /** Locals hoisted out of a labeled region: declared earlier, assigned at their statement. */
    readonly hoisted = new Set<string>();
    /**
     * Set when this function is a `local function` whose self tail calls become jumps:
     * `return f(x)` -> reassign the parameters and `continue` the loop around the body.
     */
    selfTail: { local: unknown; params: string[]; label: string } | undefined;
    /** Indentation depth of the statement being emitted (for readable output). */
    depth = 0;

    constructor(
        readonly chunk: ChunkContext,
        readonly info: FunctionInfo,
        readonly parent: FunctionContext | undefined,
        /** Emitting the generator twin that runs inside coroutines (runtime/value/yieldable.ts). */
        readonly gen = false,
    ) {}

    /** `$r`: scratch variable of the twin's metamethod helpers (see `meta` in expressions.ts). */
    usesPend = false;

    /** `$v` and `$b`: scratch variables of inline field reads (see fieldRead). */
    usesFieldTemps = false;

    /** Locals that always hold a plain integer number: counters of integer-literal for loops (set by loops.ts). */
    readonly integerLocals = new Set<string>();

    isIntegerLocal(e: { type: string }): boolean {
        if (e.type !== "Identifier") return false;
        const local = this.chunk.res.refs.get(e as Parameters<typeof this.chunk.res.refs.get>[0]);
        return local !== undefined && this.integerLocals.has(local.jsName);
    }

    temp(): string {
        const name = `$t${++this.tempCount}`;
        this.temps.push(name);
        return name;
    }

    label(prefix: string): string {
        return `$${prefix}${++this.labelCount}`;
    }
}
