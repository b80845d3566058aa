// examples/etcd/: the seed's examples and the three scripts, run against a real etcd (the
// seed's examples name 127.0.0.1:2379, which the test replaces by its own etcd's address;
// the others read $ETCD_ENDPOINT). test/build.test.mjs builds examples/*.lua only, so these
// scripts, which need an etcd, are not part of it.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEtcd } from "./helpers/etcd.mjs";
import { runLua, root } from "./helpers/ptool.mjs";

const dir = join(root, "examples", "etcd");
const source = (name) => readFileSync(join(dir, name), "latin1");

async function ok(r) {
    if (r.status !== 0) assert.fail(`exit ${r.status}\n${r.stderr}\n--- stdout:\n${r.stdout}`);
    return r.stdout;
}

test("every examples/etcd script passes ptool check", () => {
    const names = readdirSync(dir).filter((f) => f.endsWith(".lua"));
    assert.ok(names.length >= 8);
    execFileSync(process.execPath, [join(root, "bin", "ptool"), "check", ...names], { cwd: dir });
});

describe("examples/etcd", () => {
    let etcd;
    let auth;
    before(async () => {
        [etcd, auth] = await Promise.all([startEtcd(), startEtcd({ auth: true })]);
    });
    after(async () => {
        await Promise.all([etcd?.stop(), auth?.stop()]);
    });
    /** A seed example pointed at `server` instead of 127.0.0.1:2379. */
    const seed = (name, server, env = {}) => {
        const text = source(name);
        assert.ok(text.includes('"127.0.0.1:2379"'), `${name} names 127.0.0.1:2379`);
        return runLua(text.replaceAll('"127.0.0.1:2379"', JSON.stringify(server.address)), { env, name });
    };
    const script = (name, args = [], server = etcd) => runLua(source(name), { args, env: { ETCD_ENDPOINT: server.endpoint }, name });

    test("connect.lua authenticates as root with $ETCD_PASSWORD", async () => {
        assert.equal(await ok(await seed("connect.lua", auth, { ETCD_PASSWORD: auth.users.root.password })), "");
        const wrong = await seed("connect.lua", auth, { ETCD_PASSWORD: "not-the-password" });
        assert.equal(wrong.status, 1);
        assert.match(wrong.stderr, /ptool\.etcd\.connect/);
        assert.ok(!wrong.stderr.includes("not-the-password"));
    });

    test("get.lua prints the config's mod_revision and port", async () => {
        assert.equal(await ok(await seed("get.lua", etcd)), "");
        await etcd.put("/apps/api/config.json", '{"port": 8080}');
        const { entry } = await etcd.getEntry("/apps/api/config.json");
        assert.equal(await ok(await seed("get.lua", etcd)), `${entry.mod_revision}\t8080\n`);
    });

    test("put.lua prints the previous value from the second run on", async () => {
        assert.equal(await ok(await seed("put.lua", etcd)), "");
        assert.equal((await etcd.getValue("/apps/api/version")).toString(), "v2\n");
        assert.equal(await ok(await seed("put.lua", etcd)), "v2\n\n");
    });

    test("list.lua prints the keys under /apps/api/", async () => {
        await etcd.put("/apps/api/a", "1");
        await etcd.put("/apps/apiary", "not under the prefix");
        assert.equal(await ok(await seed("list.lua", etcd)), "/apps/api/a\n/apps/api/config.json\n/apps/api/version\n");
    });

    test("txn.lua runs an empty transaction", async () => {
        const out = JSON.parse(await ok(await seed("txn.lua", etcd)));
        assert.equal(out.succeeded, true);
    });

    test("config-sync.lua mirrors a directory and is idempotent", async () => {
        const files = mkdtempSync(join(tmpdir(), "ptool-config-sync-"));
        try {
            mkdirSync(join(files, "sub dir"));
            writeFileSync(join(files, "app.json"), '{"port": 8080}\n');
            writeFileSync(join(files, "sub dir", "it's.txt"), "quoted name\n");
            writeFileSync(join(files, "blob.bin"), Buffer.from([0, 255, 10, 13, 0]));
            await etcd.put("/sync/stale", "no file for this");
            await etcd.put("/synced", "outside the prefix");
            const first = await ok(await script("config-sync.lua", [files, "/sync"]));
            assert.equal(
                first,
                "created\t/sync/app.json\ncreated\t/sync/blob.bin\ncreated\t/sync/sub dir/it's.txt\ndeleted\t/sync/stale\n" +
                    "created=3 updated=0 unchanged=0 deleted=1\n",
            );
            const before = await etcd.list("/sync/");
            assert.deepEqual(
                before.map((e) => [e.key.toString(), e.value.toString("hex")]),
                [
                    ["/sync/app.json", Buffer.from('{"port": 8080}\n').toString("hex")],
                    ["/sync/blob.bin", "00ff0a0d00"],
                    ["/sync/sub dir/it's.txt", Buffer.from("quoted name\n").toString("hex")],
                ],
            );
            const second = await ok(await script("config-sync.lua", [files, "/sync/"]));
            assert.equal(second, "created=0 updated=0 unchanged=3 deleted=0\n");
            assert.deepEqual(
                (await etcd.list("/sync/")).map((e) => e.mod_revision),
                before.map((e) => e.mod_revision),
            );
            writeFileSync(join(files, "app.json"), '{"port": 9090}\n');
            unlinkSync(join(files, "blob.bin"));
            const third = await ok(await script("config-sync.lua", [files, "/sync"]));
            assert.equal(third, "updated\t/sync/app.json\ndeleted\t/sync/blob.bin\ncreated=0 updated=1 unchanged=1 deleted=1\n");
            assert.equal((await etcd.getValue("/synced")).toString(), "outside the prefix");
        } finally {
            rmSync(files, { recursive: true, force: true });
        }
    });

    test("register-service.lua keeps its lease alive, then revokes it", async () => {
        const out = await ok(await script("register-service.lua", ["api", "10.0.0.7:8080", "3", "2"]));
        const m =
            /^registered\t\/services\/api\/(\d+)\tttl 3\nkeepalive\t1\tttl 3\nkeepalive\t2\tttl 3\nrevoked\t\/services\/api\/\d+\tgone\n$/.exec(
                out,
            );
        assert.ok(m, out);
        assert.equal(await etcd.getValue(`/services/api/${m[1]}`), null);
        const usage = await script("register-service.lua");
        assert.equal(usage.status, 2);
    });

    test("flags-dump.lua prints the flags as JSON", async () => {
        await etcd.put("/flags/dark_mode", "true");
        await etcd.put("/flags/beta", "false");
        await etcd.put("/flags/max_items", "25");
        await etcd.put("/flags/ratio", "0.5");
        await etcd.put("/flags/banner", Buffer.from("Hello, w\u00f6rld", "utf8"));
        await etcd.put("/flags/rules", '{"countries": ["fr", "de"]}');
        await etcd.put("/flags/raw", Buffer.from([0xff, 0xfe]));
        const r = await script("flags-dump.lua");
        const out = await ok(r);
        assert.equal(r.stderr, "skipping /flags/raw: not UTF-8 text\n");
        const revision = await etcd.revision();
        assert.deepEqual(JSON.parse(Buffer.from(out, "latin1").toString("utf8")), {
            prefix: "/flags/",
            revision,
            count: 7,
            flags: {
                banner: "Hello, w\u00f6rld",
                beta: false,
                dark_mode: true,
                max_items: 25,
                ratio: 0.5,
                rules: { countries: ["fr", "de"] },
            },
        });
        assert.match(out, /^\{\n  "prefix": "\/flags\/",\n  "revision": \d+,\n  "count": 7,\n  "flags": \{\n    "banner"/);
        const empty = JSON.parse(await ok(await script("flags-dump.lua", ["/no-flags/"])));
        assert.deepEqual(empty.flags, {});
    });
});
