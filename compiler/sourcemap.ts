// Source maps (v3) from generated JavaScript lines to Lua lines. Codegen lays the output out so
// that every JS line belongs to one Lua line (codegen/printer.ts), so one mapping per line,
// at column 0, says everything the line table says.

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 VLQ, for the map's "mappings". */
function vlq(n: number): string {
    let v = n < 0 ? (-n << 1) | 1 : n << 1;
    let s = "";
    do {
        let digit = v & 31;
        v >>>= 5;
        if (v > 0) digit |= 32;
        s += B64[digit];
    } while (v > 0);
    return s;
}

/**
 * `lines[jsLine]` is the Lua line of each generated line (negative on tail-call lines, 0 for
 * none); `source` is the Lua source as bytes, embedded as UTF-8 text for debuggers.
 */
export function lineSourceMap(lines: readonly number[], sourceName: string, source: string): string {
    const segments: string[] = [];
    let prevLine = 0;
    for (let js = 1; js < lines.length; js++) {
        const lua = Math.abs(lines[js] ?? 0);
        if (lua <= 0) {
            segments.push("");
            continue;
        }
        segments.push(`A${vlq(0)}${vlq(lua - 1 - prevLine)}A`);
        prevLine = lua - 1;
    }
    const text = Buffer.from(source, "latin1").toString("utf8");
    return JSON.stringify({ version: 3, sources: [sourceName], sourcesContent: [text], names: [], mappings: segments.join(";") });
}
