// To-be-closed variables (manual §3.3.8): checked when declared, closed in reverse order on
// every exit of their block, with the error object when the exit is an error.
import { metamethod, call } from "./metatable.js";
import { ExitRequest, runtimeError, toLuaError } from "./errors.js";

/** Marks "no error" in the variable that codegen keeps next to a to-be-closed local. */
export const NOERR: unique symbol = Symbol("noerror");

export function checkclose(v: unknown, name: string): void {
    if (v === undefined || v === false) return;
    if (metamethod(v, "__close") === undefined) runtimeError(`variable '${name}' got a non-closable value`);
}

export function closevar(v: unknown, err: unknown): void {
    if (v === undefined || v === false) return;
    const h = metamethod(v, "__close");
    if (h === undefined) {
        runtimeError("attempt to call a nil value (metamethod 'close')");
    }
    const value = err === NOERR ? undefined : toLuaError(err).value;
    call(h, v, value instanceof ExitRequest ? undefined : value);
}
