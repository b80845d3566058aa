// Lua errors as JS exceptions (manual §2.3), and the builders of every runtime error message,
// named after the message they produce.
import { captureSites, framesFromSites, luaFrames, where, type LuaFrame } from "./callstack.js";

/** os.exit(code, true): unwinds like an error (closing to-be-closed variables), but pcall does not catch it. */
export class ExitRequest {
    constructor(readonly status: number) {}
}

/** A Lua error in flight: `value` is what error() was given (any Lua value). */
export class LuaError {
    /** Lua frames when the error was raised, innermost first (for the CLI's traceback). */
    frames: LuaFrame[] | undefined;
    constructor(
        readonly value: unknown,
        frames?: LuaFrame[],
    ) {
        this.frames = frames;
    }
}

/** Raise `value` as error() does at `level` (1 = the Lua function calling error). */
export function throwValue(value: unknown, level: number): never {
    if (typeof value === "string" && level > 0) value = where(level) + value;
    throw new LuaError(value, luaFrames(20));
}

/** An error raised by a builtin that is itself a boundary (pcall, xpcall): its own frame is skipped. */
export function boundaryError(message: string): never {
    const frames = luaFrames(20);
    if (frames[0]?.isBuiltin) frames.shift();
    throw new LuaError(positionOf(frames[0]) + message, frames);
}

/** A runtime error positioned at the innermost running Lua function (luaG_runerror). */
export function runtimeError(message: string): never {
    const frames = luaFrames(20);
    throw new LuaError(positionOf(frames[0]) + message, frames);
}

function positionOf(f: LuaFrame | undefined): string {
    return f !== undefined && !f.isBuiltin && f.line > 0 ? `${f.chunkName}:${f.line}: ` : "";
}

// ---------------------------------------------------------------------------
// Conversion of JS exceptions that reach a Lua boundary (pcall, the CLI).

let stackHookInstalled = false;
const SITES = Symbol("sites");

/**
 * Keep V8's structured call sites on every Error so that a JS exception (stack overflow,
 * a runtime bug) can be given the Lua position where it happened.
 */
export function installStackHook(): void {
    if (stackHookInstalled) return;
    stackHookInstalled = true;
    const previous = Error.prepareStackTrace;
    Error.prepareStackTrace = (error, sites) => {
        try {
            (error as unknown as Record<symbol, unknown>)[SITES] = sites;
        } catch {
            // frozen error objects keep no sites
        }
        if (previous) return previous(error, sites);
        return `${String(error)}\n${sites.map((s) => `    at ${String(s)}`).join("\n")}`;
    };
}

export function isStackOverflow(e: unknown): boolean {
    return e instanceof RangeError && /call stack size/i.test(e.message);
}

// lua5.4 runs an xpcall handler where the error happened; after a stack overflow that is at
// the stack's limit, so a second overflow there is "error in error handling". Our handlers run
// after unwinding, so xpcall sets this while its handler handles an overflow.
let handlingOverflow = 0;

export function whileHandlingOverflow<T>(run: () => T): T {
    handlingOverflow++;
    try {
        return run();
    } finally {
        handlingOverflow--;
    }
}

/** The Lua error that a caught JS exception stands for. */
export function toLuaError(e: unknown): LuaError {
    if (e instanceof LuaError) return e;
    let frames: LuaFrame[] = [];
    if (e instanceof Error) {
        void e.stack; // runs the stack hook, which records the sites
        const sites = (e as unknown as Record<symbol, unknown>)[SITES];
        if (Array.isArray(sites)) frames = framesFromSites(sites);
    }
    const pos = positionOf(frames[0]);
    if (isStackOverflow(e)) return new LuaError(handlingOverflow > 0 ? "error in error handling" : pos + "stack overflow", frames);
    if (e instanceof Error && /out of memory|Invalid string length|Array buffer allocation failed|Invalid array length/i.test(e.message)) {
        return new LuaError("not enough memory", frames);
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return new LuaError(`${pos}internal error in ptool-ts runtime (${detail})`, frames);
}

export function currentFrames(): LuaFrame[] {
    return framesFromSites(captureSites(40));
}

// ---------------------------------------------------------------------------
// Message builders (the text follows lua5.4's).

function described(desc: string | undefined): string {
    return desc ? ` (${desc})` : "";
}

export function attemptToIndex(typeName: string, desc?: string): never {
    return runtimeError(`attempt to index a ${typeName} value${described(desc)}`);
}

export function attemptToCall(typeName: string, desc?: string): never {
    return runtimeError(`attempt to call a ${typeName} value${described(desc)}`);
}

export function attemptArithmetic(typeName: string, desc?: string): never {
    return runtimeError(`attempt to perform arithmetic on a ${typeName} value${described(desc)}`);
}

export function attemptBitwise(typeName: string, desc?: string): never {
    return runtimeError(`attempt to perform bitwise operation on a ${typeName} value${described(desc)}`);
}

export function attemptConcatenate(typeName: string, desc?: string): never {
    return runtimeError(`attempt to concatenate a ${typeName} value${described(desc)}`);
}

export function attemptLength(typeName: string, desc?: string): never {
    return runtimeError(`attempt to get length of a ${typeName} value${described(desc)}`);
}

export function attemptCompare(t1: string, t2: string): never {
    return runtimeError(t1 === t2 ? `attempt to compare two ${t1} values` : `attempt to compare ${t1} with ${t2}`);
}

export function noIntegerRepresentation(desc?: string): never {
    return runtimeError(`number${described(desc)} has no integer representation`);
}

export function badArgument(arg: number, fname: string, extra: string): never {
    // luaL_argerror: the function is named as the call site names it, and a method call
    // (s:rep()) does not count self
    const caller = luaFrames(1)[0];
    if (caller !== undefined && !caller.isBuiltin && caller.calleeName !== undefined) fname = caller.calleeName;
    if (caller?.isMethodCall) {
        arg--;
        if (arg === 0) return runtimeError(`calling '${fname}' on bad self (${extra})`);
    }
    return runtimeError(`bad argument #${arg} to '${fname}' (${extra})`);
}
