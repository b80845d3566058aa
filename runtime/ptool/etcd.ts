// ptool.etcd (spec: etcd.seed.txt): connect(options) -> Connection, a userdata with get, put,
// delete, list and request, over etcd's v3 JSON gateway (POST {address}/{api_prefix}/kv/range,
// kv/put, kv/deleterange, auth/authenticate) through the synchronous I/O bridge.
import { LuaTable } from "../value/table.js";
import { LuaUserdata, type LuaFunction } from "../value/types.js";
import type { WireResponse } from "../io/bridge.js";
import { invalidArgument, raise } from "./errors.js";
import { describe, optBoolean, optCount, optInteger, optString, optionsTable } from "./options.js";
import { checkHttpOptions, DEFAULT_TIMEOUT_MS, finalUrl, redactUrl, send, wireRequest } from "./http.js";
import { isRetryableStatus, newResponse, raiseHttpError } from "./http-response.js";
import { writeJson } from "./json.js";
import { emptyTablesAsArrays, headerTable, int64, kvList, kvTable, prefixRange, toBase64, type GatewayObject } from "./etcd-json.js";
import { STATUS_CODES } from "node:http";

const CONNECTION = "ptool.etcd.Connection";

interface Connection {
    /** The normalised address (scheme, host, port and path, no trailing slash). */
    base: string;
    /** The normalised api_prefix ("v3"), "" for none. */
    prefix: string;
    token: string | undefined;
    /** Kept to authenticate again when etcd reports that the token expired. */
    credentials: { name: string; password: string } | undefined;
    timeoutMs: number | undefined;
}

function apiBase(c: Connection): string {
    return c.prefix === "" ? c.base : `${c.base}/${c.prefix}`;
}

// ---------------------------------------------------------------------------
// Gateway calls

/** gRPC codes worth retrying: DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, UNAVAILABLE. */
const RETRYABLE_CODES = new Set([4, 8, 10, 14]);
const UNAUTHENTICATED = 16;

/** A UTF-8 JS string as a Lua byte string. */
const bytes = (s: string) => Buffer.from(s, "utf8").toString("latin1");

function parseBody(res: WireResponse): GatewayObject | undefined {
    try {
        const v: unknown = JSON.parse(Buffer.from(res.body).toString("utf8"));
        return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as GatewayObject) : undefined;
    } catch {
        return undefined;
    }
}

function raiseEtcdError(op: string, res: WireResponse, url: string, body: GatewayObject | undefined): never {
    const reason = STATUS_CODES[res.status] ?? "";
    if (body !== undefined && (typeof body.message === "string" || typeof body.error === "string")) {
        const code = typeof body.code === "number" ? body.code : undefined;
        const text = bytes(String(body.message ?? body.error));
        const detail = `${text}${code === undefined ? "" : ` (code ${code})`}`;
        return raise({
            kind: "etcd_error",
            op,
            url,
            status: res.status,
            code,
            message: `${op}: ${detail}`,
            detail,
            retryable: (code !== undefined && RETRYABLE_CODES.has(code)) || isRetryableStatus(res.status),
        });
    }
    const snippet = Buffer.from(res.body).toString("latin1").slice(0, 200).trim();
    const detail = `unexpected response from etcd: HTTP ${res.status} ${reason}${snippet === "" ? "" : `: ${snippet}`} (${url})`;
    return raise({
        kind: "etcd_error",
        op,
        url,
        status: res.status,
        message: `${op}: ${detail}`,
        detail,
        retryable: isRetryableStatus(res.status),
    });
}

/** `token` null: none (auth/authenticate); undefined: the connection's. */
function post(c: Connection, op: string, endpoint: string, payload: Record<string, unknown>, token?: string | null): GatewayObject {
    const sent = token === undefined ? c.token : (token ?? undefined);
    const url = `${apiBase(c)}/${endpoint}`;
    const headers: [string, string][] = [["content-type", "application/json"]];
    if (sent !== undefined) headers.push(["authorization", sent]);
    const res = send(op, {
        method: "POST",
        url,
        headers,
        body: Buffer.from(JSON.stringify(payload), "latin1"),
        timeoutMs: c.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        connectTimeoutMs: null,
        followRedirects: true,
        maxRedirects: 10,
    });
    const body = parseBody(res);
    if (res.status === 200 && body !== undefined) return body;
    const shown = redactUrl(url);
    if (body?.code === UNAUTHENTICATED && c.credentials !== undefined && token === undefined && sent !== undefined) {
        // the token expired (etcd's simple tokens do after a while): authenticate once more
        authenticate(c, op);
        return post(c, op, endpoint, payload, c.token ?? null);
    }
    return raiseEtcdError(op, res, shown, body);
}

function authenticate(c: Connection, op: string): void {
    const { name, password } = c.credentials!;
    const r = post(c, op, "auth/authenticate", { name, password }, null);
    if (typeof r.token !== "string") raise({ kind: "etcd_error", op, message: `${op}: etcd returned no token`, retryable: false });
    c.token = r.token;
}

// ---------------------------------------------------------------------------
// ptool.etcd.connect

function checkAddress(op: string, address: string): string {
    const trimmed = address.trim();
    if (trimmed === "") return invalidArgument(op, "address must not be empty");
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
    let url: URL;
    try {
        url = new URL(withScheme);
    } catch {
        return invalidArgument(op, `invalid address "${redactUrl(trimmed)}"`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
        return invalidArgument(op, `unsupported address scheme "${url.protocol.slice(0, -1)}" (http or https)`);
    if (url.search !== "" || url.hash !== "") return invalidArgument(op, "address must not have a query or a fragment");
    if (url.username !== "" || url.password !== "")
        return invalidArgument(op, "address must not contain credentials (use username and password)");
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
}

const CONNECT_OPTIONS = ["address", "token", "username", "password", "api_prefix", "timeout_ms"];

function connect(options: unknown): unknown {
    const op = "ptool.etcd.connect";
    const t = optionsTable(op, options, CONNECT_OPTIONS, false)!;
    const address = optString(op, t, "address");
    if (address === undefined) return invalidArgument(op, "address is required");
    const base = checkAddress(op, address);
    const token = t.getStr("token");
    if (token !== undefined && typeof token !== "string")
        return invalidArgument(op, `token must be a string, got ${describe(token).split(" ")[0]}`);
    const username = optString(op, t, "username");
    const password = t.getStr("password");
    if (password !== undefined && typeof password !== "string")
        return invalidArgument(op, `password must be a string, got ${describe(password).split(" ")[0]}`);
    if (token !== undefined && (username !== undefined || password !== undefined))
        return invalidArgument(op, "token cannot be combined with username or password");
    if ((username === undefined) !== (password === undefined))
        return invalidArgument(op, "username and password must be provided together");
    const prefix = (optString(op, t, "api_prefix") ?? "v3").replace(/^\/+|\/+$/g, "");
    const c: Connection = {
        base,
        prefix,
        token,
        credentials: username !== undefined ? { name: username, password: password as string } : undefined,
        timeoutMs: optCount(op, t, "timeout_ms", 1),
    };
    if (c.credentials !== undefined) authenticate(c, op);
    const u = new LuaUserdata(c);
    u.metatable = metatable;
    return u;
}

// ---------------------------------------------------------------------------
// Connection methods

function self(method: string, u: unknown): Connection {
    if (u instanceof LuaUserdata && u.metatable === metatable) return u.payload as Connection;
    return invalidArgument(`${CONNECTION}:${method}`, `self must be a ${CONNECTION}, got ${describe(u)} (call it with ':')`);
}

function checkKey(op: string, name: string, key: unknown): string {
    if (typeof key !== "string") return invalidArgument(op, `${name} must be a string, got ${describe(key)}`);
    return key;
}

/** A revision-like option: a non-negative integer, sent as the decimal string etcd's int64 fields take. */
function optRevision(op: string, t: LuaTable | undefined, name: string): string | undefined {
    const n = optInteger(op, t, name);
    if (n === undefined) return undefined;
    if (n < 0) return invalidArgument(op, `${name} must be a non-negative integer, got ${String(n)}`);
    return String(n);
}

function get(u: unknown, key: unknown, options: unknown): unknown {
    const op = `${CONNECTION}:get`;
    const c = self("get", u);
    const k = checkKey(op, "key", key);
    const t = optionsTable(op, options, ["revision", "serializable"], true);
    const payload: Record<string, unknown> = { key: toBase64(k) };
    const revision = optRevision(op, t, "revision");
    if (revision !== undefined) payload.revision = revision;
    if (optBoolean(op, t, "serializable")) payload.serializable = true;
    const r = post(c, op, "kv/range", payload);
    return Array.isArray(r.kvs) && r.kvs.length > 0 ? kvTable(r.kvs[0]) : undefined;
}

function put(u: unknown, key: unknown, value: unknown, options: unknown): unknown {
    const op = `${CONNECTION}:put`;
    const c = self("put", u);
    const k = checkKey(op, "key", key);
    const v = checkKey(op, "value", value);
    const t = optionsTable(op, options, ["lease", "prev_kv", "ignore_value", "ignore_lease"], true);
    const payload: Record<string, unknown> = { key: toBase64(k) };
    const lease = optInteger(op, t, "lease");
    const prevKv = optBoolean(op, t, "prev_kv");
    const ignoreValue = optBoolean(op, t, "ignore_value");
    const ignoreLease = optBoolean(op, t, "ignore_lease");
    // with ignore_value etcd keeps the current value and refuses one in the request
    if (!ignoreValue) payload.value = toBase64(v);
    if (lease !== undefined) payload.lease = String(lease);
    if (prevKv) payload.prev_kv = true;
    if (ignoreValue) payload.ignore_value = true;
    if (ignoreLease) payload.ignore_lease = true;
    const r = post(c, op, "kv/put", payload);
    const out = new LuaTable();
    out.setStr("header", headerTable(r.header));
    if (r.prev_kv !== undefined && r.prev_kv !== null) out.setStr("prev_kv", kvTable(r.prev_kv));
    return out;
}

function del(u: unknown, key: unknown, options: unknown): unknown {
    const op = `${CONNECTION}:delete`;
    const c = self("delete", u);
    const k = checkKey(op, "key", key);
    const t = optionsTable(op, options, ["prefix", "prev_kv"], true);
    const payload: Record<string, unknown> = {};
    if (optBoolean(op, t, "prefix")) {
        const range = prefixRange(k);
        payload.key = toBase64(range.key);
        payload.range_end = toBase64(range.rangeEnd);
    } else {
        payload.key = toBase64(k);
    }
    if (optBoolean(op, t, "prev_kv")) payload.prev_kv = true;
    const r = post(c, op, "kv/deleterange", payload);
    const out = new LuaTable();
    out.setStr("header", headerTable(r.header));
    out.setStr("deleted", int64(r.deleted));
    out.setStr("prev_kvs", kvList(r.prev_kvs));
    return out;
}

const SORT_ORDERS: Record<string, string> = { none: "NONE", ascend: "ASCEND", descend: "DESCEND" };
const SORT_TARGETS: Record<string, string> = { key: "KEY", version: "VERSION", create: "CREATE", mod: "MOD", value: "VALUE" };

function optEnum(op: string, t: LuaTable | undefined, name: string, values: Record<string, string>): string | undefined {
    const v = optString(op, t, name);
    if (v === undefined) return undefined;
    if (!Object.hasOwn(values, v)) {
        const names = Object.keys(values).map((x) => `"${x}"`);
        return invalidArgument(op, `${name} must be one of ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}, got "${v}"`);
    }
    return values[v];
}

const LIST_OPTIONS = [
    "limit",
    "revision",
    "serializable",
    "keys_only",
    "count_only",
    "min_mod_revision",
    "max_mod_revision",
    "min_create_revision",
    "max_create_revision",
    "sort_order",
    "sort_target",
];

function list(u: unknown, prefix: unknown, options: unknown): unknown {
    const op = `${CONNECTION}:list`;
    const c = self("list", u);
    const p = prefix === undefined ? "" : checkKey(op, "prefix", prefix);
    const t = optionsTable(op, options, LIST_OPTIONS, true);
    const range = prefixRange(p);
    const payload: Record<string, unknown> = { key: toBase64(range.key), range_end: toBase64(range.rangeEnd) };
    const limit = optInteger(op, t, "limit");
    if (limit !== undefined) {
        if (limit < 0) return invalidArgument(op, `limit must be a non-negative integer, got ${String(limit)}`);
        payload.limit = String(limit);
    }
    for (const name of ["revision", "min_mod_revision", "max_mod_revision", "min_create_revision", "max_create_revision"]) {
        const r = optRevision(op, t, name);
        if (r !== undefined) payload[name] = r;
    }
    for (const name of ["serializable", "keys_only", "count_only"]) if (optBoolean(op, t, name)) payload[name] = true;
    const order = optEnum(op, t, "sort_order", SORT_ORDERS);
    const target = optEnum(op, t, "sort_target", SORT_TARGETS);
    if (order !== undefined) payload.sort_order = order;
    if (target !== undefined) payload.sort_target = target;
    const r = post(c, op, "kv/range", payload);
    const out = new LuaTable();
    out.setStr("header", headerTable(r.header));
    out.setStr("kvs", kvList(r.kvs));
    out.setStr("count", int64(r.count));
    out.setStr("more", r.more === true);
    return out;
}

/** A request path: relative to api_prefix, unless it already starts with it ("/v3/kv/txn"). */
function resolvePath(c: Connection, path: string): string {
    const p = path.startsWith("/") ? path : `/${path}`;
    const pre = `/${c.prefix}`;
    if (c.prefix !== "" && (p === pre || p.startsWith(`${pre}/`) || p.startsWith(`${pre}?`))) return c.base + p;
    return apiBase(c) + p;
}

function request(u: unknown, options: unknown): unknown {
    const op = `${CONNECTION}:request`;
    const c = self("request", u);
    const o = checkHttpOptions(op, options, ["path"], true);
    const path = optString(op, options as LuaTable, "path");
    if ((path === undefined) === (o.url === undefined)) return invalidArgument(op, "exactly one of path or url is required");
    const url = finalUrl(op, path !== undefined ? resolvePath(c, path) : o.url!, o.query);
    const hasAuthorization = o.authorization !== undefined || o.headers.some((h) => h[0].toLowerCase() === "authorization");
    const req = wireRequest(op, o, url, {
        encodeJson: (tree) => writeJson(emptyTablesAsArrays(tree), false),
        defaultMethod: o.body !== undefined ? "POST" : "GET",
        defaultTimeoutMs: c.timeoutMs,
        defaultHeaders: c.token !== undefined && !hasAuthorization ? [["authorization", c.token]] : [],
    });
    const res = send(op, req);
    if (o.failOnHttpError && res.status >= 400) raiseHttpError(op, res.status, redactUrl(res.url));
    return newResponse(res);
}

const methods: Record<string, LuaFunction> = { get, put, delete: del, list, request };

const metatable = new LuaTable();
const methodTable = new LuaTable();
for (const [name, f] of Object.entries(methods)) methodTable.setStr(name, f);
metatable.setStr("__name", CONNECTION);
metatable.setStr("__index", methodTable);
metatable.setStr("__tostring", (u: unknown) => `${CONNECTION}(${(u as LuaUserdata & { payload: Connection }).payload.base})`);

export function openEtcd(): LuaTable {
    const t = new LuaTable();
    t.setStr("connect", connect);
    return t;
}
