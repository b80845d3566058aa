// `ptool check FILE.lua...`: compile without running, for CI and pre-commit hooks. Reports
// syntax errors as lua5.4 words them, with a code frame, plus what the compiler rejects
// (assignments to <const> locals, goto to an invisible label). Exit status 1 on errors.
import { readFileSync } from "node:fs";
import { compileLua, LuaSyntaxError } from "../compiler/index.js";
import { skipShebang } from "../runtime/lib/base.js";
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
        return [];
    } catch (e) {
        if (!(e instanceof LuaSyntaxError)) throw e;
        const message = e.luaMessage.startsWith(`${file}:`)
            ? e.luaMessage.slice(e.luaMessage.indexOf(":", file.length + 1) + 2)
            : e.luaMessage;
        return [{ file, line: e.line, column: e.column + 1, severity: "error", message }];
    }
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
    }
    return all.some((d) => d.severity === "error") ? 1 : 0;
}
