// `ptool check FILE.lua...`: compile without running, for CI and pre-commit hooks. Reports
// syntax errors as lua5.4 words them, with a code frame, plus what the compiler rejects
// (assignments to <const> locals, goto to an invisible label), and warns about fields of
// `ptool`/`p` that do not exist (`ptool.etcd.conect`), with a suggestion. Exit status 1 on
// errors; warnings alone leave it 0.
import { readFileSync } from "node:fs";
import { compileLua, LuaSyntaxError } from "../compiler/index.js";
import { globalPaths } from "../compiler/global-paths.js";
import { skipShebang } from "../runtime/lib/base.js";
import { LuaTable } from "../runtime/value/table.js";
import { openPtool } from "../runtime/ptool/index.js";
import { codeFrame } from "./code-frame.js";

export interface Diagnostic {
    file: string;
    line: number;
    column: number;
    severity: "error" | "warning";
    message: string;
}

export function checkFile(file: string): Diagnostic[] {
    let source: string;
    try {
        source = skipShebang(readFileSync(file, "latin1"));
    } catch {
        return [{ file, line: 0, column: 0, severity: "error", message: `cannot open ${file}` }];
    }
    try {
        compileLua(source, { chunkName: file });
        return apiWarnings(file, source);
    } catch (e) {
        if (!(e instanceof LuaSyntaxError)) throw e;
        const message = e.luaMessage.startsWith(`${file}:`)
            ? e.luaMessage.slice(e.luaMessage.indexOf(":", file.length + 1) + 2)
            : e.luaMessage;
        return [{ file, line: e.line, column: e.column + 1, severity: "error", message }];
    }
}

const ROOTS = new Map([
    ["ptool", "ptool"],
    ["p", "ptool"],
]);
let ptoolTable: LuaTable | undefined;

/** The ptool table a script sees (built once, from the runtime itself, so it is never out of date). */
function ptoolApi(): LuaTable {
    return (ptoolTable ??= openPtool(new LuaTable()));
}

function keysOf(t: LuaTable): string[] {
    const keys: string[] = [];
    for (let e = t.next(undefined); e !== undefined; e = t.next(e[0])) if (typeof e[0] === "string") keys.push(e[0]);
    return keys;
}

/** Levenshtein distance, for suggestions. */
function distance(a: string, b: string): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length]!;
}

function suggestion(name: string, candidates: string[]): string {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(name.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean '${best}'?)` : "";
}

/** Warnings for `ptool.x.y` / `p.x.y` paths that name nothing in the ptool API. */
function apiWarnings(file: string, source: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const { path, positions } of globalPaths(source, file, ROOTS)) {
        let node: unknown = ptoolApi();
        for (let i = 1; i < path.length && node instanceof LuaTable; i++) {
            const next = node.getStr(path[i]!);
            if (next === undefined) {
                const where = path.slice(0, i).join(".");
                out.push({
                    file,
                    line: positions[i]!.line,
                    column: positions[i]!.column,
                    severity: "warning",
                    message: `${where}.${path[i]} does not exist in the ptool API${suggestion(path[i]!, keysOf(node))}`,
                });
                break;
            }
            node = next;
        }
    }
    return out;
}

/** Runs the command; returns the exit status. */
export function check(files: string[], format: "text" | "json"): number {
    const all = files.flatMap(checkFile);
    if (format === "json") {
        process.stdout.write(JSON.stringify(all, null, 2) + "\n");
    } else {
        for (const d of all) {
            const where = d.line > 0 ? `${d.file}:${d.line}:` : `${d.file}:`;
            process.stderr.write(`${where} ${d.severity}: ${d.message}\n`);
            if (d.line > 0) process.stderr.write(codeFrame(skipShebang(readFileSync(d.file, "latin1")), d.line, d.column) + "\n");
        }
        if (all.length === 0) process.stderr.write(`${files.length} file${files.length === 1 ? "" : "s"} checked, no problems\n`);
        else if (!all.some((d) => d.severity === "error")) {
            process.stderr.write(
                `${files.length} file${files.length === 1 ? "" : "s"} checked, ${all.length} warning${all.length === 1 ? "" : "s"}\n`,
            );
        }
    }
    return all.some((d) => d.severity === "error") ? 1 : 0;
}
