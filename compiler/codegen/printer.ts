// Turns generated text with line marks into JS whose every line belongs to one Lua line, and
// the table from JS line to Lua line that error positions and tracebacks use (runtime/value/callstack.ts).

const MARK_OPEN = "\x01";
const MARK_CLOSE = "\x02";

/** A position marker embedded in generated text: "the code after this is Lua line `line`". */
export function mark(line: number): string {
    return `${MARK_OPEN}${line}${MARK_CLOSE}`;
}

const TAIL = "\x03";

/** Marks the JS line as a Lua tail call (`return f(x)`): error levels skip such frames. */
export function tailMark(): string {
    return TAIL;
}

export interface Printed {
    code: string;
    /** lines[jsLine] = Lua line (negative on tail-call lines), JS lines 1-based; index 0 unused. */
    lines: number[];
}

export function print(text: string, firstJsLine = 1): Printed {
    const out: string[] = [];
    const lines: number[] = [0];
    for (let i = 1; i < firstJsLine; i++) lines.push(0);
    let current = 0; // Lua line of the JS line being written, 0 if none yet
    let tail = false; // the JS line being written holds a tail call
    let lineStartLen = 0;
    let pending = "";
    let i = 0;
    const flushLine = () => {
        lines.push(tail ? -current : current);
        tail = false;
    };
    text = text.replace(/\x03/g, () => "\x04");
    while (i < text.length) {
        const tailAt = text.indexOf("\x04", i);
        if (tailAt >= 0 && tailAt === i) {
            tail = true;
            i++;
            continue;
        }
        const open = text.indexOf(MARK_OPEN, i);
        const nl = text.indexOf("\n", i);
        if (nl >= 0 && (open < 0 || nl < open)) {
            pending += text.slice(i, nl + 1);
            out.push(pending);
            pending = "";
            flushLine();
            // a new JS line starts unassigned and inherits the previous line if never marked
            lineStartLen = 0;
            current = 0;
            i = nl + 1;
            continue;
        }
        const stop = [open, tailAt].filter((x) => x >= 0);
        if (stop.length === 0) {
            pending += text.slice(i);
            break;
        }
        if (tailAt >= 0 && (open < 0 || tailAt < open)) {
            pending += text.slice(i, tailAt);
            i = tailAt;
            continue;
        }
        pending += text.slice(i, open);
        const close = text.indexOf(MARK_CLOSE, open);
        const luaLine = Number(text.slice(open + 1, close));
        i = close + 1;
        if (current === 0) {
            current = luaLine;
        } else if (luaLine !== current && !/(return|throw|break|continue)\s*$/.test(pending) && pending.length > lineStartLen) {
            out.push(pending + "\n");
            pending = "";
            flushLine();
            current = luaLine;
        }
    }
    out.push(pending);
    flushLine();
    // Unmarked lines belong to the line before them.
    for (let k = 1; k < lines.length; k++) if (lines[k] === 0) lines[k] = Math.abs(lines[k - 1] ?? 0);
    return { code: out.join(""), lines };
}
