// The etcd test harness itself (test/helpers/etcd.mjs): it must start a real etcd, plain and
// with auth, give etcdctl access that is byte-exact, and clean up. No skipping: without etcd
// these tests fail (make test installs it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { startEtcd } from "./helpers/etcd.mjs";

const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

test("plain etcd: starts healthy on 127.0.0.1, etcdctl is a byte-exact witness, stop cleans up", async () => {
    const etcd = await startEtcd();
    try {
        assert.match(etcd.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
        const key = Buffer.concat([Buffer.from("/harness/"), allBytes.subarray(1)]);
        await etcd.put(key, allBytes);
        await etcd.put("/harness/nl", "a\n\n");
        const { entry, header } = await etcd.getEntry(key);
        assert.ok(entry.key.equals(key));
        assert.ok(entry.value.equals(allBytes));
        assert.equal(entry.version, 1);
        assert.match(header.cluster_id, /^\d+$/);
        assert.equal((await etcd.getValue("/harness/nl")).toString(), "a\n\n");
        assert.equal(await etcd.getValue("/harness/missing"), null);
        assert.deepEqual(
            (await etcd.list("/harness/")).map((e) => e.key.subarray(9, 11).toString("latin1")),
            ["\x01\x02", "nl"],
        );
        const lease = await etcd.grantLease(60);
        await etcd.put("/harness/leased", "x", { lease });
        assert.equal((await etcd.getEntry("/harness/leased")).entry.lease, lease);
        assert.equal(await etcd.revision(), 4);
        await etcd.clear();
        assert.deepEqual(await etcd.list(""), []);
    } finally {
        await etcd.stop();
    }
    assert.equal(existsSync(etcd.dataDir), false);
    await assert.rejects(fetch(`${etcd.endpoint}/health`));
});

test("auth etcd: root may do anything, limited only under /limited/, anonymous nothing", async () => {
    const etcd = await startEtcd({ auth: true });
    try {
        const { root, limited } = etcd.users;
        await etcd.put("/limited/a", "1");
        await etcd.put("/other", "2");
        assert.equal((await etcd.getValue("/other")).toString(), "2");
        const ok = await etcd.ctl(["get", "--print-value-only"], { keyArg: "/limited/a", user: limited });
        assert.equal(ok.stdout.toString(), "1\n");
        const denied = await etcd.ctl(["get"], { keyArg: "/other", user: limited, allowFailure: true });
        assert.notEqual(denied.status, 0);
        assert.match(denied.stderr, /permission denied/);
        const anonymous = await etcd.ctl(["get"], { keyArg: "/other", user: null, allowFailure: true });
        assert.notEqual(anonymous.status, 0);
        assert.match(await etcd.authenticate("root", root.password), /\S/);
        await assert.rejects(etcd.authenticate("root", "wrong"));
    } finally {
        await etcd.stop();
    }
    assert.equal(existsSync(etcd.dataDir), false);
});
