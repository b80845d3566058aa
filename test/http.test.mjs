// ptool.http (spec: ptool-http.md): Lua scripts run through `bin/ptool run` against a test
// server on 127.0.0.1 in this process. Expected outputs are written by hand from the spec;
// the server's address is replaced by BASE in the output.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ptool = join(root, "bin", "ptool");
const work = mkdtempSync(join(tmpdir(), "ptool-http-test-"));
let base, silent, secure, flaky;
const servers = [];

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

function handle(req, res, body) {
    const path = req.url;
    let m;
    if (path === "/headers") {
        res.setHeader("Set-Cookie", ["a=1", "b=2"]);
        res.setHeader("X-Multi", ["one", "two"]);
        res.setHeader("content-type", "text/plain");
        return res.end("headers");
    }
    if ((m = /^\/status\/(\d+)$/.exec(path))) {
        res.writeHead(Number(m[1]));
        return res.end(`status ${m[1]}`);
    }
    if ((m = /^\/redirect\/(\d+)$/.exec(path))) {
        const n = Number(m[1]);
        if (n === 0) return res.end("done");
        res.writeHead(302, { location: `/redirect/${n - 1}` });
        return res.end();
    }
    if (path === "/loop") {
        res.writeHead(302, { location: "/loop" });
        return res.end();
    }
    if (path === "/see-other" || path === "/temporary") {
        res.writeHead(path === "/see-other" ? 303 : 307, { location: "/echo" });
        return res.end();
    }
    if (path === "/slow") return setTimeout(() => res.end("late"), 3000);
    if (path === "/bytes") {
        res.setHeader("content-type", "application/octet-stream");
        return res.end(ALL_BYTES);
    }
    if (path === "/bytes-echo") return res.end(body);
    if (path === "/not-json") return res.end("{oops");
    // echo: the request as JSON (header names lower-case; the body as latin1 text)
    const headers = {};
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers[req.rawHeaders[i].toLowerCase()] = req.rawHeaders[i + 1];
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ method: req.method, url: path, headers, body: body.toString("latin1") }));
}

before(async () => {
    const app = http.createServer((req, res) => {
        const chunks = [];
        req.on("data", (c) => chunks.push(c));
        req.on("end", () => handle(req, res, Buffer.concat(chunks)));
    });
    const quiet = net.createServer(() => {}); // accepts and never answers
    // answers the first request of each connection and keeps it open, then drops the
    // connection at the next request on it (a keep-alive connection the server had closed)
    let connections = 0;
    const dropper = net.createServer((socket) => {
        const n = ++connections;
        let requests = 0;
        socket.on("data", (d) => {
            if (!String(d).includes("\r\n\r\n")) return;
            if (++requests > 1) return socket.destroy();
            socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${String(n).length}\r\nConnection: keep-alive\r\n\r\n${n}`);
        });
    });
    for (const s of [app, quiet, dropper]) {
        servers.push(s);
        await new Promise((resolve) => s.listen(0, "127.0.0.1", resolve));
    }
    base = `http://127.0.0.1:${app.address().port}`;
    silent = `http://127.0.0.1:${quiet.address().port}`;
    flaky = `http://127.0.0.1:${dropper.address().port}`;
    // https with a self-signed certificate for 127.0.0.1: trusted only through NODE_EXTRA_CA_CERTS
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
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ].concat(["-keyout", join(work, "key.pem"), "-out", join(work, "cert.pem")]),
        { stdio: "ignore" },
    );
    const tls = https.createServer({ key: readFileSync(join(work, "key.pem")), cert: readFileSync(join(work, "cert.pem")) }, (req, res) =>
        res.end(`secure ${req.method} ${req.url}`),
    );
    servers.push(tls);
    await new Promise((resolve) => tls.listen(0, "127.0.0.1", resolve));
    secure = `https://127.0.0.1:${tls.address().port}`;
});

after(() => {
    for (const s of servers) s.close();
    rmSync(work, { recursive: true, force: true });
});

const PRELUDE = `local base, silent, secure, flaky = ...
local function clean(s) return (tostring(s):gsub(base:gsub("%p", "%%%0"), "BASE")) end
`;

function runLua(name, source, env = {}) {
    const file = join(work, `${name}.lua`);
    writeFileSync(file, PRELUDE + source);
    const options = { encoding: "latin1", timeout: 30000, env: { ...process.env, ...env } };
    return new Promise((resolve) => {
        execFile(process.execPath, [ptool, "run", file, base, silent, secure, flaky], options, (err, stdout, stderr) => {
            resolve({ status: err ? err.code : 0, stdout, stderr });
        });
    });
}

function luaCase(name, source, expected, env) {
    test(name, async () => {
        const r = await runLua(name.replace(/\W+/g, "-"), source, env);
        assert.equal(r.stderr, "");
        assert.equal(r.stdout, expected);
        assert.equal(r.status, 0);
    });
}

luaCase(
    "Response fields, repeated headers merged and kept apart",
    `local r = p.http.request{ url = base .. "/headers" }
print(r.status, r.ok, clean(r.url), type(r))
print(r.headers["set-cookie"])
print(r.headers["x-multi"], r.headers["X-Multi"])
print(r:header("X-MULTI"), r:header("set-cookie"))
local vs = r:header_values("Set-Cookie")
print(#vs, vs[1], vs[2])
print(r:header("missing"), #r:header_values("missing"))
print(r.headers["content-type"], r:text())
print(clean(tostring(r)))
print(r.nosuchfield, r.headers == r.headers)
print(ptool.http == p.http)
`,
    `200\ttrue\tBASE/headers\tuserdata
a=1, b=2
one, two\tnil
one\ta=1
2\ta=1\tb=2
nil\t0
text/plain\theaders
ptool.http.Response(200 BASE/headers)
nil\ttrue
true
`,
);

luaCase(
    "binary bodies with all 256 byte values, both ways, cached",
    `local r = p.http.request{ url = base .. "/bytes" }
local b = r:bytes()
local same = true
for i = 0, 255 do if b:byte(i + 1) ~= i then same = false end end
print(#b, same, r:text() == b, r:bytes() == b)
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local e = p.http.request{ url = base .. "/bytes-echo", method = "POST", body = all .. all }
print(#e:bytes(), e:bytes() == all .. all)
`,
    `256\ttrue\ttrue\ttrue
512\ttrue
`,
);

luaCase(
    "json bodies: default content-type, override, resp:json()",
    `local r = p.http.request{ url = base .. "/echo", method = "post", json = { name = "alice", tags = {"admin", "beta"}, n = 1 } }
local d = r:json()
print(d.method, d.headers["content-type"], d.body)
print(r:json().method, r:json() ~= d)
d = p.http.request{ url = base .. "/echo", method = "PUT", json = {1, 2.5, true}, headers = { ["Content-Type"] = "application/vnd.x+json" } }:json()
print(d.method, d.headers["content-type"], d.body)
d = p.http.request{ url = base .. "/echo", method = "POST", json = {} }:json()
print(d.body, d.headers["content-length"])
local ok, e = pcall(function() return p.http.request{ url = base .. "/not-json" }:json() end)
print(ok, (e:gsub("^.-:%d+: ", "")))
`,
    `POST\tapplication/json\t{"name":"alice","tags":["admin","beta"],"n":1}
POST\ttrue
PUT\tapplication/vnd.x+json\t[1,2.5,true]
{}\t2
false\tptool.http.Response:json: invalid JSON: key must be a string at line 1 column 2
`,
);

luaCase(
    "query and form encoding",
    `local d = p.http.request{
  url = base .. "/echo?x=1",
  query = { q = "a b&c", n = 2, f = false, pi = 1.5 },
  method = "POST",
  form = { user = "bob smith", ["k/\\xC3\\xA9"] = "v=1", ok = true },
}:json()
print(d.url)
print(d.headers["content-type"])
print(d.body)
print(p.http.request{ url = base .. "/echo", query = {} }:json().url)
print(p.http.request{ url = base .. "/echo#frag", query = { a = "*-._~" } }:json().url)
`,
    `/echo?x=1&q=a+b%26c&n=2&f=false&pi=1.5
application/x-www-form-urlencoded
user=bob+smith&k%2F%C3%A9=v%3D1&ok=true
/echo
/echo?a=*-._%7E
`,
);

luaCase(
    "basic_auth, bearer_token, user_agent and headers",
    `local d = p.http.request{ url = base .. "/echo", basic_auth = { username = "alice", password = "s3cret" } }:json()
print(d.headers.authorization)
d = p.http.request{ url = base .. "/echo", bearer_token = "tok123" }:json()
print(d.headers.authorization)
d = p.http.request{ url = base .. "/echo", user_agent = "ptool-script/1.0", headers = { ["X-Custom"] = "yes", ["User-Agent"] = "other" } }:json()
print(d.headers["user-agent"], d.headers["x-custom"])
d = p.http.request{ url = base .. "/echo", headers = { ["User-Agent"] = "mine" } }:json()
print(d.headers["user-agent"])
d = p.http.request{ url = base .. "/echo" }:json()
print(d.headers["user-agent"], d.headers.authorization)
local r = p.http.request{ url = base:gsub("//", "//alice:s3cret@") .. "/echo" }
print(r:json().headers.authorization, clean(r.url))
print(p.http.request{ url = base:gsub("//", "//alice:s3cret@") .. "/echo", bearer_token = "t" }:json().headers.authorization)
`,
    `Basic YWxpY2U6czNjcmV0
Bearer tok123
ptool-script/1.0\tyes
mine
ptool/0.1.0\tnil
Basic YWxpY2U6czNjcmV0\tBASE/echo
Bearer t
`,
);

luaCase(
    "4xx and 5xx: not raised by default, raise_for_status, fail_on_http_error",
    `local r = p.http.request{ url = base .. "/status/404" }
print(r.status, r.ok, r:text())
local ok, e = pcall(r.raise_for_status, r)
print(ok, clean(e))
print(p.http.request{ url = base .. "/status/204" }:raise_for_status().status)
local ok2, v, err = p.try(function() return p.http.request{ url = base .. "/status/503", fail_on_http_error = true } end)
print(ok2, v, err.kind, err.status, clean(err.url), err.retryable, err.op)
ok2, v, err = p.try(function() return p.http.request{ url = base .. "/status/404", fail_on_http_error = true } end)
print(err.kind, err.status, err.retryable, clean(err.message))
ok2, v, err = p.try(function() return p.http.request{ url = base .. "/status/500" }:raise_for_status() end)
print(err.kind, err.status, err.retryable, err.op)
print(p.http.request{ url = base .. "/status/201" }.ok, p.http.request{ url = base .. "/status/302", follow_redirects = false }.ok)
print(pcall(r.text))
`,
    `404\tfalse\tstatus 404
false\tptool.http.Response:raise_for_status: HTTP 404 Not Found (BASE/status/404)
204
false\tnil\thttp_error\t503\tBASE/status/503\ttrue\tptool.http.request
http_error\t404\tfalse\tptool.http.request: HTTP 404 Not Found (BASE/status/404)
http_error\t500\ttrue\tptool.http.Response:raise_for_status
true\tfalse
false\tptool.http.Response:text: self must be a ptool.http.Response, got nil (call it with ':')
`,
);

luaCase(
    "redirects: followed, not followed, max_redirects, loops, 303 and 307",
    `local r = p.http.request{ url = base .. "/redirect/3" }
print(r.status, clean(r.url), r:text())
r = p.http.request{ url = base .. "/redirect/3", follow_redirects = false }
print(r.status, r:header("location"), clean(r.url))
local ok, v, err = p.try(function() return p.http.request{ url = base .. "/loop" } end)
print(ok, err.kind, err.code, err.retryable, clean(err.message))
ok, v, err = p.try(function() return p.http.request{ url = base .. "/redirect/3", max_redirects = 2 } end)
print(ok, err.code)
print(p.http.request{ url = base .. "/redirect/3", max_redirects = 3 }.status)
local d = p.http.request{ url = base .. "/see-other", method = "POST", body = "x" }:json()
print(d.method, d.body == "")
d = p.http.request{ url = base .. "/temporary", method = "POST", body = "x" }:json()
print(d.method, d.body)
`,
    `200\tBASE/redirect/0\tdone
302\t/redirect/2\tBASE/redirect/3
false\tio_error\ttoo_many_redirects\tfalse\tptool.http.request: too many redirects (more than 10) at BASE/loop (GET BASE/loop)
false\ttoo_many_redirects
200
GET\ttrue
POST\tx
`,
);

luaCase(
    "timeouts and refused connections are structured and retryable",
    `local ok, v, err = p.try(function() return p.http.request{ url = base .. "/slow", timeout_ms = 200 } end)
print(ok, err.kind, err.code, err.retryable, err.op, clean(err.url))
ok, v, err = p.try(function() return p.http.request{ url = silent, timeout_ms = 200 } end)
print(ok, err.kind, err.code, err.retryable)
ok, v, err = p.try(function() return p.http.request{ url = "http://127.0.0.1:1/" } end)
print(ok, err.kind, err.code, err.retryable, err.message)
print(p.http.request{ url = base .. "/status/200" }.status)
print(p.http.request{ url = base .. "/status/200", timeout_ms = 1 << 40, connect_timeout_ms = 1 << 40 }.status)
`,
    `false\ttimeout\ttimeout\ttrue\tptool.http.request\tBASE/slow
false\ttimeout\ttimeout\ttrue
false\tio_error\trefused\ttrue\tptool.http.request: connection refused (connect ECONNREFUSED 127.0.0.1:1) (GET http://127.0.0.1:1/)
200
200
`,
);

luaCase(
    "invalid options name ptool.http.request and the field",
    `local function e(o) local ok, m = pcall(p.http.request, o) print(clean(m)) end
e(nil)
e({})
e({ url = 1 })
e({ url = base, bogus = true })
e({ url = base, [1] = "x" })
e({ url = base, body = "a", json = {} })
e({ url = base, form = {}, json = {} })
e({ url = base, basic_auth = { username = "u", password = "secretpw" }, bearer_token = "tok" })
e({ url = base, timeout_ms = "5" })
e({ url = base, timeout_ms = 0 })
e({ url = base, timeout_ms = 1.5 })
e({ url = base, connect_timeout_ms = -1 })
e({ url = base, headers = { X = 1 } })
e({ url = base, headers = { ["bad name"] = "v" } })
e({ url = base, headers = "x" })
e({ url = base, query = { "a" } })
e({ url = base, query = { a = {} } })
e({ url = base, form = { a = print } })
e({ url = base, follow_redirects = "yes" })
e({ url = base, max_redirects = -1 })
e({ url = base, basic_auth = { username = "u" } })
e({ url = base, basic_auth = { username = "u", password = 5 } })
e({ url = base, basic_auth = "u:p" })
e({ url = base, bearer_token = 5 })
e({ url = base, method = "GE T" })
e({ url = base, user_agent = false })
e({ url = base, fail_on_http_error = 1 })
e({ url = base, json = print })
e({ url = "ftp://x" })
e({ url = "not a url" })
local ok, v, err = p.try(function() return p.http.request{ url = 5 } end)
print(err.kind, err.op, err.retryable, err.detail)
`,
    `ptool.http.request: options must be a table, got nil
ptool.http.request: url is required
ptool.http.request: url must be a string, got number 1
ptool.http.request: unknown option 'bogus'
ptool.http.request: option names must be strings, got number 1
ptool.http.request: body and json are mutually exclusive (body, json and form: give one)
ptool.http.request: json and form are mutually exclusive (body, json and form: give one)
ptool.http.request: basic_auth and bearer_token are mutually exclusive
ptool.http.request: timeout_ms must be an integer, got string
ptool.http.request: timeout_ms must be a positive integer, got 0
ptool.http.request: timeout_ms must be an integer, got number 1.5
ptool.http.request: connect_timeout_ms must be a positive integer, got -1
ptool.http.request: headers["X"] must be a string, got number 1
ptool.http.request: invalid header name "bad name"
ptool.http.request: headers must be a table, got string
ptool.http.request: query keys must be strings, got number 1
ptool.http.request: query.a must be a string, number or boolean, got table
ptool.http.request: form.a must be a string, number or boolean, got function
ptool.http.request: follow_redirects must be a boolean, got string
ptool.http.request: max_redirects must be a non-negative integer, got -1
ptool.http.request: basic_auth.password must be a string, got nil
ptool.http.request: basic_auth.password must be a string, got number
ptool.http.request: basic_auth must be a table, got string
ptool.http.request: bearer_token must be a string, got number
ptool.http.request: invalid method "GE T"
ptool.http.request: user_agent must be a string, got boolean
ptool.http.request: fail_on_http_error must be a boolean, got number 1
ptool.http.request: cannot serialize a function value
ptool.http.request: unsupported url scheme "ftp" (http or https)
ptool.http.request: invalid url "not a url"
invalid_argument\tptool.http.request\tfalse\turl must be a string, got number 5
`,
);

luaCase(
    "passwords and tokens never appear in messages",
    `local ok, m = pcall(p.http.request, { url = "http://user:hunter2@127.0.0.1:1/" })
print(m:find("hunter2", 1, true) == nil, m)
ok, m = pcall(p.http.request, { url = "http://127.0.0.1:1/", bearer_token = "tok-secret" })
print(m:find("tok-secret", 1, true) == nil)
ok, m = pcall(p.http.request, { url = base .. "/status/401", basic_auth = { username = "u", password = "pw-secret" }, fail_on_http_error = true })
print(m:find("pw-secret", 1, true) == nil, clean(m))
ok, m = pcall(p.http.request, { url = "http://u:pw-secret@" })
print(m:find("pw-secret", 1, true) == nil, m)
`,
    `true\tptool.http.request: connection refused (connect ECONNREFUSED 127.0.0.1:1) (GET http://127.0.0.1:1/)
true
true\tptool.http.request: HTTP 401 Unauthorized (BASE/status/401)
true\tptool.http.request: invalid url "http://u:***@"
`,
);

luaCase(
    "errors raised by ptool.http are positioned at the calling line",
    `local ok, m = pcall(function()
  p.http.request{ url = 1 }
end)
print((m:gsub("^.*/[^/:]*%.lua:", "line ")))
`,
    `line 4: ptool.http.request: url must be a string, got number 1
`,
);

test("a built bundle (minified) carries the I/O worker", async () => {
    const file = join(work, "bundled.lua");
    writeFileSync(file, PRELUDE + `local r = p.http.request{ url = base .. "/redirect/1" }\nprint(r.status, clean(r.url), r:text())\n`);
    const out = join(work, "bundled");
    await new Promise((resolve, reject) =>
        execFile(process.execPath, [ptool, "build", file, "-o", out, "--minify"], (err) => (err ? reject(err) : resolve())),
    );
    const r = await new Promise((resolve) =>
        execFile(process.execPath, [out, base, silent], { encoding: "latin1", timeout: 30000 }, (err, stdout, stderr) =>
            resolve({ err, stdout, stderr }),
        ),
    );
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, "200\tBASE/redirect/0\tdone\n");
});

test("Lua imported into a JS bundle (esbuild plugin, minified) makes requests on the calling thread", async () => {
    const { build } = await import("esbuild");
    const { default: ptoolPlugin } = await import(join(root, "dist", "esbuild-plugin.mjs"));
    writeFileSync(
        join(work, "job.lua"),
        `local url = ...\nlocal r = p.http.request{ url = url }\nreturn r.status, r:header("set-cookie")\n`,
    );
    writeFileSync(join(work, "main.mjs"), `import job from "./job.lua";\nconsole.log(JSON.stringify(job(process.argv[2])));\n`);
    const out = join(work, "embedded.mjs");
    await build({
        entryPoints: [join(work, "main.mjs")],
        outfile: out,
        bundle: true,
        platform: "node",
        format: "esm",
        minify: true,
        plugins: [ptoolPlugin({ root: work })],
        logLevel: "warning",
    });
    const r = await new Promise((resolve) =>
        execFile(process.execPath, [out, `${base}/headers`], { encoding: "utf8", timeout: 30000 }, (err, stdout, stderr) =>
            resolve({ err, stdout, stderr }),
        ),
    );
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, '[200,"a=1"]\n');
});

luaCase(
    "the I/O worker starts at the first request, not before (Linux: threads of the process)",
    `local function threads()
  local f = io.popen("ls /proc/" .. p.os.pid() .. "/task | wc -l")
  local n = tonumber(f:read("a"))
  f:close()
  return n
end
local before = threads()
print(threads() == before)
p.http.request{ url = base .. "/status/200" }
local after = threads()
print(after > before)
p.http.request{ url = base .. "/status/200" }
print(threads() == after)
`,
    `true
true
true
`,
);

const HTTPS_CASE = `local ok, v, err = p.try(function() return p.http.request{ url = secure .. "/x?y=1" } end)
if ok then print(v.status, v:text()) else print(err.kind, err.code, err.retryable) end
`;
luaCase("https: certificates are verified (an unknown issuer is a tls error)", HTTPS_CASE, "io_error\ttls\tfalse\n");
luaCase("https: a trusted certificate (NODE_EXTRA_CA_CERTS) works", HTTPS_CASE, "200\tsecure GET /x?y=1\n", {
    NODE_EXTRA_CA_CERTS: join(work, "cert.pem"),
});

luaCase(
    "a keep-alive connection the server dropped is retried once on a new connection",
    `for i = 1, 3 do
  local r = p.http.request{ url = flaky .. "/" }
  print(r.status, r:text())
end
`,
    "200\t1\n200\t2\n200\t3\n",
);
