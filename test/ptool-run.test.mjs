// ptool.run & co. and ptool.ask through `bin/ptool run` with controlled stdin, stdout and
// stderr: what test/lua/ptool/proc.lua cannot see (echo lines on stderr, the order of Lua and
// child output on one descriptor, exit statuses of ptool.exec, inherited stdin, prompts).
// Prompts run with piped answers under PTOOL_ASSUME_TTY=1, and once on a real terminal (script(1)).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ptool = join(root, "bin", "ptool");
const work = mkdtempSync(join(tmpdir(), "ptool-run-test-"));
test.after(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
function script(source) {
    const file = join(work, `s${++count}.lua`);
    writeFileSync(file, source);
    return file;
}

/** Runs a Lua script; `input` is its stdin (a closed empty pipe when omitted). */
function run(source, { input = "", env = {}, merged = false } = {}) {
    const file = script(source);
    const opts = { cwd: work, input, encoding: "latin1", timeout: 60_000, env: { ...process.env, ...env } };
    delete opts.env.PTOOL_ASSUME_TTY;
    Object.assign(opts.env, env);
    const r = merged
        ? spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${ptool}" run "${file}" 2>&1`], opts)
        : spawnSync(process.execPath, [ptool, "run", file], opts);
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const tty = { PTOOL_ASSUME_TTY: "1" };
// piped answers are not echoed, so what follows a prompt starts on the prompt's line
const choices = "  choices (numbers separated by spaces or commas, '-' for none, Enter keeps [x]): ";

test("echo: '+ command' on stderr, quoted as sh would need it, in order with the script's output", () => {
    const r = run(`print("one")
ptool.run("echo", {"a b", "it's", "plain"})
ptool.run("echo quiet", { echo = false })
ptool.run_capture("echo captured")
ptool.pipe({ "printf x", "cat" }, { stdout = "null" })
ptool.config({ run = { echo = false } })
ptool.run("echo off")
ptool.run("echo on", { echo = true })
io.write("two\\n")`);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, "one\na b it's plain\nquiet\noff\non\ntwo\n");
    assert.equal(r.stderr, "+ echo 'a b' 'it'\\''s' plain\n+ echo captured\n+ printf x | cat\n+ echo on\n");
});

test("Lua output, echo lines and child output interleave on one descriptor", () => {
    const r = run(
        `io.write("lua 1\\n")
ptool.run("echo child 1")
print("lua 2")
ptool.run({ cmd = "sh", args = { "-c", "echo child err >&2" } })
ptool.pipe({ "echo piped", "cat" }, { echo = false })
io.write("lua 3\\n")
ptool.exec("echo", { "exec" }, { echo = false })`,
        { merged: true },
    );
    assert.equal(r.stdout, "lua 1\n+ echo child 1\nchild 1\nlua 2\n+ sh -c 'echo child err >&2'\nchild err\npiped\nlua 3\nexec\n");
    assert.equal(r.status, 0);
});

test("command lines split with sh quoting rules, no expansions", () => {
    const r = run(`ptool.config({ run = { echo = false } })
ptool.run([[printf '[%s]\\n' a''b "" 'x  y' "q\\"uo\\$te\\\\" back\\ slash "a\\b" #c $HOME *]])
ptool.run("printf", [[ '<%s>'  "two
lines" end\\
join ]])`);
    assert.equal(r.stdout, '[ab]\n[]\n[x  y]\n[q"uo$te\\]\n[back slash]\n[a\\b]\n[#c]\n[$HOME]\n[*]\n<two\nlines><endjoin>');
});

test("children inherit stdin unless stdin is given", () => {
    const r = run(
        `ptool.config({ run = { echo = false } })
local res = ptool.run_capture("sh -c 'read -r l; echo \\"$l\\"'")
print(res.stdout == "first line\\n")
ptool.run("cat")`,
        { input: "first line\nrest\n" },
    );
    assert.equal(r.stdout, "true\nrest\n");
});

test("ptool.exec ends the script with the command's status; a signal gives 128 + its number", () => {
    let r = run(`io.write("before ")\nptool.exec("sh -c 'echo out; echo err >&2; exit 3'", { echo = false })\nprint("after")`);
    assert.deepEqual([r.status, r.stdout, r.stderr], [3, "before out\n", "err\n"]);
    r = run(`ptool.exec({ cmd = "sh", args = { "-c", "kill -9 $$" }, echo = false })`);
    assert.equal(r.status, 128 + 9);
    r = run(`ptool.exec("true")`);
    assert.deepEqual([r.status, r.stderr], [0, "+ true\n"]);
    r = run(`ptool.exec({ cmd = "cat", stdin = { file = "in.txt" }, stdout = { file = "out.txt" }, stderr = "null", echo = false })`, {});
    assert.equal(r.status, 1); // in.txt does not exist: an error, not a replacement
    assert.match(r.stderr, /ptool\.exec: cannot open in\.txt: no such file or directory/);
    writeFileSync(join(work, "in.txt"), "from file");
    r = run(`ptool.exec({ cmd = "cat", stdin = { file = "in.txt" }, stdout = { file = "out.txt" }, echo = false })`);
    assert.equal(r.status, 0);
    r = run(`print(ptool.run_capture("cat out.txt").stdout)`);
    assert.equal(r.stdout, "from file\n");
});

test("an uncaught command_failed error ends the script with the command and status", () => {
    const r = run(`ptool.run("sh -c 'exit 9'", { check = true, echo = false })`);
    assert.equal(r.status, 1);
    assert.match(r.stderr.split("\n")[0], /^ptool: .*s\d+\.lua:1: ptool\.run: command exited with status 9: sh -c 'exit 9'$/);
});

test("prompts refuse to run without a terminal (not_interactive), after checking their options", () => {
    const r = run(`for _, f in ipairs({
  function() return ptool.ask("Name?") end,
  function() return ptool.ask.confirm("Ok?", { default = true }) end,
  function() return ptool.ask.select("Pick", { "a", "b" }) end,
  function() return ptool.ask.multiselect("Pick", { "a", "b" }) end,
  function() return ptool.ask.secret("Token?") end,
  function() return ptool.ask("Name?", { colour = "red" }) end,
  function() return ptool.ask.select("Pick", {}) end,
  function() return ptool.ask.select("Pick", { "a" }, { default_index = 2 }) end,
  function() return ptool.ask("Name?", { pattern = "(" }) end,
}) do
  local ok, _, e = ptool.try(f)
  print(ok, e.kind, e.op, (e.message:gsub("^[^:]*:%d+: ", "")))
end`);
    assert.equal(
        r.stdout,
        [
            "false\tnot_interactive\tptool.ask\tptool.ask: stdin is not a terminal, cannot prompt",
            "false\tnot_interactive\tptool.ask.confirm\tptool.ask.confirm: stdin is not a terminal, cannot prompt",
            "false\tnot_interactive\tptool.ask.select\tptool.ask.select: stdin is not a terminal, cannot prompt",
            "false\tnot_interactive\tptool.ask.multiselect\tptool.ask.multiselect: stdin is not a terminal, cannot prompt",
            "false\tnot_interactive\tptool.ask.secret\tptool.ask.secret: stdin is not a terminal, cannot prompt",
            "false\tinvalid_argument\tptool.ask\tptool.ask: unknown option 'colour'",
            "false\tinvalid_argument\tptool.ask.select\tptool.ask.select: items must not be empty",
            "false\tinvalid_argument\tptool.ask.select\tptool.ask.select: default_index must be between 1 and 1, got 2",
            "false\tinvalid_argument\tptool.ask\tptool.ask: pattern is not a valid regular expression: Invalid regular expression: /(/u: Unterminated group",
            "",
        ].join("\n"),
    );
});

test("ptool.ask: default, trim, required, length and pattern rules ask again; end of input cancels", () => {
    const r = run(
        `print(ptool.ask("Name?", { default = "bob" }))
print(ptool.ask("Name?", { default = "bob" }))
print("[" .. ptool.ask("Any?") .. "]")
print(ptool.ask("Project?", { required = true, trim = true, pattern = "^[a-z0-9-]+$", help = "lowercase" }))
print(ptool.ask("Code?", { min_length = 2, max_length = 3 }))
print(ptool.ask("Word?", { allow_empty = false }))
local ok, _, e = ptool.try(function() return ptool.ask("More?") end)
print(ok, e.kind, e.op)`,
        { input: "\nalice\n\n\n  My Tool \n  my-tool  \n\u00e9\n\u00e9t\u00e9s\n\u00e9t\u00e9\n\nx\n", env: tty },
    );
    assert.equal(r.stdout, "bob\nalice\n[]\nmy-tool\n\u00e9t\u00e9\nx\nfalse\tcancelled\tptool.ask\n");
    assert.equal(
        r.stderr,
        [
            "? Name? (bob) ? Name? (bob) ? Any?   lowercase",
            "? Project?   ! an answer is required",
            "  lowercase",
            "? Project?   ! the answer must match ^[a-z0-9-]+$",
            "  lowercase",
            "? Project? ? Code?   ! at least 2 characters are required",
            "? Code?   ! at most 3 characters are allowed",
            "? Code? ? Word?   ! an answer is required",
            "? Word? ? More? ",
            "",
        ].join("\n"),
    );
});

test("ptool.ask.confirm, select, multiselect and secret with piped answers", () => {
    const r = run(
        `print(ptool.ask.confirm("Continue?", { default = true }))
print(ptool.ask.confirm("Continue?", { default = false }))
print(ptool.ask.confirm("Continue?"))
print(ptool.ask.select("Bump", { { label = "Patch", value = "patch" }, { label = "Minor", value = "minor" }, "major" }, { default_index = 2 }))
print(ptool.ask.select("Bump", { "patch", "minor" }))
print(ptool.ask.select("Bump", { { label = "Patch", value = "patch" }, "minor" }))
print(table.concat(ptool.ask.multiselect("Targets", { "linux", "macos", "windows" }, { default_indexes = { 1, 2 } }), ","))
print(table.concat(ptool.ask.multiselect("Targets", { "linux", "macos", "windows" }, { min_selected = 1, max_selected = 2 }), ","))
print(#ptool.ask.multiselect("Targets", { "linux" }))
print(ptool.ask.secret("Token?", { confirm = true, min_length = 3 }))`,
        { input: "\n\nmaybe\nYES\n\n9\n2\nPatch\n\n7\n3, 1,2\n3,1\n-\nab\nabc\nabd\nabc\nabc\n", env: tty },
    );
    assert.equal(r.stdout, "true\nfalse\ntrue\nminor\nminor\npatch\nlinux,macos\nlinux,windows\n0\nabc\n");
    assert.equal(
        r.stderr,
        [
            "? Continue? (Y/n) ? Continue? (y/N) ? Continue? (y/n)   ! please answer y or n",
            "? Continue? (y/n) ? Bump",
            "  1) Patch",
            "  2) Minor",
            "  3) major",
            "  choice (1-3, default 2): ? Bump",
            "  1) patch",
            "  2) minor",
            "  choice (1-2):   ! enter a number between 1 and 2",
            "? Bump",
            "  1) patch",
            "  2) minor",
            "  choice (1-2): ? Bump",
            "  1) Patch",
            "  2) minor",
            "  choice (1-2): ? Targets",
            "  1) [x] linux",
            "  2) [x] macos",
            "  3) [ ] windows",
            `${choices}? Targets`,
            "  1) [ ] linux",
            "  2) [ ] macos",
            "  3) [ ] windows",
            `${choices}  ! enter numbers between 1 and 3`,
            "? Targets",
            "  1) [ ] linux",
            "  2) [ ] macos",
            "  3) [ ] windows",
            `${choices}  ! select at most 2`,
            "? Targets",
            "  1) [ ] linux",
            "  2) [ ] macos",
            "  3) [ ] windows",
            `${choices}? Targets`,
            "  1) [ ] linux",
            `${choices}? Token?   ! at least 3 characters are required`,
            "? Token? ? Confirm Token?   ! The answers do not match.",
            "? Token? ? Confirm Token? ",
        ].join("\n"),
    );
});

test("confirm = true asks before running; retry = true asks after a failure with check = true", () => {
    const r = run(
        `ptool.config({ run = { echo = false } })
print(ptool.run("echo yes", { confirm = true }).ok)
print(ptool.try(function() ptool.run("echo never", { confirm = true }) end))
local ok, _, e = ptool.try(function() ptool.run("echo never", { confirm = true }) end)
print(e.kind, e.op, (e.message:gsub("^[^:]*:%d+: ", "")))
local n = 0
ptool.config({ run = { check = true, retry = true } })
local ok2, _, e2 = ptool.try(function()
  n = n + 1
  ptool.run({ cmd = "sh", args = { "-c", "printf 'attempt\\\\n'; exit 4" } })
end)
print(e2.kind, e2.status)
print(ptool.pipe({ "echo a", "sh -c 'cat >/dev/null; test -e flag || { touch flag; exit 1; }'" }).codes[2])`,
        { input: "y\nn\n\ny\ny\nn\ny\n", env: tty },
    );
    assert.equal(
        r.stdout,
        "yes\ntrue\nfalse\tnil\ttable: ADDR\ncancelled\tptool.run\tptool.run: not confirmed: echo never\nattempt\nattempt\nattempt\ncommand_failed\t4\n0\n".replace(
            "table: ADDR",
            r.stdout.match(/table: 0x[0-9a-f]+/)?.[0],
        ),
    );
    assert.equal(
        r.stderr,
        [
            "? Run echo yes? (y/N) ? Run echo never? (y/N) ? Run echo never? (y/N) ",
            "? command exited with status 4: sh -c 'printf '\\''attempt\\n'\\''; exit 4'. Retry? (y/N) ".repeat(3),
            "? command exited with status 1: echo a | sh -c 'cat >/dev/null; test -e flag || { touch flag; exit 1; }'. Retry? (y/N) ",
        ].join(""),
    );
});

test("prompts on a real terminal (script(1) gives the script a pseudo-terminal)", (t) => {
    if (spawnSync("script", ["--version"]).status !== 0) {
        t.skip("script(1) is not installed");
        return;
    }
    const file = script(`local name = ptool.ask("Name?")
local token = ptool.ask.secret("Token?")
print("got", name, token, ptool.ask.confirm("Ok?"), ptool.is_root() == (os.getenv("PTOOL_UID") == "0"))`);
    const env = { ...process.env, PTOOL_UID: String(process.getuid()) };
    delete env.PTOOL_ASSUME_TTY;
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${ptool}" run "${file}"`, "/dev/null"], {
        input: "alice\nsekret\ny\n",
        encoding: "latin1",
        timeout: 60_000,
        env,
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /got\talice\tsekret\ttrue\ttrue\r\n$/);
});

test("sudo = true puts sudo in front when the user is not root (run as nobody, with a fake sudo)", (t) => {
    const asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups"];
    if (process.getuid() !== 0 || spawnSync("setpriv", [...asNobody, "test", "-r", join(root, "dist", "ptool.mjs")]).status !== 0) {
        t.skip("needs root, setpriv(1) and a checkout that other users can read");
        return;
    }
    const dir = mkdtempSync(join(tmpdir(), "ptool-sudo-"));
    try {
        chmodSync(dir, 0o755);
        writeFileSync(join(dir, "sudo"), "#!/bin/sh\nprintf 'fake sudo:'; printf ' [%s]' \"$@\"; echo\n", { mode: 0o755 });
        writeFileSync(
            join(dir, "s.lua"),
            `print(ptool.is_root())
local r = ptool.run_capture({ cmd = "echo", args = { "a b" }, sudo = true })
print(r.stdout, r.cmd)
ptool.exec("echo", { "exec'd" }, { sudo = true, echo = false })`,
            { mode: 0o644 },
        );
        const env = { PATH: `${dir}:${process.env.PATH}`, HOME: dir };
        const r = spawnSync("setpriv", [...asNobody, process.execPath, ptool, "run", "s.lua"], {
            cwd: dir,
            env,
            encoding: "latin1",
            timeout: 60_000,
        });
        assert.equal(r.stdout, "false\nfake sudo: [echo] [a b]\n\techo\nfake sudo: [echo] [exec'd]\n", r.stderr);
        assert.equal(r.stderr, "+ sudo echo 'a b'\n");
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});

test("Ctrl-C at a secret prompt ends the script with the terminal's echo back on (python3 pty driver)", (t) => {
    if (spawnSync("python3", ["-c", "import pty, termios"]).status !== 0) {
        t.skip("python3 with pty and termios is not available");
        return;
    }
    const file = script(`local s = ptool.ask.secret("Token?")\nprint("got", s)`);
    const driver = `
import os, pty, signal, subprocess, sys, termios, time
m, s = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdin=s, stdout=s, stderr=s, start_new_session=True)
buf, t0 = b"", time.time()
while b"Token?" not in buf and time.time() - t0 < 30:
    buf += os.read(m, 1024)
time.sleep(0.3)
during = bool(termios.tcgetattr(s)[3] & termios.ECHO)
os.killpg(p.pid, signal.SIGINT)
p.wait()
time.sleep(0.2)
print(during, p.returncode, bool(termios.tcgetattr(s)[3] & termios.ECHO))
`;
    const env = { ...process.env };
    delete env.PTOOL_ASSUME_TTY;
    const r = spawnSync("python3", ["-c", driver, process.execPath, ptool, "run", file], { encoding: "utf8", timeout: 60_000, env });
    // a script stopped by Ctrl-C exits with status 130, as after any SIGINT (test/resources.test.mjs)
    assert.equal(r.stdout, "False 130 True\n", r.stderr);
});
