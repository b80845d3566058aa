// Checks of the repository's structure: the ABI between compiler and runtime, and the
// paths that docs/architecture.md names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (p) => readFileSync(join(root, p), "utf8");

const abiNames = [...read("runtime/abi-names.ts").matchAll(/"(\$\w+)"/g)].map((m) => m[1]);

test("runtime/abi.ts implements every ABI name", () => {
    const abi = read("runtime/abi.ts");
    for (const name of abiNames) assert.match(abi, new RegExp(`\\${name}:`), `${name} missing in runtime/abi.ts`);
});

test("generated code uses only ABI names and its own locals", () => {
    // $t1 temporaries, $v/$b field scratch, $L1/$G1/$S1/$B1/$T1 labels, $K1 constants,
    // $va varargs, $ENV, $main, $e catch bindings, $L12 anonymous function names
    const own = /^\$(t\d+|v|b|r|g|[LGSBT]\d+[efi]?|K\d+|va|ENV|main|e)$/;
    const dir = join(root, "test", "lua", "lang");
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".lua"))) {
        let code;
        try {
            code = execFileSync(process.execPath, [join(root, "bin", "ptool"), "compile", f], {
                cwd: dir,
                encoding: "latin1",
                stdio: ["ignore", "pipe", "ignore"],
            });
        } catch {
            continue; // scripts that test syntax errors
        }
        const body = code.slice(code.indexOf("\n"));
        const strippedStrings = body.replace(/"(?:[^"\\]|\\.)*"/g, '""');
        for (const m of strippedStrings.matchAll(/(?<![\w$])\$\w+/g)) {
            const name = m[0];
            assert.ok(abiNames.includes(name) || own.test(name), `${f}: generated code uses ${name}`);
        }
    }
});

test("every path named in docs/architecture.md exists", () => {
    const doc = read("docs/architecture.md");
    const paths = [...doc.matchAll(/`((?:bin|cli|compiler|runtime|test|bench|docs|scripts|examples)\/[\w./-]*)`/g)]
        .map((m) => m[1])
        .filter((p) => /\.\w+$|\/$/.test(p) || p === "bin/ptool");
    assert.ok(paths.length > 10);
    for (const p of paths) assert.ok(existsSync(join(root, p)), `${p} does not exist`);
});
