// The worker thread that runs Lua code (cli/launcher.ts, cli/bundle-entry.ts, api/index.ts).
import { SHARE_ENV, type WorkerOptions } from "node:worker_threads";

/** ~110 bytes per simple Lua frame: 256 MB holds about 2 million levels (lua5.4 stops near
 * 500,000), and unbounded recursion reports "stack overflow" in about half a second. */
export const STACK_MB = 256;

/** The worker shares the process environment (os.getenv, child processes) instead of a copy. */
export const WORKER_OPTIONS: WorkerOptions = { resourceLimits: { stackSizeMb: STACK_MB }, env: SHARE_ENV, trackUnmanagedFds: false };
