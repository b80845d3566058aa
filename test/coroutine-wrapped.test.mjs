// Every differential test again, with the script's main chunk running inside a coroutine
// (test/helpers/in-coroutine.lua), so that all of it runs through the generator twins that
// coroutines use (docs/architecture.md, "Coroutines"). The output must be the lua5.4 golden
// of the plain script: only an uncaught error differs, by the position that coroutine.wrap
// adds to it (the helper's line), which is removed before comparing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const luaDir = join(root, "test", "lua");
const ptool = join(root, "bin", "ptool");
const driver = join(root, "test", "helpers", "in-coroutine.lua");

// coroutine/ tests yield at top level (different inside a coroutine by design); ptool/ has no goldens
// from lua5.4; args.lua prints arg[0], which is the helper here; tail-calls.lua makes a million
// nested tail calls of other functions, each a generator frame inside a coroutine (it passes,
// in about a minute: docs/architecture.md, "Differences from Lua 5.4").
const DIRS = ["lang", "base", "lib", "errors"];
const SKIP = new Set(["lang/args.lua", "errors/tail-calls.lua"]);

function run(script) {
    return new Promise((resolve) => {
        execFile(
            process.execPath,
            [ptool, "run", driver, basename(script)],
            { cwd: dirname(script), encoding: "latin1", timeout: 60_000, maxBuffer: 64 << 20 },
            (error, stdout, stderr) => resolve({ stdout, stderr, status: error ? (typeof error.code === "number" ? error.code : 1) : 0 }),
        );
    });
}

for (const dir of DIRS) {
    if (!existsSync(join(luaDir, dir))) continue;
    for (const name of readdirSync(join(luaDir, dir)).sort()) {
        const script = join(luaDir, dir, name);
        const golden = script.replace(/\.lua$/, ".expected");
        if (!name.endsWith(".lua") || !existsSync(golden) || SKIP.has(`${dir}/${name}`)) continue;
        test(`in a coroutine: ${dir}/${name}`, { concurrency: true }, async (t) => {
            const { stdout, stderr, status } = await run(script);
            if (stdout.includes("LOAD-FAILED")) {
                t.skip("a syntax error: nothing runs");
                return;
            }
            let actual = stdout;
            if (status !== 0) {
                if (actual.length > 0 && !actual.endsWith("\n")) actual += "\n";
                const first = stderr.split("\n")[0].replace(/^ptool: [^\n]*in-coroutine\.lua:\d+: /, "ptool: ");
                actual += `--- exit ${status}\n--- stderr: ${first}\n`;
            }
            assert.equal(actual, readFileSync(golden, "latin1"));
        });
    }
}
