-- config-report.lua: parse "key = value" lines into a table, validate and report them.
-- Shows string patterns, tables, closures, pcall/error and string.format.
local text = [[
# service settings
name = etcd-sync
port = 2379
timeout_ms = 1500
retries = 3
endpoints = 127.0.0.1:2379, 127.0.0.1:22379
]]

local function parse(src)
  local cfg, lineno = {}, 0
  for line in src:gmatch("[^\n]*") do
    lineno = lineno + 1
    if line:match("^%s*#") or line:match("^%s*$") then goto continue end
    local key, value = line:match("^%s*([%w_]+)%s*=%s*(.-)%s*$")
    if not key then error(("line %d: cannot parse %q"):format(lineno, line), 2) end
    cfg[key] = tonumber(value) or value
    ::continue::
  end
  return cfg
end

local function validate(cfg)
  assert(type(cfg.port) == "number" and cfg.port > 0 and cfg.port < 65536, "port out of range")
  local list = {}
  for ep in cfg.endpoints:gmatch("[^,%s]+") do list[#list + 1] = ep end
  cfg.endpoints = list
  return cfg
end

local cfg = validate(parse(text))
local keys = {}
for k in pairs(cfg) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do
  local v = cfg[k]
  if type(v) == "table" then v = table.concat(v, " | ") end
  print(string.format("%-12s %s", k, tostring(v)))
end
print(("timeout: %.1f s, %d retries, integer port: %s"):format(cfg.timeout_ms / 1000, cfg.retries, math.type(cfg.port)))

local ok, err = pcall(parse, "this line is broken")
print("bad input ->", ok, err)
