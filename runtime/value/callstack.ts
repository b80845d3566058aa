// Lua positions for JavaScript stack frames: compiled chunks register a table that maps each
// generated JS line to its Lua line; error positions and tracebacks are computed from V8's
// structured stack only when an error is built, so the fast path pays nothing.

export interface ChunkInfo {
    /** Lua chunk name as shown in messages ("script.lua", "[string \"...\"]", "=stdin" stripped). */
    readonly chunkName: string;
    /** lines[jsLine] = Lua line (0 where unknown); JS lines are 1-based. */
    readonly lines: Int32Array;
    /** "jsLine:column" -> the name a call site gives its function ("*name" for a method call). */
    readonly callSites: Map<string, string>;
}

export interface LuaFrame {
    readonly chunkName: string;
    readonly line: number;
    /** Name of the JS function, which codegen derives from the Lua function's name. */
    readonly functionName: string;
    /** True for a JS function of the runtime library (a "C function" in Lua terms). */
    readonly isBuiltin: boolean;
    /** The frame is executing `return f(...)`: Lua would have replaced it with f's frame. */
    readonly isTailCall?: boolean;
    /** The frame is calling a method (`obj:m(...)`). */
    readonly isMethodCall?: boolean;
    /** The name the frame's call site gives the function it calls (`fmt` in `fmt(...)`). */
    readonly calleeName?: string;
    /** Lua line where the frame's function starts (debug.getinfo's linedefined), 0 if unknown. */
    readonly definedLine?: number;
}

// One registry per process: compiled chunks are keyed by the file name given to V8
// (vm.Script filename or `//# sourceURL`), which is unique per compiled chunk.
const chunks = new Map<string, ChunkInfo>();

export function registerChunk(fileName: string, chunkName: string, encodedLines: string, callSites: readonly string[] = []): void {
    const sites = new Map<string, string>();
    for (const s of callSites) {
        const eq = s.indexOf("=");
        sites.set(s.slice(0, eq), s.slice(eq + 1));
    }
    chunks.set(fileName, { chunkName, lines: decodeLines(encodedLines), callSites: sites });
}

/** Line table encoding: comma separated run-length pairs "luaLine*count". */
export function encodeLines(lines: number[]): string {
    const out: string[] = [];
    let i = 1;
    while (i < lines.length) {
        let j = i;
        while (j + 1 < lines.length && lines[j + 1] === lines[i]) j++;
        const count = j - i + 1;
        out.push(count === 1 ? String(lines[i] ?? 0) : `${lines[i] ?? 0}*${count}`);
        i = j + 1;
    }
    return out.join(",");
}

function decodeLines(encoded: string): Int32Array {
    const values: number[] = [0];
    if (encoded.length > 0) {
        for (const part of encoded.split(",")) {
            const star = part.indexOf("*");
            if (star < 0) values.push(Number(part));
            else {
                const v = Number(part.slice(0, star));
                for (let n = Number(part.slice(star + 1)); n > 0; n--) values.push(v);
            }
        }
    }
    return Int32Array.from(values);
}

interface CallSiteLike {
    getFileName(): string | null | undefined;
    getLineNumber(): number | null;
    getColumnNumber(): number | null;
    getFunctionName(): string | null;
    getEnclosingLineNumber?(): number | null;
}

/**
 * Library functions that call other functions (pcall, xpcall, ...) are "C functions" between
 * Lua frames: error levels count them, and an error raised by a function they call directly
 * has no position (luaL_where finds no Lua line). They are recognised by their JS name,
 * which bundles keep (esbuild keepNames).
 */
const boundaryNames = new Set<string>();
export function markBoundary(name: string): void {
    boundaryNames.add(name);
}

/**
 * Functions that start a coroutine's stack (the resume of the coroutine library): frames
 * below them belong to the resumer, which Lua does not see from inside the coroutine.
 */
const stackBases = new Set<string>();
export function markStackBase(name: string): void {
    stackBases.add(name);
}

function captureSites(limit: number): CallSiteLike[] {
    const savedPrepare = Error.prepareStackTrace;
    const savedLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = limit;
    Error.prepareStackTrace = (_e, sites) => sites;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder, captureSites);
    const sites = holder.stack as CallSiteLike[] | undefined;
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
    return Array.isArray(sites) ? sites : [];
}

function toFrame(site: CallSiteLike): LuaFrame | undefined {
    const file = site.getFileName();
    if (!file) return undefined;
    const info = chunks.get(file);
    if (info === undefined) {
        const name = site.getFunctionName();
        if (name !== null && boundaryNames.has(name)) return { chunkName: "[C]", line: 0, functionName: name, isBuiltin: true };
        return undefined;
    }
    const jsLine = site.getLineNumber() ?? 0;
    const line = jsLine < info.lines.length ? info.lines[jsLine]! : 0;
    const callee = info.callSites.size > 0 ? info.callSites.get(`${jsLine}:${site.getColumnNumber() ?? 0}`) : undefined;
    const isMethodCall = callee !== undefined && callee.startsWith("*");
    const calleeName = callee === undefined ? undefined : isMethodCall ? callee.slice(1) : callee;
    const enclosing = site.getEnclosingLineNumber?.() ?? 0;
    const definedLine = enclosing > 0 && enclosing < info.lines.length ? Math.abs(info.lines[enclosing]!) : 0;
    return {
        chunkName: info.chunkName,
        definedLine,
        line: Math.abs(line),
        functionName: site.getFunctionName() ?? "",
        isBuiltin: false,
        isTailCall: line < 0,
        isMethodCall,
        calleeName,
    };
}

/** Frames of compiled Lua code (and boundary builtins) currently on the stack, innermost first. */
export function luaFrames(limit = 64): LuaFrame[] {
    return framesFromSites(captureSites(limit + 32)).slice(0, limit);
}

/**
 * "chunk:line: " for the Lua function `level` levels up (1 = innermost Lua function),
 * or "" when there is none (luaL_where).
 */
export function where(level: number): string {
    if (level <= 0) return "";
    const frames = luaFrames(level);
    const f = frames[level - 1];
    if (f === undefined || f.isBuiltin || f.line <= 0) return "";
    return `${f.chunkName}:${f.line}: `;
}

/** Frames mapped from an arbitrary captured JS stack (for tracebacks of caught errors). */
export function framesFromSites(sites: readonly CallSiteLike[]): LuaFrame[] {
    const out: LuaFrame[] = [];
    for (const s of sites) {
        if (stackBases.size > 0 && stackBases.has(s.getFunctionName() ?? "")) break;
        const f = toFrame(s);
        if (f === undefined) continue;
        // a frame that tail-called a Lua function no longer exists in Lua's stack
        const callee = out[out.length - 1];
        if (f.isTailCall && callee !== undefined && !callee.isBuiltin) continue;
        out.push(f);
    }
    return out;
}

export { captureSites };
