// Synchronous HTTP for Lua code (DESIGN.md §5): Lua runs synchronously, Node's network is
// asynchronous. requestSync() posts the request to the I/O worker (runtime/io/worker.ts) and
// blocks the calling thread with Atomics.wait until the worker bumps the shared signal word,
// then takes the answer with receiveMessageOnPort. The worker is started on the first request
// and unref()ed, so scripts without I/O never start it and it never keeps a process alive.
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { WireError, type WireReply, type WireRequest, type WireResponse } from "./protocol.js";
import { ioWorkerSource } from "./worker.js";

export { WireError } from "./protocol.js";
export type { WireErrorCode, WireRequest, WireResponse } from "./protocol.js";

/** How much longer than the request's own timeout the waiting side waits for a worker that hangs. */
const WAIT_SLACK_MS = 1000;

interface IoWorker {
    worker: Worker;
    port: MessagePort;
    signal: Int32Array;
}

let io: IoWorker | undefined;
let nextId = 1;
/** The worker's program text; tests substitute one that never answers (see setIoWorkerSource). */
let workerSource: () => string = ioWorkerSource;

/** For tests: the program of the next I/O worker started (undefined: the real one). */
export function setIoWorkerSource(source: string | undefined): void {
    workerSource = source === undefined ? ioWorkerSource : () => source;
}

function startIoWorker(): IoWorker {
    const { port1, port2 } = new MessageChannel();
    const shared = new SharedArrayBuffer(4);
    const worker = new Worker(workerSource(), { eval: true, workerData: { port: port2, signal: shared }, transferList: [port2] });
    worker.unref();
    port1.unref();
    const started: IoWorker = { worker, port: port1, signal: new Int32Array(shared) };
    // a worker that failed is replaced by a new one at the next request
    const forget = () => {
        if (io === started) io = undefined;
    };
    worker.on("error", forget);
    worker.on("exit", forget);
    return started;
}

function stopIoWorker(w: IoWorker): void {
    if (io === w) io = undefined;
    w.port.close();
    void w.worker.terminate();
}

/** Performs one HTTP exchange synchronously; transport failures throw WireError. */
export function requestSync(req: WireRequest): WireResponse {
    const w = (io ??= startIoWorker());
    const id = nextId++;
    // a view into Node's shared buffer pool would be cloned with the whole pool
    const body = req.body;
    const exact = body === null || body.byteLength === body.buffer.byteLength ? body : new Uint8Array(body);
    w.port.postMessage({ id, req: exact === body ? req : { ...req, body: exact } });
    const deadline = Date.now() + req.timeoutMs + WAIT_SLACK_MS;
    for (;;) {
        const seen = Atomics.load(w.signal, 0);
        for (let m = receiveMessageOnPort(w.port); m !== undefined; m = receiveMessageOnPort(w.port)) {
            const reply = m.message as WireReply;
            if (reply.id !== id) continue; // the late answer of a request that already timed out
            if ("error" in reply) throw new WireError(reply.error.code, reply.error.message);
            return reply.res;
        }
        const left = deadline - Date.now();
        if (left <= 0) {
            // the worker did not enforce the timeout: it is stuck, start afresh next time
            stopIoWorker(w);
            throw new WireError("timeout", `timed out after ${req.timeoutMs} ms (the I/O worker did not answer)`);
        }
        Atomics.wait(w.signal, 0, seen, left);
    }
}
