// Structured errors of the ptool API (spec: ptool-core.md, ptool.try). A ptool error travels
// as an ordinary Lua error whose value is the message string (so pcall, error() and the CLI
// see what they expect), and carries its fields on the JS exception for ptool.try.
import { LuaError } from "../value/errors.js";
import { luaFrames, where } from "../value/callstack.js";
import type { LuaFrame } from "../value/callstack.js";

export interface PtoolErrorFields {
    /** Stable category: invalid_argument, io_error, command_failed, http_error... */
    kind: string;
    /** Human-readable message, "ptool.json.parse: ..." (without a Lua position). */
    message: string;
    op?: string;
    detail?: string;
    path?: string;
    input?: string;
    cmd?: string;
    status?: number;
    stderr?: string;
    url?: string;
    cwd?: string;
    target?: string;
    retryable?: boolean;
    /** Finer cause: a transport failure (`refused`, `dns`, `tls`...) or etcd's gRPC code. */
    code?: string | number;
}

export class PtoolError extends LuaError {
    constructor(
        value: string,
        frames: LuaFrame[],
        readonly fields: PtoolErrorFields,
    ) {
        super(value, frames);
    }
}

/**
 * Raise a structured error. The Lua error value is "chunk:line: message", positioned at the
 * Lua code that called the API function (as luaL_error does for a C function).
 */
export function raise(fields: PtoolErrorFields): never {
    throw new PtoolError(where(1) + fields.message, luaFrames(20), fields);
}

/** An invalid_argument error of API `op`: the message is "op: detail". */
export function invalidArgument(op: string, detail: string, extra?: Partial<PtoolErrorFields>): never {
    return raise({ kind: "invalid_argument", message: `${op}: ${detail}`, op, detail, ...extra });
}
