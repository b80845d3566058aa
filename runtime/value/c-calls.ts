// lua5.4's count of nested C calls (L->nCcalls, limit LUAI_MAXCCALLS = 200), as far as ptool
// has C calls that nest: pcall, xpcall, coroutine resumes, the iterator calls of generic for
// loops (generated code: `++$C.n` and `$C.n--` around the call, `$C.overflow()` at 200),
// __index and __newindex functions, __tostring, and the callbacks of table.sort and
// string.gsub (enterC). No try/finally around those: an error leaves the level to the pcall
// or resume that catches it, which restores its own. The main chunk runs at 2 (lua.c
// calls it through two lua_pcall); a pcall runs its function one level deeper and fails with
// "C stack overflow" when that level is 200; a resume runs the coroutine one level above the
// resumer's and fails when that level would be 200 or more. Resuming a coroutine does not
// count the calls it was suspended in (lua5.4 continues them without their C frames), so a
// pcall that yielded leaves the count to the resume that continued it (`activation`).
// Not counted: the other metamethods (arithmetic, comparison, concatenation, __len, __close),
// metamethods run by coroutine twins, and the calls of load, require, string.format's %s...

import { LuaError, runtimeError } from "./errors.js";

export const LUAI_MAXCCALLS = 200;

export const cCalls = {
    /** The current level. */
    n: 2,
    /** Which resume is running (0: the main thread), to tell when a pcall was continued by another. */
    activation: 0,
    /** Called by a for loop whose iterator call reached LUAI_MAXCCALLS or more (luaE_checkcstack). */
    overflow(fromBuiltin = false): number {
        // luaG_runerror adds a position only when the running function is Lua's
        if (cCalls.n === LUAI_MAXCCALLS) {
            if (fromBuiltin) throw new LuaError("C stack overflow");
            runtimeError("C stack overflow");
        }
        if (cCalls.n >= (LUAI_MAXCCALLS / 10) * 11) throw new LuaError("error in error handling");
        return 0;
    },
};

/**
 * luaD_call's increment before a call into Lua (the caller decrements cCalls.n after it);
 * fromBuiltin: the call is made by a builtin (no position in the error, as in lua5.4).
 */
export function enterC(fromBuiltin = false): void {
    if (++cCalls.n >= LUAI_MAXCCALLS) cCalls.overflow(fromBuiltin);
}

let activations = 0;

/** A fresh activation id for a resume (the caller restores the previous one). */
export function nextActivation(): number {
    return ++activations;
}
