// The I/O worker thread: owns keep-alive node:http/node:https agents and performs the HTTP
// exchanges that runtime/io/bridge.ts posts (DESIGN.md §5). Its code is started from a string
// (`new Worker(source, { eval: true })`) so that it travels inside any bundle: the functions
// below are turned back into source text by ioWorkerSource(). They must therefore reference
// nothing outside themselves except each other (no imports, no module constants), and keep
// local helpers as object methods, which esbuild's keepNames leaves alone.
import type * as Http from "node:http";
import type * as Https from "node:https";
import type { MessagePort } from "node:worker_threads";
import type { WireCall, WireErrorCode, WireReply, WireRequest, WireResponse } from "./protocol.js";

interface IoModules {
    http: typeof Http;
    https: typeof Https;
    agents: { http: Http.Agent; https: Https.Agent };
}

interface IoFailure {
    code: WireErrorCode;
    message: string;
}

/** Entry point on the worker: answer each call on `data.port`, then bump the signal word. */
function ioWorkerMain(load: (id: string) => unknown, data: { port: MessagePort; signal: SharedArrayBuffer }): void {
    const http = load("node:http") as typeof Http;
    const https = load("node:https") as typeof Https;
    const mods: IoModules = {
        http,
        https,
        agents: { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) },
    };
    const signal = new Int32Array(data.signal);
    data.port.on("message", (call: WireCall) => {
        ioExchange(mods, call.req).then(
            (res) => ioReply(data.port, signal, { id: call.id, res }, [res.body.buffer as ArrayBuffer]),
            (e: unknown) => ioReply(data.port, signal, { id: call.id, error: ioFailure(e) }, []),
        );
    });
}

/** The message first, then the signal: a waiter that sees the new signal value finds the message. */
function ioReply(port: MessagePort, signal: Int32Array, reply: WireReply, transfer: ArrayBuffer[]): void {
    port.postMessage(reply, transfer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
}

/** Any error as a wire failure: ours already are; Node's system errors are classified by code. */
function ioFailure(e: unknown): IoFailure {
    const err = e as { ioCode?: WireErrorCode; code?: string; message?: string };
    if (err.ioCode !== undefined) return { code: err.ioCode, message: String(err.message) };
    const code = String(err.code ?? "");
    const message = String(err.message ?? e);
    if (code === "ECONNREFUSED") return { code: "refused", message: `connection refused (${message})` };
    if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_FAIL" || code === "EAI_NODATA")
        return { code: "dns", message: `DNS lookup failed (${message})` };
    if (
        /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_|EPROTO$)/.test(code) ||
        /SSL|TLS|certificate/i.test(message)
    )
        return { code: "tls", message: `TLS error (${message})` };
    return { code: "network", message: code === "" ? message : `${message} (${code})` };
}

function ioError(code: WireErrorCode, message: string): Error {
    return Object.assign(new Error(message), { ioCode: code });
}

/** One request with its redirects, within one deadline. */
function ioExchange(mods: IoModules, req: WireRequest): Promise<WireResponse> {
    let url: URL;
    try {
        url = new URL(req.url);
    } catch {
        return Promise.reject(ioError("network", `invalid URL: ${req.url}`));
    }
    return ioFollow(mods, req, req.method, url, req.headers, req.body, 0, Date.now() + req.timeoutMs);
}

function ioFollow(
    mods: IoModules,
    req: WireRequest,
    method: string,
    url: URL,
    headers: [string, string][],
    body: Uint8Array | null,
    hops: number,
    deadline: number,
): Promise<WireResponse> {
    return ioOnce(mods, req, method, url, headers, body, deadline, false).then((res) => {
        const location = res.headers.find((h) => h[0] === "location");
        if (!req.followRedirects || location === undefined || ![301, 302, 303, 307, 308].includes(res.status)) return res;
        let next: URL;
        try {
            next = new URL(location[1], url);
        } catch {
            return res;
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") return res;
        if (hops >= req.maxRedirects)
            throw ioError("too_many_redirects", `too many redirects (more than ${req.maxRedirects}) at ${url.href}`);
        let nextMethod = method;
        let nextBody = body;
        let nextHeaders = headers;
        // 303, and 301/302 after anything but GET/HEAD, continue as a GET without the body
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method !== "GET" && method !== "HEAD")) {
            nextMethod = method === "HEAD" ? "HEAD" : "GET";
            nextBody = null;
            nextHeaders = nextHeaders.filter((h) => !/^(content-type|content-length|transfer-encoding)$/i.test(h[0]));
        }
        // credentials do not follow a redirect to another origin
        if (next.origin !== url.origin)
            nextHeaders = nextHeaders.filter((h) => !/^(authorization|cookie|proxy-authorization)$/i.test(h[0]));
        return ioFollow(mods, req, nextMethod, next, nextHeaders, nextBody, hops + 1, deadline);
    });
}

/** One HTTP exchange; a reused keep-alive socket that the server had closed is retried once. */
function ioOnce(
    mods: IoModules,
    req: WireRequest,
    method: string,
    url: URL,
    headers: [string, string][],
    body: Uint8Array | null,
    deadline: number,
    isRetry: boolean,
): Promise<WireResponse> {
    return new Promise((resolve, reject) => {
        const isHttps = url.protocol === "https:";
        if (!isHttps && url.protocol !== "http:") return reject(ioError("network", `unsupported URL scheme: ${url.protocol}`));
        const remaining = deadline - Date.now();
        if (remaining <= 0) return reject(ioError("timeout", `timed out after ${req.timeoutMs} ms`));
        const flat: string[] = [];
        let hasLength = false;
        let hasHost = false;
        for (const [k, v] of headers) {
            flat.push(k, v);
            if (/^content-length$/i.test(k)) hasLength = true;
            else if (/^host$/i.test(k)) hasHost = true;
        }
        // Node adds no Host header when the headers are given as a list
        if (!hasHost) flat.unshift("host", url.host);
        if (body !== null && !hasLength) flat.push("content-length", String(body.length));
        const options: Https.RequestOptions = {
            method,
            headers: flat as unknown as Http.OutgoingHttpHeaders,
            agent: isHttps ? mods.agents.https : mods.agents.http,
        };
        const client = isHttps ? mods.https : mods.http;
        const st = {
            done: false,
            gotResponse: false,
            timer: undefined as ReturnType<typeof setTimeout> | undefined,
            connectTimer: undefined as ReturnType<typeof setTimeout> | undefined,
            finish() {
                st.done = true;
                clearTimeout(st.timer);
                clearTimeout(st.connectTimer);
            },
            fail(e: unknown) {
                if (st.done) return;
                st.finish();
                request.destroy();
                reject(e);
            },
        };
        const request = client.request(url, options, (res) => {
            st.gotResponse = true;
            const chunks: Buffer[] = [];
            let size = 0;
            res.on("data", (c: Buffer) => {
                chunks.push(c);
                size += c.length;
            });
            res.on("error", (e) => st.fail(e));
            res.on("aborted", () => st.fail(ioError("network", "connection closed before the response was complete")));
            res.on("end", () => {
                if (st.done) return;
                st.finish();
                // a fresh buffer (never Node's shared pool) so that it can be transferred
                const out = new Uint8Array(size);
                let off = 0;
                for (const c of chunks) {
                    out.set(c, off);
                    off += c.length;
                }
                const raw = res.rawHeaders;
                const list: [string, string][] = [];
                for (let i = 0; i + 1 < raw.length; i += 2) list.push([raw[i]!.toLowerCase(), raw[i + 1]!]);
                resolve({ status: res.statusCode ?? 0, url: url.href, headers: list, body: out });
            });
        });
        st.timer = setTimeout(() => st.fail(ioError("timeout", `timed out after ${req.timeoutMs} ms`)), Math.min(remaining, 0x7fffffff)); // setTimeout's limit
        request.on("socket", (socket) => {
            if (!socket.connecting || req.connectTimeoutMs === null) return;
            st.connectTimer = setTimeout(
                () => st.fail(ioError("connect_timeout", `connect timed out after ${req.connectTimeoutMs} ms`)),
                Math.min(req.connectTimeoutMs, 0x7fffffff), // setTimeout's limit (longer delays fire at once)
            );
            socket.once(isHttps ? "secureConnect" : "connect", () => clearTimeout(st.connectTimer));
        });
        request.on("error", (e: NodeJS.ErrnoException) => {
            if (st.done) return;
            if (!isRetry && !st.gotResponse && request.reusedSocket && (e.code === "ECONNRESET" || e.code === "EPIPE")) {
                st.finish();
                ioOnce(mods, req, method, url, headers, body, deadline, true).then(resolve, reject);
                return;
            }
            st.fail(e);
        });
        if (body !== null) request.end(body);
        else request.end();
    });
}

/** The worker's program text: the helpers as declarations, then a call of the entry point. */
export function ioWorkerSource(): string {
    const helpers = [ioReply, ioFailure, ioError, ioExchange, ioFollow, ioOnce].map((f) => f.toString()).join("\n");
    return `"use strict";\n${helpers}\n(${ioWorkerMain.toString()})(require, require("node:worker_threads").workerData);\n`;
}
