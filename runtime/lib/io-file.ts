// File handles of the I/O library (manual §6.8): buffered fds, standard streams and pipes, and system error results.
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { constants as osConstants } from "node:os";
import type { SpawnSyncReturns } from "node:child_process";
import { stringToNumber } from "../value/number-string.js";
import type { LuaTable } from "../value/table.js";
import { LuaUserdata } from "../value/types.js";
import { LuaError, runtimeError } from "../value/errors.js";
import { addressOf } from "../value/metatable.js";
import { stdout, writeStderr } from "./stdout.js";

export const CHUNK = 1 << 16;
const NO_BYTES = Buffer.alloc(0);
/** Longest numeral that read("n") accepts (L_MAXLENNUM). */
const MAXLENNUM = 200;

// ---------------------------------------------------------------------------
// System errors as Lua results: nil, "name: message", errno (luaL_fileresult).

const MESSAGES: Record<string, string> = {
    EPERM: "Operation not permitted",
    ENOENT: "No such file or directory",
    EIO: "Input/output error",
    EBADF: "Bad file descriptor",
    EAGAIN: "Resource temporarily unavailable",
    ENOMEM: "Cannot allocate memory",
    EACCES: "Permission denied",
    EBUSY: "Device or resource busy",
    EEXIST: "File exists",
    EXDEV: "Invalid cross-device link",
    ENOTDIR: "Not a directory",
    EISDIR: "Is a directory",
    EINVAL: "Invalid argument",
    EMFILE: "Too many open files",
    ENFILE: "Too many open files in system",
    ETXTBSY: "Text file busy",
    EFBIG: "File too large",
    ENOSPC: "No space left on device",
    ESPIPE: "Illegal seek",
    EROFS: "Read-only file system",
    EPIPE: "Broken pipe",
    ENAMETOOLONG: "File name too long",
    ENOTEMPTY: "Directory not empty",
    ELOOP: "Too many levels of symbolic links",
    EDQUOT: "Disk quota exceeded",
};

/** An error with an errno code, as Node's fs functions throw. */
export function sysError(code: string): NodeJS.ErrnoException {
    const e = new Error(code) as NodeJS.ErrnoException;
    e.code = code;
    return e;
}

function isSysError(e: unknown): e is NodeJS.ErrnoException {
    return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && !(e instanceof LuaError);
}

/** nil, "fname: strerror", errno for a system error; anything else is rethrown. */
export function fileResult(e: unknown, fname?: string): unknown[] {
    if (!isSysError(e)) throw e;
    const code = e.code!;
    const errno = (osConstants.errno as Record<string, number>)[code] ?? (typeof e.errno === "number" ? Math.abs(e.errno) : 0);
    let msg = MESSAGES[code];
    if (msg === undefined) {
        const m = /^[A-Z0-9]+: ([^,]*)/.exec(e.message);
        const text = m?.[1] ?? code;
        msg = text.charAt(0).toUpperCase() + text.slice(1);
    }
    return [undefined, fname === undefined ? msg : `${cString(fname)}: ${msg}`, errno];
}

/** The results of a finished child process (luaL_execresult): true|nil, "exit"|"signal", code. */
export function execResult(r: SpawnSyncReturns<Buffer>): unknown[] {
    if (r.error !== undefined && r.status === null && r.signal === null) return fileResult(r.error);
    if (r.signal !== null) {
        const signo = (osConstants.signals as Record<string, number>)[r.signal] ?? 0;
        return [undefined, "signal", signo];
    }
    const status = r.status ?? 0;
    return [status === 0 ? true : undefined, "exit", status];
}

/** The C string of a Lua string: it ends at the first NUL byte. */
export function cString(s: string): string {
    const nul = s.indexOf("\0");
    return nul < 0 ? s : s.slice(0, nul);
}

/** A file name (a byte string) as a path for fs. */
export function pathOf(name: string): Buffer {
    return Buffer.from(cString(name), "latin1");
}

/** Bytes for a child process argument: Lua strings are bytes, process arguments UTF-8. */
export function commandOf(cmd: string): string {
    return Buffer.from(cString(cmd), "latin1").toString("utf8");
}

/** Creates a fresh empty file named /tmp/lua_XXXXXX and returns its name (mkstemp). */
export function makeTempFile(): string {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (let attempt = 0; attempt < 100; attempt++) {
        let name = "/tmp/lua_";
        for (let i = 0; i < 6; i++) name += letters.charAt(Math.floor(Math.random() * letters.length));
        try {
            closeSync(openSync(name, "wx", 0o600));
            return name;
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== "EEXIST") break;
        }
    }
    return runtimeError("unable to generate a unique filename");
}

/**
 * Before a child process runs. Lua's print flushes stdout, so what was printed comes before
 * the child's output; io.popen also flushes every output file (fflush(NULL)): `allFiles`.
 */
export function flushForChild(allFiles: boolean): void {
    stdout.flush();
    if (!allFiles) return;
    for (const f of [...pending]) {
        try {
            f.flush();
        } catch {
            // the error shows when the file is written, flushed or closed again
        }
    }
}

function sleepMs(ms: number): void {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// ---------------------------------------------------------------------------
// The file object

export type FileKind = "fd" | "stdin" | "stdout" | "stderr" | "pipe-r" | "pipe-w";
export type BufferMode = "no" | "full" | "line";

/** The metatable of file handles (set by the io library). */
let fileMetatable: LuaTable | null = null;

export function setFileMetatable(t: LuaTable): void {
    fileMetatable = t;
}

/** Files with buffered output, flushed when the program ends (as C's exit flushes streams). */
const pending = new Set<LuaFile>();
let exitHookInstalled = false;

export function flushAllFiles(): void {
    for (const f of [...pending]) {
        try {
            f.flushOnExit();
        } catch {
            // nothing to report to at exit
        }
    }
}

function installExitHook(): void {
    if (exitHookInstalled) return;
    exitHookInstalled = true;
    process.on("exit", flushAllFiles);
}

export class LuaFile extends LuaUserdata {
    closed = false;
    /** Position of the next raw read or write (seekable fds, pipe data). */
    pos = 0;
    private rbuf: Buffer = NO_BYTES;
    private rpos = 0;
    private rend = 0;
    private wparts: string[] = [];
    private wsize = 0;
    vbuf: BufferMode;
    /** What a popen'ed reading pipe produced, or the exit status to report at close. */
    pipeData: Buffer | null = null;
    /** Runs a popen'ed command at close (writing pipes) or reports its status. */
    onClose: ((f: LuaFile, input: string) => unknown[]) | null = null;

    constructor(
        readonly kind: FileKind,
        public fd: number,
        readonly readable: boolean,
        readonly writable: boolean,
        readonly append = false,
        readonly seekable = false,
    ) {
        super(null);
        this.metatable = fileMetatable;
        this.vbuf = kind === "stderr" ? "no" : "full";
    }

    get isStandard(): boolean {
        return this.kind === "stdin" || this.kind === "stdout" || this.kind === "stderr";
    }

    // --- raw I/O ---------------------------------------------------------------

    private rawRead(buf: Buffer, len: number): number {
        if (!this.readable) throw sysError("EBADF");
        if (this.kind === "pipe-r") {
            const data = this.pipeData ?? NO_BYTES;
            const n = Math.max(0, Math.min(len, data.length - this.pos));
            data.copy(buf, 0, this.pos, this.pos + n);
            this.pos += n;
            return n;
        }
        for (;;) {
            try {
                const n = readSync(this.fd, buf, 0, len, this.seekable ? this.pos : null);
                if (this.seekable) this.pos += n;
                return n;
            } catch (e) {
                const code = (e as NodeJS.ErrnoException).code;
                if (code === "EAGAIN") sleepMs(5);
                else if (code === "EOF") return 0;
                else throw e;
            }
        }
    }

    private rawWrite(data: Buffer): void {
        let off = 0;
        const positional = this.seekable && !this.append;
        while (off < data.length) {
            try {
                const n = writeSync(this.fd, data, off, data.length - off, positional ? this.pos : null);
                off += n;
                if (positional) this.pos += n;
            } catch (e) {
                if ((e as NodeJS.ErrnoException).code === "EAGAIN") sleepMs(1);
                else throw e;
            }
        }
        if (this.append && this.seekable) this.pos = fstatSync(this.fd).size;
    }

    // --- buffering -------------------------------------------------------------

    /** Makes unread input available; false at end of file. */
    private fill(): boolean {
        if (this.rpos < this.rend) return true;
        if (this.rbuf.length === 0) this.rbuf = Buffer.allocUnsafe(CHUNK);
        this.rpos = 0;
        this.rend = 0;
        this.rend = this.rawRead(this.rbuf, this.rbuf.length);
        return this.rend > 0;
    }

    /** Before reading: pending output goes out first (as fseek/fflush between C's write and read). */
    beginRead(): void {
        if (!this.readable) throw sysError("EBADF");
        if (this.wsize > 0) this.flushWrites();
    }

    /** Before writing: unread buffered input is given back to a seekable file. */
    private beginWrite(): void {
        if (this.rpos < this.rend && this.seekable) this.pos -= this.rend - this.rpos;
        this.rpos = this.rend = 0;
    }

    private flushWrites(): void {
        if (this.wsize === 0 && this.wparts.length === 0) return;
        const data = Buffer.from(this.wparts.join(""), "latin1");
        this.wparts = [];
        this.wsize = 0;
        pending.delete(this);
        this.rawWrite(data);
    }

    write(s: string): void {
        if (!this.writable) throw sysError("EBADF");
        switch (this.kind) {
            case "stdout":
                stdout.write(s);
                if (this.vbuf === "no" || (this.vbuf === "line" && s.includes("\n"))) stdout.flush();
                return;
            case "stderr":
                writeStderr(s);
                return;
            case "pipe-w":
                this.wparts.push(s);
                pending.add(this);
                installExitHook();
                return;
            default:
                this.beginWrite();
                this.wparts.push(s);
                this.wsize += s.length;
                if (this.vbuf === "no" || this.wsize >= CHUNK || (this.vbuf === "line" && s.includes("\n"))) {
                    this.flushWrites();
                } else {
                    pending.add(this);
                    installExitHook();
                }
        }
    }

    flush(): void {
        if (this.kind === "stdout") stdout.flush();
        else if (this.kind !== "pipe-w") this.flushWrites();
    }

    flushOnExit(): void {
        if (this.kind === "pipe-w") this.close();
        else this.flushWrites();
    }

    setBuffering(mode: BufferMode): void {
        this.flush();
        this.vbuf = mode;
    }

    /** New position after seeking (fseek + ftell). */
    seek(whence: string, offset: number): number {
        this.flush();
        if (!this.seekable) throw sysError("ESPIPE");
        const current = this.pos - (this.rend - this.rpos);
        const base = whence === "set" ? 0 : whence === "cur" ? current : fstatSync(this.fd).size;
        const np = base + offset;
        if (np < 0 || !Number.isSafeInteger(np)) throw sysError("EINVAL");
        this.pos = np;
        this.rpos = this.rend = 0;
        return np;
    }

    /** Closes the file: true, or the failure results (luaL_fileresult / luaL_execresult). */
    close(): unknown[] {
        if (this.isStandard) return [undefined, "cannot close standard file"];
        this.closed = true;
        pending.delete(this);
        if (this.onClose !== null) {
            const input = this.wparts.join("");
            this.wparts = [];
            return this.onClose(this, input);
        }
        let failure: unknown[] | undefined;
        try {
            this.flushWrites();
        } catch (e) {
            failure = fileResult(e);
        }
        try {
            closeSync(this.fd);
        } catch (e) {
            failure ??= fileResult(e);
        }
        this.rbuf = NO_BYTES;
        this.rpos = this.rend = 0;
        return failure ?? [true];
    }

    // --- reading ----------------------------------------------------------------

    /** Next byte without consuming it, or -1 at end of file. */
    private peek(): number {
        return this.fill() ? this.rbuf[this.rpos]! : -1;
    }

    /** A line ("l" drops the newline, "L" keeps it), or undefined at end of file. */
    readLine(keepNewline: boolean): string | undefined {
        let parts: string[] | undefined;
        let got = false;
        while (this.fill()) {
            got = true;
            const view = this.rbuf.subarray(this.rpos, this.rend);
            const i = view.indexOf(10);
            if (i >= 0) {
                const s = view.toString("latin1", 0, keepNewline ? i + 1 : i);
                this.rpos += i + 1;
                return parts === undefined ? s : parts.join("") + s;
            }
            (parts ??= []).push(view.toString("latin1"));
            this.rpos = this.rend;
        }
        if (!got) return undefined;
        const s = parts === undefined ? "" : parts.join("");
        return s.length > 0 ? s : undefined;
    }

    readAll(): string {
        const parts: string[] = [];
        while (this.fill()) {
            parts.push(this.rbuf.toString("latin1", this.rpos, this.rend));
            this.rpos = this.rend;
        }
        return parts.join("");
    }

    /** Up to n bytes; undefined when nothing could be read. */
    readChars(n: number): string | undefined {
        const parts: string[] = [];
        let left = n;
        while (left > 0 && this.fill()) {
            const take = Math.min(left, this.rend - this.rpos);
            parts.push(this.rbuf.toString("latin1", this.rpos, this.rpos + take));
            this.rpos += take;
            left -= take;
        }
        return left === n ? undefined : parts.join("");
    }

    /** "" unless at end of file (read(0)). */
    testEof(): string | undefined {
        return this.fill() ? "" : undefined;
    }

    /**
     * A numeral as Lua reads it: optional sign, decimal or 0x hexadecimal digits, a point,
     * an exponent; at most MAXLENNUM characters. The first character that does not fit is
     * left unread. Returns the number, or undefined when the text is not a numeral.
     */
    readNumber(): unknown {
        let text = "";
        let overflow = false;
        let c = this.peek();
        while (c === 32 || (c >= 9 && c <= 13)) {
            this.rpos++;
            c = this.peek();
        }
        const accept = (): boolean => {
            if (text.length >= MAXLENNUM) {
                overflow = true;
                return false;
            }
            text += String.fromCharCode(c);
            this.rpos++;
            c = this.peek();
            return true;
        };
        const test2 = (a: number, b: number): boolean => (c === a || c === b ? accept() : false);
        const isDigit = (hex: boolean): boolean => (c >= 48 && c <= 57) || (hex && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)));
        const digits = (hex: boolean): number => {
            let n = 0;
            while (isDigit(hex) && accept()) n++;
            return n;
        };
        let count = 0;
        let hex = false;
        test2(45, 43); // - +
        if (test2(48, 48)) {
            if (test2(120, 88))
                hex = true; // x X
            else count = 1;
        }
        count += digits(hex);
        if (test2(46, 46)) count += digits(hex);
        if (count > 0 && (hex ? test2(112, 80) : test2(101, 69))) {
            test2(45, 43);
            digits(false);
        }
        if (overflow) return undefined;
        return stringToNumber(text);
    }

    label(): string {
        return this.closed ? "file (closed)" : `file (${addressOf(this)})`;
    }
}
