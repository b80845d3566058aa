// string.pack, string.packsize and string.unpack with their format strings (manual §6.4.2).
import { LuaFloat, POSITIVE_NAN, mkfloat, mkint, tofloat } from "../value/number.js";
import { badArgument, runtimeError } from "../value/errors.js";
import { checkInteger, checkNumber, checkString, optIntClamped } from "./args.js";

const MAXINTSIZE = 16;
const NATIVE_ALIGN = 8;
const SZINT = 8;
/** Limit of packsize's result and of the numbers in a format (INT_MAX). */
const MAXSIZE = 0x7fffffff;

const enum K {
    Int,
    Uint,
    Float,
    Number,
    Double,
    Char,
    String,
    Zstr,
    Padding,
    PaddAlign,
    Nop,
}

function isDigit(c: number): boolean {
    return c >= 48 && c <= 57;
}

/** Reader of a format string: the current option, its size and the alignment state. */
class Format {
    pos = 0;
    little = true;
    maxAlign = 1;
    size = 0;
    ntoalign = 0;
    constructor(
        readonly fmt: string,
        readonly fname: string,
    ) {}

    more(): boolean {
        // a NUL byte ends the format, as it does for the C string lua5.4 reads
        return this.pos < this.fmt.length && this.fmt.charCodeAt(this.pos) !== 0;
    }

    private getNum(df: number): number {
        const fmt = this.fmt;
        if (!isDigit(fmt.charCodeAt(this.pos))) return df;
        let a = 0;
        do {
            a = a * 10 + (fmt.charCodeAt(this.pos++) - 48);
        } while (isDigit(fmt.charCodeAt(this.pos)) && a <= (MAXSIZE - 9) / 10);
        return a;
    }

    private getNumLimit(df: number): number {
        const sz = this.getNum(df);
        if (sz > MAXINTSIZE || sz <= 0) runtimeError(`integral size (${sz}) out of limits [1,${MAXINTSIZE}]`);
        return sz;
    }

    /** Read one option; its size goes to this.size. */
    private getOption(): K {
        const c = this.fmt.charCodeAt(this.pos++);
        this.size = 0;
        switch (c) {
            case 98 /* b */:
                this.size = 1;
                return K.Int;
            case 66 /* B */:
                this.size = 1;
                return K.Uint;
            case 104 /* h */:
                this.size = 2;
                return K.Int;
            case 72 /* H */:
                this.size = 2;
                return K.Uint;
            case 108 /* l */:
                this.size = 8;
                return K.Int;
            case 76 /* L */:
                this.size = 8;
                return K.Uint;
            case 106 /* j */:
                this.size = 8;
                return K.Int;
            case 74 /* J */:
                this.size = 8;
                return K.Uint;
            case 84 /* T */:
                this.size = 8;
                return K.Uint;
            case 102 /* f */:
                this.size = 4;
                return K.Float;
            case 110 /* n */:
                this.size = 8;
                return K.Number;
            case 100 /* d */:
                this.size = 8;
                return K.Double;
            case 105 /* i */:
                this.size = this.getNumLimit(4);
                return K.Int;
            case 73 /* I */:
                this.size = this.getNumLimit(4);
                return K.Uint;
            case 115 /* s */:
                this.size = this.getNumLimit(8);
                return K.String;
            case 99 /* c */:
                this.size = this.getNum(-1);
                if (this.size === -1) runtimeError("missing size for format option 'c'");
                return K.Char;
            case 122 /* z */:
                return K.Zstr;
            case 120 /* x */:
                this.size = 1;
                return K.Padding;
            case 88 /* X */:
                return K.PaddAlign;
            case 32 /*   */:
                return K.Nop;
            case 60 /* < */:
                this.little = true;
                return K.Nop;
            case 62 /* > */:
                this.little = false;
                return K.Nop;
            case 61 /* = */:
                this.little = true;
                return K.Nop;
            case 33 /* ! */:
                this.maxAlign = this.getNumLimit(NATIVE_ALIGN);
                return K.Nop;
            default:
                return runtimeError(`invalid format option '${String.fromCharCode(c)}'`);
        }
    }

    /** Read one option and compute the padding it needs at offset `total` (this.ntoalign). */
    next(total: number): K {
        const opt = this.getOption();
        const size = this.size;
        let align = size;
        if (opt === K.PaddAlign) {
            if (!this.more() || this.getOption() === K.Char || this.size === 0) {
                badArgument(1, this.fname, "invalid next option for option 'X'");
            }
            align = this.size;
            this.size = size;
        }
        if (align <= 1 || opt === K.Char) {
            this.ntoalign = 0;
        } else {
            if (align > this.maxAlign) align = this.maxAlign;
            if ((align & (align - 1)) !== 0) badArgument(1, this.fname, "format asks for alignment not power of 2");
            this.ntoalign = (align - (total & (align - 1))) & (align - 1);
        }
        return opt;
    }
}

// Scratch space for float conversions.
const scratch = new DataView(new ArrayBuffer(8));

/** Bytes of an integer, `size` of them; bytes beyond the 8 of an int64 are 0 or 0xff (neg). */
function packInt(n: number | bigint, little: boolean, size: number, neg: boolean): string {
    const bytes = new Array<number>(size);
    for (let i = 0; i < size; i++) {
        let b: number;
        if (i >= SZINT) b = neg ? 0xff : 0;
        else if (typeof n === "number") b = ((Math.floor(n / 2 ** (8 * i)) % 256) + 256) % 256;
        else b = Number(BigInt.asUintN(8, n >> BigInt(8 * i)));
        bytes[little ? i : size - 1 - i] = b;
    }
    return String.fromCharCode(...bytes);
}

function packFloat(v: number | LuaFloat, little: boolean, size: number): string {
    const x = v instanceof LuaFloat ? v.n : v;
    if (size === 4) scratch.setFloat32(0, x, true);
    else scratch.setFloat64(0, x, true);
    // a plain NaN is the sign-set NaN (what x86 computes for 0/0); POSITIVE_NAN is not
    if (x !== x) scratch.setUint8(size - 1, (scratch.getUint8(size - 1) & 0x7f) | (v === POSITIVE_NAN ? 0 : 0x80));
    let out = "";
    for (let i = 0; i < size; i++) out += String.fromCharCode(scratch.getUint8(little ? i : size - 1 - i));
    return out;
}

/** Byte i (0 = least significant) of the size-byte integer at pos. */
function byteOf(data: string, pos: number, little: boolean, size: number, i: number): number {
    return data.charCodeAt(pos + (little ? i : size - 1 - i));
}

function unpackInt(data: string, pos: number, little: boolean, size: number, signed: boolean): number | bigint {
    const limit = size <= SZINT ? size : SZINT;
    // (a helper, not a closure: this runs for every integer unpacked)
    let res: number | bigint;
    if (limit <= 6) {
        let r = 0;
        for (let i = limit - 1; i >= 0; i--) r = r * 256 + byteOf(data, pos, little, size, i);
        if (signed && size < SZINT && r >= 2 ** (size * 8 - 1)) r -= 2 ** (size * 8);
        res = r;
    } else {
        let r = 0n;
        for (let i = limit - 1; i >= 0; i--) r = (r << 8n) | BigInt(byteOf(data, pos, little, size, i));
        if (size < SZINT) {
            if (signed) r = BigInt.asIntN(size * 8, r);
        } else {
            r = BigInt.asIntN(64, r);
        }
        res = r;
    }
    if (size > SZINT) {
        const mask = !signed || res >= 0 ? 0 : 0xff;
        for (let i = limit; i < size; i++) {
            if (byteOf(data, pos, little, size, i) !== mask) runtimeError(`${size}-byte integer does not fit into Lua Integer`);
        }
    }
    return typeof res === "bigint" ? mkint(res) : res;
}

function unpackFloat(data: string, pos: number, little: boolean, size: number): number | LuaFloat {
    for (let i = 0; i < size; i++) scratch.setUint8(little ? i : size - 1 - i, data.charCodeAt(pos + i));
    const x = size === 4 ? scratch.getFloat32(0, true) : scratch.getFloat64(0, true);
    if (x !== x) return (scratch.getUint8(size - 1) & 0x80) !== 0 ? NaN : POSITIVE_NAN;
    return mkfloat(x);
}

export function pack(fmtArg: unknown, ...args: unknown[]): unknown {
    // lua5.4 reports a missing value as nil here ("got nil"), not "got no value"
    const nargs = undefined;
    const f = new Format(checkString(fmtArg, 1, "pack", arguments.length), "pack");
    let out = "";
    let total = 0;
    let argi = 0; // index into args; Lua argument number is argi + 2
    while (f.more()) {
        const opt = f.next(total);
        const size = f.size;
        let ntoalign = f.ntoalign;
        total += ntoalign + size;
        while (ntoalign-- > 0) out += "\0";
        const arg = argi + 2;
        const v = args[argi++];
        switch (opt) {
            case K.Int: {
                const n = checkInteger(v, arg, "pack", nargs);
                if (size < SZINT) {
                    const lim = 2 ** (size * 8 - 1);
                    if (!(n >= -lim && n < lim)) badArgument(arg, "pack", "integer overflow");
                }
                out += packInt(n, f.little, size, n < 0);
                break;
            }
            case K.Uint: {
                const n = checkInteger(v, arg, "pack", nargs);
                if (size < SZINT && !(n >= 0 && n < 2 ** (size * 8))) badArgument(arg, "pack", "unsigned overflow");
                out += packInt(n, f.little, size, false);
                break;
            }
            case K.Float:
            case K.Number:
            case K.Double: {
                const x = checkNumber(v, arg, "pack", nargs);
                out += packFloat(x instanceof LuaFloat ? x : tofloat(x), f.little, size);
                break;
            }
            case K.Char: {
                const s = checkString(v, arg, "pack", nargs);
                if (s.length > size) badArgument(arg, "pack", "string longer than given size");
                out += s;
                if (s.length < size) out += "\0".repeat(size - s.length);
                break;
            }
            case K.String: {
                const s = checkString(v, arg, "pack", nargs);
                if (size < SZINT && s.length >= 2 ** (size * 8)) {
                    badArgument(arg, "pack", "string length does not fit in given size");
                }
                out += packInt(s.length, f.little, size, false);
                out += s;
                total += s.length;
                break;
            }
            case K.Zstr: {
                const s = checkString(v, arg, "pack", nargs);
                if (s.indexOf("\0") >= 0) badArgument(arg, "pack", "string contains zeros");
                out += s + "\0";
                total += s.length + 1;
                break;
            }
            case K.Padding:
                out += "\0";
                argi--;
                break;
            case K.PaddAlign:
            case K.Nop:
                argi--;
                break;
        }
    }
    return out;
}

export function packsize(fmtArg: unknown): unknown {
    const f = new Format(checkString(fmtArg, 1, "packsize", arguments.length), "packsize");
    let total = 0;
    while (f.more()) {
        const opt = f.next(total);
        if (opt === K.String || opt === K.Zstr) badArgument(1, "packsize", "variable-length format");
        const size = f.size + f.ntoalign;
        if (total > MAXSIZE - size) badArgument(1, "packsize", "format result too large");
        total += size;
    }
    return total;
}

export function unpack(fmtArg: unknown, dataArg: unknown, init: unknown): unknown {
    const nargs = arguments.length;
    const f = new Format(checkString(fmtArg, 1, "unpack", nargs), "unpack");
    const data = checkString(dataArg, 2, "unpack", nargs);
    const ld = data.length;
    const i = optIntClamped(init, 3, "unpack", 1);
    let pos = (i > 0 ? i : i === 0 || i < -ld ? 1 : ld + i + 1) - 1;
    if (pos > ld) badArgument(3, "unpack", "initial position out of string");
    const out: unknown[] = [];
    while (f.more()) {
        const opt = f.next(pos);
        const size = f.size;
        if (f.ntoalign + size > ld - pos) badArgument(2, "unpack", "data string too short");
        pos += f.ntoalign;
        switch (opt) {
            case K.Int:
            case K.Uint:
                out.push(unpackInt(data, pos, f.little, size, opt === K.Int));
                break;
            case K.Float:
            case K.Number:
            case K.Double:
                out.push(unpackFloat(data, pos, f.little, size));
                break;
            case K.Char:
                out.push(data.slice(pos, pos + size));
                break;
            case K.String: {
                const len = unpackInt(data, pos, f.little, size, false);
                // the length is unsigned: a negative int64 stands for a huge size
                if (len < 0 || len > ld - pos - size) badArgument(2, "unpack", "data string too short");
                const n = Number(len);
                out.push(data.slice(pos + size, pos + size + n));
                pos += n;
                break;
            }
            case K.Zstr: {
                const z = data.indexOf("\0", pos);
                if (z < 0) badArgument(2, "unpack", "unfinished string for format 'z'");
                out.push(data.slice(pos, z));
                pos = z + 1;
                break;
            }
            case K.Padding:
            case K.PaddAlign:
            case K.Nop:
                break;
        }
        pos += size;
    }
    out.push(pos + 1);
    return out.length === 1 ? out[0] : out;
}
