#!/usr/bin/env node
// ptool.etcd against a plain Node client, in one run against one freshly started etcd:
// N sequential puts then N sequential gets (default 2000) through the Lua API
// (`bin/ptool run bench/etcd/kv.lua`, phases timed from outside by the marks the script
// writes to stderr), and the same requests from a keep-alive http.Agent loop. Prints the
// operations per second of each and the ratio ptool / node (higher is better).
// Usage: node bench/etcd.mjs [N]      (`make bench-etcd`; needs etcd, as the tests do)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { Agent, request } from "node:http";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startEtcd, etcdVersion } from "../test/helpers/etcd.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const n = Number(process.argv[2] ?? process.env.N ?? 2000);
if (!Number.isInteger(n) || n <= 0) throw new Error(`N must be a positive integer, got ${process.argv[2]}`);
const implemented = existsSync(join(root, "runtime", "ptool", "etcd.ts"));

/** The Node baseline: one keep-alive connection, each request awaited before the next. */
async function nodeLoop(endpoint, prefix) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const url = new URL(endpoint);
    const call = (path, body) =>
        new Promise((resolve, reject) => {
            const data = Buffer.from(JSON.stringify(body));
            const req = request(
                {
                    host: url.hostname,
                    port: url.port,
                    path,
                    method: "POST",
                    agent,
                    headers: { "content-type": "application/json", "content-length": data.length },
                },
                (res) => {
                    const chunks = [];
                    res.on("data", (d) => chunks.push(d));
                    res.on("end", () => {
                        if (res.statusCode !== 200) reject(new Error(`${path}: HTTP ${res.statusCode}`));
                        else resolve(JSON.parse(Buffer.concat(chunks).toString()));
                    });
                },
            );
            req.on("error", reject);
            req.end(data);
        });
    const b64 = (s) => Buffer.from(s).toString("base64");
    const value = b64("v".repeat(64));
    await call("/v3/kv/put", { key: b64(`${prefix}warmup`), value });
    const t0 = performance.now();
    for (let i = 1; i <= n; i++) await call("/v3/kv/put", { key: b64(`${prefix}${i}`), value });
    const t1 = performance.now();
    for (let i = 1; i <= n; i++) {
        const r = await call("/v3/kv/range", { key: b64(`${prefix}${i}`) });
        if (r.kvs?.[0]?.value !== value) throw new Error(`wrong value for ${prefix}${i}`);
    }
    const t2 = performance.now();
    agent.destroy();
    return { put: t1 - t0, get: t2 - t1 };
}

/** The Lua side: runs bench/etcd/kv.lua and times the phases between its marks. */
function ptoolLoop(endpoint) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [join(root, "bin", "ptool"), "run", join(root, "bench", "etcd", "kv.lua"), String(n)], {
            env: { ...process.env, ETCD_ENDPOINT: endpoint },
            stdio: ["ignore", "inherit", "pipe"],
        });
        const marks = {};
        let err = "";
        let pending = "";
        child.stderr.on("data", (d) => {
            const now = performance.now();
            err += d;
            pending += d;
            let nl;
            while ((nl = pending.indexOf("\n")) >= 0) {
                const line = pending.slice(0, nl);
                pending = pending.slice(nl + 1);
                const m = /^mark (\w+)$/.exec(line);
                if (m) marks[m[1]] = now;
            }
        });
        child.on("error", reject);
        child.on("close", (status) => {
            if (status !== 0 || marks.get === undefined) return reject(new Error(`bench/etcd/kv.lua failed (${status}):\n${err}`));
            const cpu = /cpu put ([\d.]+) get ([\d.]+)/.exec(err);
            resolve({
                put: marks.put - marks.start,
                get: marks.get - marks.put,
                cpuPut: cpu ? Number(cpu[1]) * 1000 : NaN,
                cpuGet: cpu ? Number(cpu[2]) * 1000 : NaN,
            });
        });
    });
}

const opsPerSecond = (ms) => (n / ms) * 1000;
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(0).padStart(10) : "         -");

const etcd = await startEtcd();
try {
    console.log(`${etcdVersion() ?? "etcd"} on ${etcd.endpoint}; ${n} sequential puts, then ${n} sequential gets`);
    const node = await nodeLoop(etcd.endpoint, "/bench/node/");
    let lua;
    if (implemented) {
        lua = await ptoolLoop(etcd.endpoint);
        const stored = await etcd.list("/bench/key/");
        if (stored.length !== n) throw new Error(`ptool wrote ${stored.length} keys, expected ${n}`);
    }
    console.log("");
    console.log("| client | put ops/s | get ops/s |");
    console.log("| --- | ---: | ---: |");
    console.log(`| node http.Agent (keep-alive) | ${fmt(opsPerSecond(node.put))} | ${fmt(opsPerSecond(node.get))} |`);
    if (lua) {
        console.log(`| ptool.etcd (Lua) | ${fmt(opsPerSecond(lua.put))} | ${fmt(opsPerSecond(lua.get))} |`);
        const ratio = (a, b) => (opsPerSecond(a) / opsPerSecond(b)).toFixed(2).padStart(10);
        console.log(`| ratio ptool / node | ${ratio(lua.put, node.put)} | ${ratio(lua.get, node.get)} |`);
        console.log("");
        console.log(`ptool CPU time (os.clock): put ${lua.cpuPut.toFixed(0)} ms, get ${lua.cpuGet.toFixed(0)} ms`);
    } else {
        console.log("");
        console.log("ptool.etcd is not implemented on this branch (runtime/ptool/etcd.ts is missing): only the Node baseline ran.");
    }
} finally {
    await etcd.stop();
}
