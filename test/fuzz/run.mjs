#!/usr/bin/env node
// Randomised differential testing: generates programs (test/fuzz/gen.mjs), runs each under
// lua5.4 and `bin/ptool run`, and compares stdout, exit status and the first stderr line
// (the format of scripts/goldens.sh). With --save, each mismatch is minimised (statements
// removed, blocks unwrapped, expressions replaced by sub-expressions or literals while the
// mismatch persists) and saved as test/lua/fuzz/NAME.lua with its golden.
//
// With --batch K, K programs run in one process each (a driver loadfile()s them and reports
// errors through pcall, so without os.exit): much faster, since most of a run is Node's
// start-up; a program whose part of the output differs is then compared on its own.
//
//   node test/fuzz/run.mjs [--n 1000] [--seed 1] [--jobs 2] [--batch 20] [--save] [--max-saves 10] [--quiet]
//   (make fuzz N=1000 SEED=1)
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, existsSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { generate, programText } from "./gen.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ptool = join(root, "bin", "ptool");
const LUA = process.env.LUA ?? "lua5.4";
const MAX_OUTPUT = 1 << 20;

export function haveLua() {
    return spawnSync(LUA, ["-v"], { stdio: "ignore" }).status === 0;
}

function exec(cmd, args, cwd, timeout) {
    return new Promise((resolve) => {
        execFile(cmd, args, { cwd, encoding: "latin1", timeout, maxBuffer: MAX_OUTPUT, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
            if (error && (error.killed || error.signal || error.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER")) {
                resolve({ failed: error.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER" ? "output" : "timeout" });
                return;
            }
            const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
            resolve({ stdout, stderr, status });
        });
    });
}

/** The golden form of a run (scripts/goldens.sh). */
function outputOf({ stdout, stderr, status }, prefix) {
    if (status === 0) return stdout;
    let out = stdout;
    if (out.length > 0 && !out.endsWith("\n")) out += "\n";
    let first = stderr.split("\n")[0];
    if (prefix && first.startsWith(prefix)) first = "ptool: " + first.slice(prefix.length);
    return `${out}--- exit ${status}\n--- stderr: ${first}\n`;
}

/**
 * Runs one program text under both implementations in `dir` (as prog.lua). Returns
 * { skip } when lua5.4 itself times out or prints too much, else { expected, actual }.
 */
export async function compare(text, dir) {
    writeFileSync(join(dir, "prog.lua"), text, "latin1");
    const lua = await exec(LUA, ["prog.lua"], dir, 5000);
    if (lua.failed) return { skip: lua.failed };
    const expected = outputOf(lua, `${LUA}: `);
    const pt = await exec(process.execPath, [ptool, "run", "prog.lua"], dir, 30_000);
    const actual = pt.failed ? `--- ptool ${pt.failed}\n` : outputOf(pt);
    return { expected, actual };
}

const DRIVER = `local n = ...
for i = 1, tonumber(n) do
  print("=== " .. i)
  local f, err = loadfile("p" .. i .. ".lua")
  if not f then print("--- load", err) else
    local ok, e = pcall(f)
    if not ok then print("--- error", type(e) == "string" and e or type(e)) end
  end
end
`;

/** Runs programs together; returns null when the batch cannot be compared (then run them alone), else the indexes that differ. */
export async function compareBatch(texts, dir) {
    texts.forEach((t, i) => writeFileSync(join(dir, `p${i + 1}.lua`), t, "latin1"));
    writeFileSync(join(dir, "batch.lua"), DRIVER);
    const lua = await exec(LUA, ["batch.lua", String(texts.length)], dir, 10_000);
    if (lua.failed || lua.status !== 0) return null;
    const pt = await exec(process.execPath, [ptool, "run", "batch.lua", String(texts.length)], dir, 60_000);
    if (pt.failed) return null;
    if (pt.stdout === lua.stdout && pt.status === 0) return [];
    const split = (out) => out.split(/^=== \d+\n/m).slice(1);
    const e = split(lua.stdout);
    const a = split(pt.stdout);
    const differ = [];
    for (let i = 0; i < texts.length; i++) if (e[i] !== a[i]) differ.push(i);
    return differ;
}

export function firstDifference(expected, actual) {
    const e = expected.split("\n");
    const a = actual.split("\n");
    for (let i = 0; i < Math.max(e.length, a.length); i++) {
        if (e[i] !== a[i]) return { line: i + 1, expected: e[i] ?? "<end>", actual: a[i] ?? "<end>" };
    }
    return null;
}

// ---------------------------------------------------------------------------------------
// Minimisation: mutate the tree in place, keep a change when the mismatch persists.

function blocksOf(tree) {
    const out = [tree];
    const walk = (node) => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === "object")
            for (const p of node.parts) {
                if (Array.isArray(p)) out.push(p);
                walk(p);
            }
    };
    walk(tree);
    return out;
}

function exprsOf(tree) {
    const out = [];
    const walk = (node) => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === "object") {
            if (node.e) out.push(node);
            node.parts.forEach(walk);
        }
    };
    walk(tree);
    return out;
}

async function minimise(tree, dir, log) {
    const cache = new Map();
    let probes = 0;
    const interesting = async () => {
        const text = programText(tree);
        if (cache.has(text)) return cache.get(text);
        probes++;
        const r = await compare(text, dir);
        const yes = !r.skip && r.expected !== r.actual;
        cache.set(text, yes);
        return yes;
    };
    let changed = true;
    for (let pass = 0; changed && pass < 6 && probes < 1500; pass++) {
        changed = false;
        // 1. remove chunks of statements from every block
        for (const block of blocksOf(tree)) {
            for (let size = Math.max(1, block.length >> 1); size >= 1; size = size === 1 ? 0 : Math.max(1, size >> 1)) {
                for (let i = 0; i < block.length;) {
                    const removed = block.splice(i, size);
                    if (removed.length && (await interesting())) {
                        changed = true;
                    } else {
                        block.splice(i, 0, ...removed);
                        i += size;
                    }
                }
            }
        }
        // 2. unwrap statements with blocks (if/loops/do/functions) into their first block
        for (const block of blocksOf(tree)) {
            for (let i = 0; i < block.length; i++) {
                const st = block[i];
                const inner = st.parts?.filter(Array.isArray) ?? [];
                for (const b of inner) {
                    block.splice(i, 1, ...b);
                    if (await interesting()) {
                        changed = true;
                        break;
                    }
                    block.splice(i, b.length, st);
                }
            }
        }
        // 3. replace expressions by one of their sub-expressions, or by a literal
        for (const e of exprsOf(tree)) {
            const saved = e.parts;
            const kids = saved.filter((p) => p && typeof p === "object" && p.e);
            const candidates = [...kids.map((k) => k.parts), ["nil"], ["1"], ['"s"']];
            if (saved.length === 1 && typeof saved[0] === "string" && saved[0].length <= 3) continue;
            for (const c of candidates) {
                e.parts = c;
                if (await interesting()) {
                    changed = true;
                    break;
                }
                e.parts = saved;
            }
        }
    }
    log?.(`minimised with ${probes} probes`);
    return tree;
}

// ---------------------------------------------------------------------------------------

function signature(expected, actual) {
    const d = firstDifference(expected, actual);
    if (!d) return "";
    const norm = (s) =>
        s
            .replace(/^"T\d+"\t/, "")
            .replace(/prog\.lua:\d+:/g, "prog.lua:N:")
            .replace(/\d+/g, "9");
    return `${norm(d.expected)} <> ${norm(d.actual)}`;
}

async function main() {
    const argv = process.argv.slice(2);
    const opt = (name, dflt) => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 ? argv[i + 1] : dflt;
    };
    const n = Number(opt("n", 100));
    const seed0 = Number(opt("seed", 1));
    const jobs = Number(opt("jobs", 2));
    const save = argv.includes("--save");
    const quiet = argv.includes("--quiet");
    const maxSaves = Number(opt("max-saves", 10));
    const logFile = opt("log", undefined);
    if (!haveLua()) {
        console.error(`fuzz: ${LUA} not found`);
        process.exit(2);
    }
    const tmp = mkdtempSync(join(tmpdir(), "ptool-fuzz-"));
    const outDir = join(root, "test", "lua", "fuzz");
    const stats = { run: 0, same: 0, mismatch: 0, skipped: 0, errorExit: 0, saved: 0, batchOnly: 0 };
    const seen = new Set();
    const started = Date.now();
    let next = seed0;
    const end = seed0 + n;
    const say = (s) => {
        if (!quiet) console.log(s);
        if (logFile) appendFileSync(logFile, s + "\n");
    };

    const batch = Number(opt("batch", 1));

    let reported = 0;
    const progress = () => {
        if (stats.run - reported < 1000) return;
        reported = stats.run;
        say(
            `progress: ${stats.run} programs, ${stats.same} identical, ${stats.mismatch} mismatches, ${stats.skipped} skipped; ${((Date.now() - started) / 1000).toFixed(0)} s`,
        );
    };

    async function handle(seed, tree, r, dir) {
        stats.run++;
        progress();
        if (r.skip) {
            stats.skipped++;
            return;
        }
        if (r.expected.includes("\n--- exit ")) stats.errorExit++;
        if (r.expected === r.actual) {
            stats.same++;
            return;
        }
        stats.mismatch++;
        const sig = signature(r.expected, r.actual);
        const d = firstDifference(r.expected, r.actual);
        say(`MISMATCH seed ${seed} line ${d.line}\n  lua5.4: ${d.expected}\n  ptool:  ${d.actual}`);
        if (!save || seen.has(sig) || stats.saved >= maxSaves) return;
        seen.add(sig);
        await minimise(tree, dir, say);
        const text = programText(tree);
        const check = await compare(text, dir);
        if (check.skip || check.expected === check.actual) return;
        mkdirSync(outDir, { recursive: true });
        const file = join(outDir, `s${seed}.lua`);
        if (existsSync(file)) return;
        writeFileSync(file, text, "latin1");
        spawnSync(join(root, "scripts", "goldens.sh"), [file], { stdio: "ignore" });
        stats.saved++;
        const d2 = firstDifference(check.expected, check.actual);
        say(`  saved test/lua/fuzz/s${seed}.lua\n    lua5.4: ${d2.expected}\n    ptool:  ${d2.actual}`);
    }

    async function worker(w) {
        const dir = join(tmp, `w${w}`);
        mkdirSync(dir);
        while (next < end) {
            const seeds = [];
            while (seeds.length < batch && next < end) seeds.push(next++);
            await group(seeds, dir);
        }
    }

    // a batch that cannot be compared (lua5.4 too slow, too much output) is split in halves
    async function group(seeds, dir) {
        if (seeds.length > 1) {
            const trees = seeds.map((seed) => generate(seed, { exit: false }));
            const differ = await compareBatch(trees.map(programText), dir);
            if (differ === null) {
                const half = seeds.length >> 1;
                await group(seeds.slice(0, half), dir);
                await group(seeds.slice(half), dir);
                return;
            }
            stats.run += seeds.length - differ.length;
            stats.same += seeds.length - differ.length;
            progress();
            for (const i of differ) {
                const r = await compare(programText(trees[i]), dir);
                if (!r.skip && r.expected === r.actual) {
                    stats.run++;
                    stats.batchOnly++;
                    say(`BATCH-ONLY MISMATCH seed ${seeds[i]}`);
                } else await handle(seeds[i], trees[i], r, dir);
            }
            return;
        }
        for (const seed of seeds) {
            const tree = generate(seed, { exit: batch === 1 });
            await handle(seed, tree, await compare(programText(tree), dir), dir);
        }
    }
    await Promise.all(Array.from({ length: jobs }, (_, w) => worker(w)));
    rmSync(tmp, { recursive: true, force: true });
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    say(
        `fuzz: seeds ${seed0}..${end - 1}: ${stats.run} programs, ${stats.same} identical, ${stats.mismatch} mismatches, ` +
            `${stats.skipped} skipped (lua5.4 too slow or too much output), ${stats.errorExit} of those run alone ended with an error, ` +
            `${stats.batchOnly} differed only in a batch; ${stats.saved} saved; ${secs} s`,
    );
    process.exitCode = stats.mismatch ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
