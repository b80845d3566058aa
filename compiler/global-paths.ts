// Field paths read from global tables (`ptool.etcd.connect`), for `ptool check`'s warnings
// about API names that do not exist. Only plain `a.b.c` chains rooted at a global count
// (not shadowed by a local); paths the script itself assigns (`ptool.extra = ...`,
// `function p.helper() end`) are left out, since the script defines them.
import type * as A from "./ast.js";
import { parse } from "./parse.js";
import { resolve } from "./resolve.js";

export interface GlobalPath {
    /** The global and its fields: ["ptool", "etcd", "connect"]. */
    readonly path: string[];
    /** Line and 1-based column of each segment's name. */
    readonly positions: Array<{ line: number; column: number }>;
}

function isNode(v: unknown): v is A.Node {
    return typeof v === "object" && v !== null && "type" in v && "loc" in v;
}

/**
 * `roots` maps each global to look at to the name it stands for (`p` -> `ptool`: aliases of
 * one table share their assigned paths). Throws LuaSyntaxError for invalid source.
 */
export function globalPaths(source: string, chunkName: string, roots: ReadonlyMap<string, string>): GlobalPath[] {
    const parsed = parse(source, chunkName);
    const res = resolve(parsed.ast, parsed.attributes, chunkName, parsed.parenthesized);
    const reads: GlobalPath[] = [];
    const assigned = new Set<string>();
    const key = (path: string[]): string => [roots.get(path[0]!), ...path.slice(1)].join(".");

    /** The chain of a member expression rooted at a global root, or undefined. */
    const chainOf = (e: A.Expression): GlobalPath | undefined => {
        const path: string[] = [];
        const positions: Array<{ line: number; column: number }> = [];
        let cur: A.Expression = e;
        while (cur.type === "MemberExpression") {
            path.unshift(cur.identifier.name);
            positions.unshift({ line: cur.identifier.loc.start.line, column: cur.identifier.loc.start.column + 1 });
            cur = cur.base;
        }
        if (cur.type !== "Identifier" || !roots.has(cur.name) || res.refs.has(cur)) return undefined;
        // a global read through a local or upvalue named _ENV is not the global table
        if (res.envRefs.get(cur) !== undefined) return undefined;
        path.unshift(cur.name);
        positions.unshift({ line: cur.loc.start.line, column: cur.loc.start.column + 1 });
        return path.length > 1 ? { path, positions } : undefined;
    };

    const visit = (n: A.Node): void => {
        if (n.type === "AssignmentStatement") {
            for (const v of n.variables) {
                const c = v.type === "MemberExpression" ? chainOf(v) : undefined;
                if (c !== undefined) {
                    assigned.add(key(c.path));
                    // the table being assigned into is read
                    if (v.type === "MemberExpression") visit(v.base);
                } else visit(v);
            }
            for (const e of n.init) visit(e);
            return;
        }
        if (n.type === "FunctionDeclaration" && n.identifier?.type === "MemberExpression") {
            const c = chainOf(n.identifier);
            if (c !== undefined) assigned.add(key(c.path));
            for (const s of n.body) visit(s);
            return;
        }
        if (n.type === "MemberExpression") {
            const c = chainOf(n);
            if (c !== undefined) {
                reads.push(c);
                return;
            }
        }
        for (const v of Object.values(n)) {
            if (Array.isArray(v)) {
                for (const x of v) if (isNode(x)) visit(x);
            } else if (isNode(v)) visit(v);
        }
    };
    for (const s of parsed.ast.body) visit(s);
    // a path is defined by the script when it or one of its prefixes is assigned
    return reads.filter((r) => !r.path.some((_, i) => i > 0 && assigned.has(key(r.path.slice(0, i + 1)))));
}
