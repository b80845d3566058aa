// A real etcd for integration tests: startEtcd() runs one on 127.0.0.1 with free ports and a
// fresh data directory, waits until it is healthy and returns a handle whose etcdctl helpers
// are an independent witness of what the code under test did. stop() ends it and removes the
// directory; a process exit handler does the same for servers a failing test left running,
// and a watchdog shell (reading a pipe from this process) kills etcd and removes the directory
// if this process dies without either (a signal, a runner's timeout).
//
// `etcd` and `etcdctl` are found on PATH (or $ETCD_BIN, $ETCDCTL_BIN). When they are missing
// or etcd cannot start, startEtcd() throws: the tests fail, they are never skipped.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";

const ETCD = process.env.ETCD_BIN || "etcd";
const ETCDCTL = process.env.ETCDCTL_BIN || "etcdctl";

/** Every server still running, killed synchronously if the test process exits first. */
const running = new Set();
process.on("exit", () => {
    for (const s of running) s.killNow();
});

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const srv = createServer();
        srv.on("error", reject);
        srv.listen(0, "127.0.0.1", () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function healthy(endpoint) {
    try {
        const res = await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(1000) });
        const body = await res.json();
        return body.health === "true";
    } catch {
        return false;
    }
}

/** JSON with integers too large for a double kept as decimal strings (ids, leases). */
export function parseJsonExact(text) {
    return JSON.parse(text.replace(/([:\[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '$1"$2"'));
}

const b64 = (s) => Buffer.from(s ?? "", "base64");
/** A key or value given as a JS string is a byte string (char codes 0..255), as in Lua. */
export const bytes = (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v, "latin1"));

/** An etcdctl KV entry (-w json) with keys and values as Buffers and integers as numbers (lease as a string). */
function entryOf(kv) {
    return {
        key: b64(kv.key),
        value: b64(kv.value),
        create_revision: Number(kv.create_revision ?? 0),
        mod_revision: Number(kv.mod_revision ?? 0),
        version: Number(kv.version ?? 0),
        lease: String(kv.lease ?? "0"),
    };
}

function headerOf(h) {
    return {
        cluster_id: String(h.cluster_id),
        member_id: String(h.member_id),
        revision: Number(h.revision),
        raft_term: String(h.raft_term),
    };
}

class EtcdServer {
    constructor(child, opts) {
        this.child = child;
        this.clientPort = opts.clientPort;
        this.peerPort = opts.peerPort;
        this.dataDir = opts.dataDir;
        this.address = `127.0.0.1:${opts.clientPort}`;
        this.endpoint = `http://${this.address}`;
        this.auth = false;
        this.users = {};
        this.log = opts.log;
        this.exited = new Promise((resolve) => child.once("exit", resolve));
    }

    /** The user etcdctl acts as: root when auth is enabled. */
    get witnessUser() {
        return this.auth ? this.users.root : undefined;
    }

    /**
     * Runs etcdctl against this server. `keyArg` (a byte string or Buffer, no NUL) is appended
     * as the last argument after `--`, passed through the shell so that any byte survives;
     * `input` goes to stdin. Rejects on a non-zero status unless `allowFailure`.
     */
    ctl(args, { input, keyArg, user = this.witnessUser, allowFailure = false } = {}) {
        const argv = [`--endpoints=${this.endpoint}`, "--dial-timeout=5s", "--command-timeout=10s"];
        if (user) argv.push(`--user=${user.name}:${user.password}`);
        argv.push(...args);
        let cmd = ETCDCTL;
        let cmdArgs = argv;
        const env = { ...process.env, ETCDCTL_API: "3" };
        if (keyArg !== undefined) {
            const k = bytes(keyArg);
            if (k.includes(0)) throw new Error("etcdctl cannot take a key with a NUL byte as an argument");
            // printf's octal escapes make every byte; the trailing x keeps trailing newlines
            env.PTOOL_TEST_KEY = [...k].map((b) => "\\" + b.toString(8).padStart(3, "0")).join("");
            cmd = "/bin/sh";
            cmdArgs = ["-c", 'k=$(printf "$PTOOL_TEST_KEY"; printf x); k=${k%x}; exec "$0" "$@" -- "$k"', ETCDCTL, ...argv];
        }
        return new Promise((resolve, reject) => {
            const child = spawn(cmd, cmdArgs, { env, stdio: ["pipe", "pipe", "pipe"] });
            const out = [];
            let err = "";
            child.stdout.on("data", (d) => out.push(d));
            child.stderr.on("data", (d) => (err += d));
            child.on("error", (e) =>
                reject(e.code === "ENOENT" ? new Error(`${ETCDCTL} not found: install etcd-client (make test does it with apt-get)`) : e),
            );
            child.on("close", (status) => {
                const result = { status, stdout: Buffer.concat(out), stderr: err };
                if (status !== 0 && !allowFailure) reject(new Error(`etcdctl ${args.join(" ")} failed (${status}): ${err.trim()}`));
                else resolve(result);
            });
            child.stdin.on("error", () => {});
            child.stdin.end(input === undefined ? undefined : bytes(input));
        });
    }

    /** etcdctl put: any value bytes (from stdin), any key bytes except NUL. */
    async put(key, value, { lease } = {}) {
        const args = ["put"];
        if (lease !== undefined) args.push(`--lease=${BigInt(lease).toString(16)}`);
        await this.ctl(args, { keyArg: key, input: value });
    }

    /** etcdctl get of one key: the entry (Buffers) or null, and the response header. */
    async getEntry(key, { revision } = {}) {
        const args = ["get", "-w", "json"];
        if (revision !== undefined) args.push(`--rev=${revision}`);
        const { stdout } = await this.ctl(args, { keyArg: key });
        const r = parseJsonExact(stdout.toString("utf8"));
        return { entry: r.kvs && r.kvs.length > 0 ? entryOf(r.kvs[0]) : null, header: headerOf(r.header) };
    }

    /** The value of `key` as a Buffer, or null when it does not exist. */
    async getValue(key) {
        return (await this.getEntry(key)).entry?.value ?? null;
    }

    /** Every entry (Buffers) whose key starts with `prefix` ("" = the whole keyspace), in key order. */
    async list(prefix = "") {
        const p = bytes(prefix);
        // a prefix with a NUL cannot be an argument: list everything and filter
        const { stdout } = await this.ctl(["get", "-w", "json", "--prefix"], { keyArg: p.includes(0) ? "" : p });
        const r = parseJsonExact(stdout.toString("utf8"));
        return (r.kvs ?? []).map(entryOf).filter((e) => e.key.subarray(0, p.length).equals(p));
    }

    /** Deletes everything (the witness's view of a clean keyspace). */
    async clear() {
        await this.ctl(["del", "--prefix"], { keyArg: "" });
        const rest = await this.list("");
        if (rest.length > 0) throw new Error(`keyspace not empty after clear: ${rest.length} keys`);
    }

    /** The store's current revision. */
    async revision() {
        const { stdout } = await this.ctl(["endpoint", "status", "-w", "json"]);
        return Number(parseJsonExact(stdout.toString("utf8"))[0].Status.header.revision);
    }

    /** A new lease with `ttl` seconds: its id as a decimal string. */
    async grantLease(ttl = 60) {
        const { stdout } = await this.ctl(["lease", "grant", String(ttl)]);
        const m = /lease ([0-9a-f]+) granted/.exec(stdout.toString("utf8"));
        if (!m) throw new Error(`unexpected etcdctl lease grant output: ${stdout}`);
        return BigInt("0x" + m[1]).toString();
    }

    /** The member's cluster and member ids (decimal strings), from etcdctl. */
    async ids() {
        return (await this.getEntry("/")).header;
    }

    /** A token from auth/authenticate (HTTP, as any client would get one). */
    async authenticate(name, password) {
        const res = await fetch(`${this.endpoint}/v3/auth/authenticate`, {
            method: "POST",
            body: JSON.stringify({ name, password }),
            headers: { "content-type": "application/json" },
        });
        const body = await res.json();
        if (!body.token) throw new Error(`authenticate ${name} failed: ${JSON.stringify(body)}`);
        return body.token;
    }

    killNow() {
        if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
        this.watchdog?.kill("SIGTERM");
        rmSync(this.dataDir, { recursive: true, force: true });
    }

    /** Stops etcd (SIGTERM, then SIGKILL after 5 s) and removes its data directory. */
    async stop() {
        if (this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill("SIGTERM");
            const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
            await this.exited;
            clearTimeout(timer);
        }
        this.watchdog?.kill("SIGTERM");
        rmSync(this.dataDir, { recursive: true, force: true });
        running.delete(this);
    }
}

async function launch(opts) {
    const clientPort = await freePort();
    let peerPort = await freePort();
    while (peerPort === clientPort) peerPort = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "ptool-etcd-"));
    const client = `http://127.0.0.1:${clientPort}`;
    const peer = `http://127.0.0.1:${peerPort}`;
    const args = [
        "--name=ptool-test",
        `--data-dir=${dataDir}`,
        `--listen-client-urls=${client}`,
        `--advertise-client-urls=${client}`,
        `--listen-peer-urls=${peer}`,
        `--initial-advertise-peer-urls=${peer}`,
        `--initial-cluster=ptool-test=${peer}`,
        "--initial-cluster-state=new",
        "--logger=zap",
        "--log-outputs=stderr",
        "--log-level=warn",
    ];
    if (opts.tokenTtl !== undefined) args.push(`--auth-token-ttl=${opts.tokenTtl}`);
    // etcd reads ETCD_* variables as flags: the test's own (ETCD_ENDPOINT...) must not reach it
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("ETCD_")));
    const child = spawn(ETCD, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let log = "";
    const keep = (d) => {
        log = (log + d).slice(-20000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const server = new EtcdServer(child, { clientPort, peerPort, dataDir, log: () => log });
    running.add(server);
    if (child.pid !== undefined) server.watchdog = startWatchdog(child.pid, dataDir);
    const failed = new Promise((resolve) => {
        child.once("error", (e) =>
            resolve(e.code === "ENOENT" ? `${ETCD} not found: install etcd-server (make test does it with apt-get)` : String(e)),
        );
        child.once("exit", (code, signal) => resolve(`etcd exited (${code ?? signal}) before it was healthy:\n${log}`));
    });
    const deadline = Date.now() + 20000;
    for (;;) {
        const outcome = await Promise.race([failed, sleep(100).then(() => undefined)]);
        if (outcome !== undefined) {
            await server.stop();
            return { error: outcome, retry: /address already in use/.test(outcome) };
        }
        if (await healthy(server.endpoint)) return { server };
        if (Date.now() > deadline) {
            await server.stop();
            return { error: `etcd was not healthy after 20 s:\n${log}` };
        }
    }
}

/** A shell that waits for EOF on a pipe from this process, then kills `pid` and removes `dir`. */
function startWatchdog(pid, dir) {
    const dog = spawn("/bin/sh", ["-c", 'read _; kill -KILL "$0" 2>/dev/null; sleep 1; rm -rf "$1"', String(pid), dir], {
        stdio: ["pipe", "ignore", "ignore"],
        detached: true,
    });
    dog.on("error", () => {});
    dog.stdin.on("error", () => {});
    dog.unref();
    dog.stdin.unref?.();
    return dog;
}

function password(name) {
    return `${name}-pw-${randomBytes(9).toString("hex")}`;
}

/**
 * Starts etcd on 127.0.0.1. With `auth`, users are set up with etcdctl before auth is enabled:
 * `root` (role root) and `limited`, whose role `limited` may only read and write keys under
 * `/limited/`; their passwords are in server.users. `tokenTtl` sets --auth-token-ttl (seconds).
 */
export async function startEtcd({ auth = false, tokenTtl } = {}) {
    let last;
    for (let attempt = 0; attempt < 3; attempt++) {
        const r = await launch({ tokenTtl });
        if (r.server) {
            const s = r.server;
            if (auth) {
                try {
                    await enableAuth(s);
                } catch (e) {
                    await s.stop();
                    throw e;
                }
            }
            return s;
        }
        last = r.error;
        if (!r.retry) break;
    }
    throw new Error(last);
}

async function enableAuth(s) {
    const root = { name: "root", password: password("root") };
    const limited = { name: "limited", password: password("limited") };
    await s.ctl(["user", "add", `root:${root.password}`, "--interactive=false"]);
    await s.ctl(["role", "add", "root"], { allowFailure: true }); // built in on some versions
    await s.ctl(["user", "grant-role", "root", "root"]);
    await s.ctl(["role", "add", "limited"]);
    await s.ctl(["role", "grant-permission", "limited", "--prefix=true", "readwrite", "/limited/"]);
    await s.ctl(["user", "add", `limited:${limited.password}`, "--interactive=false"]);
    await s.ctl(["user", "grant-role", "limited", "limited"]);
    await s.ctl(["auth", "enable"]);
    s.auth = true;
    s.users = { root, limited };
}

/** Whether `etcd` can be run at all (for messages; tests must not skip because of it). */
export function etcdVersion() {
    const r = spawnSync(ETCD, ["--version"], { encoding: "utf8" });
    return r.status === 0 ? r.stdout.split("\n")[0] : undefined;
}
