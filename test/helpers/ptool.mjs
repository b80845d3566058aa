// Running Lua through `bin/ptool run` for integration tests: the source goes to a temporary
// file, the output comes back as byte strings (latin1, one char per byte, as Lua sees them).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const ptool = join(root, "bin", "ptool");

/**
 * Runs `source` (a byte string: Lua source is bytes) with `args` and extra `env`; resolves to
 * { stdout, stderr, status, ms } without rejecting on a non-zero status. The script runs as
 * `name` in its own temporary directory (so messages say "script.lua:LINE:").
 */
export function runLua(source, { args = [], env = {}, timeout = 60_000, name = "script.lua" } = {}) {
    const dir = mkdtempSync(join(tmpdir(), "ptool-lua-"));
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(source, "latin1"));
    const started = Date.now();
    return new Promise((resolve) => {
        execFile(
            process.execPath,
            [ptool, "run", name, ...args],
            { cwd: dir, env: { ...process.env, ...env }, encoding: "latin1", timeout, maxBuffer: 64 << 20 },
            (error, stdout, stderr) => {
                rmSync(dir, { recursive: true, force: true });
                const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
                resolve({ stdout, stderr, status, ms: Date.now() - started });
            },
        );
    });
}
