-- Dumps the feature flags under a prefix as JSON:
--   bin/ptool run examples/etcd/flags-dump.lua [PREFIX]      (default /flags/)
-- Each key PREFIX/NAME becomes "NAME": value, where "true"/"false" are booleans, numerals
-- are numbers, JSON objects and arrays are parsed, and anything else stays a string. The
-- endpoint is $ETCD_ENDPOINT, or the local `make etcd`.
local prefix = ... or "/flags/"

local etcd = ptool.etcd.connect({
  address = p.os.getenv("ETCD_ENDPOINT") or "127.0.0.1:2379",
  timeout_ms = 10_000,
})

local function decode(text)
  if text == "true" then return true end
  if text == "false" then return false end
  local n = tonumber(text)
  if n ~= nil then return n end
  if text:match("^%s*[%[{]") then
    local ok, value = pcall(p.json.parse, text)
    if ok then return value end
  end
  return text
end

local resp = etcd:list(prefix)
local flags = {}
for _, item in ipairs(resp.kvs) do
  local name = item.key:sub(#prefix + 1)
  if utf8.len(name) and utf8.len(item.value) then
    flags[name] = decode(item.value)
  else
    io.stderr:write("skipping ", item.key, ": not UTF-8 text\n")
  end
end

print(p.json.stringify({ prefix = prefix, revision = resp.header.revision, count = resp.count, flags = flags }, { pretty = true }))
