// ptool.http.Response (spec: ptool-http.md, "Response"): a userdata over the wire response,
// shared by ptool.http.request and ptool.etcd's conn:request. Fields are read through
// __index; the body is converted to a Lua string once and cached.
import { LuaTable } from "../value/table.js";
import { LuaUserdata, type LuaFunction } from "../value/types.js";
import type { WireResponse } from "../io/bridge.js";
import { invalidArgument, raise } from "./errors.js";
import { describe } from "./options.js";
import { jsonToLua } from "./json.js";
import { parseFor } from "./json-parse.js";
import { STATUS_CODES } from "node:http";

const TYPE_NAME = "ptool.http.Response";

class HttpResponse {
    private text: string | undefined;
    private headersTable: LuaTable | undefined;
    constructor(readonly wire: WireResponse) {}

    body(): string {
        const b = this.wire.body;
        return (this.text ??= Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1"));
    }

    /** Lower-case names, repeated headers merged with ", " (the spec's flattened view). */
    headers(): LuaTable {
        if (this.headersTable === undefined) {
            const t = new LuaTable();
            for (const [k, v] of this.wire.headers) {
                const prev = t.getStr(k);
                t.setStr(k, prev === undefined ? v : `${prev as string}, ${v}`);
            }
            this.headersTable = t;
        }
        return this.headersTable;
    }
}

/** Whether a status is worth retrying: server errors, 408 and 429. */
export function isRetryableStatus(status: number): boolean {
    return status >= 500 || status === 408 || status === 429;
}

/** The http_error of a 4xx/5xx response. */
export function raiseHttpError(op: string, status: number, url: string): never {
    const reason = STATUS_CODES[status];
    const detail = `HTTP ${status}${reason === undefined ? "" : " " + reason} (${url})`;
    return raise({ kind: "http_error", op, status, url, message: `${op}: ${detail}`, detail, retryable: isRetryableStatus(status) });
}

function self(method: string, u: unknown): HttpResponse {
    if (u instanceof LuaUserdata && u.payload instanceof HttpResponse) return u.payload;
    return invalidArgument(`${TYPE_NAME}:${method}`, `self must be a ${TYPE_NAME}, got ${describe(u)} (call it with ':')`);
}

function headerName(method: string, name: unknown): string {
    if (typeof name !== "string") return invalidArgument(`${TYPE_NAME}:${method}`, `name must be a string, got ${describe(name)}`);
    return name.toLowerCase();
}

const methods: Record<string, LuaFunction> = {
    text: (u: unknown) => self("text", u).body(),
    json: (u: unknown) => jsonToLua(parseFor(`${TYPE_NAME}:json`, self("json", u).body())),
    bytes: (u: unknown) => self("bytes", u).body(),
    header: (u: unknown, name: unknown) => {
        const r = self("header", u);
        const n = headerName("header", name);
        return r.wire.headers.find((h) => h[0] === n)?.[1];
    },
    header_values: (u: unknown, name: unknown) => {
        const r = self("header_values", u);
        const n = headerName("header_values", name);
        const values = r.wire.headers.filter((h) => h[0] === n).map((h) => h[1]);
        return new LuaTable(values.length > 0 ? values : undefined);
    },
    raise_for_status: (u: unknown) => {
        const r = self("raise_for_status", u);
        if (r.wire.status >= 400) raiseHttpError(`${TYPE_NAME}:raise_for_status`, r.wire.status, r.wire.url);
        return u;
    },
};

function index(u: unknown, key: unknown): unknown {
    const r = (u as LuaUserdata).payload as HttpResponse;
    switch (key) {
        case "status":
            return r.wire.status;
        case "ok":
            return r.wire.status >= 200 && r.wire.status < 300;
        case "url":
            return r.wire.url;
        case "headers":
            return r.headers();
        default:
            return typeof key === "string" && Object.hasOwn(methods, key) ? methods[key] : undefined;
    }
}

const metatable = new LuaTable();
metatable.setStr("__name", TYPE_NAME);
metatable.setStr("__index", index);
metatable.setStr("__tostring", (u: unknown) => {
    const r = (u as LuaUserdata).payload as HttpResponse;
    return `${TYPE_NAME}(${r.wire.status} ${r.wire.url})`;
});

export function newResponse(wire: WireResponse): LuaUserdata {
    const u = new LuaUserdata(new HttpResponse(wire));
    u.metatable = metatable;
    return u;
}
