// The ptool version the runtime reports is the package version.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

test("runtime/ptool/core.ts PTOOL_VERSION matches package.json", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const core = readFileSync(join(root, "runtime", "ptool", "core.ts"), "utf8");
    const m = /export const PTOOL_VERSION = "([^"]+)"/.exec(core);
    assert.ok(m, "PTOOL_VERSION not found");
    assert.equal(m[1], version);
});
