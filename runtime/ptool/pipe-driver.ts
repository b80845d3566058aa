// The driver of ptool.pipe, run as `node -e PIPE_DRIVER JOB` under spawnSync: it starts every
// stage at once, connected by real pipes (FIFOs in a temporary directory, opened and unlinked
// before any stage starts, so a stage that stops reading gives its writer SIGPIPE as in a
// shell), and reports each stage's exit status on fd 3 as JSON. Stage 1 reads the driver's
// stdin, the last stage writes the driver's stdout; stderr is the driver's, or when captured
// each stage's stderr is collected and written out in stage order at the end. No shell.
// JOB = {"stages": [[cmd, ...args], ...], "captureStderr": bool}.
export const PIPE_DRIVER = `
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const job = JSON.parse(process.argv[1]);
const n = job.stages.length;
const report = { codes: new Array(n).fill(null), signals: new Array(n).fill(null) };
const finish = () => {
  if (job.captureStderr) for (const b of errs) if (b.length) fs.writeSync(2, Buffer.concat(b));
  fs.writeSync(3, JSON.stringify(report));
  process.exit(0);
};
const errs = job.stages.map(() => []);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptool-pipe-"));
const pipes = [];
try {
  for (let i = 0; i < n - 1; i++) {
    const f = path.join(dir, "p" + i);
    const r = spawnSync("mkfifo", ["-m", "600", f]);
    if (r.status !== 0) throw new Error("mkfifo failed");
    const rw = fs.openSync(f, "r+");
    const rd = fs.openSync(f, "r");
    const wr = fs.openSync(f, "w");
    fs.closeSync(rw);
    pipes.push([rd, wr]);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
let left = n;
const done = (i) => {
  if (--left === 0) finish();
};
job.stages.forEach((argv, i) => {
  const stdio = [i === 0 ? 0 : pipes[i - 1][0], i === n - 1 ? 1 : pipes[i][1], job.captureStderr ? "pipe" : 2];
  let ended = false;
  const end = () => {
    if (!ended) {
      ended = true;
      done(i);
    }
  };
  const child = spawn(argv[0], argv.slice(1), { stdio });
  child.on("error", (e) => {
    if (report.error === undefined || i < report.error.stage) report.error = { stage: i, code: e.code, message: e.message };
    end();
  });
  if (child.stderr) child.stderr.on("data", (d) => errs[i].push(d));
  child.on("close", (code, signal) => {
    report.codes[i] = code;
    report.signals[i] = signal;
    end();
  });
});
for (const [rd, wr] of pipes) {
  fs.closeSync(rd);
  fs.closeSync(wr);
}
`;
