// Name resolution (manual §3.5): locals, upvalues, globals through _ENV, <const>/<close>
// attributes, and goto/label matching with Lua 5.4's visibility rules (§3.3.4).
// Writes side tables keyed by AST node; codegen reads them and never mutates the AST.
import type * as A from "./ast.js";
import type { Attribute } from "./prepass.js";
import { compileError } from "./diagnostics.js";
import { isReservedInJs } from "./names.js";

export interface FunctionInfo {
    readonly node: A.FunctionDeclaration | A.Chunk;
    readonly parent: FunctionInfo | undefined;
    readonly hasVararg: boolean;
    /** Every return gives exactly one value and the body cannot fall off its end (set by resolve). */
    singleResult: boolean;
}

export interface LocalInfo {
    readonly name: string;
    readonly jsName: string;
    readonly attribute: Attribute | undefined;
    readonly func: FunctionInfo;
    /** Assigned anywhere after its declaration (set by resolve). */
    assigned: boolean;
    /** Declared by `local function` (then, if never assigned, calls can be direct). */
    readonly isLocalFunction: boolean;
    /** The function of a `local function` declaration. */
    functionNode?: A.FunctionDeclaration;
}

export interface LabelInfo {
    readonly name: string;
    readonly node: A.LabelStatement;
    readonly block: A.Statement[];
    readonly index: number;
    /** Number of gotos jumping forward / backward to it. */
    forward: number;
    backward: number;
}

export interface Resolution {
    /** Identifier use -> local, or undefined for a global. */
    readonly refs: Map<A.Identifier, LocalInfo>;
    /** Global name use -> the _ENV local it goes through (absent: the chunk's _ENV). */
    readonly envRefs: Map<A.Identifier, LocalInfo>;
    /** Declaring identifiers (locals, parameters, loop variables). */
    readonly decls: Map<A.Identifier, LocalInfo>;
    readonly functions: Map<A.FunctionDeclaration | A.Chunk, FunctionInfo>;
    /** Function that an identifier use appears in. */
    readonly useSite: Map<A.Identifier, FunctionInfo>;
    readonly gotos: Map<A.GotoStatement, LabelInfo>;
    readonly labels: Map<A.LabelStatement, LabelInfo>;
    /** Blocks that contain labels targeted by a goto. */
    readonly blocksWithLabels: Set<A.Statement[]>;
    /** The implicit `self` parameter declared for `function a:b()`. */
    readonly selfIds: Map<A.FunctionDeclaration, A.Identifier>;
}

interface Scope {
    readonly parent: Scope | undefined;
    readonly func: FunctionInfo;
    readonly vars: Map<string, LocalInfo>;
}

interface PendingGoto {
    node: A.GotoStatement;
    /** Block chain from the goto outwards, with the index of the statement holding it. */
    path: Array<{ block: A.Statement[]; index: number }>;
}

/** Whether a function body always returns exactly one value (then callers need no unpacking). */
function returnsOneValue(body: A.Statement[], parenthesized: Set<string>): boolean {
    const last = body[body.length - 1];
    if (last === undefined || last.type !== "ReturnStatement") return false;
    let ok = true;
    const isSingle = (r: A.ReturnStatement): boolean => {
        if (r.arguments.length !== 1) return false;
        const e = r.arguments[0]!;
        const multi =
            e.type === "CallExpression" ||
            e.type === "StringCallExpression" ||
            e.type === "TableCallExpression" ||
            e.type === "VarargLiteral";
        return !multi || parenthesized.has(`${e.range[0]}:${e.range[1]}`);
    };
    const visit = (stmts: A.Statement[]): void => {
        for (const s of stmts) {
            switch (s.type) {
                case "ReturnStatement":
                    if (!isSingle(s)) ok = false;
                    break;
                case "IfStatement":
                    for (const c of s.clauses) visit(c.body);
                    break;
                case "WhileStatement":
                case "DoStatement":
                case "RepeatStatement":
                case "ForNumericStatement":
                case "ForGenericStatement":
                    visit(s.body);
                    break;
                default:
                    break;
            }
        }
    };
    visit(body);
    return ok;
}

export function resolve(chunk: A.Chunk, attributes: Map<number, Attribute>, chunkName: string, parenthesized: Set<string>): Resolution {
    const res: Resolution = {
        refs: new Map(),
        envRefs: new Map(),
        decls: new Map(),
        functions: new Map(),
        useSite: new Map(),
        gotos: new Map(),
        labels: new Map(),
        blocksWithLabels: new Set(),
        selfIds: new Map(),
    };
    const nameCounts = new Map<string, number>();

    function uniqueName(name: string): string {
        const n = nameCounts.get(name) ?? 0;
        nameCounts.set(name, n + 1);
        if (n === 0 && !isReservedInJs(name)) return name;
        return `${name}$${n + 1}`;
    }

    function declare(scope: Scope, id: A.Identifier, isLocalFunction = false): LocalInfo {
        const info: LocalInfo = {
            name: id.name,
            jsName: uniqueName(id.name),
            attribute: attributes.get(id.range[0]),
            func: scope.func,
            assigned: false,
            isLocalFunction,
        };
        scope.vars.set(id.name, info);
        res.decls.set(id, info);
        return info;
    }

    function lookup(scope: Scope | undefined, name: string): LocalInfo | undefined {
        for (let s = scope; s !== undefined; s = s.parent) {
            const v = s.vars.get(name);
            if (v !== undefined) return v;
        }
        return undefined;
    }

    // Block chain of the statement being visited, for goto resolution.
    let blockPath: Array<{ block: A.Statement[]; index: number }> = [];
    let pendingGotos: PendingGoto[] = [];
    // Labels by block, within the current function.
    let labelsByBlock = new Map<A.Statement[], Map<string, LabelInfo>>();

    function useIdentifier(scope: Scope, id: A.Identifier): void {
        res.useSite.set(id, scope.func);
        const local = lookup(scope, id.name);
        if (local !== undefined) {
            res.refs.set(id, local);
            return;
        }
        const env = lookup(scope, "_ENV");
        if (env !== undefined) res.envRefs.set(id, env);
    }

    function assignIdentifier(scope: Scope, id: A.Identifier): void {
        useIdentifier(scope, id);
        const local = res.refs.get(id);
        if (local !== undefined) {
            if (local.attribute !== undefined) {
                compileError(chunkName, id.loc.start.line, `attempt to assign to const variable '${id.name}'`);
            }
            local.assigned = true;
        }
    }

    function expression(scope: Scope, e: A.Expression): void {
        switch (e.type) {
            case "Identifier":
                useIdentifier(scope, e);
                return;
            case "FunctionDeclaration":
                functionBody(scope, e, undefined);
                return;
            case "TableConstructorExpression":
                for (const f of e.fields) {
                    if (f.type === "TableKey") expression(scope, f.key);
                    expression(scope, f.value);
                }
                return;
            case "BinaryExpression":
            case "LogicalExpression":
                expression(scope, e.left);
                expression(scope, e.right);
                return;
            case "UnaryExpression":
                expression(scope, e.argument);
                return;
            case "MemberExpression":
                expression(scope, e.base);
                return;
            case "IndexExpression":
                expression(scope, e.base);
                expression(scope, e.index);
                return;
            case "CallExpression":
                expression(scope, e.base);
                for (const a of e.arguments) expression(scope, a);
                return;
            case "TableCallExpression":
                expression(scope, e.base);
                expression(scope, e.arguments);
                return;
            case "StringCallExpression":
                expression(scope, e.base);
                return;
            default:
                return;
        }
    }

    function functionBody(scope: Scope, f: A.FunctionDeclaration, selfName: boolean | undefined): void {
        const hasVararg = f.parameters.some((p) => p.type === "VarargLiteral");
        const info: FunctionInfo = { node: f, parent: scope.func, hasVararg, singleResult: returnsOneValue(f.body, parenthesized) };
        res.functions.set(f, info);
        const inner: Scope = { parent: scope, func: info, vars: new Map() };
        if (selfName) {
            const selfId = { type: "Identifier", name: "self", loc: f.loc, range: f.range } as A.Identifier;
            declare(inner, selfId);
            res.selfIds.set(f, selfId);
        }
        for (const p of f.parameters) if (p.type === "Identifier") declare(inner, p);
        const savedPath = blockPath,
            savedGotos = pendingGotos,
            savedLabels = labelsByBlock;
        blockPath = [];
        pendingGotos = [];
        labelsByBlock = new Map();
        block(inner, f.body);
        finishGotos();
        blockPath = savedPath;
        pendingGotos = savedGotos;
        labelsByBlock = savedLabels;
    }

    function block(scope: Scope, body: A.Statement[], until?: A.Expression): void {
        const inner: Scope = { parent: scope, func: scope.func, vars: new Map() };
        const labels = new Map<string, LabelInfo>();
        labelsByBlock.set(body, labels);
        // Labels are visible in the whole block, so collect them first.
        body.forEach((s, index) => {
            if (s.type !== "LabelStatement") return;
            const name = s.label.name;
            // a repeated label: one declared before it in this block or in an enclosing one
            // (labels of enclosing blocks that come later in the source do not count)
            const previous = labels.get(name) ?? findEarlierEnclosingLabel(name);
            if (previous !== undefined) {
                compileError(chunkName, s.loc.start.line, `label '${name}' already defined on line ${previous.node.loc.start.line}`);
            }
            const info: LabelInfo = { name, node: s, block: body, index, forward: 0, backward: 0 };
            labels.set(name, info);
            res.labels.set(s, info);
        });
        body.forEach((s, index) => {
            blockPath.push({ block: body, index });
            statement(inner, s);
            blockPath.pop();
        });
        if (until !== undefined) expression(inner, until);
    }

    function findEarlierEnclosingLabel(name: string): LabelInfo | undefined {
        for (let i = blockPath.length - 1; i >= 0; i--) {
            const l = labelsByBlock.get(blockPath[i]!.block)?.get(name);
            if (l !== undefined && l.index < blockPath[i]!.index) return l;
        }
        return undefined;
    }

    function statement(scope: Scope, s: A.Statement): void {
        switch (s.type) {
            case "LocalStatement":
                for (const e of s.init) expression(scope, e);
                for (const v of s.variables) declare(scope, v);
                return;
            case "AssignmentStatement":
                for (const v of s.variables) {
                    if (v.type === "Identifier") assignIdentifier(scope, v);
                    else expression(scope, v);
                }
                for (const e of s.init) expression(scope, e);
                return;
            case "CallStatement":
                expression(scope, s.expression);
                return;
            case "FunctionDeclaration": {
                const id = s.identifier;
                if (s.isLocal && id?.type === "Identifier") {
                    declare(scope, id, true).functionNode = s;
                    functionBody(scope, s, false);
                    return;
                }
                if (id?.type === "Identifier") assignIdentifier(scope, id);
                else if (id) expression(scope, id.base);
                functionBody(scope, s, id?.type === "MemberExpression" && id.indexer === ":");
                return;
            }
            case "ReturnStatement":
                for (const e of s.arguments) expression(scope, e);
                return;
            case "IfStatement":
                for (const c of s.clauses) {
                    if (c.type !== "ElseClause") expression(scope, c.condition);
                    block(scope, c.body);
                }
                return;
            case "WhileStatement":
                expression(scope, s.condition);
                block(scope, s.body);
                return;
            case "DoStatement":
                block(scope, s.body);
                return;
            case "RepeatStatement":
                block(scope, s.body, s.condition);
                return;
            case "ForNumericStatement": {
                expression(scope, s.start);
                expression(scope, s.end);
                if (s.step) expression(scope, s.step);
                const inner: Scope = { parent: scope, func: scope.func, vars: new Map() };
                declare(inner, s.variable);
                block(inner, s.body);
                return;
            }
            case "ForGenericStatement": {
                for (const e of s.iterators) expression(scope, e);
                const inner: Scope = { parent: scope, func: scope.func, vars: new Map() };
                for (const v of s.variables) declare(inner, v);
                block(inner, s.body);
                return;
            }
            case "GotoStatement":
                pendingGotos.push({ node: s, path: blockPath.slice() });
                return;
            default:
                return;
        }
    }

    /** Match each goto of the finished function with a visible label (innermost block first). */
    function finishGotos(): void {
        for (const g of pendingGotos) {
            let target: LabelInfo | undefined;
            let from = 0;
            for (let i = g.path.length - 1; i >= 0; i--) {
                const l = labelsByBlock.get(g.path[i]!.block)?.get(g.node.label.name);
                if (l !== undefined) {
                    target = l;
                    from = g.path[i]!.index;
                    break;
                }
            }
            if (target === undefined) {
                compileError(
                    chunkName,
                    g.node.loc.start.line,
                    `no visible label '${g.node.label.name}' for <goto> at line ${g.node.loc.start.line}`,
                );
            }
            if (target.index > from) {
                // Forward: may not enter the scope of a local, unless the label ends the block.
                const atEnd = target.block.slice(target.index + 1).every((s) => s.type === "LabelStatement");
                if (!atEnd) {
                    for (let k = from + 1; k < target.index; k++) {
                        const s = target.block[k]!;
                        const declared =
                            s.type === "LocalStatement"
                                ? s.variables[0]?.name
                                : s.type === "FunctionDeclaration" && s.isLocal && s.identifier?.type === "Identifier"
                                  ? s.identifier.name
                                  : undefined;
                        if (declared !== undefined) {
                            compileError(
                                chunkName,
                                g.node.loc.start.line,
                                `<goto ${target.name}> at line ${g.node.loc.start.line} jumps into the scope of local '${declared}'`,
                            );
                        }
                    }
                }
                target.forward++;
            } else {
                target.backward++;
            }
            res.gotos.set(g.node, target);
            res.blocksWithLabels.add(target.block);
        }
    }

    const chunkInfo: FunctionInfo = { node: chunk, parent: undefined, hasVararg: true, singleResult: false };
    res.functions.set(chunk, chunkInfo);
    const root: Scope = { parent: undefined, func: chunkInfo, vars: new Map() };
    block(root, chunk.body);
    finishGotos();
    return res;
}
