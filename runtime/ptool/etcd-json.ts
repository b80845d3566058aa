// etcd v3 gateway JSON <-> Lua values for ptool.etcd (spec: etcd.seed.txt): base64 keys and
// values as byte strings, int64 fields (JSON strings) as exact Lua integers, uint64 ids as
// decimal strings, and the prefix range_end computed on bytes.
import { LuaTable } from "../value/table.js";
import { mkint } from "../value/number.js";
import type { JValue } from "./json-parse.js";

/** A gateway response object (JSON.parse of the body). */
export type GatewayObject = Record<string, unknown>;

export function toBase64(bytes: string): string {
    return Buffer.from(bytes, "latin1").toString("base64");
}

export function fromBase64(v: unknown): string {
    return typeof v === "string" ? Buffer.from(v, "base64").toString("latin1") : "";
}

/** An int64 field (a JSON string, or a number from other gateways; absent means 0) as a Lua integer. */
export function int64(v: unknown): number | bigint {
    if (typeof v === "number" && Number.isSafeInteger(v)) return v;
    if (typeof v === "string" && /^-?\d+$/.test(v)) return mkint(BigInt.asIntN(64, BigInt(v)));
    return 0;
}

/** A uint64 field as its decimal text ("0" when absent). */
export function uint64Text(v: unknown): string {
    if (typeof v === "string" && /^\d+$/.test(v)) return BigInt(v).toString();
    if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
    return "0";
}

/** The response header table, or nil when the response has none. */
export function headerTable(v: unknown): LuaTable | undefined {
    if (v === null || typeof v !== "object") return undefined;
    const h = v as GatewayObject;
    const t = new LuaTable();
    t.setStr("cluster_id", uint64Text(h.cluster_id));
    t.setStr("member_id", uint64Text(h.member_id));
    t.setStr("revision", int64(h.revision));
    t.setStr("raft_term", uint64Text(h.raft_term));
    return t;
}

/** A KV entry table: key, value (empty when etcd sent none, as with keys_only), revisions, version, lease. */
export function kvTable(v: unknown): LuaTable {
    const kv = (v ?? {}) as GatewayObject;
    const t = new LuaTable();
    t.setStr("key", fromBase64(kv.key));
    t.setStr("value", fromBase64(kv.value));
    t.setStr("create_revision", int64(kv.create_revision));
    t.setStr("mod_revision", int64(kv.mod_revision));
    t.setStr("version", int64(kv.version));
    t.setStr("lease", int64(kv.lease));
    return t;
}

/** A dense Lua array of KV entries (an empty table when the field is absent). */
export function kvList(v: unknown): LuaTable {
    const list = Array.isArray(v) ? v.map(kvTable) : [];
    return new LuaTable(list.length > 0 ? list : undefined);
}

/**
 * The range_end that selects every key starting with `prefix`: the prefix without its
 * trailing 0xFF bytes, with its last byte incremented; "\0" (no upper bound) when nothing is
 * left. The whole keyspace (empty prefix) is key "\0", range_end "\0".
 */
export function prefixRange(prefix: string): { key: string; rangeEnd: string } {
    if (prefix === "") return { key: "\0", rangeEnd: "\0" };
    let end = prefix.length;
    while (end > 0 && prefix.charCodeAt(end - 1) === 0xff) end--;
    if (end === 0) return { key: prefix, rangeEnd: "\0" };
    return { key: prefix, rangeEnd: prefix.slice(0, end - 1) + String.fromCharCode(prefix.charCodeAt(end - 1) + 1) };
}

/**
 * conn:request's JSON rule: an empty table below the top level is sent as `[]` (etcd's
 * repeated fields, e.g. a txn's compare/success/failure, reject `{}`); the top-level value
 * keeps ptool.json's rule, so `json = {}` is `{}`.
 */
export function emptyTablesAsArrays(v: JValue, top = true): JValue {
    if (Array.isArray(v)) return v.map((x) => emptyTablesAsArrays(x, false));
    if (v instanceof Map) {
        if (v.size === 0 && !top) return [];
        const out = new Map<string, JValue>();
        for (const [k, x] of v) out.set(k, emptyTablesAsArrays(x, false));
        return out;
    }
    return v;
}
