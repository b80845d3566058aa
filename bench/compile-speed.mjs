#!/usr/bin/env node
// Compile speed: Lua lines per second for a generated 10,000-line script (the compiler alone,
// in process, median of 5 after a warm-up). Usage: node bench/compile-speed.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lines = [];
for (let i = 0; lines.length < 10000; i++) {
    lines.push(
        `do local function f${i}(a, b, ...)`,
        `  local t = {x = a, y = b, n = select("#", ...), "v${i}", ${i}.5}`,
        `  for k = 1, #t do if t[k] ~= nil and k % 2 == 0 then t.x = (t.x or 0) + k else goto skip${i} end ::skip${i}:: end`,
        `  local s = ("%d:%s"):format(${i}, tostring(t.y)) .. string.rep("x", 3)`,
        `  return t.x, s, a and b or nil`,
        `end`,
        `R${i % 50} = f${i}(${i}, "s${i}", 1, 2, 3) end`,
    );
}
const dir = mkdtempSync(join(tmpdir(), "ptool-compile-speed-"));
const file = join(dir, "big.lua");
writeFileSync(file, lines.join("\n") + "\n"); // whole groups: 10,003 lines
const script = `
import { compile } from ${JSON.stringify(join(root, "dist", "api.mjs"))};
import { readFileSync } from "node:fs";
const src = readFileSync(${JSON.stringify(file)}, "latin1");
compile(src, { chunkName: "big.lua" });
const times = [];
for (let i = 0; i < 5; i++) { const t = performance.now(); compile(src, { chunkName: "big.lua" }); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
const ms = times[2];
console.log(JSON.stringify({ lines: 10000, ms: Math.round(ms), linesPerSecond: Math.round(10000 / (ms / 1000)) }));
`;
const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
console.log(`| compile a 10,000-line script | ${out.ms} ms | ${out.linesPerSecond.toLocaleString("en")} lines/s |`);
