// A code frame under a syntax error: the offending line and its neighbours, with a caret.

export function codeFrame(source: string, line: number, column?: number): string {
    const lines = source.split(/\r\n|\n\r|\n|\r/);
    const first = Math.max(1, line - 1);
    const last = Math.min(lines.length, line + 1);
    const width = String(last).length;
    const out: string[] = [];
    const MAX = 160; // long lines are shown around the column
    for (let n = first; n <= last; n++) {
        let text = (lines[n - 1] ?? "").replace(/\t/g, "    ");
        let col = column !== undefined && column > 0 ? column : text.search(/\S/) + 1;
        if (text.length > MAX) {
            const from = n === line ? Math.max(0, Math.min(col - MAX / 2, text.length - MAX)) : 0;
            text = (from > 0 ? "..." : "") + text.slice(from, from + MAX) + (from + MAX < text.length ? "..." : "");
            col = col - from + (from > 0 ? 3 : 0);
        }
        out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${text}`);
        if (n === line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, col - 1))}^`);
    }
    return out.join("\n");
}
