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

test("--sourcemap: each chunk carries a map from its JavaScript lines to the Lua lines", () => {
    const src = join(work, "mapped.lua");
    const lua = ["local function f(x)", '  local tag = "marker-2"', "  return tag .. x", "end", "", 'print(f("marker-6"))'];
    writeFileSync(src, lua.join("\n") + "\n");
    const out = join(work, "mapped.js");
    execFileSync(process.execPath, [ptool, "build", src, "-o", out, "--sourcemap=inline"], { cwd: work });
    const run = spawnSync(process.execPath, ["--enable-source-maps", out], { encoding: "utf8" });
    assert.equal(run.stdout, "marker-2marker-6\n");
    // the chunk is the first argument of runBundle: an object literal {code, lines, ..., map}
    const bundle = readFileSync(out, "utf8");
    const at = bundle.indexOf("{", bundle.indexOf(".runBundle("));
    assert.ok(at >= 0, "chunk not found in the bundle");
    let end = at,
        depth = 0,
        quote = "";
    for (; end < bundle.length; end++) {
        const c = bundle[end];
        if (quote) {
            if (c === "\\") end++;
            else if (c === quote) quote = "";
        } else if (c === '"' || c === "'" || c === "`") quote = c;
        else if (c === "{") depth++;
        else if (c === "}" && --depth === 0) break;
    }
    const chunk = new Function(`return ${bundle.slice(at, end + 1)}`)();
    const map = JSON.parse(chunk.map);
    assert.deepEqual(map.sources, [src]);
    assert.equal(map.sourcesContent[0], lua.join("\n") + "\n");
    // decode the line of each mapping (one segment per line, column 0)
    const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const values = (seg) => {
        const out = [];
        let v = 0,
            shift = 0;
        for (const c of seg) {
            const d = B64.indexOf(c);
            v += (d & 31) << shift;
            if (d & 32) shift += 5;
            else {
                out.push(v & 1 ? -(v >> 1) : v >> 1);
                v = 0;
                shift = 0;
            }
        }
        return out;
    };
    let luaLine = 0;
    const mapped = map.mappings.split(";").map((seg) => (seg === "" ? 0 : (luaLine += values(seg)[2]) + 1));
    const jsLines = chunk.code.split("\n");
    for (const [marker, line] of [
        ["marker-2", 2],
        ["marker-6", 6],
    ]) {
        const js = jsLines.findIndex((l) => l.includes(marker));
        assert.equal(mapped[js], line, `${marker} maps to Lua line ${line}`);
    }
});
