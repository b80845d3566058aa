// The modules a chunk requires by literal name (`require "a.b"`, `require("a.b")`), which
// `ptool build` compiles into the bundle (DESIGN.md §6).
import type * as A from "./ast.js";
import { parse } from "./parse.js";
import { decodeStringLiteral } from "./literals.js";

export interface RequireScan {
    /** Literal module names, in order of first appearance. */
    literal: string[];
    /** Whether some require call has a name computed at run time. */
    dynamic: boolean;
}

export function scanRequires(source: string, chunkName: string): RequireScan {
    const parsed = parse(source, chunkName);
    const literal: string[] = [];
    let dynamic = false;
    const visit = (node: unknown): void => {
        if (Array.isArray(node)) {
            for (const n of node) visit(n);
            return;
        }
        if (typeof node !== "object" || node === null || !("type" in node)) return;
        const n = node as A.Node;
        if (
            (n.type === "CallExpression" || n.type === "StringCallExpression") &&
            n.base.type === "Identifier" &&
            n.base.name === "require"
        ) {
            const arg = n.type === "StringCallExpression" ? n.argument : n.arguments.length === 1 ? n.arguments[0] : undefined;
            if (arg?.type === "StringLiteral") {
                const name = decodeStringLiteral(parsed.source.slice(arg.range[0], arg.range[1]));
                if (!literal.includes(name)) literal.push(name);
            } else dynamic = true;
        }
        for (const [k, v] of Object.entries(n)) if (k !== "loc" && k !== "range" && typeof v === "object") visit(v);
    };
    visit(parsed.ast.body);
    return { literal, dynamic };
}
