-- Mirrors a directory of files into an etcd prefix:
--   bin/ptool run examples/etcd/config-sync.lua DIR PREFIX
-- Every regular file DIR/PATH becomes the key PREFIX/PATH holding the file's bytes, and keys
-- under PREFIX that have no file any more are deleted. It is idempotent: a second run finds
-- everything unchanged and writes nothing (the keys keep their mod_revision).
-- The endpoint is $ETCD_ENDPOINT, or the local `make etcd`.
local dir, prefix = ...
if dir == nil or prefix == nil then
  io.stderr:write("usage: config-sync.lua DIR PREFIX\n")
  os.exit(2)
end
if prefix:sub(-1) ~= "/" then prefix = prefix .. "/" end
dir = dir:gsub("(.)/+$", "%1")

local etcd = ptool.etcd.connect({
  address = p.os.getenv("ETCD_ENDPOINT") or "127.0.0.1:2379",
  timeout_ms = 10_000,
})

local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- the files, as paths relative to dir, in byte order
local find = assert(io.popen("cd " .. shell_quote(dir) .. " && find . -type f -print0"))
local listing = find:read("a")
if not find:close() then error("cannot list the files of " .. dir) end
local files = {}
for path in listing:gmatch("%./([^\0]+)\0") do files[#files + 1] = path end
table.sort(files)

local function read_file(path)
  local f = assert(io.open(dir .. "/" .. path, "rb"))
  local data = f:read("a")
  f:close()
  return data
end

-- what etcd has now: one range request for the whole prefix
local current = {}
for _, item in ipairs(etcd:list(prefix).kvs) do current[item.key] = item.value end

local counts = { created = 0, updated = 0, unchanged = 0, deleted = 0 }
local wanted = {}
for _, path in ipairs(files) do
  local key = prefix .. path
  local data = read_file(path)
  wanted[key] = true
  if current[key] == nil then
    etcd:put(key, data)
    counts.created = counts.created + 1
    print("created", key)
  elseif current[key] ~= data then
    etcd:put(key, data)
    counts.updated = counts.updated + 1
    print("updated", key)
  else
    counts.unchanged = counts.unchanged + 1
  end
end

local stale = {}
for key in pairs(current) do
  if not wanted[key] then stale[#stale + 1] = key end
end
table.sort(stale)
for _, key in ipairs(stale) do
  etcd:delete(key)
  counts.deleted = counts.deleted + 1
  print("deleted", key)
end

print(string.format("created=%d updated=%d unchanged=%d deleted=%d", counts.created, counts.updated, counts.unchanged, counts.deleted))
