// The command line: exit statuses, one-line errors for bad usage, check and compile.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ptool = join(root, "bin", "ptool");
const dir = mkdtempSync(join(tmpdir(), "ptool-cli-test-"));
const file = (name, text) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
};
const run = (...args) => spawnSync(process.execPath, [ptool, ...args], { cwd: dir, encoding: "utf8" });

test("--version and --help", () => {
    assert.match(run("--version").stdout, /^ptool-ts \d+\.\d+\.\d+/);
    const help = run("--help");
    assert.equal(help.status, 0);
    assert.match(help.stdout, /ptool run FILE\.lua/);
});

test("help for each command", () => {
    for (const cmd of ["run", "compile", "build", "check"]) {
        const r = run("help", cmd);
        assert.equal(r.status, 0);
        assert.match(r.stdout, new RegExp(`^usage: ptool ${cmd} `));
    }
    assert.equal(run("help", "nope").status, 2);
});

test("a missing script and an unknown option: one line, status 2", () => {
    const missing = run("run", "nope.lua");
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, "ptool: cannot open nope.lua\n");
    const unknown = run("--bogus");
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^ptool: unknown option '--bogus'\n/);
});

test("check: clean files pass, errors give status 1 with lua5.4's message", () => {
    const good = file("good.lua", "local x = 1\nprint(x)\n");
    const bad = file("bad.lua", "local x <const> = 1\nx = 2\n");
    assert.equal(run("check", good).status, 0);
    const r = run("check", good, bad);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.lua:2: error: attempt to assign to const variable 'x'/);
    const json = run("check", "--format", "json", bad);
    assert.equal(json.status, 1);
    assert.deepEqual(
        JSON.parse(json.stdout).map((d) => [d.line, d.severity, d.message]),
        [[2, "error", "attempt to assign to const variable 'x'"]],
    );
});

test("compile prints JavaScript that imports only the helpers it uses", () => {
    const r = run("compile", file("c.lua", "print(1 + 2)\n"));
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^import \{ [^}]*\$add[^}]* \} from "ptool-ts\/runtime";/);
    assert.doesNotMatch(r.stdout.split("\n")[0], /\$concat/);
});

test("syntax errors in run: status 1, message and code frame", () => {
    file("s.lua", "local a = 1\na = = 2\n");
    const r = run("run", "s.lua");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^ptool: s\.lua:2: unexpected symbol near '='\n/);
    assert.match(r.stderr, /> 2 \| a = = 2/);
});

test("check: unknown ptool API names are warnings with a suggestion; the script's own fields are not", () => {
    const f = file(
        "api-typos.lua",
        [
            'local v = ptool.json.parze("{}")', // typo in a function name
            "print(p.jsno, p.version())", // typo in a module name, through the alias
            "function p.mine() return ptool.mine end", // defined by the script (p is ptool)
            "ptool.extra = {}; print(ptool.extra.x)",
            "local ptool = {}; print(ptool.whatever)", // a local, not the API
            "print(ptool)",
        ].join("\n") + "\n",
    );
    const r = run("check", f);
    assert.equal(r.status, 0, "warnings alone do not fail");
    assert.match(r.stderr, /api-typos\.lua:1: warning: ptool\.json\.parze does not exist in the ptool API \(did you mean 'parse'\?\)/);
    assert.match(r.stderr, /api-typos\.lua:2: warning: p\.jsno does not exist in the ptool API \(did you mean 'json'\?\)/);
    const warnings = r.stderr.split("\n").filter((l) => l.includes("warning:"));
    assert.equal(warnings.length, 2, warnings.join("\n"));
    assert.match(r.stderr, /1 file checked, 2 warnings/);
    const json = JSON.parse(run("check", "--format", "json", f).stdout);
    assert.deepEqual(
        json.map((d) => [d.line, d.column, d.severity]),
        [
            [1, 22, "warning"],
            [2, 9, "warning"],
        ],
    );
});
