// The stack size of the worker thread that runs Lua code (cli/launcher.ts, cli/bundle-entry.ts).

/** ~110 bytes per simple Lua frame: 256 MB holds about 2 million levels (lua5.4 stops near
 * 500,000), and unbounded recursion reports "stack overflow" in about half a second. */
export const STACK_MB = 256;
