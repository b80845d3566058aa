// Small servers on 127.0.0.1 for fault tests: one that accepts connections and never answers,
// a fake HTTP server, and a recording proxy in front of etcd. Each has close().
import { createServer as createTcpServer } from "node:net";
import { createServer as createHttpServer, request as httpRequest } from "node:http";
import { freePort } from "./etcd.mjs";

function listen(server) {
    return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve(server.address().port));
    });
}

/** A TCP server that accepts connections and never sends a byte. */
export async function startBlackHole() {
    const sockets = new Set();
    const server = createTcpServer((socket) => {
        sockets.add(socket);
        socket.on("error", () => {});
        socket.on("close", () => sockets.delete(socket));
    });
    const port = await listen(server);
    return {
        port,
        address: `127.0.0.1:${port}`,
        endpoint: `http://127.0.0.1:${port}`,
        connections: () => sockets.size,
        close() {
            for (const s of sockets) s.destroy();
            return new Promise((r) => server.close(() => r()));
        },
    };
}

/** An HTTP server answering every request with `handler(req, body, res)`; requests are recorded. */
export async function startFakeHttp(handler) {
    const requests = [];
    const server = createHttpServer((req, res) => {
        const chunks = [];
        req.on("data", (d) => chunks.push(d));
        req.on("end", () => {
            const body = Buffer.concat(chunks);
            requests.push({ method: req.method, url: req.url, headers: req.headers, body });
            handler(req, body, res);
        });
    });
    const port = await listen(server);
    return {
        port,
        address: `127.0.0.1:${port}`,
        endpoint: `http://127.0.0.1:${port}`,
        requests,
        close() {
            server.closeAllConnections();
            return new Promise((r) => server.close(() => r()));
        },
    };
}

/**
 * A proxy in front of `target` (an etcd endpoint) that records every request (and its
 * response's status and body). `rewrite(path)`
 * maps the incoming path to etcd's (say "/etcd/v3/kv/range" -> "/v3/kv/range"); a path it
 * returns undefined for is answered 404.
 */
export async function startRecordingProxy(target, rewrite = (p) => p) {
    const requests = [];
    const t = new URL(target);
    const server = createHttpServer((req, res) => {
        const chunks = [];
        req.on("data", (d) => chunks.push(d));
        req.on("end", () => {
            const body = Buffer.concat(chunks);
            requests.push({ method: req.method, url: req.url, headers: req.headers, body });
            const path = rewrite(req.url);
            if (path === undefined) {
                res.writeHead(404, { "content-type": "text/plain" });
                res.end("404 page not found\n");
                return;
            }
            const headers = { ...req.headers, host: t.host };
            const record = requests[requests.length - 1];
            const up = httpRequest({ host: t.hostname, port: t.port, method: req.method, path, headers }, (upRes) => {
                record.status = upRes.statusCode;
                const out = [];
                upRes.on("data", (d) => out.push(d));
                upRes.on("end", () => (record.response = Buffer.concat(out)));
                res.writeHead(upRes.statusCode, upRes.headers);
                upRes.pipe(res);
            });
            up.on("error", (e) => {
                res.writeHead(502, { "content-type": "text/plain" });
                res.end(String(e));
            });
            up.end(body);
        });
    });
    const port = await listen(server);
    return {
        port,
        address: `127.0.0.1:${port}`,
        endpoint: `http://127.0.0.1:${port}`,
        requests,
        close() {
            server.closeAllConnections();
            return new Promise((r) => server.close(() => r()));
        },
    };
}

/** A port on 127.0.0.1 with nothing listening (connections are refused). */
export async function closedPort() {
    return freePort();
}
