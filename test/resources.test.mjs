// Resource behaviour: running out of memory is "not enough memory" (catchable where V8 lets
// the program go on, a clean exit where the heap is full), huge string.rep results are
// "resulting string too large", and SIGINT stops a runaway loop with status 130.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ptool = join(root, "bin", "ptool");
const dir = mkdtempSync(join(tmpdir(), "ptool-resources-test-"));
const file = (name, text) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
};

test("a full heap ends the program with 'not enough memory' and status 1, not a crash dump", () => {
    const script = file("grow.lua", "print('growing')\nlocal t, i = {}, 0\nwhile true do i = i + 1 t[i] = {i, tostring(i)} end\n");
    // a small heap, so that the test is quick and light on a shared machine
    const env = { ...process.env, NODE_OPTIONS: "--max-old-space-size=128" };
    const r = spawnSync(process.execPath, [ptool, "run", script], { encoding: "utf8", env, timeout: 120_000 });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "ptool: not enough memory\n");
});

test("strings past V8's limit are a catchable 'not enough memory'", () => {
    const script = file("double.lua", 'local s = "x"\nprint(pcall(function() while true do s = s .. s end end))\nprint(#s > 1000)\n');
    const r = spawnSync(process.execPath, [ptool, "run", script], { encoding: "utf8", timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "false\tnot enough memory\ntrue\n");
});

test("string.rep with a result over 2^31 - 1 bytes: 'resulting string too large', as lua5.4", () => {
    const script = file(
        "rep.lua",
        [
            'print(pcall(string.rep, "ab", math.maxinteger))',
            'print(pcall(string.rep, "x", 1 << 62, ","))',
            'print(pcall(string.rep, "x", 1 << 31))',
            'print(#string.rep("", math.maxinteger, ""), #string.rep("abc", 0))',
        ].join("\n"),
    );
    const r = spawnSync(process.execPath, [ptool, "run", script], { encoding: "utf8", timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
        r.stdout,
        ["false\tresulting string too large", "false\tresulting string too large", "false\tresulting string too large", "0\t0", ""].join(
            "\n",
        ),
    );
});

test("SIGINT stops a runaway loop: 'interrupted!' and status 130", async () => {
    const script = file("loop.lua", 'print("started")\nio.stdout:flush()\nwhile true do end\n');
    const child = spawn(process.execPath, [ptool, "run", script], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    await new Promise((resolve) => child.stdout.once("data", resolve));
    child.kill("SIGINT");
    const [code, signal] = await new Promise((resolve) => child.on("exit", (c, s) => resolve([c, s])));
    assert.equal(signal, null);
    assert.equal(code, 130);
    assert.equal(stderr, "ptool: interrupted!\n");
});
