// ptool.etcd against a real etcd (skipped when the `etcd` binary is missing): the seed's
// examples, binary keys, prefix ranges on bytes, int64 lease ids, auth, and conn:request.
// The full integration suite is test/etcd.test.mjs; this one checks the implementation's own
// rules (docs/ptool.md). Expected outputs are written by hand for a fresh etcd (revision 1).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn, spawnSync } from "node:child_process";
import net from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ptool = join(root, "bin", "ptool");
const hasEtcd = spawnSync("etcd", ["--version"]).status === 0;
const work = mkdtempSync(join(tmpdir(), "ptool-etcd-quick-"));
let etcd, address;

function freePort() {
    return new Promise((resolve) => {
        const s = net.createServer().listen(0, "127.0.0.1", () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}

async function waitReady(url) {
    for (let i = 0; i < 100; i++) {
        try {
            const r = await fetch(`${url}/health`);
            if (r.ok) return;
        } catch {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("etcd did not start");
}

before(async () => {
    if (!hasEtcd) return;
    const [client, peer] = [await freePort(), await freePort()];
    address = `http://127.0.0.1:${client}`;
    etcd = spawn(
        "etcd",
        [
            "--data-dir",
            join(work, "data"),
            "--listen-client-urls",
            address,
            "--advertise-client-urls",
            address,
            "--listen-peer-urls",
            `http://127.0.0.1:${peer}`,
        ],
        { stdio: "ignore" },
    );
    await waitReady(address);
});

after(() => {
    etcd?.kill();
    rmSync(work, { recursive: true, force: true });
});

function runLua(name, source) {
    const file = join(work, `${name}.lua`);
    writeFileSync(file, `local address = ...\n${source}`);
    return new Promise((resolve) => {
        execFile(process.execPath, [ptool, "run", file, address], { encoding: "latin1", timeout: 30000 }, (err, stdout, stderr) =>
            resolve({ status: err ? err.code : 0, stdout, stderr }),
        );
    });
}

const etcdctl = (...args) => {
    const r = spawnSync("etcdctl", ["--endpoints", address, ...args], { env: { ...process.env, ETCDCTL_API: "3" }, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
};

test("KV methods, binary keys, byte-wise prefixes, int64 leases, request", { skip: !hasEtcd }, async () => {
    const r = await runLua(
        "kv",
        `local etcd = ptool.etcd.connect({ address = address:gsub("^http://", ""), timeout_ms = 10000 })
local put = etcd:put("/apps/api/config.json", '{"port": 8080}')
print(put.header.revision, math.type(put.header.revision), type(put.header.cluster_id), put.prev_kv)
local item = etcd:get("/apps/api/config.json")
print(item.key, p.json.parse(item.value).port, item.create_revision, item.mod_revision, item.version, item.lease)
print(etcd:get("/nope"))
print(etcd:put("/apps/api/version", "v2\\n", { prev_kv = true }).prev_kv)
print(etcd:put("/apps/api/version", "v3\\n", { prev_kv = true }).prev_kv.value == "v2\\n")
print(etcd:get("/apps/api/version", { revision = 3 }).value == "v2\\n", etcd:get("/apps/api/version", { serializable = true }).version)
local bin = "\\0\\1\\255\\254"
etcd:put(bin, bin .. bin)
etcd:put("\\255\\255", "ff")
etcd:put("/apps/apj", "next")
print(etcd:get(bin).value == bin .. bin)
local l = etcd:list("/apps/api/", { keys_only = true, sort_order = "descend", sort_target = "key" })
print(#l.kvs, l.kvs[1].key, l.kvs[2].key, l.kvs[1].value, l.count, l.more)
l = etcd:list("/apps/", { count_only = true })
print(#l.kvs, l.count, l.more)
l = etcd:list(nil, { limit = 2 })
print(#l.kvs, l.count, l.more, l.kvs[1].key == bin)
print(#etcd:list("\\255").kvs, #etcd:list("\\255\\255").kvs, #etcd:list("\\0").kvs, #etcd:list("").kvs)
l = etcd:list("/apps/api/", { min_mod_revision = 4 })
print(#l.kvs, l.kvs[1].key, l.count)
local grant = etcd:request({ path = "/lease/grant", json = { TTL = 600 } }):json()
local id = math.tointeger(tonumber(grant.ID))
etcd:put("/leased", "x", { lease = id })
local leased = etcd:get("/leased")
print(leased.lease == id, id > (1 << 53), string.format("%d", leased.lease) == grant.ID)
local txn = etcd:request({ path = "/kv/txn", json = { compare = {}, success = {}, failure = {} }, fail_on_http_error = true })
print(txn.status, txn:json().succeeded)
print(etcd:request({ path = "/v3/kv/range", json = { key = "L2xlYXNlZA==" } }):json().count)
print(etcd:request({ url = address .. "/version" }):json().etcdserver ~= nil)
local d = etcd:delete("/apps/", { prefix = true, prev_kv = true })
print(d.deleted, #d.prev_kvs, d.header.revision > 0)
print(etcd:delete("/nope").deleted, #etcd:delete("/nope").prev_kvs)
print(etcd:delete("", { prefix = true }).deleted, etcd:list().count)
local ok, v, err = p.try(function() return etcd:put("k", "v", { ignore_lease = true, lease = 5 }) end)
print(ok, err.kind, err.code, err.status, err.retryable, err.message)
local custom = ptool.etcd.connect({ address = address .. "/", api_prefix = "/v3/" })
print(custom:put("a", "b").header ~= nil)
local wrong = ptool.etcd.connect({ address = address, api_prefix = "v9" })
ok, v, err = p.try(function() return wrong:get("a") end)
print(ok, err.kind, err.status, err.retryable)
local dead = ptool.etcd.connect({ address = "127.0.0.1:1" })
ok, v, err = p.try(function() return dead:get("a") end)
print(ok, err.kind, err.code, err.retryable, err.op)
`,
    );
    assert.equal(r.stderr, "");
    assert.equal(
        r.stdout,
        `2\tinteger\tstring\tnil
/apps/api/config.json\t8080\t2\t2\t1\t0
nil
nil
true
true\t2
true
2\t/apps/api/version\t/apps/api/config.json\t\t2\tfalse
0\t3\tfalse
2\t5\ttrue\ttrue
1\t1\t1\t5
1\t/apps/api/version\t2
true\ttrue\ttrue
200\ttrue
1
true
3\t3\ttrue
0\t0
3\t0
false\tetcd_error\t3\t400\tfalse\tptool.etcd.Connection:put: etcdserver: lease is provided (code 3)
true
false\tetcd_error\t404\tfalse
false\tio_error\trefused\ttrue\tptool.etcd.Connection:get
`,
    );
});

test("username and password authenticate; permission and token errors are etcd_error", { skip: !hasEtcd }, async () => {
    etcdctl("user", "add", "root:rootpw");
    etcdctl("user", "grant-role", "root", "root");
    etcdctl("user", "add", "alice:alicepw");
    etcdctl("role", "add", "apps");
    etcdctl("role", "grant-permission", "apps", "readwrite", "/a/", "--prefix");
    etcdctl("user", "grant-role", "alice", "apps");
    etcdctl("auth", "enable");
    try {
        const r = await runLua(
            "auth",
            `local c = ptool.etcd.connect({ address = address, username = "alice", password = "alicepw" })
print(c:put("/a/x", "1").header.revision > 0, c:get("/a/x").value)
local ok, v, err = p.try(function() return c:get("/b/x") end)
print(ok, err.kind, err.code, err.status, err.retryable, err.message)
print(c:request({ path = "/kv/range", json = { key = "L2EveA==" } }):json().kvs[1].value)
print(c:request({ path = "/kv/range", json = { key = "L2EveA==" }, headers = { Authorization = "nope" } }).status)
ok, v, err = p.try(function() return ptool.etcd.connect({ address = address, username = "alice", password = "wrong-secret" }) end)
print(ok, err.kind, err.code, err.retryable, err.message:find("wrong-secret", 1, true))
print(err.message)
ok, v, err = p.try(function() return ptool.etcd.connect({ address = address, token = "garbage-token" }):get("/a/x") end)
print(ok, err.kind, err.code, err.retryable, err.message:find("garbage-token", 1, true))
`,
        );
        assert.equal(r.stderr, "");
        assert.equal(
            r.stdout,
            `true\t1
false\tetcd_error\t7\t403\tfalse\tptool.etcd.Connection:get: etcdserver: permission denied (code 7)
MQ==
401
false\tetcd_error\t3\tfalse\tnil
ptool.etcd.connect: etcdserver: authentication failed, invalid user ID or password (code 3)
false\tetcd_error\t16\tfalse\tnil
`,
        );
    } finally {
        etcdctl("--user", "root:rootpw", "auth", "disable");
    }
});
