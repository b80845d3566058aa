#!/usr/bin/env node
// Per-request cost of the synchronous I/O bridge (runtime/io/bridge.ts) against a raw
// keep-alive node:http loop, both sequential GETs of a small body from a server in another
// process on 127.0.0.1. Usage: node bench/io-bridge.mjs [N]
import { spawn } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const n = Number(process.argv[2] ?? 5000);

const server = spawn(
    process.execPath,
    [
        "-e",
        `const s = require("node:http").createServer((q, r) => r.end("ok")); s.keepAliveTimeout = 60000;
         s.listen(0, "127.0.0.1", () => console.log(s.address().port));`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
);
const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(Number(String(d)))));
const url = `http://127.0.0.1:${port}/`;

const tmp = mkdtempSync(join(tmpdir(), "ptool-io-bench-"));
try {
    const out = join(tmp, "bridge.mjs");
    await build({
        entryPoints: [join(root, "runtime/io/bridge.ts")],
        bundle: true,
        platform: "node",
        format: "esm",
        outfile: out,
        keepNames: true,
        logLevel: "warning",
    });
    const { requestSync } = await import(pathToFileURL(out).href);

    const agent = new http.Agent({ keepAlive: true });
    const rawOnce = () =>
        new Promise((resolve, reject) => {
            http.get(url, { agent }, (res) => {
                const chunks = [];
                res.on("data", (c) => chunks.push(c));
                res.on("end", () => resolve(Buffer.concat(chunks)));
            }).on("error", reject);
        });
    const req = {
        method: "GET",
        url,
        headers: [],
        body: null,
        timeoutMs: 30000,
        connectTimeoutMs: null,
        followRedirects: true,
        maxRedirects: 10,
    };

    const rawRun = async () => {
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < n; i++) await rawOnce();
        return Number(process.hrtime.bigint() - t0) / 1e3 / n;
    };
    const bridgeRun = () => {
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < n; i++) requestSync(req);
        return Number(process.hrtime.bigint() - t0) / 1e3 / n;
    };
    // warm up both (the bridge's first call starts its worker)
    for (let i = 0; i < 200; i++) await rawOnce();
    for (let i = 0; i < 200; i++) requestSync(req);
    const raw = [],
        bridge = [];
    for (let r = 0; r < 3; r++) {
        raw.push(await rawRun());
        bridge.push(bridgeRun());
    }
    const best = (xs) => Math.min(...xs);
    console.log(`| raw keep-alive node:http loop | ${best(raw).toFixed(1)} µs/request |`);
    console.log(`| requestSync (bridge) | ${best(bridge).toFixed(1)} µs/request |`);
    console.log(`| bridge overhead | ${(best(bridge) - best(raw)).toFixed(1)} µs/request |`);
    agent.destroy();
} finally {
    server.kill();
    rmSync(tmp, { recursive: true, force: true });
}
