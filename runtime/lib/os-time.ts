// Time for the os library (manual §6.9): calendar arithmetic, the local time zone as glibc
// reads it from the TZ zone file or a POSIX TZ rule, broken-down time and mktime's search.
import { readFileSync } from "node:fs";

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

export function pad2(n: number): string {
    return n < 10 ? "0" + n : String(n);
}

// ---------------------------------------------------------------------------
// Calendar arithmetic on the proleptic Gregorian calendar (day 0 = 1970-01-01).

export function floorDiv(a: number, b: number): number {
    return Math.floor(a / b);
}

export function mod(a: number, b: number): number {
    return ((a % b) + b) % b;
}

/** Days since 1970-01-01 of year y, month m (1-12), day d (1-31). */
function daysFromCivil(y: number, m: number, d: number): number {
    const yy = m <= 2 ? y - 1 : y;
    const era = floorDiv(yy, 400);
    const yoe = yy - era * 400;
    const mp = m > 2 ? m - 3 : m + 9; // months since March
    const doy = floorDiv(153 * mp + 2, 5) + d - 1;
    const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
    return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number. */
function civilFromDays(days: number): [number, number, number] {
    const z = days + 719468;
    const era = floorDiv(z, 146097);
    const doe = z - era * 146097;
    const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
    const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
    const mp = floorDiv(5 * doy + 2, 153);
    const d = doy - floorDiv(153 * mp + 2, 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

// ---------------------------------------------------------------------------
// The local time zone as glibc sees the process TZ: the TZif file's transitions, then its
// POSIX TZ footer rule after the last transition. JS Date (minute-precision offsets, no isdst)
// is only the fallback when no zone file can be read.

const JS_MAX_SECONDS = 8.64e12;

function jsDate(t: number): Date {
    return new Date(Math.max(-JS_MAX_SECONDS, Math.min(JS_MAX_SECONDS, t)) * 1000);
}

/** Seconds east of UTC at instant t by JS Date. */
function jsOffsetAt(t: number): number {
    return -Math.round(jsDate(t).getTimezoneOffset() * 60);
}

/** The standard and daylight-saving offsets of the year containing instant t. */
function yearOffsets(t: number): [standard: number, daylight: number] {
    const d = jsDate(t);
    const jan = new Date(0);
    jan.setUTCFullYear(d.getUTCFullYear(), 0, 1);
    const jul = new Date(0);
    jul.setUTCFullYear(d.getUTCFullYear(), 6, 1);
    const a = offsetAt(jan.getTime() / 1000);
    const b = offsetAt(jul.getTime() / 1000);
    return [Math.min(a, b), Math.max(a, b)];
}

/** One local time type of the zone database (a TZif ttinfo). */
interface ZoneType {
    offset: number;
    isdst: boolean;
    abbr: string;
}

/** A POSIX TZ rule date: Jn (1-365, no Feb 29), n (0-365), or Mm.w.d; `time` is seconds after local midnight. */
interface RuleDate {
    kind: "J" | "n" | "M";
    day: number;
    week: number;
    month: number;
    time: number;
}

/** A POSIX TZ string such as "EST5EDT,M3.2.0,M11.1.0" (offsets are seconds east of UTC). */
interface PosixRule {
    std: ZoneType;
    dst: ZoneType | undefined;
    start: RuleDate | undefined;
    end: RuleDate | undefined;
}

interface Zone {
    times: number[];
    types: ZoneType[]; // the type in force from times[i] on
    all: ZoneType[];
    rule: PosixRule | undefined; // the footer, in force after the last transition
}

let zone: Zone | null | undefined;

/** Parses a POSIX TZ string (as in a TZif footer); undefined if it is not one. */
function parsePosixTZ(s: string): PosixRule | undefined {
    let i = 0;
    const name = (): string | undefined => {
        if (s[i] === "<") {
            const e = s.indexOf(">", i);
            if (e < 0) return undefined;
            const n = s.slice(i + 1, e);
            i = e + 1;
            return n;
        }
        const m = /^[A-Za-z]{3,}/.exec(s.slice(i));
        if (m === null) return undefined;
        i += m[0].length;
        return m[0];
    };
    // [+-]hh[:mm[:ss]] as seconds
    const hms = (): number | undefined => {
        const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(s.slice(i));
        if (m === null) return undefined;
        i += m[0].length;
        const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
        return m[1] === "-" ? -v : v;
    };
    const ruleDate = (): RuleDate | undefined => {
        let r: RuleDate;
        let m: RegExpExecArray | null;
        if ((m = /^M(\d{1,2})\.(\d)\.(\d)/.exec(s.slice(i))) !== null) {
            r = { kind: "M", month: Number(m[1]), week: Number(m[2]), day: Number(m[3]), time: 7200 };
        } else if ((m = /^J(\d{1,3})/.exec(s.slice(i))) !== null) {
            r = { kind: "J", day: Number(m[1]), week: 0, month: 0, time: 7200 };
        } else if ((m = /^(\d{1,3})/.exec(s.slice(i))) !== null) {
            r = { kind: "n", day: Number(m[1]), week: 0, month: 0, time: 7200 };
        } else return undefined;
        i += m[0].length;
        if (s[i] === "/") {
            i++;
            const t = hms();
            if (t === undefined) return undefined;
            r.time = t;
        }
        return r;
    };
    const stdName = name();
    if (stdName === undefined) return undefined;
    const stdOff = hms();
    if (stdOff === undefined) return undefined;
    const std: ZoneType = { offset: -stdOff, isdst: false, abbr: stdName };
    if (i >= s.length) return { std, dst: undefined, start: undefined, end: undefined };
    const dstName = name();
    if (dstName === undefined) return undefined;
    let dstOffset = std.offset + 3600;
    if (i < s.length && s[i] !== ",") {
        const o = hms();
        if (o === undefined) return undefined;
        dstOffset = -o;
    }
    const dst: ZoneType = { offset: dstOffset, isdst: true, abbr: dstName };
    let start: RuleDate | undefined = { kind: "M", month: 3, week: 2, day: 0, time: 7200 }; // POSIX default rules (US)
    let end: RuleDate | undefined = { kind: "M", month: 11, week: 1, day: 0, time: 7200 };
    if (s[i] === ",") {
        i++;
        start = ruleDate();
        if (start === undefined || s[i] !== ",") return undefined;
        i++;
        end = ruleDate();
        if (end === undefined) return undefined;
    }
    return { std, dst, start, end };
}

function isLeap(y: number): boolean {
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * glibc's compute_change: seconds from the epoch, before the offset is applied, at which a rule
 * date of year y happens. As in glibc, years up to 1970 count from 1970-01-01.
 */
function ruleChange(r: RuleDate, y: number): number {
    let days = y > 1970 ? daysFromCivil(y, 1, 1) : 0;
    if (r.kind === "J") {
        days += r.day - 1 + (r.day >= 60 && isLeap(y) ? 1 : 0);
    } else if (r.kind === "n") {
        days += r.day;
    } else {
        const monthStart = daysFromCivil(y, r.month, 1);
        const monthLength = (r.month === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, r.month + 1, 1)) - monthStart;
        days += monthStart - daysFromCivil(y, 1, 1);
        let d = r.day - mod(monthStart + 4, 7); // the first such weekday of the month (zero-origin)
        if (d < 0) d += 7;
        for (let i = 1; i < r.week; i++) {
            if (d + 7 >= monthLength) break;
            d += 7;
        }
        days += d;
    }
    return days * 86400 + r.time;
}

/** The local time type of a POSIX rule at instant t (glibc's __tz_compute: the rule of t's UTC year). */
function ruleType(rule: PosixRule, t: number): ZoneType {
    const { std, dst, start, end } = rule;
    if (dst === undefined || start === undefined || end === undefined) return std;
    const y = civilFromDays(floorDiv(t, 86400))[0];
    const a = ruleChange(start, y) - std.offset; // DST starts (given in standard time)
    const b = ruleChange(end, y) - dst.offset; // DST ends (given in daylight time)
    const inDst = a < b ? t >= a && t < b : t >= a || t < b;
    return inDst ? dst : std;
}

/** The TZif file of the process TZ (as glibc reads it). */
function loadZone(): Zone | null {
    let tz = process.env.TZ;
    if (tz === "") return null;
    if (tz?.startsWith(":")) tz = tz.slice(1);
    const file = tz === undefined ? "/etc/localtime" : tz.startsWith("/") ? tz : `/usr/share/zoneinfo/${tz}`;
    try {
        let b = readFileSync(file);
        if (b.toString("latin1", 0, 4) !== "TZif") return null;
        const counts = (h: Buffer): number[] => [0, 1, 2, 3, 4, 5].map((i) => h.readUInt32BE(20 + 4 * i));
        let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(b);
        let wide = false;
        if (b[4]! >= 0x32) {
            // skip the 32-bit block: version 2+ repeats everything with 64-bit times
            b = b.subarray(44 + timecnt! * 5 + typecnt! * 6 + charcnt! + leap! * 8 + isstd! + isut!);
            [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(b);
            wide = true;
        }
        const size = wide ? 8 : 4;
        let p = 44;
        const times: number[] = [];
        for (let i = 0; i < timecnt!; i++, p += size) times.push(wide ? Number(b.readBigInt64BE(p)) : b.readInt32BE(p));
        const idx: number[] = [];
        for (let i = 0; i < timecnt!; i++) idx.push(b[p++]!);
        const all: ZoneType[] = [];
        const charsAt = p + typecnt! * 6;
        for (let i = 0; i < typecnt!; i++, p += 6) {
            const a = charsAt + b[p + 5]!;
            const e = b.indexOf(0, a);
            all.push({ offset: b.readInt32BE(p), isdst: b[p + 4] !== 0, abbr: b.toString("latin1", a, e < 0 ? charsAt + charcnt! : e) });
        }
        let rule: PosixRule | undefined;
        if (wide) {
            const footerAt = charsAt + charcnt! + leap! * (size + 4) + isstd! + isut!;
            const footer = b.toString("latin1", footerAt);
            const m = /^\n([^\n]*)\n/.exec(footer);
            if (m !== null && m[1] !== "") rule = parsePosixTZ(m[1]!);
        }
        return { times, types: idx.map((i) => all[i]!), all, rule };
    } catch {
        // no zone file: glibc takes TZ itself as a POSIX rule ("XYZ3", "EST5EDT,M3.2.0,M11.1.0")
        const rule = tz === undefined ? undefined : parsePosixTZ(tz);
        if (rule === undefined) return null;
        const all = rule.dst === undefined ? [rule.std] : [rule.std, rule.dst];
        return { times: [], types: [], all, rule };
    }
}

/** The zone's local time type at instant t (glibc's __tzfile_compute), or undefined without a zone file. */
function zoneTypeAt(t: number): ZoneType | undefined {
    if (zone === undefined) zone = loadZone();
    if (zone === null) return undefined;
    const { times, types, all, rule } = zone;
    if (times.length === 0 || t < times[0]!) {
        if (times.length === 0 && rule !== undefined) return ruleType(rule, t);
        // before the first transition: the first standard-time type
        return all.find((z) => !z.isdst) ?? all[0];
    }
    if (t >= times[times.length - 1]! && rule !== undefined) return ruleType(rule, t);
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (times[mid]! <= t) lo = mid + 1;
        else hi = mid;
    }
    return types[lo - 1];
}

/** Seconds east of UTC at instant t (seconds since the epoch). */
function offsetAt(t: number): number {
    return zoneTypeAt(t)?.offset ?? jsOffsetAt(t);
}

/** Whether daylight-saving time is in force at instant t. */
function isDstAt(t: number): boolean {
    const z = zoneTypeAt(t);
    if (z !== undefined) return z.isdst;
    return jsOffsetAt(t) > yearOffsets(t)[0];
}

/** Time zone abbreviation at instant t ("UTC", "EST", "CET", "+04") as glibc's %Z. */
export function zoneName(t: number, offset: number, isdst: boolean): string {
    if (zone === undefined) zone = loadZone();
    if (zone !== null) {
        const current = zoneTypeAt(t);
        if (current !== undefined && current.offset === offset && current.isdst === isdst) return current.abbr;
        const { types, all } = zone;
        for (let i = types.length - 1; i >= 0; i--) {
            const z = types[i]!;
            if (z.offset === offset && z.isdst === isdst) return z.abbr;
        }
        const any = all.find((z) => z.offset === offset);
        if (any !== undefined) return any.abbr;
    } else if (offset === 0) {
        return "UTC";
    }
    const a = Math.abs(offset);
    const mm = floorDiv(a % 3600, 60);
    return (offset < 0 ? "-" : "+") + pad2(floorDiv(a, 3600)) + (mm === 0 ? "" : pad2(mm));
}

// ---------------------------------------------------------------------------
// Broken-down time (struct tm, with the year and month as Lua shows them).

export interface Tm {
    year: number;
    month: number; // 1-12
    day: number;
    hour: number;
    min: number;
    sec: number;
    wday: number; // 0 = Sunday
    yday: number; // 1-366
    isdst: boolean;
    offset: number; // seconds east of UTC
    utc: boolean;
    t: number;
}

/** gmtime / localtime; undefined when the year does not fit a C int after -1900. */
export function breakDown(t: number | bigint, utc: boolean): Tm | undefined {
    const approx = Number(t);
    let offset = 0;
    let isdst = false;
    if (!utc) {
        offset = offsetAt(approx);
        isdst = isDstAt(approx);
    }
    let days: number;
    let sod: number;
    if (typeof t === "number" && Math.abs(t) < 2 ** 52) {
        const lt = t + offset;
        days = floorDiv(lt, 86400);
        sod = lt - days * 86400;
    } else {
        const lt = BigInt(t) + BigInt(offset);
        let d = lt / 86400n;
        let r = lt % 86400n;
        if (r < 0n) {
            r += 86400n;
            d -= 1n;
        }
        days = Number(d);
        sod = Number(r);
    }
    const [year, month, day] = civilFromDays(days);
    if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) return undefined;
    return {
        year,
        month,
        day,
        hour: floorDiv(sod, 3600),
        min: floorDiv(sod % 3600, 60),
        sec: sod % 60,
        wday: mod(days + 4, 7),
        yday: days - daysFromCivil(year, 1, 1) + 1,
        isdst,
        offset,
        utc,
        t: approx,
    };
}

/** glibc's mktime remembers the offset (instant minus wall clock) it found last and starts the next search from it. */
let localtimeOffset = 0n;

/** Local wall-clock seconds since 1970-01-01 00:00 of a broken-down time. */
function wallSeconds(tm: Tm): bigint {
    return BigInt(daysFromCivil(tm.year, 1, 1) + tm.yday - 1) * 86400n + BigInt(tm.hour * 3600 + tm.min * 60 + tm.sec);
}

/** isdst_differ: both known and different. */
function isdstDiffer(a: number, b: boolean): boolean {
    return a >= 0 && (a !== 0) !== b;
}

/**
 * mktime as glibc's __mktime_internal: the instant of a local date whose fields may be out of
 * range (they carry over); isdst is -1 (unknown), 0 or 1. It probes localtime from a guessed
 * offset until the wall clock matches; in a spring-forward gap it settles on one side, and a
 * known isdst that does not match takes the offset of the nearest time that has it.
 * Undefined when the result is not representable.
 */
export function makeTime(
    year: number,
    mon0: number,
    mday: number,
    hour: number,
    min: number,
    sec: number,
    isdst: number,
): bigint | undefined {
    const secRequested = sec;
    sec = Math.max(0, Math.min(59, sec)); // leap seconds are possible: search with 0..59
    const y = year + floorDiv(mon0, 12);
    const m = mod(mon0, 12) + 1;
    const yday = daysFromCivil(y, m, 1) - daysFromCivil(y, 1, 1) + mday - 1; // 0-based, may overflow the year
    const requested = BigInt(daysFromCivil(y, 1, 1) + yday) * 86400n + BigInt(hour) * 3600n + BigInt(min) * 60n + BigInt(sec);
    const MIN = -0x8000000000000000n;
    const MAX = 0x7fffffffffffffffn;
    const convert = (t: bigint): Tm | undefined => (t < MIN || t > MAX ? undefined : breakDown(t, false));

    const t0 = requested + localtimeOffset;
    let t = t0;
    let t1 = t0;
    let t2 = t0;
    let dst2 = false;
    let tm: Tm | undefined;
    let remaining = 6;
    let found = false; // reached offset_found from an oscillation
    for (;;) {
        tm = convert(t);
        if (tm === undefined) return undefined;
        const gt = t + (requested - wallSeconds(tm));
        if (t === gt) break;
        if (t === t1 && t !== t2 && (isdst < 0 ? !dst2 || tm.isdst : (isdst !== 0) !== tm.isdst)) {
            // oscillating across a spring-forward gap
            found = true;
            break;
        }
        if (--remaining === 0) return undefined;
        t1 = t2;
        t2 = t;
        t = gt;
        dst2 = tm.isdst;
    }
    if (!found && isdstDiffer(isdst, tm.isdst)) {
        // the wrong isdst: use the UTC offset of the nearest time (by weeks) that has the right one
        const stride = 601200n;
        const bound = 457243209n / 2n + stride;
        let done = false;
        search: for (let delta = stride; delta < bound; delta += stride) {
            for (const dir of [-1n, 1n]) {
                const ot = t + delta * dir;
                const otm = convert(ot);
                if (otm === undefined) return undefined;
                if (!isdstDiffer(isdst, otm.isdst)) {
                    const gt = ot + (requested - wallSeconds(otm));
                    const gtm = convert(gt);
                    if (gtm !== undefined) {
                        t = gt;
                        tm = gtm;
                        done = true;
                        break search;
                    }
                }
            }
        }
        if (!done) {
            // no time with that isdst nearby: assume a one-hour difference
            t += BigInt(((isdst === 0 ? 1 : 0) - (tm.isdst ? 0 : 1)) * 3600);
            tm = convert(t);
            if (tm === undefined) return undefined;
        }
    }
    localtimeOffset = t - requested;
    if (secRequested !== tm.sec) {
        t += BigInt(secRequested - sec);
        if (convert(t) === undefined) return undefined;
    }
    if (t === -1n || t > MAX || t < MIN) return undefined;
    return t;
}
