#!/usr/bin/env node
// Benchmarks: each bench/*.lua runs under lua5.4 and under `ptool run`, alternating, several
// times; the median wall-clock times and their ratio (ptool / lua5.4, lower is better) are
// printed as a Markdown table. Two figures: the whole process (ptool's includes starting
// Node, a worker thread and compiling the script), and the workload alone, which each script
// measures with os.clock() and writes to stderr as "compute SECONDS".
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
const names =
    args.length > 0
        ? args
        : readdirSync(join(root, "bench"))
              .filter((f) => f.endsWith(".lua"))
              .map((f) => f.slice(0, -4))
              .sort();

function time(cmd, argv) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: join(root, "bench"), encoding: "latin1", maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed (${r.status}): ${r.stderr}`);
    const m = /compute ([\d.]+)/.exec(r.stderr);
    return { ms, out: r.stdout, compute: m ? Number(m[1]) * 1000 : NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const name of names) {
    const file = `${name}.lua`;
    const a = [],
        b = [],
        ca = [],
        cb = [];
    let outA = "",
        outB = "";
    time(lua, [file]); // warm-up (file cache)
    time(join(root, "bin", "ptool"), ["run", file]);
    for (let i = 0; i < runs; i++) {
        const x = time(lua, [file]);
        const y = time(join(root, "bin", "ptool"), ["run", file]);
        a.push(x.ms);
        b.push(y.ms);
        ca.push(x.compute);
        cb.push(y.compute);
        outA = x.out;
        outB = y.out;
    }
    const same = outA === outB ? "yes" : "NO";
    const ratio = median(b) / median(a);
    const computeRatio = median(cb) / median(ca);
    const fmt = (x) => (Number.isNaN(x) ? "-" : x.toFixed(0));
    rows.push(
        `| ${name} | ${median(a).toFixed(0)} | ${median(b).toFixed(0)} | ${ratio.toFixed(2)} | ${fmt(median(ca))} | ${fmt(median(cb))} | ${Number.isNaN(computeRatio) ? "-" : computeRatio.toFixed(2)} | ${same} |`,
    );
    process.stderr.write(`${name}: lua5.4 ${median(a).toFixed(0)} ms, ptool ${median(b).toFixed(0)} ms, ratio ${ratio.toFixed(2)}\n`);
}
console.log(`Median of ${runs} alternating runs. Process: wall-clock ms of the whole process. Workload: os.clock() ms around the work.\n`);
console.log("| benchmark | lua5.4 process | ptool process | ratio | lua5.4 workload | ptool workload | ratio | same output |");
console.log("|---|---:|---:|---:|---:|---:|---:|---|");
for (const r of rows) console.log(r);
