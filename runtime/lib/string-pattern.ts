// Lua pattern matching over byte strings (manual §6.4.1), used by find, match, gmatch and gsub.
// (Over 600 lines because the item compiler and the matcher share one data layout.)
//
// A pattern is first cut into its items (cached per pattern string): each single-character
// class becomes a literal byte, "any", or a 256-entry membership table. The matcher then walks
// the items on the char codes of the subject. Recursion happens only where backtracking needs
// it (captures, '?', '*', '+', '-'); other items loop. The recursion depth is bounded by
// MAXCCALLS like lua5.4, which raises "pattern too complex" instead of overflowing the stack.
// Malformed parts compile to an error item, raised only when the matcher reaches it (as lua5.4
// reports them only then: string.match("b", "a%") is nil).
import { runtimeError } from "../value/errors.js";

const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;
export const MAXCAPTURES = 32;
const MAXCCALLS = 200;

// Character classes of the C locale, as bits per byte.
const ALPHA = 1,
    CNTRL = 2,
    DIGIT = 4,
    GRAPH = 8,
    LOWER = 16,
    PUNCT = 32,
    SPACE = 64,
    UPPER = 128;
const ALNUM = 256,
    XDIGIT = 512,
    ZERO = 1024;
const NEGATE = 0x8000;

const CTYPE = new Uint16Array(256);
/** Bits of the class named by a pattern letter (%a...), NEGATE for the uppercase forms. */
const CLASSBITS = new Uint16Array(256);

(function initTables() {
    for (let c = 0; c < 128; c++) {
        let b = 0;
        const upper = c >= 65 && c <= 90,
            lower = c >= 97 && c <= 122,
            digit = c >= 48 && c <= 57;
        if (upper || lower) b |= ALPHA;
        if (upper) b |= UPPER;
        if (lower) b |= LOWER;
        if (digit) b |= DIGIT;
        if (upper || lower || digit) b |= ALNUM;
        if (digit || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)) b |= XDIGIT;
        if (c < 32 || c === 127) b |= CNTRL;
        if (c > 32 && c < 127) b |= GRAPH;
        if (c > 32 && c < 127 && !(upper || lower || digit)) b |= PUNCT;
        if (c === 32 || (c >= 9 && c <= 13)) b |= SPACE;
        if (c === 0) b |= ZERO;
        CTYPE[c] = b;
    }
    const letters: [string, number][] = [
        ["a", ALPHA],
        ["c", CNTRL],
        ["d", DIGIT],
        ["g", GRAPH],
        ["l", LOWER],
        ["p", PUNCT],
        ["s", SPACE],
        ["u", UPPER],
        ["w", ALNUM],
        ["x", XDIGIT],
        ["z", ZERO], // deprecated in 5.2 but still accepted by lua5.4
    ];
    for (const [l, bit] of letters) {
        CLASSBITS[l.charCodeAt(0)] = bit;
        CLASSBITS[l.toUpperCase().charCodeAt(0)] = bit | NEGATE;
    }
})();

/** Does byte `c` belong to the class written `%cl` (or equal cl when cl names no class)? */
function matchClass(c: number, cl: number): boolean {
    const bits = CLASSBITS[cl];
    if (bits === undefined || bits === 0) return cl === c;
    const r = (CTYPE[c]! & bits & 0x7fff) !== 0;
    return (bits & NEGATE) !== 0 ? !r : r;
}

/**
 * Errors found deep in the matcher's recursion travel as this and become Lua errors in run(),
 * so the Lua error is built near the library function (its position lookup walks the stack).
 */
class PatternError {
    constructor(readonly message: string) {}
}

function fail(message: string): never {
    throw new PatternError(message);
}

const SPECIALS = /[\^$*+?.(\[%-]/;

/** True when the pattern has no magic characters, so a plain substring search will do. */
export function noSpecials(p: string): boolean {
    return !SPECIALS.test(p);
}

const enum Op {
    End,
    Char,
    Any,
    Set,
    CapOpen,
    CapPos,
    CapClose,
    Eos,
    Balance,
    Frontier,
    Backref,
    Error,
}

const enum Q {
    One,
    Star,
    Plus,
    Minus,
    Opt,
}

/** A pattern cut into items: parallel arrays indexed by item number. */
class Program {
    readonly op: Int32Array;
    /** Char: the byte; Set/Frontier: table offset in `sets`; Balance: open byte; Backref: digit. */
    readonly a: Int32Array;
    /** Balance: close byte. */
    readonly b: Int32Array;
    readonly q: Int32Array;
    /**
     * Per item i, what the subject byte at s must be for match(s, i) to have a chance: the
     * first item that consumes a byte, past captures that cannot raise errors, when it is a
     * Char or Set taken at least once. guardOp is Op.Char (guardA the byte), Op.Set (guardA
     * the table offset) or -1 (no guard).
     */
    readonly guardOp: Int32Array;
    readonly guardA: Int32Array;
    /** The literal byte every match starts with, or -1; firstStr is it as a string. */
    readonly first: number;
    readonly firstStr: string;

    constructor(
        ops: number[],
        as: number[],
        bs: number[],
        qs: number[],
        readonly sets: Uint8Array,
        readonly error: string,
    ) {
        this.op = Int32Array.from(ops);
        this.a = Int32Array.from(as);
        this.b = Int32Array.from(bs);
        this.q = Int32Array.from(qs);
        const n = ops.length;
        this.guardOp = new Int32Array(n).fill(-1);
        this.guardA = new Int32Array(n);
        // Captures are linear in a pattern, so how many are started / still open before each
        // item is the same on every path: whether a capture item raises an error is static.
        const started = new Int32Array(n),
            open = new Int32Array(n);
        for (let i = 0, st = 0, op = 0; i < n; i++) {
            started[i] = st;
            open[i] = op;
            if (ops[i] === Op.CapOpen || ops[i] === Op.CapPos) {
                st++;
                if (ops[i] === Op.CapOpen) op++;
            } else if (ops[i] === Op.CapClose && op > 0) op--;
        }
        for (let i = 0; i < n; i++) {
            let j = i;
            for (;;) {
                const o = ops[j];
                if ((o === Op.CapOpen || o === Op.CapPos) && started[j]! < MAXCAPTURES) j++;
                else if (o === Op.CapClose && open[j]! > 0) j++;
                else break;
            }
            const o = ops[j]!;
            if ((o === Op.Char || o === Op.Set) && (qs[j] === Q.One || qs[j] === Q.Plus)) {
                this.guardOp[i] = o;
                this.guardA[i] = as[j]!;
            }
        }
        this.first = this.guardOp[0] === Op.Char ? this.guardA[0]! : -1;
        this.firstStr = this.first >= 0 ? String.fromCharCode(this.first) : "";
    }
}

/** Index just past the single-character class at p, or -1 / -2 for the two malformed cases. */
function classEnd(pat: string, p: number): number {
    const pEnd = pat.length;
    const c = pat.charCodeAt(p++);
    if (c === 37 /* % */) return p >= pEnd ? -1 : p + 1;
    if (c === 91 /* [ */) {
        if (pat.charCodeAt(p) === 94 /* ^ */) p++;
        // the first character of a set is literal, even ']'
        do {
            if (p >= pEnd) return -2;
            const d = pat.charCodeAt(p++);
            if (d === 37 && p < pEnd) p++;
        } while (pat.charCodeAt(p) !== 93 /* ] */);
        return p + 1;
    }
    return p;
}

const CLASS_END_ERRORS = ["", "malformed pattern (ends with '%')", "malformed pattern (missing ']')"];

/** Mark in `t` (256 entries from `off`) the bytes of the set pat[p..ec], p at '[' and ec at ']'. */
function markSet(t: Uint8Array, off: number, pat: string, p: number, ec: number): void {
    let neg = false;
    if (pat.charCodeAt(p + 1) === 94 /* ^ */) {
        neg = true;
        p++;
    }
    while (++p < ec) {
        const pc = pat.charCodeAt(p);
        if (pc === 37 /* % */) {
            p++;
            const cl = pat.charCodeAt(p);
            for (let c = 0; c < 256; c++) if (matchClass(c, cl)) t[off + c] = 1;
        } else if (pat.charCodeAt(p + 1) === 45 /* - */ && p + 2 < ec) {
            p += 2;
            const hi = pat.charCodeAt(p);
            for (let c = pc; c <= hi && c < 256; c++) t[off + c] = 1;
        } else if (pc < 256) {
            t[off + pc] = 1;
        }
    }
    if (neg) for (let c = 0; c < 256; c++) t[off + c] = 1 - t[off + c]!;
}

function compile(pat: string, start: number): Program {
    const ops: number[] = [],
        as: number[] = [],
        bs: number[] = [],
        qs: number[] = [];
    const setSpecs: [number, number][] = []; // [p, ec] of each set; a class letter has ec = -cl
    let error = "";
    const pEnd = pat.length;
    const push = (op: number, a = 0, b = 0, q: number = Q.One) => {
        ops.push(op);
        as.push(a);
        bs.push(b);
        qs.push(q);
    };
    let p = start;
    for (;;) {
        if (p >= pEnd) {
            push(Op.End);
            break;
        }
        const pc = pat.charCodeAt(p);
        if (pc === 40 /* ( */) {
            if (pat.charCodeAt(p + 1) === 41) {
                push(Op.CapPos);
                p += 2;
            } else {
                push(Op.CapOpen);
                p++;
            }
            continue;
        }
        if (pc === 41 /* ) */) {
            push(Op.CapClose);
            p++;
            continue;
        }
        if (pc === 36 /* $ */ && p + 1 === pEnd) {
            push(Op.Eos);
            p++;
            continue;
        }
        if (pc === 37 /* % */) {
            const nc = pat.charCodeAt(p + 1);
            if (nc === 98 /* b */) {
                if (p + 3 >= pEnd) {
                    error = "malformed pattern (missing arguments to '%b')";
                    push(Op.Error);
                    break;
                }
                push(Op.Balance, pat.charCodeAt(p + 2), pat.charCodeAt(p + 3));
                p += 4;
                continue;
            }
            if (nc === 102 /* f */) {
                p += 2;
                if (pat.charCodeAt(p) !== 91 /* [ */) {
                    error = "missing '[' after '%f' in pattern";
                    push(Op.Error);
                    break;
                }
                const ep = classEnd(pat, p);
                if (ep < 0) {
                    error = CLASS_END_ERRORS[-ep]!;
                    push(Op.Error);
                    break;
                }
                push(Op.Frontier, setSpecs.length * 256);
                setSpecs.push([p, ep - 1]);
                p = ep;
                continue;
            }
            if (nc >= 48 && nc <= 57) {
                push(Op.Backref, nc);
                p += 2;
                continue;
            }
        }
        // a single-character class, possibly followed by a quantifier
        const ep = classEnd(pat, p);
        if (ep < 0) {
            error = CLASS_END_ERRORS[-ep]!;
            push(Op.Error);
            break;
        }
        const qc = pat.charCodeAt(ep);
        const q = qc === 42 ? Q.Star : qc === 43 ? Q.Plus : qc === 45 ? Q.Minus : qc === 63 ? Q.Opt : Q.One;
        if (pc === 46 /* . */) {
            push(Op.Any, 0, 0, q);
        } else if (pc === 91 /* [ */) {
            push(Op.Set, setSpecs.length * 256, 0, q);
            setSpecs.push([p, ep - 1]);
        } else if (pc === 37 /* % */ && CLASSBITS[pat.charCodeAt(p + 1)] !== 0) {
            push(Op.Set, setSpecs.length * 256, 0, q);
            setSpecs.push([p, -pat.charCodeAt(p + 1)]);
        } else {
            push(Op.Char, pc === 37 ? pat.charCodeAt(p + 1) : pc, 0, q);
        }
        p = q === Q.One ? ep : ep + 1;
    }
    const sets = new Uint8Array(setSpecs.length * 256);
    setSpecs.forEach(([sp, ec], k) => {
        if (ec < 0) {
            for (let c = 0; c < 256; c++) if (matchClass(c, -ec)) sets[k * 256 + c] = 1;
        } else {
            markSet(sets, k * 256, pat, sp, ec);
        }
    });
    return new Program(ops, as, bs, qs, sets, error);
}

// Compiled patterns, one cache for whole patterns and one for anchored ones (after the '^').
const MAX_CACHED = 256;
const programs: [Map<string, Program>, Map<string, Program>] = [new Map(), new Map()];

function program(pat: string, start: 0 | 1): Program {
    const cache = programs[start];
    let prog = cache.get(pat);
    if (prog === undefined) {
        prog = compile(pat, start);
        if (cache.size >= MAX_CACHED) cache.clear();
        cache.set(pat, prog);
    }
    return prog;
}

const EMPTY_PROGRAM = compile("", 0);

/** State of one matching attempt: the subject, the compiled pattern and the captures. */
export class MatchState {
    src = "";
    srcLen = 0;
    prog: Program = EMPTY_PROGRAM;
    level = 0;
    depth = MAXCCALLS;
    readonly capStart = new Int32Array(MAXCAPTURES);
    readonly capLen = new Int32Array(MAXCAPTURES);

    /** Prepare to match `pat` from index `start` (1 to skip an anchoring '^'). */
    init(src: string, pat: string, start: 0 | 1): this {
        this.src = src;
        this.srcLen = src.length;
        this.prog = program(pat, start);
        this.level = 0;
        this.depth = MAXCCALLS;
        return this;
    }

    /** The byte that any match must begin with, or -1 (searches skip to it). */
    firstLiteral(): number {
        return this.prog.first;
    }

    /**
     * The first index >= s where a match may start, as far as the pattern's first byte tells
     * (s itself when it tells nothing); srcLen when no byte of the rest can start one.
     */
    canSkip(): boolean {
        return this.prog.guardOp[0] !== -1;
    }

    skip(s: number): number {
        const prog = this.prog;
        const g = prog.guardOp[0];
        if (g === Op.Set) {
            const sets = prog.sets,
                off = prog.guardA[0]!,
                src = this.src,
                end = this.srcLen;
            while (s < end && sets[off + src.charCodeAt(s)] !== 1) s++;
        } else if (g === Op.Char) {
            const at = this.src.indexOf(prog.firstStr, s);
            return at < 0 ? this.srcLen : at;
        }
        return s;
    }

    /** Match the pattern against the subject from index s: the match end, or -1. */
    run(s: number): number {
        this.level = 0;
        this.depth = MAXCCALLS;
        try {
            return this.match(s, 0);
        } catch (e) {
            if (e instanceof PatternError) runtimeError(e.message);
            throw e;
        }
    }

    private match(s: number, i: number): number {
        if (this.depth-- === 0) fail("pattern too complex");
        const prog = this.prog;
        const ops = prog.op;
        for (;;) {
            const op = ops[i]!;
            if (op <= Op.Set) {
                if (op === Op.End) break;
                // a single-character class, possibly followed by a quantifier
                const q = prog.q[i]!;
                if (!this.single(s, op, prog.a[i]!)) {
                    if (q === Q.Star || q === Q.Opt || q === Q.Minus) {
                        i++;
                        continue;
                    }
                    s = -1;
                    break;
                }
                if (q === Q.One) {
                    s++;
                    i++;
                    continue;
                }
                if (q === Q.Opt) {
                    const r = this.match(s + 1, i + 1);
                    if (r !== -1) {
                        s = r;
                        break;
                    }
                    i++;
                    continue;
                }
                if (q === Q.Minus) s = this.minExpand(s, i);
                else s = this.maxExpand(q === Q.Plus ? s + 1 : s, i);
                break;
            }
            switch (op) {
                case Op.CapOpen:
                    s = this.startCapture(s, i + 1, CAP_UNFINISHED);
                    break;
                case Op.CapPos:
                    s = this.startCapture(s, i + 1, CAP_POSITION);
                    break;
                case Op.CapClose:
                    s = this.endCapture(s, i + 1);
                    break;
                case Op.Eos:
                    if (s !== this.srcLen) s = -1;
                    break;
                case Op.Balance:
                    s = this.matchBalance(s, prog.a[i]!, prog.b[i]!);
                    if (s === -1) break;
                    i++;
                    continue;
                case Op.Frontier: {
                    const off = prog.a[i]!,
                        sets = prog.sets;
                    const prev = s === 0 ? 0 : this.src.charCodeAt(s - 1);
                    const cur = s < this.srcLen ? this.src.charCodeAt(s) : 0;
                    if (sets[off + prev] !== 1 && sets[off + cur] === 1) {
                        i++;
                        continue;
                    }
                    s = -1;
                    break;
                }
                case Op.Backref:
                    s = this.matchBackref(s, prog.a[i]!);
                    if (s === -1) break;
                    i++;
                    continue;
                default:
                    fail(prog.error);
            }
            break;
        }
        this.depth++;
        return s;
    }

    /** Does the subject byte at s match the single-character item (op, a)? */
    private single(s: number, op: number, a: number): boolean {
        if (s >= this.srcLen) return false;
        if (op === Op.Any) return true;
        const c = this.src.charCodeAt(s);
        return op === Op.Char ? c === a : this.prog.sets[a + c] === 1;
    }

    private maxExpand(s: number, i: number): number {
        const op = this.prog.op[i]!,
            a = this.prog.a[i]!;
        const src = this.src,
            end = this.srcLen;
        let n = 0;
        if (op === Op.Any) {
            n = end - s;
        } else if (op === Op.Char) {
            while (s + n < end && src.charCodeAt(s + n) === a) n++;
        } else {
            const sets = this.prog.sets;
            while (s + n < end && sets[a + src.charCodeAt(s + n)] === 1) n++;
        }
        // try the rest of the pattern with the longest run first; where the byte after the
        // run cannot start the rest, skip the call (unless it would raise "pattern too complex")
        const g = this.prog.guardOp[i + 1]!;
        if (g !== -1 && this.depth > 2 * MAXCAPTURES + 1) {
            const ga = this.prog.guardA[i + 1]!,
                sets = this.prog.sets;
            for (; n >= 0; n--) {
                const c = src.charCodeAt(s + n);
                if (g === Op.Char ? c !== ga : sets[ga + c] !== 1) continue;
                const r = this.match(s + n, i + 1);
                if (r !== -1) return r;
            }
            return -1;
        }
        for (; n >= 0; n--) {
            const r = this.match(s + n, i + 1);
            if (r !== -1) return r;
        }
        return -1;
    }

    private minExpand(s: number, i: number): number {
        const op = this.prog.op[i]!,
            a = this.prog.a[i]!;
        for (;;) {
            const r = this.match(s, i + 1);
            if (r !== -1) return r;
            if (this.single(s, op, a)) s++;
            else return -1;
        }
    }

    private startCapture(s: number, i: number, what: number): number {
        const level = this.level;
        if (level >= MAXCAPTURES) fail("too many captures");
        this.capStart[level] = s;
        this.capLen[level] = what;
        this.level = level + 1;
        const r = this.match(s, i);
        if (r === -1) this.level--;
        return r;
    }

    private endCapture(s: number, i: number): number {
        let l = this.level - 1;
        while (l >= 0 && this.capLen[l] !== CAP_UNFINISHED) l--;
        if (l < 0) fail("invalid pattern capture");
        this.capLen[l] = s - this.capStart[l]!;
        const r = this.match(s, i);
        if (r === -1) this.capLen[l] = CAP_UNFINISHED;
        return r;
    }

    private matchBalance(s: number, open: number, close: number): number {
        const src = this.src,
            end = this.srcLen;
        if (s >= end || src.charCodeAt(s) !== open) return -1;
        let depth = 1;
        while (++s < end) {
            const c = src.charCodeAt(s);
            if (c === close) {
                if (--depth === 0) return s + 1;
            } else if (c === open) {
                depth++;
            }
        }
        return -1;
    }

    /** %0-%9 inside a pattern: the text of a closed capture must repeat at s. */
    private matchBackref(s: number, digit: number): number {
        const l = digit - 49;
        if (l < 0 || l >= this.level || this.capLen[l] === CAP_UNFINISHED) {
            fail(`invalid capture index %${l + 1}`);
        }
        const len = this.capLen[l]!;
        if (len < 0 || this.srcLen - s < len) return -1; // a position capture never matches
        const src = this.src,
            start = this.capStart[l]!;
        for (let k = 0; k < len; k++) {
            if (src.charCodeAt(start + k) !== src.charCodeAt(s + k)) return -1;
        }
        return s + len;
    }

    // --- results -------------------------------------------------------------

    /** Number of values a successful match yields: its captures, or the whole match. */
    resultCount(whole: boolean): number {
        return this.level === 0 && whole ? 1 : this.level;
    }

    /** Capture i (0-based) of the match src[s..e): a string or a position (integer). */
    capture(i: number, s: number, e: number): string | number {
        if (i >= this.level) {
            if (i !== 0) runtimeError(`invalid capture index %${i + 1}`);
            return this.src.slice(s, e);
        }
        const len = this.capLen[i]!;
        const start = this.capStart[i]!;
        if (len === CAP_UNFINISHED) runtimeError("unfinished capture");
        if (len === CAP_POSITION) return start + 1;
        return this.src.slice(start, start + len);
    }

    /** The values of a match as a call result: the captures, or the whole match if none. */
    results(s: number, e: number, whole: boolean): unknown {
        const n = this.resultCount(whole);
        if (n === 1) return this.capture(0, s, e);
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) out[i] = this.capture(i, s, e);
        return out;
    }
}

// One spare state, reused by calls that do not re-enter (a gsub replacement function may).
let spare: MatchState | null = null;

export function acquireState(src: string, pat: string, start: 0 | 1): MatchState {
    const ms = spare ?? new MatchState();
    spare = null;
    return ms.init(src, pat, start);
}

export function releaseState(ms: MatchState): void {
    ms.src = "";
    spare = ms;
}
