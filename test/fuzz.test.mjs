// A fixed, seeded batch of random programs (test/fuzz/gen.mjs) must print under `ptool run`
// exactly what lua5.4 prints. Skipped where lua5.4 is not installed; the mismatches found
// by `make fuzz` are checked in as ordinary differential tests under test/lua/fuzz/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, programText } from "./fuzz/gen.mjs";
import { compare, compareBatch, firstDifference, haveLua } from "./fuzz/run.mjs";

const FIRST_SEED = 1;
const COUNT = Number(process.env.PTOOL_FUZZ_COUNT ?? 200);
const ALONE = 40; // the first programs run one per process (exit status, uncaught errors, os.exit)
const BATCH = 20; // the others in batches (run.mjs --batch): most of a run is Node's start-up
const WORKERS = 2;

test(`${COUNT} random programs print what lua5.4 prints`, { skip: !haveLua() && "lua5.4 is not installed" }, async () => {
    const tmp = mkdtempSync(join(tmpdir(), "ptool-fuzz-test-"));
    const failures = [];
    let next = FIRST_SEED;
    let compared = 0;
    const worker = async (w) => {
        const dir = join(tmp, `w${w}`);
        mkdirSync(dir);
        while (next < FIRST_SEED + COUNT) {
            const seeds = [next++];
            if (next > FIRST_SEED + ALONE) while (seeds.length < BATCH && next < FIRST_SEED + COUNT) seeds.push(next++);
            let alone = seeds;
            if (seeds.length > 1) {
                const differ = await compareBatch(
                    seeds.map((seed) => programText(generate(seed, { exit: false }))),
                    dir,
                );
                alone = differ === null ? seeds : differ.map((i) => seeds[i]);
                if (differ !== null) compared += seeds.length - differ.length;
            }
            for (const seed of alone) {
                const r = await compare(programText(generate(seed, { exit: seeds.length === 1 })), dir);
                if (r.skip) continue;
                compared++;
                if (r.expected !== r.actual) {
                    const d = firstDifference(r.expected, r.actual);
                    failures.push(`seed ${seed}, output line ${d.line}:\n  lua5.4: ${d.expected}\n  ptool:  ${d.actual}`);
                }
            }
        }
    };
    try {
        await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }
    assert.ok(compared > COUNT * 0.9, `only ${compared} of ${COUNT} programs were compared`);
    assert.deepEqual(failures, [], `reproduce with: node test/fuzz/run.mjs --seed SEED --n 1\n${failures.join("\n")}`);
});
