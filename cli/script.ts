// Running a main chunk as a program: the globals and `arg`, the exit status, and lua.c's
// report of an uncaught error. Shared by `ptool run` and built bundles.
import { setFlagsFromString } from "node:v8";
import { resolve } from "node:path";
import { createGlobals } from "../runtime/lib/init.js";
import { setScriptPath } from "../runtime/ptool/index.js";
import { LuaTable } from "../runtime/value/table.js";
import { ExitRequest, installStackHook, toLuaError } from "../runtime/value/errors.js";
import { stdout, writeStderr } from "../runtime/lib/stdout.js";
import type { LuaFunction } from "../runtime/value/types.js";
import { errorMessage, traceback } from "./traceback.js";

/** Process-wide set-up for running Lua on this thread. */
export function prepareLuaThread(): void {
    // Compiled Lua makes many small helper calls ($add, $lt...); a larger inlining budget lets
    // TurboFan inline them into big functions (bench/nbody: about 1.4x faster). Set here, once
    // Node has started, because during start-up it costs about 30 ms.
    setFlagsFromString("--max-inlined-bytecode-size-cumulative=8000");
    installStackHook();
    Error.stackTraceLimit = 50;
}

/** The globals of a script, with `arg` (arg[0] is the script, arg[1..n] its arguments). */
export function scriptGlobals(script: string, args: readonly string[]): LuaTable {
    const G = createGlobals();
    setScriptPath(Buffer.from(resolve(script), "utf8").toString("latin1"));
    const arg = new LuaTable();
    arg.set(0, script);
    args.forEach((a, i) => arg.set(i + 1, Buffer.from(a, "utf8").toString("latin1")));
    arg.set(-1, "ptool");
    G.setStr("arg", arg);
    return G;
}

/** Calls the main chunk with the script's arguments; returns the exit status. */
export function runMain(main: LuaFunction, G: LuaTable): number {
    const arg = G.getStr("arg") as LuaTable;
    try {
        main(...arg.arr);
        stdout.flush();
        return 0;
    } catch (e) {
        const err = toLuaError(e);
        if (err.value instanceof ExitRequest) {
            stdout.flush();
            return err.value.status;
        }
        writeStderr(`ptool: ${errorMessage(err.value)}\n${traceback(err.frames ?? [])}\n`);
        return 1;
    }
}
