// `ptool build`: every example, and scripts that fail or use load(), built into one file,
// copied alone into an empty directory and run with plain `node`, must behave exactly as
// `ptool run` (stdout, stderr, exit status).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ptool = join(root, "bin", "ptool");
const work = mkdtempSync(join(tmpdir(), "ptool-build-test-"));

const extra = {
    "uses-load.lua": 'local f = assert(load("return 6 * 7"))\nprint(f(), select("#", ...), ...)\n',
    "fails.lua": "local function check(cfg)\n  return cfg.port\nend\nprint('before')\ncheck(nil)\n",
    "exits.lua": "io.write('partial')\nos.exit(3)\n",
    "minified.lua": "print(pcall(error, 'x'))\nprint(pcall(string.rep))\nlocal t\nprint(pcall(function() return t.x end))\n",
    "uses-module.lua": "local g = require('lib.greet')\nprint(g.greet('bundle'), package.loaded['lib.greet'] == g)\nprint(pcall(g.fail))\n",
    "lib/greet.lua":
        "local M = {}\nfunction M.greet(n) return 'hello ' .. n end\nfunction M.fail() error('from the module') end\nreturn M\n",
};

function scripts() {
    const list = readdirSync(join(root, "examples"))
        .filter((f) => f.endsWith(".lua"))
        .map((f) => join(root, "examples", f));
    mkdirSync(join(work, "lib"), { recursive: true });
    for (const [name, text] of Object.entries(extra)) {
        const p = join(work, name);
        writeFileSync(p, text);
        if (!name.includes("/")) list.push(p);
    }
    return list;
}

function run(cmd, args, cwd) {
    const r = spawnSync(cmd, args, { cwd, encoding: "latin1", timeout: 60_000 });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

for (const script of scripts()) {
    const name = basename(script);
    test(`build ${name}`, () => {
        const out = join(work, name.replace(/\.lua$/, ""));
        const flags = name === "minified.lua" ? ["--minify"] : [];
        execFileSync(process.execPath, [ptool, "build", name, "-o", out, ...flags], { cwd: dirname(script) });
        assert.ok((statSync(out).mode & 0o111) !== 0, "the bundle is executable");
        assert.ok(readFileSync(out, "latin1").startsWith("#!/usr/bin/env node\n"));
        const alone = mkdtempSync(join(tmpdir(), "ptool-bundle-alone-"));
        copyFileSync(out, join(alone, "prog"));
        const built = run(process.execPath, ["prog", "a1", "a2"], alone);
        const direct = run(process.execPath, [ptool, "run", name, "a1", "a2"], dirname(script));
        rmSync(alone, { recursive: true, force: true });
        assert.equal(built.stdout, direct.stdout);
        assert.equal(built.status, direct.status);
        // the traceback names the same Lua positions; only the first line must be identical
        assert.equal(built.stderr.split("\n")[0], direct.stderr.split("\n")[0]);
        if (name !== "uses-load.lua")
            assert.ok(!readFileSync(out, "latin1").includes("luaparse"), "no compiler in a bundle that does not need it");
    });
}
