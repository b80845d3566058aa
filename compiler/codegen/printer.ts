// Turns generated text with position markers into JS whose every line belongs to one Lua
// line, plus the tables that error positions and tracebacks use (runtime/value/callstack.ts):
// the Lua line of each JS line, which lines hold tail calls, and where method calls are.

const MARK_OPEN = "\x01";
const MARK_CLOSE = "\x02";
const TAIL = "\x03";
const CALL_OPEN = "\x05";
const CALL_CLOSE = "\x06";

/** "The code after this is Lua line `line`": a new JS line starts when the Lua line changes. */
export function mark(line: number): string {
    return `${MARK_OPEN}${line}${MARK_CLOSE}`;
}

/** Marks the JS line as a Lua tail call (`return f(x)`): error levels skip such frames. */
export function tailMark(): string {
    return TAIL;
}

/**
 * Placed just before the `(` of a call's arguments, the position V8 reports for the calling
 * frame: argument errors of builtins then use the name the call site gives the function
 * (`local fmt = string.format; fmt(...)` -> 'fmt'), and count `self` out of method calls.
 */
export function callMark(name: string, isMethod: boolean): string {
    return `${CALL_OPEN}${isMethod ? "*" : ""}${name}${CALL_CLOSE}`;
}

export interface Printed {
    code: string;
    /** lines[jsLine] = Lua line (negative on tail-call lines), JS lines 1-based; index 0 unused. */
    lines: number[];
    /** "jsLine:column=name" (1-based; name starts with "*" for a method) of named calls. */
    callSites: string[];
}

export function print(text: string): Printed {
    const out: string[] = [];
    const lines: number[] = [0];
    const callSites: string[] = [];
    let current = 0; // Lua line of the JS line being written, 0 while none
    let tail = false; // the JS line being written holds a tail call
    let pending = ""; // text of the JS line being written
    const endLine = () => {
        out.push(pending);
        lines.push(tail ? -current : current);
        pending = "";
        current = 0;
        tail = false;
    };
    const markers = /\x01(\d+)\x02|\x03|\x05([^\x06]*)\x06|\n/g;
    let at = 0;
    for (let m = markers.exec(text); m !== null; m = markers.exec(text)) {
        pending += text.slice(at, m.index);
        at = m.index + m[0].length;
        const c = m[0][0];
        if (c === "\n") {
            pending += "\n";
            endLine();
        } else if (c === TAIL) {
            tail = true;
        } else if (c === CALL_OPEN) {
            callSites.push(`${lines.length}:${pending.length + 1}=${m[2]}`);
        } else {
            const luaLine = Number(m[1]);
            if (current === 0) {
                current = luaLine;
            } else if (luaLine !== current && /^\s*(return|throw)?\s*$/.test(pending)) {
                // nothing that can fail is on the line yet, and a line break after `return`
                // would end the statement: the line belongs to the new Lua line
                // (`return [[a\nb]] .. x` fails on the operator's line)
                current = luaLine;
            } else if (luaLine !== current && pending.trim() !== "" && !/(return|throw|break|continue|yield\*?)\s*$/.test(pending)) {
                // a new JS line for the new Lua line (never right after a keyword: ASI)
                pending += "\n";
                endLine();
                current = luaLine;
            }
        }
    }
    pending += text.slice(at);
    endLine();
    // Unmarked lines belong to the line before them.
    for (let k = 1; k < lines.length; k++) if (lines[k] === 0) lines[k] = Math.abs(lines[k - 1] ?? 0);
    return { code: out.join(""), lines, callSites };
}
