// ptool.http (spec: ptool-http.md): request(options) -> Response. The options are checked and
// turned into a WireRequest here; the exchange itself goes through the synchronous I/O bridge
// (runtime/io/bridge.ts). ptool.etcd's conn:request shares the options and the Response.
import { LuaTable } from "../value/table.js";
import { LuaFloat } from "../value/number.js";
import { numberToString } from "../value/number-string.js";
import type { LuaFunction } from "../value/types.js";
import { requestSync, WireError, type WireRequest, type WireResponse } from "../io/bridge.js";
import { invalidArgument, raise } from "./errors.js";
import { PTOOL_VERSION } from "./core.js";
import { luaToJson, writeJson } from "./json.js";
import type { JValue } from "./json-parse.js";
import { describe, optBoolean, optCount, optString, optionsTable } from "./options.js";
import { newResponse, raiseHttpError } from "./http-response.js";

/** The option names of ptool.http.request, in the spec's order. */
export const HTTP_OPTIONS = [
    "url",
    "method",
    "headers",
    "query",
    "body",
    "json",
    "form",
    "timeout_ms",
    "connect_timeout_ms",
    "follow_redirects",
    "max_redirects",
    "user_agent",
    "basic_auth",
    "bearer_token",
    "fail_on_http_error",
] as const;

export const DEFAULT_TIMEOUT_MS = 30000;
export const DEFAULT_MAX_REDIRECTS = 10;
const DEFAULT_USER_AGENT = `ptool/${PTOOL_VERSION}`;

/** Checked options, before the URL is final (etcd's conn:request resolves `path` first). */
export interface HttpOptions {
    url: string | undefined;
    method: string | undefined;
    headers: [string, string][];
    query: string | undefined;
    /** body, the json value (encoded by the caller's rule) or the encoded form. */
    body: { kind: "body" | "form"; bytes: string } | { kind: "json"; value: unknown } | undefined;
    timeoutMs: number | undefined;
    connectTimeoutMs: number | null;
    followRedirects: boolean;
    maxRedirects: number;
    userAgent: string | undefined;
    /** The authorization header from basic_auth or bearer_token. */
    authorization: string | undefined;
    failOnHttpError: boolean;
}

// ---------------------------------------------------------------------------
// Options

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function checkHeaderName(op: string, name: string): void {
    if (!TOKEN.test(name)) invalidArgument(op, `invalid header name ${JSON.stringify(name)}`);
}

function checkHeaderValue(op: string, name: string, value: string): void {
    if (/[\r\n\0]/.test(value)) invalidArgument(op, `invalid value for header '${name}' (it contains a line break or NUL)`);
}

/** Percent-encoding of application/x-www-form-urlencoded (bytes as they are; space as '+'). */
export function formEncode(s: string): string {
    let out = "";
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (
            (c >= 0x30 && c <= 0x39) ||
            (c >= 0x41 && c <= 0x5a) ||
            (c >= 0x61 && c <= 0x7a) ||
            c === 0x2a ||
            c === 0x2d ||
            c === 0x2e ||
            c === 0x5f
        )
            out += s[i];
        else if (c === 0x20) out += "+";
        else out += "%" + (c < 16 ? "0" : "") + c.toString(16).toUpperCase();
    }
    return out;
}

/** `query`/`form` tables: string keys, string/number/boolean values, in table order. */
function encodePairs(op: string, name: string, v: unknown): string | undefined {
    if (v === undefined) return undefined;
    if (!(v instanceof LuaTable)) return invalidArgument(op, `${name} must be a table, got ${describe(v)}`);
    const parts: string[] = [];
    for (let e = v.next(undefined); e !== undefined; e = v.next(e[0])) {
        const [k, x] = e;
        if (typeof k !== "string") return invalidArgument(op, `${name} keys must be strings, got ${describe(k)}`);
        let text: string;
        if (typeof x === "string") text = x;
        else if (typeof x === "number" || typeof x === "bigint" || x instanceof LuaFloat) text = numberToString(x);
        else if (typeof x === "boolean") text = x ? "true" : "false";
        else return invalidArgument(op, `${name}.${k} must be a string, number or boolean, got ${describe(x)}`);
        parts.push(formEncode(k) + "=" + formEncode(text));
    }
    return parts.join("&");
}

function checkHeaders(op: string, v: unknown): [string, string][] {
    if (v === undefined) return [];
    if (!(v instanceof LuaTable)) return invalidArgument(op, `headers must be a table, got ${describe(v)}`);
    const out: [string, string][] = [];
    for (let e = v.next(undefined); e !== undefined; e = v.next(e[0])) {
        const [k, x] = e;
        if (typeof k !== "string") return invalidArgument(op, `headers keys must be strings, got ${describe(k)}`);
        if (typeof x !== "string") return invalidArgument(op, `headers["${k}"] must be a string, got ${describe(x)}`);
        checkHeaderName(op, k);
        checkHeaderValue(op, k, x);
        out.push([k, x]);
    }
    return out;
}

function basicAuth(op: string, v: unknown): string | undefined {
    if (v === undefined) return undefined;
    if (!(v instanceof LuaTable)) return invalidArgument(op, `basic_auth must be a table, got ${describe(v)}`);
    for (let e = v.next(undefined); e !== undefined; e = v.next(e[0])) {
        if (e[0] !== "username" && e[0] !== "password")
            return invalidArgument(op, `unknown basic_auth field ${typeof e[0] === "string" ? `'${e[0]}'` : describe(e[0])}`);
    }
    const user = v.getStr("username");
    const pass = v.getStr("password");
    if (typeof user !== "string") return invalidArgument(op, `basic_auth.username must be a string, got ${describe(user)}`);
    // the password's value is never shown, only its type
    if (typeof pass !== "string") return invalidArgument(op, `basic_auth.password must be a string, got ${describe(pass).split(" ")[0]}`);
    if (user.includes(":")) return invalidArgument(op, "basic_auth.username must not contain ':'");
    return "Basic " + Buffer.from(user + ":" + pass, "latin1").toString("base64");
}

/**
 * Checks an options table of ptool.http.request (or of conn:request, whose extra names are in
 * `extra`). `url` is required unless `urlOptional`.
 */
export function checkHttpOptions(op: string, options: unknown, extra: readonly string[] = [], urlOptional = false): HttpOptions {
    const t = optionsTable(op, options, [...HTTP_OPTIONS, ...extra], false)!;
    const url = optString(op, t, "url");
    if (url === undefined && !urlOptional) return invalidArgument(op, "url is required");
    let method = optString(op, t, "method");
    if (method !== undefined) {
        if (!TOKEN.test(method)) return invalidArgument(op, `invalid method ${JSON.stringify(method)}`);
        method = method.toUpperCase();
    }
    const headers = checkHeaders(op, t.getStr("headers"));
    const query = encodePairs(op, "query", t.getStr("query"));
    const given = (["body", "json", "form"] as const).filter((k) => t.getStr(k) !== undefined);
    if (given.length > 1) return invalidArgument(op, `${given.join(" and ")} are mutually exclusive (body, json and form: give one)`);
    let body: HttpOptions["body"];
    const rawBody = optString(op, t, "body");
    if (rawBody !== undefined) body = { kind: "body", bytes: rawBody };
    else if (t.getStr("json") !== undefined) body = { kind: "json", value: t.getStr("json") };
    else {
        const form = encodePairs(op, "form", t.getStr("form"));
        if (form !== undefined) body = { kind: "form", bytes: form };
    }
    const timeoutMs = optCount(op, t, "timeout_ms", 1);
    const connectTimeoutMs = optCount(op, t, "connect_timeout_ms", 1) ?? null;
    const followRedirects = optBoolean(op, t, "follow_redirects") ?? true;
    const maxRedirects = optCount(op, t, "max_redirects") ?? DEFAULT_MAX_REDIRECTS;
    const userAgent = optString(op, t, "user_agent");
    if (userAgent !== undefined) checkHeaderValue(op, "user-agent", userAgent);
    const basic = basicAuth(op, t.getStr("basic_auth"));
    const bearer = t.getStr("bearer_token");
    if (bearer !== undefined && typeof bearer !== "string")
        return invalidArgument(op, `bearer_token must be a string, got ${describe(bearer).split(" ")[0]}`);
    if (basic !== undefined && bearer !== undefined) return invalidArgument(op, "basic_auth and bearer_token are mutually exclusive");
    if (bearer !== undefined && /[\r\n\0]/.test(bearer)) return invalidArgument(op, "bearer_token must not contain line breaks or NUL");
    const failOnHttpError = optBoolean(op, t, "fail_on_http_error") ?? false;
    return {
        url,
        method,
        headers,
        query,
        body,
        timeoutMs,
        connectTimeoutMs,
        followRedirects,
        maxRedirects,
        userAgent,
        authorization: basic ?? (bearer !== undefined ? `Bearer ${bearer}` : undefined),
        failOnHttpError,
    };
}

// ---------------------------------------------------------------------------
// URLs

/** A URL for messages: the password of `user:password@` is never shown. */
export function redactUrl(url: string): string {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@]*?:)[^/?#@]*@/i, "$1***@");
}

/** The request URL: checked (http or https), with the query appended. */
export function finalUrl(op: string, url: string, query: string | undefined): string {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return invalidArgument(op, `invalid url "${redactUrl(url)}"`, { url: redactUrl(url) });
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
        return invalidArgument(op, `unsupported url scheme "${parsed.protocol.slice(0, -1)}" (http or https)`, { url: redactUrl(url) });
    if (query === undefined || query === "") return url;
    const hash = url.indexOf("#");
    const [head, frag] = hash < 0 ? [url, ""] : [url.slice(0, hash), url.slice(hash)];
    return head + (head.includes("?") ? (head.endsWith("?") || head.endsWith("&") ? "" : "&") : "?") + query + frag;
}

// ---------------------------------------------------------------------------
// Sending

export interface SendOptions {
    /** How a json value becomes text (ptool.json's rules by default). */
    encodeJson?: (tree: JValue) => string;
    /** Used when the options give no method. */
    defaultMethod?: string;
    defaultTimeoutMs?: number;
    /** Headers added when the request has none of that name (etcd's authorization). */
    defaultHeaders?: [string, string][];
}

function hasHeader(headers: [string, string][], name: string): boolean {
    return headers.some((h) => h[0].toLowerCase() === name);
}

/** Percent-decoding to bytes (a URL's user and password). */
function percentDecode(s: string): string {
    return s.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The wire request for checked options and a final URL. */
export function wireRequest(op: string, o: HttpOptions, target: string, s: SendOptions = {}): WireRequest {
    let headers = o.headers.slice();
    let url = target;
    // `user:password@` in the URL is basic authentication (unless the options give another);
    // the URL itself goes out without it
    const parsed = new URL(target);
    if (parsed.username !== "" || parsed.password !== "") {
        const userinfo = `${percentDecode(parsed.username)}:${percentDecode(parsed.password)}`;
        if (o.authorization === undefined && !hasHeader(headers, "authorization"))
            headers.push(["authorization", "Basic " + Buffer.from(userinfo, "latin1").toString("base64")]);
        parsed.username = "";
        parsed.password = "";
        url = parsed.href;
    }
    let body: Uint8Array | null = null;
    if (o.body !== undefined) {
        let bytes: string;
        if (o.body.kind === "json") {
            const tree = luaToJson(o.body.value, op);
            bytes = (s.encodeJson ?? ((x: JValue) => writeJson(x, false)))(tree);
            if (!hasHeader(headers, "content-type")) headers.push(["content-type", "application/json"]);
        } else {
            bytes = o.body.bytes;
            if (o.body.kind === "form" && !hasHeader(headers, "content-type"))
                headers.push(["content-type", "application/x-www-form-urlencoded"]);
        }
        body = Buffer.from(bytes, "latin1");
    }
    if (o.userAgent !== undefined)
        headers = headers.filter((h) => h[0].toLowerCase() !== "user-agent").concat([["user-agent", o.userAgent]]);
    else if (!hasHeader(headers, "user-agent")) headers.push(["user-agent", DEFAULT_USER_AGENT]);
    if (o.authorization !== undefined)
        headers = headers.filter((h) => h[0].toLowerCase() !== "authorization").concat([["authorization", o.authorization]]);
    for (const [k, v] of s.defaultHeaders ?? []) if (!hasHeader(headers, k.toLowerCase())) headers.push([k, v]);
    return {
        method: o.method ?? s.defaultMethod ?? "GET",
        url,
        headers,
        body,
        timeoutMs: o.timeoutMs ?? s.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
        connectTimeoutMs: o.connectTimeoutMs,
        followRedirects: o.followRedirects,
        maxRedirects: o.maxRedirects,
    };
}

/** Whether a transport failure is worth retrying. */
const RETRYABLE: Record<string, boolean> = {
    timeout: true,
    connect_timeout: true,
    refused: true,
    network: true,
    dns: false,
    tls: false,
    too_many_redirects: false,
};

/** Sends a wire request; transport failures become structured errors of `op`. */
export function send(op: string, req: WireRequest): WireResponse {
    try {
        return requestSync(req);
    } catch (e) {
        if (!(e instanceof WireError)) throw e;
        const url = redactUrl(req.url);
        const isTimeout = e.code === "timeout" || e.code === "connect_timeout";
        return raise({
            kind: isTimeout ? "timeout" : "io_error",
            op,
            url,
            code: e.code,
            message: `${op}: ${e.message} (${req.method} ${url})`,
            detail: e.message,
            retryable: RETRYABLE[e.code] ?? false,
        });
    }
}

// ---------------------------------------------------------------------------
// ptool.http.request

function request(options: unknown): unknown {
    const op = "ptool.http.request";
    const o = checkHttpOptions(op, options);
    const url = finalUrl(op, o.url!, o.query);
    const res = send(op, wireRequest(op, o, url));
    if (o.failOnHttpError && res.status >= 400) raiseHttpError(op, res.status, res.url);
    return newResponse(res);
}

export function openHttp(): LuaTable {
    const t = new LuaTable();
    const fns: Record<string, LuaFunction> = { request };
    for (const [name, f] of Object.entries(fns)) t.setStr(name, f);
    return t;
}
