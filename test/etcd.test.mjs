// Acceptance suite for ptool.etcd (spec: etcd.seed.txt), written from the spec independently of
// the implementation (runtime/ptool/etcd.ts). Every case runs a Lua script through
// `bin/ptool run` against a real etcd started by test/helpers/etcd.mjs (the endpoint is in
// $ETCD_ENDPOINT), and checks what it prints; etcdctl is the independent witness of what
// reached etcd. An etcd that cannot start fails the suite (it never skips).
//
// Where the spec is silent, these tests hold the implementation to what a Lua/ptool user
// expects (docs/ptool.md should say the same):
// - connect: `address` may have the scheme or not, a path (a proxy's mount point) and trailing
//   slashes; `api_prefix` is trimmed of slashes ("/v3/" = "v3") and may have several segments;
//   no URL ever contains "//". Unknown options and wrong option types are invalid_argument
//   errors of ptool.etcd.connect, raised before anything is sent.
// - Option and argument checks of the methods are invalid_argument errors naming the method
//   ("ptool.etcd.Connection:get"); integers must be integers (1.5 is an error).
// - Every failure is a structured error (ptool.try: kind, op, message starting with op,
//   retryable). retryable is true for connection refused, timeouts and HTTP 5xx, false for
//   argument errors, etcd's own refusals (permission denied, invalid token, key/lease not
//   found, future/compacted revisions) and responses that are not etcd JSON. Messages carry
//   etcd's error text; passwords and tokens never appear in messages or tostring(conn).
// - keys_only entries have value "" (the shape says value is a string); count_only gives an
//   empty kvs table; a deleted range without prev_kv has an empty prev_kvs table.
// - sort_target without sort_order sorts ascending (etcd's rule); "none" keeps key order.
// - conn:request defaults to POST (etcd's gateway answers GET with 405), so the seed's
//   `/kv/txn` example works verbatim: `compare = {}` (an empty Lua table, which JSON would
//   otherwise write as {}) must reach etcd as an empty list.
// - A username/password connection authenticates again when etcd reports its token invalid
//   (expired), as etcd's own clients do; a connection given a `token` does not.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startEtcd, bytes } from "./helpers/etcd.mjs";
import { startBlackHole, startFakeHttp, startRecordingProxy, closedPort } from "./helpers/servers.mjs";
import { runLua } from "./helpers/ptool.mjs";

const L = String.raw;

// Lua helpers every script starts with: one-line renderings of entries, headers and errors.
const PRELUDE = L`
local ENDPOINT = assert(os.getenv("ETCD_ENDPOINT"), "ETCD_ENDPOINT is not set")
local ADDRESS = (ENDPOINT:gsub("^http://", ""))
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function fields(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, ",")
end
local function itype(v) return math.type(v) or type(v) end
local function entry(e)
  if e == nil then return "nil" end
  return string.format("%s=%s c=%s m=%s v=%s l=%s %s,%s,%s,%s,%s,%s [%s]", tostring(e.key), tostring(e.value),
    tostring(e.create_revision), tostring(e.mod_revision), tostring(e.version), tostring(e.lease),
    type(e.key), type(e.value), itype(e.create_revision), itype(e.mod_revision), itype(e.version), itype(e.lease), fields(e))
end
local function header(h)
  if h == nil then return "nil" end
  return string.format("cluster=%s member=%s rev=%s term=%s %s,%s,%s,%s [%s]", tostring(h.cluster_id), tostring(h.member_id),
    tostring(h.revision), tostring(h.raft_term), type(h.cluster_id), type(h.member_id), itype(h.revision), type(h.raft_term), fields(h))
end
local function failure(fn)
  local ok, value, err = p.try(fn)
  if ok then return "no error" end
  return string.format("err kind=%s op=%s retryable=%s status=%s message=%s", tostring(err.kind), tostring(err.op),
    tostring(err.retryable), tostring(err.status), (tostring(err.message):gsub("\n", "\\n")))
end
`;

const ENTRY_FIELDS = "[create_revision,key,lease,mod_revision,value,version]";
const ENTRY_TYPES = "string,string,integer,integer,integer,integer";
const HEADER_TYPES = "string,string,integer,string [cluster_id,member_id,raft_term,revision]";

/** Runs a Lua script (PRELUDE first); rejects unless it exits 0. Resolves to its output lines. */
async function lua(source, env = {}) {
    const r = await runLua(PRELUDE + source, { env });
    if (r.status !== 0) assert.fail(`script failed with status ${r.status}:\n${r.stderr}\n--- stdout:\n${r.stdout}`);
    const lines = r.stdout.replace(/\n$/, "").split("\n");
    Object.defineProperty(lines, "ms", { value: r.ms }); // not enumerable: deepEqual sees the lines only
    return lines;
}

/** The entry() rendering of a witness entry (ASCII keys and values). */
function rendered(e) {
    return `${e.key.toString("latin1")}=${e.value.toString("latin1")} c=${e.create_revision} m=${e.mod_revision} v=${e.version} l=${e.lease} ${ENTRY_TYPES} ${ENTRY_FIELDS}`;
}

function renderedHeader(h, revision) {
    return `cluster=${h.cluster_id} member=${h.member_id} rev=${revision} term=${h.raft_term} ${HEADER_TYPES}`;
}

/**
 * Checks one failure() line: a structured error (not a plain Lua error) of `op`, its message
 * starting with op and matching `message`, retryable as given (or at least a boolean), and no
 * secret in the message.
 */
function assertError(line, { op, kind, retryable, message, status, secrets = [] }) {
    const m = /^(?:.*\t)?err kind=(\S+) op=(\S+) retryable=(\S+) status=(\S+) message=(.*)$/.exec(line);
    assert.ok(m, `expected a failure line, got: ${line}`);
    const [, k, o, r, s, msg] = m;
    assert.equal(o, op, line);
    assert.notEqual(k, "lua_error", line);
    assert.notEqual(k, "nil", line);
    if (kind instanceof RegExp) assert.match(k, kind, line);
    else if (kind !== undefined) assert.equal(k, kind, line);
    if (retryable === undefined) assert.match(r, /^(true|false)$/, line);
    else assert.equal(r, String(retryable), line);
    if (status !== undefined) assert.equal(s, String(status), line);
    assert.ok(msg.startsWith(op), `message should start with ${op}: ${line}`);
    if (message) assert.match(msg, message, line);
    for (const secret of secrets) assert.ok(!line.includes(secret), `secret ${secret} leaked: ${line}`);
}

const invalid = (op, extra = {}) => ({ op, kind: "invalid_argument", retryable: false, ...extra });

const b64 = (s) => bytes(s).toString("base64");
const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

etcdSuite();

function etcdSuite() {
    let etcd; // plain
    let auth; // auth enabled, tokens live 2 s
    before(async () => {
        [etcd, auth] = await Promise.all([startEtcd(), startEtcd({ auth: true, tokenTtl: 2 })]);
    });
    after(async () => {
        await Promise.all([etcd?.stop(), auth?.stop()]);
    });
    const run = (source, env = {}) => lua(source, { ETCD_ENDPOINT: etcd.endpoint, ...env });
    const runAuth = (source, env = {}) =>
        lua(source, {
            ETCD_ENDPOINT: auth.endpoint,
            ROOT_PASSWORD: auth.users.root.password,
            LIMITED_PASSWORD: auth.users.limited.password,
            ...env,
        });

    describe("ptool.etcd.connect", () => {
        test("the module is ptool.etcd and p.etcd", async () => {
            const out = await run(L`print(type(ptool.etcd), p.etcd == ptool.etcd, type(ptool.etcd.connect))`);
            assert.deepEqual(out, ["table\ttrue\tfunction"]);
        });

        test("address with or without scheme, with trailing slashes", async () => {
            const out = await run(L`
local forms = { ADDRESS, ENDPOINT, ENDPOINT .. "/", ENDPOINT .. "//", ADDRESS .. "/" }
for i, address in ipairs(forms) do
  local conn = ptool.etcd.connect({ address = address })
  conn:put("/connect/form" .. i, "v" .. i)
  local e = conn:get("/connect/form" .. i)
  print(i, e and e.value)
end`);
            assert.deepEqual(out, ["1\tv1", "2\tv2", "3\tv3", "4\tv4", "5\tv5"]);
            const seen = await etcd.list("/connect/form");
            assert.deepEqual(
                seen.map((e) => `${e.key}=${e.value}`),
                [1, 2, 3, 4, 5].map((i) => `/connect/form${i}=v${i}`),
            );
        });

        test("address with a path (etcd behind a proxy mount point)", async () => {
            const proxy = await startRecordingProxy(etcd.endpoint, (p) =>
                p.startsWith("/etcd/v3/") && !p.includes("//") ? p.slice(5) : undefined,
            );
            try {
                const out = await run(
                    L`
local base = os.getenv("PROXY")
local forms = { base .. "/etcd", base .. "/etcd/", (base:gsub("^http://", "")) .. "/etcd" }
for i, address in ipairs(forms) do
  local conn = ptool.etcd.connect({ address = address })
  conn:put("/connect/path" .. i, "p" .. i)
  print(i, conn:get("/connect/path" .. i).value)
end`,
                    { PROXY: proxy.endpoint },
                );
                assert.deepEqual(out, ["1\tp1", "2\tp2", "3\tp3"]);
                const kv = proxy.requests.filter((r) => /\/kv\/(put|range)$/.test(r.url));
                assert.equal(kv.length, 6);
                for (const r of proxy.requests) assert.match(r.url, /^\/etcd\/v3\/[a-z]/);
                for (const r of kv) assert.equal(r.method, "POST");
            } finally {
                await proxy.close();
            }
        });

        test("api_prefix: default v3, custom, normalised", async () => {
            const proxy = await startRecordingProxy(etcd.endpoint, (p) => {
                if (p.includes("//")) return undefined;
                if (p.startsWith("/v3/") || p.startsWith("/v3beta/")) return p;
                if (p.startsWith("/gateway/v3/")) return p.slice("/gateway".length);
                return undefined;
            });
            try {
                const out = await run(
                    L`
local prefixes = { false, "v3", "/v3", "v3/", "/v3/", "v3beta", "/v3beta/", "gateway/v3", "/gateway/v3/" }
for i, prefix in ipairs(prefixes) do
  local opts = { address = os.getenv("PROXY") }
  if prefix then opts.api_prefix = prefix end
  local conn = ptool.etcd.connect(opts)
  conn:put("/connect/prefix" .. i, "x" .. i)
  print(i, conn:get("/connect/prefix" .. i).value)
end`,
                    { PROXY: proxy.endpoint },
                );
                assert.deepEqual(
                    out,
                    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `${i}\tx${i}`),
                );
                const kv = proxy.requests.filter((r) => /\/kv\/(put|range)$/.test(r.url)).map((r) => r.url);
                const expected = [];
                for (const prefix of ["/v3", "/v3", "/v3", "/v3", "/v3", "/v3beta", "/v3beta", "/gateway/v3", "/gateway/v3"]) {
                    expected.push(`${prefix}/kv/put`, `${prefix}/kv/range`);
                }
                assert.deepEqual(kv, expected);
            } finally {
                await proxy.close();
            }
        });

        test("token: sent as the Authorization header of every request, never shown", async () => {
            const token = await auth.authenticate("root", auth.users.root.password);
            const proxy = await startRecordingProxy(auth.endpoint, (p) => (p.includes("//") ? undefined : p));
            try {
                const out = await runAuth(
                    L`
local conn = ptool.etcd.connect({ address = os.getenv("PROXY"), token = os.getenv("TOKEN") })
print(tostring(conn))
conn:put("/token/a", "1")
print(conn:get("/token/a").value, conn:list("/token/").count)
local resp = conn:request({ path = "/kv/range", method = "POST", json = { key = os.getenv("KEY64") } })
print(resp.status, resp:json().count)
print(conn:delete("/token/a").deleted)`,
                    { PROXY: proxy.endpoint, TOKEN: token, KEY64: b64("/token/a") },
                );
                assert.ok(!out[0].includes(token), "tostring(conn) shows the token");
                assert.deepEqual(out.slice(1), ["1\t1", "200\t1", "1"]);
                assert.ok(proxy.requests.length >= 5);
                for (const r of proxy.requests) {
                    assert.equal(r.headers.authorization, token, `${r.url} without the token`);
                    assert.ok(!r.url.includes("authenticate"), "a token connection must not authenticate");
                }
                assert.equal(await auth.getValue("/token/a"), null);
            } finally {
                await proxy.close();
            }
        });

        test("username and password: authenticates once through auth/authenticate and uses the token", async () => {
            const proxy = await startRecordingProxy(auth.endpoint, (p) => (p.includes("//") ? undefined : p));
            try {
                const out = await runAuth(
                    L`
local conn = ptool.etcd.connect({ address = os.getenv("PROXY"), username = "root", password = os.getenv("ROOT_PASSWORD") })
print(tostring(conn))
print(conn:put("/auth/root", "r").header.revision > 0)
print(conn:get("/auth/root").value)
print(conn:request({ path = "/kv/range", method = "POST", json = { key = os.getenv("KEY64") } }):json().count)`,
                    { PROXY: proxy.endpoint, KEY64: b64("/auth/root") },
                );
                assert.ok(!out[0].includes(auth.users.root.password), "tostring(conn) shows the password");
                assert.deepEqual(out.slice(1), ["true", "r", "1"]);
                const [first, ...rest] = proxy.requests;
                assert.equal(first.url, "/v3/auth/authenticate", "connect authenticates first");
                assert.deepEqual(JSON.parse(first.body.toString()), { name: "root", password: auth.users.root.password });
                const token = JSON.parse(first.response.toString()).token;
                assert.ok(token);
                assert.ok(!rest.some((r) => r.url.endsWith("/auth/authenticate")), "one authentication per connection");
                assert.ok(rest.filter((r) => /\/kv\/(put|range)$/.test(r.url)).length >= 3);
                for (const r of rest) assert.equal(r.headers.authorization, token, r.url);
                assert.equal((await auth.getValue("/auth/root")).toString(), "r");
            } finally {
                await proxy.close();
            }
        });

        test("the limited user may use its prefix", async () => {
            const out = await runAuth(L`
local conn = ptool.etcd.connect({ address = ADDRESS, username = "limited", password = os.getenv("LIMITED_PASSWORD") })
conn:put("/limited/a", "mine")
print(conn:get("/limited/a").value, conn:list("/limited/").count, conn:delete("/limited/a").deleted)`);
            assert.deepEqual(out, ["mine\t1\t1"]);
        });

        test("a wrong password fails at connect, without showing it", async () => {
            const out = await runAuth(L`
print(failure(function() return ptool.etcd.connect({ address = ADDRESS, username = "root", password = "wrong-pw-7f3a9c" }) end))
print(failure(function() return ptool.etcd.connect({ address = ADDRESS, username = "nobody", password = "wrong-pw-7f3a9c" }) end))
local ok, msg = pcall(ptool.etcd.connect, { address = ADDRESS, username = "root", password = "wrong-pw-7f3a9c" })
print(ok, type(msg), (msg:find("ptool.etcd.connect", 1, true)))`);
            for (const line of out.slice(0, 2)) {
                assertError(line, {
                    op: "ptool.etcd.connect",
                    retryable: false,
                    message: /authentication failed/,
                    secrets: ["wrong-pw-7f3a9c"],
                });
            }
            assert.equal(out[2], "false\tstring\t1");
        });

        test("timeout_ms bounds connect's authentication and later requests", async () => {
            const hole = await startBlackHole();
            try {
                const out = await run(
                    L`
print(failure(function()
  return ptool.etcd.connect({ address = os.getenv("HOLE"), username = "root", password = "pw-0x5e", timeout_ms = 300 })
end))`,
                    { HOLE: hole.address },
                );
                assertError(out[0], { op: "ptool.etcd.connect", retryable: true, secrets: ["pw-0x5e"] });
                assert.ok(out.ms < 5000, `took ${out.ms} ms`);
            } finally {
                await hole.close();
            }
        });

        test("invalid options are invalid_argument errors raised before any request", async () => {
            const closed = `127.0.0.1:${await closedPort()}`;
            const out = await run(
                L`
local CLOSED = os.getenv("CLOSED")
local cases = {
  { "token+username", { address = CLOSED, token = "tok-SECRET-1", username = "root" } },
  { "token+password", { address = CLOSED, token = "tok-SECRET-1", password = "pw-SECRET-2" } },
  { "token+both", { address = CLOSED, token = "tok-SECRET-1", username = "root", password = "pw-SECRET-2" } },
  { "username only", { address = CLOSED, username = "root" } },
  { "password only", { address = CLOSED, password = "pw-SECRET-2" } },
  { "empty address", { address = "" } },
  { "no address", {} },
  { "address type", { address = true } },
  { "unknown option", { address = CLOSED, timeout = 100 } },
  { "timeout_ms type", { address = CLOSED, timeout_ms = "soon" } },
  { "timeout_ms float", { address = CLOSED, timeout_ms = 1.5 } },
  { "token type", { address = CLOSED, token = {} } },
  { "username type", { address = CLOSED, username = true, password = "pw-SECRET-2" } },
  { "password type", { address = CLOSED, username = "root", password = {} } },
  { "api_prefix type", { address = CLOSED, api_prefix = false } },
}
for _, c in ipairs(cases) do print(c[1] .. "\t" .. failure(function() return ptool.etcd.connect(c[2]) end)) end
print("not a table\t" .. failure(function() return ptool.etcd.connect(CLOSED) end))
print("nothing\t" .. failure(function() return ptool.etcd.connect() end))`,
                { CLOSED: closed },
            );
            assert.equal(out.length, 17);
            for (const line of out) assertError(line, invalid("ptool.etcd.connect", { secrets: ["tok-SECRET-1", "pw-SECRET-2"] }));
        });
    });

    describe("Connection", () => {
        test("is a userdata named by tostring, with the five methods", async () => {
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
print(type(conn), math.type(conn), p.inspect(conn))
print((tostring(conn):find("Connection", 1, true)) ~= nil)
for _, m in ipairs({ "get", "put", "delete", "list", "request" }) do io.write(type(conn[m]), " ") end
print()
local other = ptool.etcd.connect({ address = ENDPOINT })
print(rawequal(conn, other))
print((pcall(conn.get, "not a connection", "/k")))`);
            assert.deepEqual(out, ["userdata\tnil\t<userdata>", "true", "function function function function function ", "false", "false"]);
        });
    });

    describe("get", () => {
        test("missing key: exactly one nil", async () => {
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
print(select("#", conn:get("/get/missing")), conn:get("/get/missing"))`);
            assert.deepEqual(out, ["1\tnil"]);
        });

        test("the KV entry shape, with integers that are Lua integers", async () => {
            await etcd.put("/get/a", "hello");
            await etcd.put("/get/a", "hello again");
            const { entry } = await etcd.getEntry("/get/a");
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
print(entry(conn:get("/get/a")))`);
            assert.deepEqual(out, [rendered(entry)]);
            assert.equal(entry.version, 2);
        });

        test("revision and serializable", async () => {
            await etcd.put("/get/r", "v1");
            const r1 = (await etcd.getEntry("/get/r")).entry.mod_revision;
            await etcd.put("/get/r", "v2");
            const r2 = (await etcd.getEntry("/get/r")).entry.mod_revision;
            const out = await run(
                L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local r1, r2 = tonumber(os.getenv("R1")), tonumber(os.getenv("R2"))
print(conn:get("/get/r", { revision = r1 }).value, conn:get("/get/r", { revision = r2 }).value, conn:get("/get/r", { revision = r1 - 1 }))
print(conn:get("/get/r", { revision = r1 }).version, conn:get("/get/r", { revision = r1 }).mod_revision == r1)
print(conn:get("/get/r", { serializable = true }).value, conn:get("/get/r", { serializable = false }).value)
print(conn:get("/get/r", { revision = r1, serializable = true }).value, conn:get("/get/r", {}).value)`,
                { R1: String(r1), R2: String(r2) },
            );
            assert.deepEqual(out, ["v1\tv2\tnil", "1\ttrue", "v2\tv2", "v1\tv2"]);
        });

        test("argument errors, future and compacted revisions", async () => {
            await etcd.put("/get/c", "old");
            const old = (await etcd.getEntry("/get/c")).entry.mod_revision;
            await etcd.put("/get/c", "new");
            const now = await etcd.revision();
            await etcd.ctl(["compact", String(now)]);
            const out = await run(
                L`
local conn = ptool.etcd.connect({ address = ADDRESS })
print(failure(function() return conn:get() end))
print(failure(function() return conn:get({}) end))
print(failure(function() return conn:get("/get/c", "options") end))
print(failure(function() return conn:get("/get/c", { revision = "soon" }) end))
print(failure(function() return conn:get("/get/c", { revision = 1.5 }) end))
print(failure(function() return conn:get("/get/c", { serializable = "yes" }) end))
print(failure(function() return conn:get("/get/c", { revision = tonumber(os.getenv("NOW")) + 1000 }) end))
print(failure(function() return conn:get("/get/c", { revision = tonumber(os.getenv("OLD")) }) end))
local ok, msg = pcall(conn.get, conn, "/get/c", { revision = 1.5 })
print(ok, (msg:find("ptool.etcd.Connection:get", 1, true)))`,
                { NOW: String(now), OLD: String(old) },
            );
            const op = "ptool.etcd.Connection:get";
            for (const line of out.slice(0, 6)) assertError(line, invalid(op));
            assertError(out[6], { op, retryable: false, message: /future revision/ });
            assertError(out[7], { op, retryable: false, message: /compacted/ });
            assert.equal(out[8], "false\t1");
        });
    });

    describe("put", () => {
        test("result shape: header, prev_kv only when asked for and present", async () => {
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local r = conn:put("/put/a", "one")
print(fields(r), header(r.header), r.prev_kv)
r = conn:put("/put/a", "two", { prev_kv = true })
print(fields(r), entry(r.prev_kv))
r = conn:put("/put/new", "x", { prev_kv = true })
print(fields(r), r.prev_kv)
r = conn:put("/put/a", "three", { prev_kv = false })
print(fields(r), header(r.header))`);
            const a = (await etcd.getEntry("/put/a")).entry;
            const { header } = await etcd.getEntry("/put/a");
            assert.equal(a.value.toString(), "three");
            assert.equal(a.version, 3);
            const first = a.create_revision;
            assert.deepEqual(out, [
                `header\t${renderedHeader(header, first)}\tnil`,
                `header,prev_kv\t/put/a=one c=${first} m=${first} v=1 l=0 ${ENTRY_TYPES} ${ENTRY_FIELDS}`,
                "header\tnil",
                `header\t${renderedHeader(header, a.mod_revision)}`,
            ]);
            assert.match(header.cluster_id, /^\d+$/);
        });

        test("lease, ignore_lease, ignore_value", async () => {
            const [l1, l2] = await Promise.all([etcd.grantLease(300), etcd.grantLease(300)]);
            const env = { L1: l1, L2: l2 };
            const first = await run(
                L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local L1 = tonumber(os.getenv("L1"))
print(math.type(L1))
conn:put("/put/leased", "v1", { lease = L1 })
local e = conn:get("/put/leased")
print(e.lease == L1, math.type(e.lease), string.format("%d", e.lease))`,
                env,
            );
            assert.deepEqual(first, ["integer", `true\tinteger\t${l1}`]);
            assert.equal((await etcd.getEntry("/put/leased")).entry.lease, l1);
            const out = await run(
                L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local L1, L2 = tonumber(os.getenv("L1")), tonumber(os.getenv("L2"))
conn:put("/put/leased", "v2", { ignore_lease = true })
local e = conn:get("/put/leased")
print(e.value, e.lease == L1, e.version)
conn:put("/put/leased", "", { ignore_value = true, lease = L2 })
e = conn:get("/put/leased")
print(e.value, e.lease == L2, e.version)
conn:put("/put/leased", "", { ignore_value = true, ignore_lease = true, prev_kv = true })
e = conn:get("/put/leased")
print(e.value, e.lease == L2, e.version)
conn:put("/put/leased", "v3")
e = conn:get("/put/leased")
print(e.value, e.lease, e.version)`,
                env,
            );
            assert.deepEqual(out, ["v2\ttrue\t2", "v2\ttrue\t3", "v2\ttrue\t4", "v3\t0\t5"]);
            const w = (await etcd.getEntry("/put/leased")).entry;
            assert.equal(w.value.toString(), "v3");
            assert.equal(w.lease, "0");
        });

        test("errors: argument checks, ignore_value on a missing key, unknown lease", async () => {
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
print(failure(function() return conn:put("/put/x") end))
print(failure(function() return conn:put(nil, "v") end))
print(failure(function() return conn:put("/put/x", {}) end))
print(failure(function() return conn:put("/put/x", "v", "options") end))
print(failure(function() return conn:put("/put/x", "v", { lease = 1.5 }) end))
print(failure(function() return conn:put("/put/x", "v", { lease = "forever" }) end))
print(failure(function() return conn:put("/put/x", "v", { prev_kv = 1 }) end))
print(failure(function() return conn:put("/put/x", "v", { ignore_value = "yes" }) end))
print(failure(function() return conn:put("/put/x", "v", { ignore_lease = 0 }) end))
print(failure(function() return conn:put("/put/missing", "", { ignore_value = true }) end))
print(failure(function() return conn:put("/put/x", "v", { lease = 12345 }) end))`);
            const op = "ptool.etcd.Connection:put";
            for (const line of out.slice(0, 9)) assertError(line, invalid(op));
            assertError(out[9], { op, retryable: false, message: /key not found/ });
            assertError(out[10], { op, retryable: false, message: /lease not found/ });
            assert.equal(await etcd.getValue("/put/x"), null);
            assert.equal(await etcd.getValue("/put/missing"), null);
        });
    });

    describe("delete", () => {
        test("single keys, prev_kv, prefixes, deleted counts", async () => {
            for (const k of ["/del/one", "/del/p/a", "/del/p/b", "/del/p/c", "/del/pz"]) await etcd.put(k, `v${k.slice(-1)}`);
            const pa = (await etcd.getEntry("/del/p/a")).entry;
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local r = conn:delete("/del/one")
print(fields(r), r.deleted, math.type(r.deleted), type(r.prev_kvs), #r.prev_kvs, next(r.prev_kvs), r.header ~= nil and r.header.revision > 0)
r = conn:delete("/del/one")
print(r.deleted, #r.prev_kvs)
r = conn:delete("/del/p/a", { prev_kv = true, prefix = false })
print(r.deleted, #r.prev_kvs, entry(r.prev_kvs[1]))
r = conn:delete("/del/p/", { prefix = true, prev_kv = true })
print(r.deleted, #r.prev_kvs, r.prev_kvs[1].key, r.prev_kvs[1].value, r.prev_kvs[2].key, r.prev_kvs[2].value, r.prev_kvs[3])
r = conn:delete("/del/p/", { prefix = true })
print(r.deleted, #r.prev_kvs)`);
            assert.deepEqual(out, [
                "deleted,header,prev_kvs\t1\tinteger\ttable\t0\tnil\ttrue",
                "0\t0",
                `1\t1\t${rendered(pa)}`,
                "2\t2\t/del/p/b\tvb\t/del/p/c\tvc\tnil",
                "0\t0",
            ]);
            assert.deepEqual(
                (await etcd.list("/del/")).map((e) => e.key.toString()),
                ["/del/pz"],
            );
        });

        test("argument errors", async () => {
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
print(failure(function() return conn:delete() end))
print(failure(function() return conn:delete({}) end))
print(failure(function() return conn:delete("/del/pz", "options") end))
print(failure(function() return conn:delete("/del/pz", { prefix = "yes" }) end))
print(failure(function() return conn:delete("/del/pz", { prev_kv = 1 }) end))`);
            for (const line of out) assertError(line, invalid("ptool.etcd.Connection:delete"));
            assert.notEqual(await etcd.getValue("/del/pz"), null);
        });
    });

    describe("list", () => {
        // Four keys whose orders by key, version, create, mod and value all differ.
        let w; // witness entries by name
        let midRevision;
        before(async () => {
            // versions b1 c2 d3 a4; created c a d b; last modified c d a b; values b d a c
            const steps = [
                ["c", "4"],
                ["a", "3x"],
                ["d", "2x"],
                ["a", "3y"],
                ["d", "2"],
                ["c", "4"],
                ["d", "2"],
                ["a", "3z"],
                ["a", "3"],
                ["b", "1"],
            ];
            for (const [i, [name, value]] of steps.entries()) {
                await etcd.put(`/list/${name}`, value);
                if (i === 4) midRevision = (await etcd.getEntry("/list/d")).entry.mod_revision;
            }
            await etcd.put("/list", "outside");
            await etcd.put("/listx", "outside");
            w = Object.fromEntries((await etcd.list("/list/")).map((e) => [e.key.toString().slice(6), e]));
        });
        const names = (field, desc = false) =>
            Object.keys(w)
                .sort((x, y) => {
                    const a = field === "key" ? x : field === "value" ? w[x].value.toString() : w[x][field];
                    const b = field === "key" ? y : field === "value" ? w[y].value.toString() : w[y][field];
                    return (a < b ? -1 : a > b ? 1 : 0) * (desc ? -1 : 1);
                })
                .join(",");
        const LIST_HELPERS = L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local P = "/list/"
local function names(r)
  local out = {}
  for i, e in ipairs(r.kvs) do out[i] = e.key:sub(#P + 1) end
  return table.concat(out, ",")
end
`;

        test("result shape, count and more", async () => {
            const out = await run(
                LIST_HELPERS +
                    L`
local r = conn:list(P)
print(fields(r), names(r), r.count, math.type(r.count), tostring(r.more), #r.kvs, header(r.header) ~= "nil")
for _, e in ipairs(r.kvs) do print(entry(e)) end
r = conn:list(P, { limit = 2 }) print("limit 2", names(r), r.count, r.more)
r = conn:list(P, { limit = 4 }) print("limit 4", names(r), r.count, r.more)
r = conn:list(P, { limit = 10 }) print("limit 10", names(r), r.count, r.more)
r = conn:list("/list") print("no slash", r.count, #r.kvs)
r = conn:list(P, {}) print("empty options", names(r))`,
            );
            assert.deepEqual(out, [
                "count,header,kvs,more\ta,b,c,d\t4\tinteger\tfalse\t4\ttrue",
                ...["a", "b", "c", "d"].map((n) => rendered(w[n])),
                "limit 2\ta,b\t4\ttrue",
                "limit 4\ta,b,c,d\t4\tfalse",
                "limit 10\ta,b,c,d\t4\tfalse",
                "no slash\t6\t6",
                "empty options\ta,b,c,d",
            ]);
        });

        test("keys_only, count_only, revision, serializable", async () => {
            const out = await run(
                LIST_HELPERS +
                    L`
local r = conn:list(P, { keys_only = true })
io.write("keys_only\t", names(r), "\t", r.count, "\t")
for _, e in ipairs(r.kvs) do io.write("[", tostring(e.value), "]", e.version) end
print()
r = conn:list(P, { count_only = true }) print("count_only", type(r.kvs), #r.kvs, next(r.kvs), r.count, r.more)
r = conn:list(P, { revision = tonumber(os.getenv("MID")) })
io.write("revision\t", names(r), "\t")
for _, e in ipairs(r.kvs) do io.write(e.value, " ") end
print()
r = conn:list(P, { serializable = true }) print("serializable", names(r), r.count)`,
                { MID: String(midRevision) },
            );
            assert.deepEqual(out, [
                "keys_only\ta,b,c,d\t4\t[]4[]1[]2[]3",
                "count_only\ttable\t0\tnil\t4\tfalse",
                "revision\ta,c,d\t3y 4 2 ",
                "serializable\ta,b,c,d\t4",
            ]);
        });

        test("revision filters", async () => {
            const env = {
                MIN_MOD: String(w.d.mod_revision),
                MAX_MOD: String(w.d.mod_revision),
                MIN_CREATE: String(w.d.create_revision),
                MAX_CREATE: String(w.a.create_revision),
            };
            const out = await run(
                LIST_HELPERS +
                    L`
local function n(k) return tonumber(os.getenv(k)) end
print(names(conn:list(P, { min_mod_revision = n("MIN_MOD") })))
print(names(conn:list(P, { max_mod_revision = n("MAX_MOD") })))
print(names(conn:list(P, { min_create_revision = n("MIN_CREATE") })))
print(names(conn:list(P, { max_create_revision = n("MAX_CREATE") })))
print(names(conn:list(P, { min_mod_revision = n("MIN_MOD"), max_create_revision = n("MAX_CREATE") })))`,
                env,
            );
            const pick = (f) => ["a", "b", "c", "d"].filter(f).join(",");
            assert.deepEqual(out, [
                pick((k) => w[k].mod_revision >= w.d.mod_revision),
                pick((k) => w[k].mod_revision <= w.d.mod_revision),
                pick((k) => w[k].create_revision >= w.d.create_revision),
                pick((k) => w[k].create_revision <= w.a.create_revision),
                pick((k) => w[k].mod_revision >= w.d.mod_revision && w[k].create_revision <= w.a.create_revision),
            ]);
            assert.deepEqual(out, ["a,b,d", "c,d", "b,d", "a,c", "a"]);
        });

        test("sort_order and sort_target", async () => {
            const out = await run(
                LIST_HELPERS +
                    L`
for _, order in ipairs({ "none", "ascend", "descend" }) do
  for _, target in ipairs({ "key", "version", "create", "mod", "value" }) do
    print(order, target, names(conn:list(P, { sort_order = order, sort_target = target })))
  end
end
print("target only", names(conn:list(P, { sort_target = "value" })))
print("order only", names(conn:list(P, { sort_order = "descend" })))
local r = conn:list(P, { sort_order = "descend", sort_target = "mod", limit = 2 })
print("sorted limit", names(r), r.more, r.count)`,
            );
            const expected = [];
            const targets = { key: "key", version: "version", create: "create_revision", mod: "mod_revision", value: "value" };
            for (const order of ["none", "ascend", "descend"]) {
                for (const [target, field] of Object.entries(targets)) {
                    expected.push(`${order}\t${target}\t${names(field, order === "descend")}`);
                }
            }
            expected.push(`target only\t${names("value")}`, `order only\td,c,b,a`);
            expected.push(`sorted limit\t${names("mod_revision", true).split(",").slice(0, 2).join(",")}\ttrue\t4`);
            assert.deepEqual(out, expected);
            // the data really tells the targets apart
            assert.equal(new Set(Object.values(targets).map((f) => names(f))).size, 5);
        });

        test("option validation", async () => {
            const out = await run(
                LIST_HELPERS +
                    L`
local bad = {
  { sort_order = "up" }, { sort_target = "name" }, { sort_order = 1 }, { sort_target = true },
  { limit = 1.5 }, { limit = "many" }, { keys_only = "yes" }, { count_only = 1 }, { revision = "x" },
  { min_mod_revision = 1.5 }, { max_mod_revision = "x" }, { min_create_revision = {} }, { max_create_revision = true },
  { serializable = "no" },
}
for _, o in ipairs(bad) do print(p.inspect(o, { multiline = false }) .. "\t" .. failure(function() return conn:list(P, o) end)) end
print("prefix\t" .. failure(function() return conn:list(42.5) end))
print("options\t" .. failure(function() return conn:list(P, "options") end))`,
            );
            assert.equal(out.length, 16);
            for (const line of out) assertError(line, invalid("ptool.etcd.Connection:list"));
        });
    });

    describe("binary safety", () => {
        test("keys and values with every byte, written by ptool, read by etcdctl", async () => {
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local all = {}
for b = 0, 255 do all[#all + 1] = string.char(b) end
all = table.concat(all)
local r = conn:put("/bin/w/" .. all, all .. all, { prev_kv = true })
print(r.prev_kv)
local e = conn:get("/bin/w/" .. all)
print(#e.key, #e.value, e.key == "/bin/w/" .. all, e.value == all .. all)
conn:put("/bin/w/empty", "")
local empty = conn:get("/bin/w/empty")
print(type(empty.value), #empty.value)
conn:put("/bin/w/nul\0key", "\0")
print(hex(conn:get("/bin/w/nul\0key").value), conn:get("/bin/w/nul"))`);
            assert.deepEqual(out, ["nil", `${7 + 256}\t512\ttrue\ttrue`, "string\t0", "00\tnil"]);
            const seen = await etcd.list("/bin/w/");
            const byKey = new Map(seen.map((e) => [e.key.toString("hex"), e.value]));
            const key = Buffer.concat([Buffer.from("/bin/w/"), allBytes]);
            assert.ok(byKey.get(key.toString("hex"))?.equals(Buffer.concat([allBytes, allBytes])), "the all-bytes entry");
            assert.equal(byKey.get(Buffer.from("/bin/w/empty").toString("hex"))?.length, 0);
            assert.ok(byKey.get(Buffer.from("/bin/w/nul\0key", "latin1").toString("hex"))?.equals(Buffer.from([0])));
            assert.equal(seen.length, 3);
        });

        test("keys and values with every byte, written by etcdctl, read by ptool", async () => {
            const key = Buffer.concat([Buffer.from("/bin/r/"), allBytes.subarray(1)]); // argv: no NUL
            const value = Buffer.concat([allBytes, Buffer.from("\n\n")]);
            await etcd.put(key, value);
            await etcd.put("/bin/r/lines", "a\r\nb\n");
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local r = conn:list("/bin/r/")
for _, e in ipairs(r.kvs) do print(hex(e.key), hex(e.value)) end
local k = {}
for b = 1, 255 do k[#k + 1] = string.char(b) end
print(hex(conn:get("/bin/r/" .. table.concat(k)).value))`);
            const lines = Buffer.from("/bin/r/lines");
            // key order: "/bin/r/" then 0x01... sorts before "lines"
            assert.deepEqual(out, [
                `${key.toString("hex")}\t${value.toString("hex")}`,
                `${lines.toString("hex")}\t${Buffer.from("a\r\nb\n").toString("hex")}`,
                value.toString("hex"),
            ]);
        });

        test("UTF-8 keys and values round-trip as their bytes", async () => {
            const text = "h\u00e9llo w\u00f6rld \u2713 \u{1F511} \u043a\u043b\u044e\u0447";
            const utf8 = Buffer.from(text, "utf8");
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local text = "h\u{e9}llo w\u{f6}rld \u{2713} \u{1F511} \u{43a}\u{43b}\u{44e}\u{447}"
conn:put("/utf8/" .. text, text)
local e = conn:get("/utf8/" .. text)
print(#e.value, e.value == text, e.key == "/utf8/" .. text, utf8.len(e.value))
print(p.json.stringify({ v = e.value }))`);
            assert.deepEqual(out.slice(0, 1), [`${utf8.length}\ttrue\ttrue\t${[...text].length}`]);
            assert.equal(Buffer.from(out[1], "latin1").toString("utf8"), JSON.stringify({ v: text }));
            const { entry } = await etcd.getEntry(Buffer.concat([Buffer.from("/utf8/"), utf8]));
            assert.ok(entry.value.equals(utf8));
        });

        test("prefixes ending in 0xFF, made of 0xFF, or holding NUL", async () => {
            const keys = [
                "/ff\xfe",
                "/ff\xfe\xff",
                "/ff\xff",
                "/ff\xff\x01",
                "/ff\xff\xff\xff",
                "/fg",
                "\xff",
                "\xff\xff\x01",
                "/nul",
                "/nul\x01",
            ];
            for (const k of keys) await etcd.put(k, "x");
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local function hexes(r) local t = {} for i, e in ipairs(r.kvs) do t[i] = hex(e.key) end return table.concat(t, " ") end
print(hexes(conn:list("/ff\xff")), conn:list("/ff\xff").count)
print(hexes(conn:list("/ff\xfe")))
print(hexes(conn:list("\xff")))
print(hexes(conn:list("\xff\xff")))
conn:put("/nul\0a", "1") conn:put("/nul\0b", "2")
print(hexes(conn:list("/nul\0")))
local r = conn:delete("/ff\xff", { prefix = true })
print(r.deleted)
print(conn:delete("/nul\0", { prefix = true }).deleted)
print(conn:delete("\xff", { prefix = true }).deleted)`);
            const h = (...ks) => ks.map((k) => Buffer.from(k, "latin1").toString("hex")).join(" ");
            assert.deepEqual(out, [
                `${h("/ff\xff", "/ff\xff\x01", "/ff\xff\xff\xff")}\t3`,
                h("/ff\xfe", "/ff\xfe\xff"),
                h("\xff", "\xff\xff\x01"),
                h("\xff\xff\x01"),
                h("/nul\0a", "/nul\0b"),
                "3",
                "2",
                "2",
            ]);
            const left = (await etcd.list("")).map((e) => e.key.toString("latin1")).filter((k) => keys.includes(k) || k.startsWith("/nul"));
            assert.deepEqual(left.sort(), ["/ff\xfe", "/ff\xfe\xff", "/fg", "/nul", "/nul\x01"].sort());
        });
    });

    describe("request", () => {
        test("the seed's /kv/txn example works verbatim", async () => {
            const out = await run(L`
local etcd = ptool.etcd.connect({ address = ADDRESS })
local resp = etcd:request({
  path = "/kv/txn",
  json = {
    compare = {},
    success = {},
    failure = {},
  },
  fail_on_http_error = true,
})

print(resp:text())
print(resp.status, resp.ok, math.type(resp.status))`);
            const body = JSON.parse(out[0]);
            assert.equal(body.succeeded, true);
            assert.match(body.header.revision, /^\d+$/);
            assert.equal(out[1], "200\ttrue\tinteger");
        });

        test("paths are resolved against api_prefix; url is used as it is; both carry the auth header", async () => {
            const proxy = await startRecordingProxy(auth.endpoint, (p) => {
                if (p.includes("//")) return undefined;
                if (p.startsWith("/v3/")) return p;
                if (p.startsWith("/gateway/v3/")) return p.slice("/gateway".length);
                return undefined;
            });
            try {
                await auth.put("/req/a", "1");
                const out = await runAuth(
                    L`
local KEY = os.getenv("KEY64")
local conn = ptool.etcd.connect({ address = os.getenv("PROXY"), username = "root", password = os.getenv("ROOT_PASSWORD") })
local function range(opts)
  opts.method = "POST"
  opts.json = { key = KEY }
  local resp = conn:request(opts)
  return resp.status .. " " .. resp:json().kvs[1].value
end
print(range({ path = "/kv/range" }))
print(range({ path = "kv/range" }))
print(range({ path = "/v3/kv/range" }))
print(range({ url = os.getenv("PROXY") .. "/v3/kv/range" }))
local custom = ptool.etcd.connect({ address = os.getenv("PROXY"), api_prefix = "/gateway/v3/", username = "root", password = os.getenv("ROOT_PASSWORD") })
print(custom:request({ path = "/kv/range", method = "POST", json = { key = KEY } }):json().count)
print(custom:request({ path = "/gateway/v3/kv/range", method = "POST", json = { key = KEY } }):json().count)
local resp = conn:request({ path = "/kv/range", method = "POST", json = { key = KEY }, headers = { authorization = "not-a-token-93b1" } })
print(resp.status, resp.ok, (resp:text():find("invalid auth token", 1, true)) ~= nil)
print(failure(function()
  return conn:request({ path = "/kv/range", method = "POST", json = { key = KEY }, headers = { authorization = "not-a-token-93b1" }, fail_on_http_error = true })
end))`,
                    { PROXY: proxy.endpoint, KEY64: b64("/req/a") },
                );
                assert.deepEqual(out.slice(0, 7), ["200 MQ==", "200 MQ==", "200 MQ==", "200 MQ==", "1", "1", "401\tfalse\ttrue"]);
                assertError(out[7], {
                    op: "ptool.etcd.Connection:request",
                    kind: "http_error",
                    status: 401,
                    retryable: false,
                    secrets: ["not-a-token-93b1"],
                });
                const ranges = proxy.requests.filter((r) => r.url.endsWith("/kv/range"));
                assert.deepEqual(
                    ranges.map((r) => r.url),
                    [
                        "/v3/kv/range",
                        "/v3/kv/range",
                        "/v3/kv/range",
                        "/v3/kv/range",
                        "/gateway/v3/kv/range",
                        "/gateway/v3/kv/range",
                        "/v3/kv/range",
                        "/v3/kv/range",
                    ],
                );
                const tokens = proxy.requests
                    .filter((r) => r.url.endsWith("/auth/authenticate"))
                    .map((r) => JSON.parse(r.response.toString()).token);
                assert.equal(tokens.length, 2);
                for (const r of ranges.slice(0, 4)) assert.equal(r.headers.authorization, tokens[0], r.url);
                for (const r of ranges.slice(4, 6)) assert.equal(r.headers.authorization, tokens[1], r.url);
                for (const r of ranges.slice(6)) assert.equal(r.headers.authorization, "not-a-token-93b1");
            } finally {
                await proxy.close();
            }
        });

        test("writes through request are real etcd writes", async () => {
            const out = await run(
                L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local resp = conn:request({ path = "/kv/put", json = { key = os.getenv("K"), value = os.getenv("V") }, fail_on_http_error = true })
print(resp.status, type(resp:json().header.revision))
local grant = conn:request({ path = "/lease/grant", json = { TTL = 60 } }):json()
print(type(grant.ID), grant.TTL)`,
                { K: b64("/req/written"), V: b64("by request\n") },
            );
            assert.deepEqual(out, ["200\tstring", "string\t60"]);
            assert.equal((await etcd.getValue("/req/written")).toString(), "by request\n");
        });

        test("exactly one of path and url; argument errors", async () => {
            const out = await run(L`
local conn = ptool.etcd.connect({ address = ADDRESS })
print(failure(function() return conn:request({}) end))
print(failure(function() return conn:request({ method = "POST" }) end))
print(failure(function() return conn:request({ path = "/kv/range", url = ENDPOINT .. "/v3/kv/range" }) end))
print(failure(function() return conn:request() end))
print(failure(function() return conn:request("/kv/range") end))
print(failure(function() return conn:request({ path = 5.5 }) end))
print(failure(function() return conn:request({ url = true }) end))`);
            for (const line of out) assertError(line, invalid("ptool.etcd.Connection:request"));
        });

        test("the connection's timeout_ms applies unless the request sets its own", async () => {
            const hole = await startBlackHole();
            try {
                const script = (extra) =>
                    run(
                        L`
local conn = ptool.etcd.connect({ address = os.getenv("HOLE"), timeout_ms = 300 })
print(failure(function() return conn:request({ path = "/kv/range", json = { key = "YQ==" }` +
                            extra +
                            L` }) end))`,
                        { HOLE: hole.address },
                    );
                const quick = await script("");
                assertError(quick[0], { op: "ptool.etcd.Connection:request", retryable: true });
                const slow = await script(", timeout_ms = 2000");
                assertError(slow[0], { op: "ptool.etcd.Connection:request", retryable: true });
                assert.ok(quick.ms < 2000, `connection timeout: ${quick.ms} ms`);
                assert.ok(slow.ms >= 2000, `request timeout: ${slow.ms} ms`);
                assert.ok(slow.ms < 10000, `request timeout: ${slow.ms} ms`);
            } finally {
                await hole.close();
            }
        });
    });

    describe("faults", () => {
        test("etcd down: connection refused, retryable", async () => {
            const port = await closedPort();
            const out = await run(
                L`
local address = "127.0.0.1:" .. os.getenv("PORT")
local conn = ptool.etcd.connect({ address = address })
print(failure(function() return conn:get("/k") end))
print(failure(function() return conn:put("/k", "v") end))
print(failure(function() return conn:delete("/k") end))
print(failure(function() return conn:list("/k") end))
print(failure(function() return conn:request({ path = "/kv/range", json = { key = "YQ==" } }) end))
print(failure(function() return ptool.etcd.connect({ address = address, username = "u", password = "pw-3c1d" }) end))
local ok, msg = pcall(conn.get, conn, "/k")
print(ok, (msg:find("ptool.etcd.Connection:get", 1, true)), (msg:find(os.getenv("PORT"), 1, true)) ~= nil)`,
                { PORT: String(port) },
            );
            const ops = ["get", "put", "delete", "list", "request"].map((m) => `ptool.etcd.Connection:${m}`);
            ops.forEach((op, i) => assertError(out[i], { op, retryable: true, message: new RegExp(String(port)) }));
            assertError(out[5], { op: "ptool.etcd.connect", retryable: true, secrets: ["pw-3c1d"] });
            assert.equal(out[6], "false\t1\ttrue");
        });

        test("a server that never answers: timeout_ms, retryable", async () => {
            const hole = await startBlackHole();
            try {
                const out = await run(
                    L`
local conn = ptool.etcd.connect({ address = os.getenv("HOLE"), timeout_ms = 300 })
print(failure(function() return conn:get("/k") end))
print(failure(function() return conn:list("/") end))`,
                    { HOLE: hole.address },
                );
                assertError(out[0], { op: "ptool.etcd.Connection:get", retryable: true });
                assertError(out[1], { op: "ptool.etcd.Connection:list", retryable: true });
                assert.ok(out.ms < 5000, `took ${out.ms} ms`);
            } finally {
                await hole.close();
            }
        });

        test("HTTP 5xx from etcd: retryable, with the status and etcd's message", async () => {
            const fake = await startFakeHttp((req, body, res) => {
                res.writeHead(503, { "content-type": "application/json" });
                res.end(JSON.stringify({ error: "etcdserver: request timed out", message: "etcdserver: request timed out", code: 14 }));
            });
            try {
                const out = await run(
                    L`
local conn = ptool.etcd.connect({ address = os.getenv("FAKE") })
print(failure(function() return conn:get("/k") end))
print(failure(function() return conn:put("/k", "v") end))
print(failure(function() return conn:delete("/k", { prefix = true }) end))
print(failure(function() return conn:list() end))`,
                    { FAKE: fake.address },
                );
                ["get", "put", "delete", "list"].forEach((m, i) =>
                    assertError(out[i], { op: `ptool.etcd.Connection:${m}`, retryable: true, status: 503, message: /request timed out/ }),
                );
                for (const r of fake.requests) assert.equal(r.method, "POST");
            } finally {
                await fake.close();
            }
        });

        test("a body that is not etcd's JSON: structured, not retryable", async () => {
            const fake = await startFakeHttp((req, body, res) => {
                res.writeHead(200, { "content-type": "text/html" });
                res.end("<html>this is not etcd</html>");
            });
            try {
                const out = await run(
                    L`
local conn = ptool.etcd.connect({ address = os.getenv("FAKE") })
print(failure(function() return conn:get("/k") end))
print(failure(function() return conn:put("/k", "v") end))
print(failure(function() return conn:delete("/k") end))
print(failure(function() return conn:list("/") end))
print(conn:request({ path = "/kv/range", json = { key = "YQ==" } }):text())`,
                    { FAKE: fake.address },
                );
                ["get", "put", "delete", "list"].forEach((m, i) =>
                    assertError(out[i], { op: `ptool.etcd.Connection:${m}`, retryable: false }),
                );
                assert.equal(out[4], "<html>this is not etcd</html>");
            } finally {
                await fake.close();
            }
        });

        test("wrong and expired tokens: etcd's refusal, the token never shown", async () => {
            const token = await auth.authenticate("root", auth.users.root.password);
            const first = await runAuth(
                L`
local conn = ptool.etcd.connect({ address = ADDRESS, token = os.getenv("TOKEN") })
print(conn:put("/expiry/a", "1").header.revision > 0)
local wrong = ptool.etcd.connect({ address = ADDRESS, token = "bogus-token-5d2e" })
print(failure(function() return wrong:get("/expiry/a") end))
print(tostring(wrong):find("bogus-token-5d2e", 1, true))`,
                { TOKEN: token },
            );
            assert.equal(first[0], "true");
            assertError(first[1], {
                op: "ptool.etcd.Connection:get",
                retryable: false,
                message: /invalid auth token/,
                secrets: ["bogus-token-5d2e"],
            });
            assert.equal(first[2], "nil");
            await new Promise((r) => setTimeout(r, 3500)); // the tokens live 2 s
            const expired = await runAuth(
                L`
local conn = ptool.etcd.connect({ address = ADDRESS, token = os.getenv("TOKEN") })
print(failure(function() return conn:get("/expiry/a") end))`,
                { TOKEN: token },
            );
            assertError(expired[0], { op: "ptool.etcd.Connection:get", retryable: false, message: /invalid auth token/, secrets: [token] });
        });

        test("a username/password connection authenticates again when its token expired", async () => {
            const out = await runAuth(L`
local conn = ptool.etcd.connect({ address = ADDRESS, username = "root", password = os.getenv("ROOT_PASSWORD") })
conn:put("/expiry/b", "before")
os.execute("sleep 3.5")
print(conn:get("/expiry/b").value)
conn:put("/expiry/b", "after")
print(conn:get("/expiry/b").value)`);
            assert.deepEqual(out, ["before", "after"]);
        });

        test("permission denied for the limited user outside its prefix; anonymous access refused", async () => {
            await auth.put("/secret", "s");
            const out = await runAuth(L`
local pw = os.getenv("LIMITED_PASSWORD")
local conn = ptool.etcd.connect({ address = ADDRESS, username = "limited", password = pw })
print(failure(function() return conn:get("/secret") end))
print(failure(function() return conn:put("/secret", "mine") end))
print(failure(function() return conn:delete("/secret") end))
print(failure(function() return conn:list() end))
print(failure(function() return conn:list("/limited") end))
local anonymous = ptool.etcd.connect({ address = ADDRESS })
print(failure(function() return anonymous:get("/secret") end))`);
            const pw = auth.users.limited.password;
            ["get", "put", "delete", "list", "list"].forEach((m, i) =>
                assertError(out[i], { op: `ptool.etcd.Connection:${m}`, retryable: false, message: /permission denied/, secrets: [pw] }),
            );
            assertError(out[5], { op: "ptool.etcd.Connection:get", retryable: false });
            assert.equal((await auth.getValue("/secret")).toString(), "s");
        });

        test("an unresolvable host name", async () => {
            const out = await run(L`
local conn = ptool.etcd.connect({ address = "nonexistent.invalid:2379", timeout_ms = 3000 })
print(failure(function() return conn:get("/k") end))
print(failure(function() return ptool.etcd.connect({ address = "http://nonexistent.invalid:2379", username = "u", password = "pw-77aa", timeout_ms = 3000 }) end))`);
            assertError(out[0], { op: "ptool.etcd.Connection:get", message: /nonexistent\.invalid/ });
            assertError(out[1], { op: "ptool.etcd.connect", message: /nonexistent\.invalid/, secrets: ["pw-77aa"] });
        });

        test("errors are positioned at the calling line and catchable by pcall", async () => {
            const port = await closedPort();
            const out = await run(
                L`
local conn = ptool.etcd.connect({ address = "127.0.0.1:" .. os.getenv("PORT") })
local ok, msg = pcall(function()
  local item = conn:get("/k")
  return item
end)
print(ok, msg:match("^script%.lua:%d+: ptool%.etcd%.Connection:get") ~= nil)`,
                { PORT: String(port) },
            );
            assert.deepEqual(out, ["false\ttrue"]);
        });
    });

    describe("the whole keyspace", () => {
        let fresh;
        before(async () => {
            fresh = await startEtcd();
        });
        after(async () => {
            await fresh?.stop();
        });

        test("list() and list('') scan everything; delete('', { prefix = true }) deletes everything", async () => {
            for (const k of ["a", "/b", "/c/d", "\xff\xff", "\x00"]) await fresh.put(k === "\x00" ? "\x01" : k, "v");
            const out = await lua(
                L`
local conn = ptool.etcd.connect({ address = ADDRESS })
local function hexes(r) local t = {} for i, e in ipairs(r.kvs) do t[i] = hex(e.key) end return table.concat(t, " ") end
conn:put("\0", "nul key")
print(hexes(conn:list()), conn:list().count)
print(hexes(conn:list("")))
print(conn:list(nil, { count_only = true }).count, hexes(conn:list(nil, { limit = 2 })), conn:list(nil, { limit = 2 }).more)
local r = conn:delete("", { prefix = true, prev_kv = true })
print(r.deleted, #r.prev_kvs, hex(r.prev_kvs[1].key))
print(conn:list().count, #conn:list().kvs)`,
                { ETCD_ENDPOINT: fresh.endpoint },
            );
            const all = ["\x00", "\x01", "/b", "/c/d", "a", "\xff\xff"].map((k) => Buffer.from(k, "latin1").toString("hex"));
            assert.deepEqual(out, [`${all.join(" ")}\t6`, all.join(" "), `6\t${all.slice(0, 2).join(" ")}\ttrue`, "6\t6\t00", "0\t0"]);
            assert.deepEqual(await fresh.list(""), []);
        });
    });
}
