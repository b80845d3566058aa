#!/usr/bin/env node
// Benchmarks: each bench/*.lua runs under lua5.4 and under `ptool run`, alternating, several
// times; the median wall-clock times and their ratio (ptool / lua5.4, lower is better) are
// printed as a Markdown table. Whole-process times: ptool's include Node's start-up.
// Usage: node bench/run.mjs [--runs N] [name ...]
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
let runs = 5;
const runsAt = args.indexOf("--runs");
if (runsAt >= 0) {
    runs = Number(args[runsAt + 1]);
    args.splice(runsAt, 2);
}
const lua = process.env.LUA ?? "lua5.4";
const names = args.length > 0 ? args : readdirSync(join(root, "bench")).filter((f) => f.endsWith(".lua")).map((f) => f.slice(0, -4)).sort();

function time(cmd, argv) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: join(root, "bench"), encoding: "latin1", maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed (${r.status}): ${r.stderr}`);
    return { ms, out: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const name of names) {
    const file = `${name}.lua`;
    const a = [], b = [];
    let outA = "", outB = "";
    time(lua, [file]); // warm-up (file cache)
    time(join(root, "bin", "ptool"), ["run", file]);
    for (let i = 0; i < runs; i++) {
        const x = time(lua, [file]);
        const y = time(join(root, "bin", "ptool"), ["run", file]);
        a.push(x.ms);
        b.push(y.ms);
        outA = x.out;
        outB = y.out;
    }
    const same = outA === outB ? "yes" : "NO";
    const ratio = median(b) / median(a);
    rows.push(`| ${name} | ${median(a).toFixed(0)} | ${median(b).toFixed(0)} | ${ratio.toFixed(2)} | ${same} |`);
    process.stderr.write(`${name}: lua5.4 ${median(a).toFixed(0)} ms, ptool ${median(b).toFixed(0)} ms, ratio ${ratio.toFixed(2)}\n`);
}
console.log(`Median of ${runs} alternating runs, wall-clock milliseconds per whole process.\n`);
console.log("| benchmark | lua5.4 ms | ptool ms | ptool / lua5.4 | same output |");
console.log("|---|---:|---:|---:|---|");
for (const r of rows) console.log(r);
