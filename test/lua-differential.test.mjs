// Differential tests: every test/lua/**/NAME.lua runs under `ptool run` and must print what
// lua5.4 printed (NAME.expected, made by scripts/goldens.sh). Scripts listed in
// test/lua/known-failures.txt must fail, so the list only shrinks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const luaDir = join(root, "test", "lua");
const ptool = join(root, "bin", "ptool");

function findScripts(dir) {
    const out = [];
    for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) out.push(...findScripts(p));
        else if (name.endsWith(".lua") && existsSync(p.replace(/\.lua$/, ".expected"))) out.push(p);
    }
    return out;
}

const knownFailures = new Set(
    readFileSync(join(luaDir, "known-failures.txt"), "utf8")
        .split("\n")
        .map((l) => l.replace(/#.*/, "").trim())
        .filter(Boolean),
);

function run(script) {
    return new Promise((resolve) => {
        execFile(
            process.execPath,
            [ptool, "run", basename(script)],
            { cwd: dirname(script), encoding: "latin1", timeout: 60_000, maxBuffer: 64 << 20 },
            (error, stdout, stderr) => {
                const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
                resolve({ stdout, stderr, status });
            },
        );
    });
}

function actualOutput({ stdout, stderr, status }) {
    if (status === 0) return stdout;
    let out = stdout;
    if (out.length > 0 && !out.endsWith("\n")) out += "\n";
    const firstLine = stderr.split("\n")[0];
    return `${out}--- exit ${status}\n--- stderr: ${firstLine}\n`;
}

for (const script of findScripts(luaDir)) {
    const name = relative(luaDir, script);
    test(name, { concurrency: true }, async () => {
        const expected = readFileSync(script.replace(/\.lua$/, ".expected"), "latin1");
        const actual = actualOutput(await run(script));
        if (knownFailures.has(name)) {
            assert.notEqual(actual, expected, `${name} passes now: remove it from test/lua/known-failures.txt`);
        } else {
            assert.equal(actual, expected);
        }
    });
}
