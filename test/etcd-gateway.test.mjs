// ptool.etcd against a fake v3 gateway in this process: the exact JSON each method sends
// (base64 keys, byte-wise range_end, int64 fields as strings, enum names) and how crafted
// answers come back (absent header and fields, int64 beyond 2^53, error bodies, retryable).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ptool = join(root, "bin", "ptool");
const work = mkdtempSync(join(tmpdir(), "ptool-etcd-gateway-"));
let server, address;
/** Requests received: { method, path, authorization, body }. */
let seen = [];
/** The next answers, by path: { status, body } (a string body is sent as it is). */
let answers = {};

before(async () => {
    server = http.createServer((req, res) => {
        const chunks = [];
        req.on("data", (c) => chunks.push(c));
        req.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            seen.push({
                method: req.method,
                path: req.url,
                authorization: req.headers.authorization,
                body: text === "" ? null : JSON.parse(text),
            });
            const a = answers[req.url] ?? { status: 200, body: {} };
            res.writeHead(a.status, { "content-type": "application/json" });
            res.end(typeof a.body === "string" ? a.body : JSON.stringify(a.body));
        });
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    address = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
    server.close();
    rmSync(work, { recursive: true, force: true });
});

function runLua(source) {
    const file = join(work, `case-${seen.length}-${Math.random().toString(36).slice(2)}.lua`);
    writeFileSync(file, `local address = ...\n${source}`);
    return new Promise((resolve) => {
        execFile(process.execPath, [ptool, "run", file, address], { encoding: "latin1", timeout: 30000 }, (err, stdout, stderr) =>
            resolve({ status: err ? err.code : 0, stdout, stderr }),
        );
    });
}

const b64 = (s) => Buffer.from(s, "latin1").toString("base64");

async function expectLua(source, stdout) {
    const r = await runLua(source);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, stdout);
}

test("the JSON each method sends", async () => {
    seen = [];
    answers = {};
    await expectLua(
        `local c = ptool.etcd.connect({ address = address, token = "tok", api_prefix = "/v3beta/" })
c:get("k")
c:get("\\0\\255", { revision = 9007199254740993, serializable = true })
c:put("k", "v\\0", { lease = 7587869658441237000, prev_kv = true })
c:put("k", "ignored", { ignore_value = true, ignore_lease = true })
c:delete("k")
c:delete("a\\255\\255", { prefix = true, prev_kv = true })
c:delete("", { prefix = true })
c:list()
c:list("\\255\\255", { limit = 10, keys_only = true, count_only = false, sort_order = "descend", sort_target = "mod" })
c:list("ab", { min_mod_revision = 1, max_mod_revision = 2, min_create_revision = 3, max_create_revision = 4, revision = 5 })
c:request({ path = "/kv/txn", json = { compare = {}, success = { { request_put = { key = "aw==" } } }, failure = {} } })
c:request({ path = "/v3beta/maintenance/status", json = {} })
c:request({ path = "kv/range", bearer_token = "other" })
`,
        "",
    );
    const all = { key: b64("\0"), range_end: b64("\0") };
    assert.deepEqual(seen, [
        { method: "POST", path: "/v3beta/kv/range", authorization: "tok", body: { key: b64("k") } },
        {
            method: "POST",
            path: "/v3beta/kv/range",
            authorization: "tok",
            body: { key: b64("\0\xff"), revision: "9007199254740993", serializable: true },
        },
        {
            method: "POST",
            path: "/v3beta/kv/put",
            authorization: "tok",
            body: { key: b64("k"), value: b64("v\0"), lease: "7587869658441237000", prev_kv: true },
        },
        { method: "POST", path: "/v3beta/kv/put", authorization: "tok", body: { key: b64("k"), ignore_value: true, ignore_lease: true } },
        { method: "POST", path: "/v3beta/kv/deleterange", authorization: "tok", body: { key: b64("k") } },
        {
            method: "POST",
            path: "/v3beta/kv/deleterange",
            authorization: "tok",
            body: { key: b64("a\xff\xff"), range_end: b64("b"), prev_kv: true },
        },
        { method: "POST", path: "/v3beta/kv/deleterange", authorization: "tok", body: all },
        { method: "POST", path: "/v3beta/kv/range", authorization: "tok", body: all },
        {
            method: "POST",
            path: "/v3beta/kv/range",
            authorization: "tok",
            body: { key: b64("\xff\xff"), range_end: b64("\0"), limit: "10", keys_only: true, sort_order: "DESCEND", sort_target: "MOD" },
        },
        {
            method: "POST",
            path: "/v3beta/kv/range",
            authorization: "tok",
            body: {
                key: b64("ab"),
                range_end: b64("ac"),
                revision: "5",
                min_mod_revision: "1",
                max_mod_revision: "2",
                min_create_revision: "3",
                max_create_revision: "4",
            },
        },
        {
            method: "POST",
            path: "/v3beta/kv/txn",
            authorization: "tok",
            body: { compare: [], success: [{ request_put: { key: "aw==" } }], failure: [] },
        },
        { method: "POST", path: "/v3beta/maintenance/status", authorization: "tok", body: {} },
        { method: "GET", path: "/v3beta/kv/range", authorization: "Bearer other", body: null },
    ]);
});

test("absent fields, int64 beyond 2^53, decimal ids", async () => {
    answers = {
        "/v3/kv/range": {
            status: 200,
            body: {
                kvs: [
                    {
                        key: b64("k\xff"),
                        create_revision: "9007199254740993",
                        mod_revision: "9223372036854775807",
                        version: "1",
                        lease: "7587869658441237000",
                    },
                ],
                count: "1",
                more: true,
            },
        },
        "/v3/kv/put": { status: 200, body: { header: { revision: "7" } } },
        "/v3/kv/deleterange": {
            status: 200,
            body: { header: { cluster_id: "18446744073709551615", member_id: "1", revision: "9", raft_term: "3" } },
        },
    };
    await expectLua(
        `local c = ptool.etcd.connect({ address = address })
local kv = c:get("k")
print(kv.key == "k\\255", kv.value == "", kv.create_revision, kv.mod_revision, kv.version, kv.lease, math.type(kv.mod_revision))
print(kv.mod_revision == math.maxinteger, kv.create_revision == (1 << 53) + 1)
local l = c:list("k")
print(l.header, #l.kvs, l.count, l.more)
local put = c:put("k", "v")
print(put.header.cluster_id, put.header.member_id, put.header.revision, put.header.raft_term, put.prev_kv)
local d = c:delete("k")
print(d.header.cluster_id, d.header.member_id, d.header.revision, d.header.raft_term, d.deleted, #d.prev_kvs)
`,
        `true\ttrue\t9007199254740993\t9223372036854775807\t1\t7587869658441237000\tinteger
true\ttrue
nil\t1\t1\ttrue
0\t0\t7\t0\tnil
18446744073709551615\t1\t9\t3\t0\t0
`,
    );
});

test("gateway errors: etcd's message and code, retryable by code or status", async () => {
    answers = {
        "/v3/kv/range": {
            status: 503,
            body: { error: "etcdserver: request timed out", message: "etcdserver: request timed out", code: 14 },
        },
        "/v3/kv/put": { status: 403, body: { error: "etcdserver: permission denied", message: "etcdserver: permission denied", code: 7 } },
        "/v3/kv/deleterange": { status: 502, body: "<html>bad gateway</html>" },
        "/v3/auth/authenticate": { status: 200, body: { header: {}, token: "secret-token.1" } },
    };
    seen = [];
    await expectLua(
        `local function show(f)
  local ok, v, err = p.try(f)
  print(ok, err.kind, err.code, err.status, err.retryable, err.op, (err.message:gsub(address:gsub("%p", "%%%0"), "ADDR")))
end
local c = ptool.etcd.connect({ address = address, username = "u", password = "pw-secret" })
show(function() return c:get("k") end)
show(function() return c:put("k", "v") end)
show(function() return c:delete("k") end)
print(tostring(c):find("secret") == nil)
`,
        `false\tetcd_error\t14\t503\ttrue\tptool.etcd.Connection:get\tptool.etcd.Connection:get: etcdserver: request timed out (code 14)
false\tetcd_error\t7\t403\tfalse\tptool.etcd.Connection:put\tptool.etcd.Connection:put: etcdserver: permission denied (code 7)
false\tetcd_error\tnil\t502\ttrue\tptool.etcd.Connection:delete\tptool.etcd.Connection:delete: unexpected response from etcd: HTTP 502 Bad Gateway: <html>bad gateway</html> (ADDR/v3/kv/deleterange)
true
`,
    );
    assert.deepEqual(seen[0], {
        method: "POST",
        path: "/v3/auth/authenticate",
        authorization: undefined,
        body: { name: "u", password: "pw-secret" },
    });
    assert.equal(seen[1].authorization, "secret-token.1");
});

test("an expired token is renewed once with the stored credentials", async () => {
    let renewed = 0;
    answers = {};
    seen = [];
    const original = server.listeners("request")[0];
    server.removeAllListeners("request");
    server.on("request", (req, res) => {
        if (req.url === "/v3/auth/authenticate" && req.headers.authorization !== undefined) {
            // etcd checks a token sent with auth/authenticate too: an expired one fails it
            res.writeHead(401);
            res.end(JSON.stringify({ error: "etcdserver: invalid auth token", message: "etcdserver: invalid auth token", code: 16 }));
        } else if (req.url === "/v3/auth/authenticate") {
            renewed++;
            res.end(JSON.stringify({ token: `tok-${renewed}` }));
        } else if (req.headers.authorization === "tok-1") {
            res.writeHead(401);
            res.end(JSON.stringify({ error: "etcdserver: invalid auth token", message: "etcdserver: invalid auth token", code: 16 }));
        } else {
            res.end(JSON.stringify({ kvs: [{ key: b64("k"), value: b64(req.headers.authorization) }] }));
        }
        req.resume();
    });
    try {
        await expectLua(
            `local c = ptool.etcd.connect({ address = address, username = "u", password = "p" })
print(c:get("k").value, c:get("k").value)
`,
            "tok-2\ttok-2\n",
        );
        assert.equal(renewed, 2);
    } finally {
        server.removeAllListeners("request");
        server.on("request", original);
    }
});
