// ptool.os with the environment the script inherits (test/lua/ptool/os.lua sets what it reads).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ptool = join(root, "bin", "ptool");

function runLua(source, env) {
    const dir = mkdtempSync(join(tmpdir(), "ptool-os-"));
    try {
        const file = join(dir, "env.lua");
        writeFileSync(file, source);
        return execFileSync(process.execPath, [ptool, "run", file], { env, encoding: "utf8" });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

test("ptool.os sees the inherited environment as UTF-8 bytes, as os.getenv does", () => {
    const env = { PATH: process.env.PATH, PTOOL_INHERITED: "h\u00e9llo w\u00f6rld", PTOOL_EMPTY: "", HOME: "/nowhere" };
    const out = runLua(
        `local v = p.os.getenv("PTOOL_INHERITED")
print(v, #v, os.getenv("PTOOL_INHERITED") == v)
print("[" .. p.os.getenv("PTOOL_EMPTY") .. "]", p.os.getenv("PTOOL_MISSING"))
local e = p.os.env()
print(e.PTOOL_INHERITED == v, e.PTOOL_EMPTY, e.HOME, p.os.homedir())
local names = {}
for k in pairs(e) do names[#names + 1] = k end
print(table.concat(names, ","))
p.os.setenv("PTOOL_INHERITED", "changed")
print(os.getenv("PTOOL_INHERITED"))`,
        env,
    );
    const names = Object.keys(env).sort().join(",");
    assert.equal(out, `h\u00e9llo w\u00f6rld\t13\ttrue\n[]\tnil\ntrue\t\t/nowhere\t/nowhere\n${names}\nchanged\n`);
});

test("ptool.os.username falls back to nothing worse than a string or nil", () => {
    const out = runLua(`local u = p.os.username(); print(u == nil or type(u) == "string")`, { PATH: process.env.PATH });
    assert.equal(out, "true\n");
});

test("ptool.os.exepath is bin/ptool under ptool run, and the program file of a built bundle", () => {
    const script = `print(p.os.exepath(), p.os.pid() == tonumber(os.getenv("PTOOL_NOT_SET") or p.os.pid()))`;
    assert.equal(runLua(script, process.env), `${realpathSync(ptool)}\ttrue\n`);
    const dir = mkdtempSync(join(tmpdir(), "ptool-os-bundle-"));
    try {
        writeFileSync(join(dir, "exe.lua"), script);
        execFileSync(process.execPath, [ptool, "build", "exe.lua", "-o", "prog"], { cwd: dir });
        const out = execFileSync(process.execPath, ["prog"], { cwd: dir, encoding: "utf8" });
        assert.equal(out, `${realpathSync(join(dir, "prog"))}\ttrue\n`);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
