-- release-step.lua: one step of a release with ptool.run and friends. It makes a scratch
-- project in a temporary directory, bumps its version, appends a changelog entry, checks
-- for leftovers, packs a tarball and prints its listing and a checksum. Every command is a
-- plain POSIX/GNU tool (mktemp, printf, tee, grep, tar, sort, sha256sum).
ptool.config({ run = { echo = false, check = true } })

local home = ptool.run_capture("pwd", { trim = true }).stdout
local work = ptool.run_capture("mktemp -d", { trim = true }).stdout
ptool.cd(work)

-- the project: a VERSION file and one source file
ptool.run("mkdir -p demo/src")
ptool.cd("demo")
ptool.run({ cmd = "printf", args = { "0.4.1\n" }, stdout = { file = "VERSION" } })
ptool.run({ cmd = "printf", args = { "print('hello')\n" }, stdout = { file = "src/main.lua" } })

-- bump the patch version
local current = ptool.run_capture("cat VERSION", { trim = true }).stdout
local major, minor, patch = current:match("^(%d+)%.(%d+)%.(%d+)$")
local version = string.format("%d.%d.%d", major, minor, patch + 1)
print("bump " .. current .. " -> " .. version)
ptool.run({ cmd = "sh", args = { "-c", 'printf "%s\\n" "$NEW" > VERSION' }, env = { NEW = version } })

-- a changelog entry, given on stdin
ptool.run({
  cmd = "tee",
  args = { "-a", "CHANGELOG" },
  stdin = "## " .. version .. "\n- fix the greeting\n",
  stdout = "null",
})

-- a check that may fail: grep exits with 1 when nothing matches
local todo = ptool.run_capture({ cmd = "grep", args = { "-c", "TODO", "src/main.lua" }, check = false, trim = true })
print("TODO markers: " .. (todo.ok and todo.stdout or "none (grep exited with " .. todo.code .. ")"))

-- pack, list (a pipeline, sorted bytewise) and checksum the release content
local tarball = "../demo-" .. version .. ".tar"
ptool.run({ cmd = "tar", args = { "-cf", tarball, "--sort=name", "." } })
local listing = ptool.pipe({ { "tar", "-tf", tarball }, "sort" }, { stdout = "capture", env = { LC_ALL = "C" } })
io.write(listing.stdout)
print("stages: " .. listing.cmd .. ", statuses " .. table.concat(listing.codes, " "))
local sum = ptool.pipe({ "cat VERSION CHANGELOG src/main.lua", "sha256sum" }, { stdout = "capture", trim = true })
print("content sha256: " .. sum.stdout:match("^%x+"):sub(1, 16) .. "...")

-- a required file is missing: check = true raises command_failed, caught with ptool.try
local ok, _, err = ptool.try(function() ptool.run_shell("test -f LICENSE") end)
print("LICENSE check:", ok, err.kind, err.status)

ptool.cd(home)
ptool.run({ cmd = "rm", args = { "-rf", work } })
print("released " .. version)
