// Hostile input (test/hostile/run.mjs; `make hostile` runs more): the compiler never throws a
// JavaScript exception, gives lua5.4's verdict and message on mutated corpus files and random
// bytes (where lua5.4 is installed), and deeply nested or huge programs compile on this thread
// or fail cleanly, and run under `bin/ptool run` as they run under lua5.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSources, deepInputs, mutatedInputs, runBoth } from "./hostile/run.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

test("mutated and truncated corpus files, random bytes: a syntax error or a chunk, as lua5.4 says", async () => {
    const problems = await checkSources(mutatedInputs(600, 1));
    assert.deepEqual(problems, []);
});

test("10,000 levels of nesting, huge literals, 1 MB lines: no JS exception on the main thread", async () => {
    const problems = await checkSources(
        deepInputs().map(([, s]) => s),
        { compareWithLua: false },
    );
    assert.deepEqual(problems, []);
});

// a few of each kind (make hostile runs them all): each run costs two processes
const RUN = [
    "parentheses",
    "function bodies",
    "field chain",
    "call chain",
    "concatenation",
    "addition",
    "nested ifs",
    "huge string literal",
    "1 MB line",
];

test("deep and huge programs run under ptool run as under lua5.4", () => {
    const problems = [];
    for (const [name, src] of deepInputs().filter(([name]) => RUN.includes(name))) {
        const p = runBoth(name, src);
        if (p) problems.push(p);
    }
    assert.deepEqual(problems, []);
});

test("ptool compile and check handle 10,000-term chains (the compiler runs on the worker's stack)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ptool-hostile-cli-"));
    try {
        const file = join(dir, "chain.lua");
        writeFileSync(file, `local a = {} return a${".b".repeat(10_000)}, ${Array(10_000).fill("1").join(" + ")}\n`);
        for (const cmd of ["check", "compile"]) {
            const r = spawnSync(process.execPath, [join(root, "bin", "ptool"), cmd, file], { encoding: "utf8", maxBuffer: 64 << 20 });
            assert.equal(r.status, 0, `${cmd}: ${r.stderr.split("\n")[0]}`);
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
