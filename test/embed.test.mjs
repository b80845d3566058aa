// The embedding API (the package's main export) and the esbuild plugin's example project.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const api = await import(join(root, "dist", "api.mjs"));

test("examples/embed builds with the esbuild plugin and runs", () => {
    execFileSync(process.execPath, [join(root, "examples", "embed", "build.mjs")]);
    const out = execFileSync(process.execPath, [join(root, "examples", "embed", "out", "main.mjs")], { encoding: "utf8" });
    assert.equal(out, "lua: task #1, task #2, task #3\njs: 3 parts (integer), TASK\n");
});

test("compile returns an ES module and a source map to the Lua lines", () => {
    const { code, map } = api.compile("local x = 1\n\nprint(x + 1)\n", { chunkName: "t.lua" });
    assert.match(code, /^import \{[^}]*\} from "ptool-ts\/runtime";/);
    assert.match(code, /export default function \(\$ENV\)/);
    const m = JSON.parse(map);
    assert.equal(m.version, 3);
    assert.deepEqual(m.sources, ["t.lua"]);
    assert.ok(m.mappings.length > 0);
    assert.throws(() => api.compile("x = = 1", { chunkName: "bad.lua" }), /bad\.lua:1: unexpected symbol near '='/);
});

test("run and runSource resolve to the exit status", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ptool-embed-test-"));
    const ok = join(dir, "ok.lua");
    writeFileSync(ok, "local a = ...\nassert(a == 'x')\n");
    assert.equal(await api.run(ok, ["x"]), 0);
    assert.equal(await api.runSource("os.exit(7)"), 7);
    assert.equal(await api.runSource("error('no')", { chunkName: "inline.lua" }), 1);
});
