// A second oracle: TypeScript programs (test/tstl/*.ts) transpiled by TypeScriptToLua to Lua 5.4
// and run under `ptool run` must print what the same TypeScript prints on Node.
//
// At test time, into a temporary folder (nothing generated is kept in the repository):
// - one TypeScriptToLua run over test/tstl/tsconfig.json transpiles every program, with the
//   lualib functions each one uses inlined (luaLibImport "inline");
// - one esbuild run strips the types of every program for Node.
// Then each program runs under both and the outputs must be equal. One more test transpiles a
// program with luaLibImport "require", so that ptool also compiles and requires the whole
// lualib_bundle.lua (2,700 lines). Transpiling the corpus takes a few seconds (one TypeScript
// program, type-checked once), so nothing is cached. Inlining rather than requiring the
// bundle in every program saves about 0.3 s of compilation a program.
//
// When they differ, the failure message also shows what lua5.4 prints for the same Lua (if
// lua5.4 is installed): lua5.4 agreeing with Node means a ptool-ts bug; lua5.4 agreeing with
// ptool means a TypeScriptToLua limitation, to be avoided in the program (with a comment).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import tstl from "typescript-to-lua";
import ts from "typescript";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test", "tstl");
const ptool = join(root, "bin", "ptool");
const programs = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => f.slice(0, -3));

const out = mkdtempSync(join(tmpdir(), "ptool-tstl-"));
const luaDir = join(out, "lua");
const jsDir = join(out, "js");
after(() => rmSync(out, { recursive: true, force: true }));

const transpiled = tstl.transpileProject(join(dir, "tsconfig.json"), { outDir: luaDir, rootDir: dir });
const diagnostics = ts.formatDiagnostics(transpiled.diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => dir,
    getNewLine: () => "\n",
});
await esbuild.build({
    entryPoints: programs.map((p) => join(dir, `${p}.ts`)),
    outdir: jsDir,
    outExtension: { ".js": ".mjs" },
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
});

function run(cmd, args, cwd) {
    return new Promise((resolve) => {
        execFile(cmd, args, { cwd, encoding: "utf8", timeout: 60_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
            const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
            resolve({ stdout, stderr, status });
        });
    });
}

let lua54;
function lua54Output(name, cwd = luaDir) {
    if (lua54 === undefined) {
        try {
            execFileSync("lua5.4", ["-v"], { stdio: "ignore" });
            lua54 = true;
        } catch {
            lua54 = false;
        }
    }
    if (!lua54) return "(lua5.4 is not installed)";
    try {
        return execFileSync("lua5.4", [`${name}.lua`], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
        return `${e.stdout}--- exit ${e.status}\n${e.stderr}`;
    }
}

test("TypeScriptToLua transpiles the corpus without diagnostics", () => {
    assert.ok(programs.length >= 40, `only ${programs.length} programs`);
    assert.equal(diagnostics, "");
});

async function compare(name, cwd) {
    const [node, lua] = await Promise.all([
        run(process.execPath, [join(jsDir, `${name}.mjs`)], jsDir),
        run(process.execPath, [ptool, "run", `${name}.lua`], cwd),
    ]);
    assert.equal(node.status, 0, `node failed: ${node.stderr}`);
    assert.ok(node.stdout.length > 0, "the program prints nothing");
    if (lua.status !== 0 || lua.stdout !== node.stdout) {
        const detail = `ptool exit ${lua.status}: ${lua.stderr}\nlua5.4 prints:\n${lua54Output(name, cwd)}`;
        assert.equal(lua.stdout, node.stdout, detail);
        assert.equal(lua.status, 0, detail);
    }
}

for (const name of programs) {
    test(`tstl/${name}`, () => compare(name, luaDir));
}

test("tstl/async-scheduler with lualib_bundle.lua through require", async () => {
    const name = "async-scheduler";
    const files = {
        [`${name}.ts`]: readFileSync(join(dir, `${name}.ts`), "utf8"),
        "console.d.ts": readFileSync(join(dir, "console.d.ts"), "utf8"),
    };
    const { config } = ts.readConfigFile(join(dir, "tsconfig.json"), ts.sys.readFile);
    const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, dir);
    const result = tstl.transpileVirtualProject(files, { ...options, ...config.tstl, luaLibImport: "require" });
    assert.equal(result.diagnostics.length, 0);
    const requireDir = join(out, "require");
    mkdirSync(requireDir);
    for (const f of result.transpiledFiles) if (f.lua !== undefined) writeFileSync(join(requireDir, f.outPath), f.lua);
    assert.match(readFileSync(join(requireDir, `${name}.lua`), "utf8"), /require\("lualib_bundle"\)/);
    await compare(name, requireDir);
});
