// The wire format between the Lua thread and the I/O worker (runtime/io/bridge.ts posts,
// runtime/io/worker.ts answers). Kept apart so that both sides agree on one definition.

/** One HTTP exchange as the ptool modules describe it. Header names keep the caller's case. */
export interface WireRequest {
    method: string;
    url: string;
    headers: [string, string][];
    body: Uint8Array | null;
    /** The whole exchange, redirects included. */
    timeoutMs: number;
    /** TCP connect (and TLS handshake) of each new connection; null: only timeoutMs applies. */
    connectTimeoutMs: number | null;
    followRedirects: boolean;
    maxRedirects: number;
}

/** The final response: `url` after redirects, every header line separately (names lower-case). */
export interface WireResponse {
    status: number;
    url: string;
    headers: [string, string][];
    body: Uint8Array;
}

export type WireErrorCode = "timeout" | "connect_timeout" | "refused" | "dns" | "tls" | "too_many_redirects" | "network";

/** A transport failure (no HTTP response): the code says which kind. */
export class WireError extends Error {
    constructor(
        readonly code: WireErrorCode,
        message: string,
    ) {
        super(message);
        this.name = "WireError";
    }
}

/** Lua thread -> worker. */
export interface WireCall {
    id: number;
    req: WireRequest;
}

/** Worker -> Lua thread: the response, or the error code and message. */
export type WireReply = { id: number; res: WireResponse } | { id: number; error: { code: WireErrorCode; message: string } };
