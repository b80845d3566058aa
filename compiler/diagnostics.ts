// Every compile-time error message, worded like lua5.4's ("chunk:line: message").
import { LuaSyntaxError } from "./parse.js";

export function compileError(chunkName: string, line: number, message: string): never {
    throw new LuaSyntaxError(`${chunkName}:${line}: ${message}`, line, 0);
}
