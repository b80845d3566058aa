// A code frame under a syntax error: the offending line and its neighbours, with a caret.

export function codeFrame(source: string, line: number, column?: number): string {
    const lines = source.split(/\r\n|\n\r|\n|\r/);
    const first = Math.max(1, line - 1);
    const last = Math.min(lines.length, line + 1);
    const width = String(last).length;
    const out: string[] = [];
    for (let n = first; n <= last; n++) {
        const text = (lines[n - 1] ?? "").replace(/\t/g, "    ");
        out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${text}`);
        if (n === line) {
            const col = column !== undefined && column > 0 ? column : text.search(/\S/) + 1;
            out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, col - 1))}^`);
        }
    }
    return out.join("\n");
}
