// runtime/io/bridge.ts (DESIGN.md §5): requestSync from a child process against servers in
// this process, with the bridge bundled as a plain ES module and as a minified CommonJS file
// (the shapes `ptool run` and `ptool build --minify` give it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync, spawn, spawnSync } from "node:child_process";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "ptool-io-test-"));
let base, tlsBase, silentPort, backlogPort, backlog;
const servers = [];
const hasPython = spawnSync("python3", ["--version"]).status === 0;

// A listening socket that never accepts, with its backlog full: new connections hang in
// the TCP handshake (Linux drops their SYNs).
const BACKLOG_SERVER = `
import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)
port = s.getsockname()[1]
fill = []
for i in range(3):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(("127.0.0.1", port))
    except BlockingIOError: pass
    fill.append(c)
time.sleep(0.2)
print(port, flush=True)
time.sleep(120)
`;

function listen(server) {
    servers.push(server);
    return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)));
}

before(async () => {
    for (const [file, format, minify] of [
        ["bridge.mjs", "esm", false],
        ["bridge.cjs", "cjs", true],
    ]) {
        await build({
            entryPoints: [join(root, "runtime/io/bridge.ts")],
            bundle: true,
            platform: "node",
            format,
            minify,
            keepNames: true,
            outfile: join(work, file),
            logLevel: "warning",
        });
    }
    const app = http.createServer((req, res) => {
        const chunks = [];
        req.on("data", (c) => chunks.push(c));
        req.on("end", () => {
            if (req.url === "/slow") return setTimeout(() => res.end("late"), 2000);
            if (req.url === "/redirect") {
                res.writeHead(302, { location: "/echo" });
                return res.end();
            }
            res.setHeader("set-cookie", ["a=1", "b=2"]);
            res.end(
                JSON.stringify({
                    method: req.method,
                    url: req.url,
                    headers: req.rawHeaders,
                    body: Buffer.concat(chunks).toString("hex"),
                }),
            );
        });
    });
    base = `http://127.0.0.1:${await listen(app)}`;
    // accepts connections and never answers
    silentPort = await listen(net.createServer(() => {}));
    // a self-signed certificate: verification must fail
    execFileSync(
        "openssl",
        [
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            join(work, "key.pem"),
            "-out",
            join(work, "cert.pem"),
        ],
        { stdio: "ignore" },
    );
    const tls = https.createServer({ key: readFileSync(join(work, "key.pem")), cert: readFileSync(join(work, "cert.pem")) }, (q, r) =>
        r.end("secret"),
    );
    tlsBase = `https://127.0.0.1:${await listen(tls)}`;
    if (hasPython) {
        backlog = spawn("python3", ["-c", BACKLOG_SERVER], { stdio: ["ignore", "pipe", "inherit"] });
        backlogPort = await new Promise((resolve) => backlog.stdout.once("data", (d) => resolve(Number(String(d)))));
    }
});

after(() => {
    for (const s of servers) s.close();
    backlog?.kill();
    rmSync(work, { recursive: true, force: true });
});

/** Runs `body` (JS using requestSync and `call(overrides)`) in a child process; resolves to its stdout lines as JSON values. */
function child(bundle, body) {
    const file = join(work, `case-${Math.random().toString(36).slice(2)}.cjs`);
    writeFileSync(
        file,
        `const { requestSync, setIoWorkerSource } = require(${JSON.stringify(join(work, bundle))});
const call = (o) => { try { const r = requestSync({ method: "GET", headers: [], body: null, timeoutMs: 5000, connectTimeoutMs: null, followRedirects: true, maxRedirects: 10, ...o });
  return { status: r.status, url: r.url, headers: r.headers, body: Buffer.from(r.body).toString("latin1") }; } catch (e) { return { code: e.code, message: e.message }; } };
const out = (x) => console.log(JSON.stringify(x));
${body}`,
    );
    return new Promise((resolve, reject) => {
        const t0 = Date.now();
        execFile(process.execPath, [file], { encoding: "latin1", timeout: 20000 }, (err, stdout, stderr) => {
            if (err) return reject(new Error(`${err.message}\n${stderr}`));
            resolve({
                lines: stdout
                    .trim()
                    .split("\n")
                    .filter(Boolean)
                    .map((l) => JSON.parse(l)),
                ms: Date.now() - t0,
            });
        });
    });
}

for (const bundle of ["bridge.mjs", "bridge.cjs"]) {
    test(`${bundle}: a GET keeps every repeated header, and the connection is reused`, async () => {
        const { lines } = await child(
            bundle,
            `out(call({ url: "${base}/a?b=1", headers: [["X-Test", "1"]] })); out(call({ url: "${base}/b" }));`,
        );
        const [first, second] = lines;
        assert.equal(first.status, 200);
        assert.equal(first.url, `${base}/a?b=1`);
        assert.deepEqual(
            first.headers.filter((h) => h[0] === "set-cookie"),
            [
                ["set-cookie", "a=1"],
                ["set-cookie", "b=2"],
            ],
        );
        const echo = JSON.parse(first.body);
        assert.equal(echo.url, "/a?b=1");
        assert.ok(echo.headers.includes("X-Test"));
        assert.equal(second.status, 200);
    });

    test(`${bundle}: binary bodies both ways, redirects followed or not`, async () => {
        const { lines } = await child(
            bundle,
            `const all = new Uint8Array(256).map((_, i) => i);
out(call({ url: "${base}/post", method: "POST", body: all }));
out(call({ url: "${base}/redirect" }));
out(call({ url: "${base}/redirect", followRedirects: false }));
out(call({ url: "${base}/redirect", maxRedirects: 0 }));`,
        );
        const hex = Buffer.from(new Uint8Array(256).map((_, i) => i)).toString("hex");
        assert.equal(JSON.parse(lines[0].body).body, hex);
        assert.equal(lines[1].status, 200);
        assert.equal(lines[1].url, `${base}/echo`);
        assert.equal(lines[2].status, 302);
        assert.equal(lines[3].code, "too_many_redirects");
    });

    test(`${bundle}: failures come back as distinct codes`, async () => {
        const { lines } = await child(
            bundle,
            `out(call({ url: "http://127.0.0.1:1/" }));
out(call({ url: "http://host.invalid/" }));
out(call({ url: "${base}/slow", timeoutMs: 200 }));
out(call({ url: "http://127.0.0.1:${silentPort}/", timeoutMs: 200 }));
out(call({ url: "${tlsBase}/" }));
out(call({ url: "${base}/after" }));`,
        );
        assert.deepEqual(
            lines.map((l) => l.code ?? l.status),
            ["refused", "dns", "timeout", "timeout", "tls", 200],
        );
    });

    test(`${bundle}: a worker that never answers still times out, and is replaced`, async () => {
        const { lines } = await child(
            bundle,
            `setIoWorkerSource("setInterval(() => {}, 1000)");
let t0 = Date.now();
out(call({ url: "${base}/x", timeoutMs: 100 }).code);
out(Date.now() - t0 >= 1000 && Date.now() - t0 < 3000);
setIoWorkerSource(undefined);
out(call({ url: "${base}/x" }).status);`,
        );
        assert.deepEqual(lines, ["timeout", true, 200]);
    });

    test(`${bundle}: connect_timeout applies to opening a connection`, { skip: !hasPython }, async () => {
        const { lines } = await child(
            bundle,
            `let t0 = Date.now();
out(call({ url: "http://127.0.0.1:${backlogPort}/", connectTimeoutMs: 200 }).code);
out(Date.now() - t0 < 2000);`,
        );
        assert.deepEqual(lines, ["connect_timeout", true]);
    });

    test(`${bundle}: the worker does not keep a finished process alive`, async () => {
        const { lines, ms } = await child(bundle, `out(call({ url: "${base}/x" }).status);`);
        assert.deepEqual(lines, [200]);
        assert.ok(ms < 4000, `the process took ${ms} ms to end`);
    });
}
