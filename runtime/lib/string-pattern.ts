// Lua pattern matching over byte strings (manual §6.4.1), used by find, match, gmatch and gsub.
//
// The matcher works directly on char codes of the subject and the pattern (no compilation).
// Recursion happens only where backtracking needs it (captures, '?', '*', '+', '-'); a plain
// item followed by no quantifier, %b, %f and back-references loop. The recursion depth is
// bounded by MAXCCALLS like lua5.4, which raises "pattern too complex" instead of overflowing.
import { runtimeError } from "../value/errors.js";

const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;
export const MAXCAPTURES = 32;
const MAXCCALLS = 200;

// Character classes of the C locale, as bits per byte.
const ALPHA = 1, CNTRL = 2, DIGIT = 4, GRAPH = 8, LOWER = 16, PUNCT = 32, SPACE = 64, UPPER = 128;
const ALNUM = 256, XDIGIT = 512, ZERO = 1024;
const NEGATE = 0x8000;

const CTYPE = new Uint16Array(256);
/** Bits of the class named by a pattern letter (%a...), NEGATE for the uppercase forms. */
const CLASSBITS = new Uint16Array(256);

(function initTables() {
    for (let c = 0; c < 128; c++) {
        let b = 0;
        const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122, digit = c >= 48 && c <= 57;
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
        ["a", ALPHA], ["c", CNTRL], ["d", DIGIT], ["g", GRAPH], ["l", LOWER],
        ["p", PUNCT], ["s", SPACE], ["u", UPPER], ["w", ALNUM], ["x", XDIGIT],
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

/** State of one matching attempt: the subject, the pattern and the captures. */
export class MatchState {
    src = "";
    srcLen = 0;
    pat = "";
    patLen = 0;
    level = 0;
    depth = MAXCCALLS;
    readonly capStart = new Int32Array(MAXCAPTURES);
    readonly capLen = new Int32Array(MAXCAPTURES);

    init(src: string, pat: string): this {
        this.src = src;
        this.srcLen = src.length;
        this.pat = pat;
        this.patLen = pat.length;
        this.level = 0;
        this.depth = MAXCCALLS;
        return this;
    }

    /** Match pattern from index p against the subject from index s: the match end, or -1. */
    run(s: number, p: number): number {
        this.level = 0;
        this.depth = MAXCCALLS;
        try {
            return this.match(s, p);
        } catch (e) {
            if (e instanceof PatternError) runtimeError(e.message);
            throw e;
        }
    }

    private match(s: number, p: number): number {
        if (this.depth-- === 0) fail("pattern too complex");
        const pat = this.pat, pEnd = this.patLen;
        for (;;) {
            if (p === pEnd) break;
            const pc = pat.charCodeAt(p);
            if (pc === 40 /* ( */) {
                s = pat.charCodeAt(p + 1) === 41
                    ? this.startCapture(s, p + 2, CAP_POSITION)
                    : this.startCapture(s, p + 1, CAP_UNFINISHED);
                break;
            }
            if (pc === 41 /* ) */) {
                s = this.endCapture(s, p + 1);
                break;
            }
            if (pc === 36 /* $ */ && p + 1 === pEnd) {
                if (s !== this.srcLen) s = -1;
                break;
            }
            if (pc === 37 /* % */) {
                const nc = pat.charCodeAt(p + 1);
                if (nc === 98 /* b */) {
                    s = this.matchBalance(s, p + 2);
                    if (s === -1) break;
                    p += 4;
                    continue;
                }
                if (nc === 102 /* f */) {
                    p += 2;
                    if (pat.charCodeAt(p) !== 91 /* [ */) fail("missing '[' after '%f' in pattern");
                    const ep = this.classEnd(p);
                    const prev = s === 0 ? 0 : this.src.charCodeAt(s - 1);
                    const cur = s < this.srcLen ? this.src.charCodeAt(s) : 0;
                    if (!this.matchBracket(prev, p, ep - 1) && this.matchBracket(cur, p, ep - 1)) {
                        p = ep;
                        continue;
                    }
                    s = -1;
                    break;
                }
                if (nc >= 48 && nc <= 57) {
                    s = this.matchBackref(s, nc);
                    if (s === -1) break;
                    p += 2;
                    continue;
                }
            }
            // a single-character class, possibly followed by a quantifier
            const ep = this.classEnd(p);
            const q = pat.charCodeAt(ep); // NaN at the end of the pattern
            if (!this.singleMatch(s, p, ep)) {
                if (q === 42 /* * */ || q === 63 /* ? */ || q === 45 /* - */) {
                    p = ep + 1;
                    continue;
                }
                s = -1;
                break;
            }
            if (q === 63 /* ? */) {
                const r = this.match(s + 1, ep + 1);
                if (r !== -1) {
                    s = r;
                    break;
                }
                p = ep + 1;
                continue;
            }
            if (q === 43 /* + */) {
                s = this.maxExpand(s + 1, p, ep);
                break;
            }
            if (q === 42 /* * */) {
                s = this.maxExpand(s, p, ep);
                break;
            }
            if (q === 45 /* - */) {
                s = this.minExpand(s, p, ep);
                break;
            }
            s++;
            p = ep;
        }
        this.depth++;
        return s;
    }

    /** Index just past the single-character class starting at p. */
    private classEnd(p: number): number {
        const pat = this.pat, pEnd = this.patLen;
        const c = pat.charCodeAt(p++);
        if (c === 37 /* % */) {
            if (p >= pEnd) fail("malformed pattern (ends with '%')");
            return p + 1;
        }
        if (c === 91 /* [ */) {
            if (pat.charCodeAt(p) === 94 /* ^ */) p++;
            // the first character of a set is literal, even ']'
            do {
                if (p >= pEnd) fail("malformed pattern (missing ']')");
                const d = pat.charCodeAt(p++);
                if (d === 37 && p < pEnd) p++;
            } while (pat.charCodeAt(p) !== 93 /* ] */);
            return p + 1;
        }
        return p;
    }

    /** Does the subject byte at s match the class pat[p..ep)? */
    private singleMatch(s: number, p: number, ep: number): boolean {
        if (s >= this.srcLen) return false;
        const c = this.src.charCodeAt(s);
        const pc = this.pat.charCodeAt(p);
        switch (pc) {
            case 46 /* . */:
                return true;
            case 37 /* % */:
                return matchClass(c, this.pat.charCodeAt(p + 1));
            case 91 /* [ */:
                return this.matchBracket(c, p, ep - 1);
            default:
                return pc === c;
        }
    }

    /** Does byte c belong to the set pat[p..ec], p at '[' and ec at the closing ']'? */
    private matchBracket(c: number, p: number, ec: number): boolean {
        const pat = this.pat;
        let found = true;
        if (pat.charCodeAt(p + 1) === 94 /* ^ */) {
            found = false;
            p++;
        }
        while (++p < ec) {
            const pc = pat.charCodeAt(p);
            if (pc === 37 /* % */) {
                p++;
                if (matchClass(c, pat.charCodeAt(p))) return found;
            } else if (pat.charCodeAt(p + 1) === 45 /* - */ && p + 2 < ec) {
                p += 2;
                if (pc <= c && c <= pat.charCodeAt(p)) return found;
            } else if (pc === c) {
                return found;
            }
        }
        return !found;
    }

    private maxExpand(s: number, p: number, ep: number): number {
        let i = 0;
        while (this.singleMatch(s + i, p, ep)) i++;
        // try the rest of the pattern with the longest run first
        for (; i >= 0; i--) {
            const r = this.match(s + i, ep + 1);
            if (r !== -1) return r;
        }
        return -1;
    }

    private minExpand(s: number, p: number, ep: number): number {
        for (;;) {
            const r = this.match(s, ep + 1);
            if (r !== -1) return r;
            if (this.singleMatch(s, p, ep)) s++;
            else return -1;
        }
    }

    private startCapture(s: number, p: number, what: number): number {
        const level = this.level;
        if (level >= MAXCAPTURES) fail("too many captures");
        this.capStart[level] = s;
        this.capLen[level] = what;
        this.level = level + 1;
        const r = this.match(s, p);
        if (r === -1) this.level--;
        return r;
    }

    private endCapture(s: number, p: number): number {
        let l = this.level - 1;
        while (l >= 0 && this.capLen[l] !== CAP_UNFINISHED) l--;
        if (l < 0) fail("invalid pattern capture");
        this.capLen[l] = s - this.capStart[l]!;
        const r = this.match(s, p);
        if (r === -1) this.capLen[l] = CAP_UNFINISHED;
        return r;
    }

    private matchBalance(s: number, p: number): number {
        if (p + 1 >= this.patLen) fail("malformed pattern (missing arguments to '%b')");
        const src = this.src, end = this.srcLen;
        const open = this.pat.charCodeAt(p), close = this.pat.charCodeAt(p + 1);
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

    /** %1-%9 inside a pattern: the text of a closed capture must repeat at s. */
    private matchBackref(s: number, digit: number): number {
        const l = digit - 49;
        if (l < 0 || l >= this.level || this.capLen[l] === CAP_UNFINISHED) {
            fail(`invalid capture index %${l + 1}`);
        }
        const len = this.capLen[l]!;
        if (len < 0 || this.srcLen - s < len) return -1; // a position capture never matches
        const src = this.src, start = this.capStart[l]!;
        for (let i = 0; i < len; i++) {
            if (src.charCodeAt(start + i) !== src.charCodeAt(s + i)) return -1;
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

    /**
     * The byte that any match of the pattern from p must begin with, or -1: a literal that
     * is not followed by a quantifier allowing zero repetitions. Searches skip to it.
     */
    firstLiteral(p: number): number {
        if (p >= this.patLen) return -1;
        const pat = this.pat;
        const c = pat.charCodeAt(p);
        const q = pat.charCodeAt(p + 1);
        if (c === 40 || c === 41 || c === 37 || c === 46 || c === 91 || c === 36) return -1;
        if (q === 42 || q === 63 || q === 45) return -1;
        return c;
    }
}

// One spare state, reused by calls that do not re-enter (a gsub replacement function may).
let spare: MatchState | null = null;

export function acquireState(src: string, pat: string): MatchState {
    const ms = spare ?? new MatchState();
    spare = null;
    return ms.init(src, pat);
}

export function releaseState(ms: MatchState): void {
    ms.src = "";
    spare = ms;
}
