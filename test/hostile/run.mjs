#!/usr/bin/env node
// Hostile input for the compiler: mutated and truncated versions of the test corpus
// (test/lua/**/*.lua), random bytes, and deep nesting, huge literals and long lines. The
// compiler must never throw a JavaScript exception: each input either compiles or gives a
// LuaSyntaxError, and where lua5.4 is installed the verdict and the message must be lua5.4's
// (its `loadfile` on the same bytes). Deep-nesting inputs also run under `bin/ptool run`,
// which must end as lua5.4 ends (status and first stderr line), never with a crash.
//
//   node test/hostile/run.mjs [--n 2000] [--seed 1] [--quiet]   (make hostile N=2000)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { rng } from "../fuzz/gen.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const LUA = process.env.LUA ?? "lua5.4";
export const haveLua = () => spawnSync(LUA, ["-v"], { stdio: "ignore" }).status === 0;

function corpus() {
    const out = [];
    const walk = (dir) => {
        for (const name of readdirSync(dir).sort()) {
            const p = join(dir, name);
            // test/lua/ptool/ uses the `_` digit separators that lua5.4 rejects (an extension)
            if (statSync(p).isDirectory()) {
                if (p !== join(root, "test", "lua", "ptool")) walk(p);
            } else if (name.endsWith(".lua")) out.push(readFileSync(p, "latin1"));
        }
    };
    walk(join(root, "test", "lua"));
    return out;
}

const TOKENS = [
    "end",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "=",
    "==",
    "..",
    "...",
    "[[",
    "]]",
    "--[[",
    "--",
    '"',
    "'",
    "\\",
    "goto",
    "::",
    "local",
    "function",
    "<const>",
    "<close>",
    "0x",
    "1e",
    "\n",
    "\r",
    "return",
    "break",
    ";",
    ",",
    ":",
    "#",
    "~",
    "//",
    "\0",
    "\xff",
    "if",
    "then",
    "else",
    "elseif",
    "for",
    "in",
    "do",
    "while",
    "repeat",
    "until",
    "nil",
    "\\z",
    "\\x",
    "\\u{",
    "[=[",
    "]=]",
    "<",
    ">",
    "<=",
    "0.5e+",
    "9223372036854775808",
    "@",
    "$",
    "`",
    "!",
];

/** A mutated version of `src`: truncated, a range deleted or duplicated, bytes or tokens inserted. */
export function mutate(src, rnd) {
    const int = (n) => Math.floor(rnd() * n);
    let s = src;
    for (let k = 1 + int(3); k > 0; k--) {
        const at = int(s.length + 1);
        switch (int(6)) {
            case 0:
                s = s.slice(0, at);
                break;
            case 1:
                s = s.slice(0, at) + s.slice(at + 1 + int(20));
                break;
            case 2: {
                const len = int(40);
                s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at);
                break;
            }
            case 3:
                s = s.slice(0, at) + String.fromCharCode(int(256)) + s.slice(at + 1);
                break;
            default:
                s = s.slice(0, at) + TOKENS[int(TOKENS.length)] + s.slice(at);
        }
    }
    return s;
}

export function randomBytes(rnd) {
    const n = Math.floor(rnd() * 200);
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(rnd() < 0.7 ? 32 + Math.floor(rnd() * 95) : Math.floor(rnd() * 256));
    return s;
}

/** Inputs that stress the compiler's depth and size: [name, source]. */
export function deepInputs(n = 10_000) {
    const rep = (s, k) => s.repeat(k);
    return [
        ["parentheses", `return ${rep("(", n)}1${rep(")", n)}`],
        ["table constructors", `return ${rep("{", n)}${rep("}", n)}`],
        ["function bodies", `return ${rep("function() return ", n)}1${rep(" end", n)}`],
        ["field chain", `local a = setmetatable({}, {__index = function(t) return t end}) return a${rep(".b", n)}`],
        ["index chain", `local a = setmetatable({}, {__index = function(t) return t end}) print(a${rep("[1]", n)} ~= nil)`],
        ["call chain", `local function f() return f end print(f${rep("()", n)} == f)`],
        ["method chain", `local o = {} function o:m() return self end print(o${rep(":m()", n)} == o)`],
        ["not chain", `print(${rep("not ", n)}true)`],
        ["unary minus chain", `print(${rep("- ", n)}1)`],
        ["concatenation", `print(#(${Array(n).fill('"a"').join(" .. ")}))`],
        ["addition", `print(${Array(n).fill("1").join(" + ")})`],
        ["comparison and logic", `print(${Array(n).fill("1 < 2").join(" and ")})`],
        ["power chain", `print(${Array(n).fill("1").join(" ^ ")})`],
        ["nested blocks", `${rep("do ", n)}${rep("end ", n)}`],
        ["nested ifs", `${rep("if true then ", n)}${rep("end ", n)}`],
        ["nested loops", `${rep("while false do ", n)}${rep("end ", n)}`],
        ["many statements", rep("local x = 1 x = x + 1\n", n)],
        ["many locals", Array.from({ length: 250 }, (_, i) => `local v${i} = ${i}`).join("\n")],
        ["many arguments", `print(select("#", ${Array(240).fill("1").join(", ")}))`], // lua5.4 has a limit of registers near 250, we have none
        [
            "big table constructor",
            `local t = {${Array(n * 10)
                .fill("1")
                .join(", ")}} print(#t)`,
        ],
        ["huge string literal", `local s = "${"x".repeat(10 << 20)}" print(#s)`],
        ["huge long string", `local s = [[${"y".repeat(10 << 20)}]] print(#s)`],
        ["1 MB line", `local t = {${"2, ".repeat(1 << 18)}} print(#t) -- ${"c".repeat(1 << 20)}`],
        ["huge comment", `--[[${"z".repeat(10 << 20)}]] print("after")`],
        ["many lines", "\n".repeat(1 << 20) + "print(debug and 'end')"],
    ];
}

/** lua5.4's verdict on each file: "ok" or its load error message. */
function luaVerdicts(dir, names) {
    const script = `for _, name in ipairs({...}) do
  local f, err = loadfile(name)
  io.write(f and "ok" or err, "\\0")
end`;
    writeFileSync(join(dir, "verdict.lua"), script);
    const out = execFileSync(LUA, ["verdict.lua", ...names], { cwd: dir, encoding: "latin1", maxBuffer: 64 << 20 });
    return out.split("\0").slice(0, -1);
}

/**
 * Compiles each source on this thread. Returns the problems: JS exceptions, and messages or
 * verdicts that differ from lua5.4's (when it is installed).
 */
export async function checkSources(inputs, { compareWithLua = haveLua() } = {}) {
    const { compile, LuaSyntaxError } = await import(join(root, "dist", "api.mjs"));
    // what lua5.4's loadfile reads as text: a first line starting with '#' is skipped (its
    // newline kept), and a file starting with ESC would be a binary chunk
    const sources = inputs.map((s) => (s.startsWith("#") ? s.replace(/^[^\n]*/, "") : s.startsWith("\x1b") ? " " + s : s));
    const problems = [];
    const ours = sources.map((src, i) => {
        try {
            compile(src, { chunkName: `h${i}.lua` });
            return "ok";
        } catch (e) {
            if (e instanceof LuaSyntaxError) return e.luaMessage;
            problems.push(
                `input ${i}: ${e instanceof Error ? e.stack : String(e)}\n--- source (first 300 bytes): ${JSON.stringify(src.slice(0, 300))}`,
            );
            return null;
        }
    });
    if (compareWithLua) {
        const dir = mkdtempSync(join(tmpdir(), "ptool-hostile-"));
        try {
            const names = sources.map((src, i) => {
                writeFileSync(join(dir, `h${i}.lua`), src, "latin1");
                return `h${i}.lua`;
            });
            const theirs = luaVerdicts(dir, names);
            sources.forEach((src, i) => {
                if (ours[i] === null || ours[i] === theirs[i]) return;
                problems.push(
                    `input ${i}: lua5.4: ${theirs[i]}\n         ptool:  ${ours[i]}\n--- source: ${JSON.stringify(src.length > 600 ? src.slice(0, 600) + "..." : src)}`,
                );
            });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
    return problems;
}

/** Mutated corpus files and random bytes, `n` of them from `seed`. */
export function mutatedInputs(n, seed) {
    const files = corpus();
    const rnd = rng(seed);
    const out = [];
    for (let i = 0; i < n; i++) out.push(rnd() < 0.1 ? randomBytes(rnd) : mutate(files[Math.floor(rnd() * files.length)], rnd));
    return out;
}

/** Runs `source` under bin/ptool run and lua5.4; returns a problem or undefined. */
export function runBoth(name, source) {
    const dir = mkdtempSync(join(tmpdir(), "ptool-hostile-run-"));
    try {
        writeFileSync(join(dir, "deep.lua"), source, "latin1");
        const opts = { cwd: dir, encoding: "latin1", timeout: 60_000, maxBuffer: 64 << 20 };
        const pt = spawnSync(process.execPath, [join(root, "bin", "ptool"), "run", "deep.lua"], opts);
        const first = (pt.stderr ?? "").split("\n")[0];
        if (pt.status === null || pt.status > 1 || /internal error|RangeError|TypeError|at .*\.mjs/.test(pt.stderr ?? ""))
            return `${name}: ptool ended with ${pt.status ?? pt.signal}: ${first}`;
        if (!haveLua()) return undefined;
        const lua = spawnSync(LUA, ["deep.lua"], opts);
        const luaFirst = (lua.stderr ?? "").split("\n")[0].replace(/^lua5\.4: /, "ptool: ");
        if (lua.status !== pt.status || luaFirst !== first || lua.stdout !== pt.stdout)
            return `${name}: lua5.4 ${lua.status} ${JSON.stringify(luaFirst)} ${JSON.stringify(lua.stdout.slice(0, 80))}\n  ptool ${pt.status} ${JSON.stringify(first)} ${JSON.stringify(pt.stdout.slice(0, 80))}`;
        return undefined;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

async function main() {
    const argv = process.argv.slice(2);
    const opt = (name, dflt) => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 ? argv[i + 1] : dflt;
    };
    const n = Number(opt("n", 2000));
    const seed = Number(opt("seed", 1));
    const started = Date.now();
    const problems = [];
    for (let start = 0; start < n; start += 500) {
        const inputs = mutatedInputs(Math.min(500, n - start), seed + start);
        problems.push(...(await checkSources(inputs)));
    }
    const deep = deepInputs();
    problems.push(
        ...(
            await checkSources(
                deep.map(([, s]) => s),
                { compareWithLua: false },
            )
        ).map((p) => `deep ${p}`),
    );
    if (!argv.includes("--no-run"))
        for (const [name, src] of deep) {
            const p = runBoth(name, src);
            if (p) problems.push(p);
        }
    for (const p of problems) console.log(p + "\n");
    console.log(
        `hostile: ${n} mutated inputs from seed ${seed} and ${deep.length} deep ones: ${problems.length} problems; ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
