-- ptool core API (spec: ptool-core.md): version, use, unindent, inspect, script_path, try.
-- Expected output written by hand (no oracle).
print("-- globals")
print(type(ptool), ptool == p, rawequal(_G.p, _G.ptool))

print("-- version")
print(ptool.version(), p.version(), type(p.version()))

print("-- use: plain versions are minimums")
for _, r in ipairs({"v0.1.0", "0.1.0", "0.0.9", "v0.0.1", "  0.1.0  ", "0.1.0-alpha", "0.1.1", "v0.2.0", "1.0.0"}) do
  print("[" .. r .. "]", pcall(p.use, r))
end
print(select("#", p.use("0.1.0")))

print("-- use: requirements")
for _, r in ipairs({"^0.1", "^0.1.0", "^0.2", "^0.1.1", "^0", "^0.0", ">=0.2, <1", ">= v0.1.0, < 0.2.0",
                    ">=0.1", ">0.1", ">0.1.0", ">0.0", "<0.1.1", "<0.1", "<=0.1", "<=0.0",
                    "~0.1", "~0.1.0", "~0", "~1.2", "=1.0.0", "=0.1.0", "=0.1", "*", "0.*", "0.1.*", "1.*",
                    "0.1", "1", ">0.0.9-rc.1", "=0.1.0-rc.1"}) do
  print("[" .. r .. "]", pcall(p.use, r))
end

print("-- use: errors")
for _, r in ipairs({"abc", "", ">=", "1.*.3", "^0.1,", "0.1.0.0", "v"}) do
  print("[" .. r .. "]", pcall(p.use, r))
end
print(pcall(p.use))
print(pcall(p.use, 1))

print("-- unindent")
local s = ptool.unindent([[
  | line 1
  | line 2
]])
print(s == "line 1\nline 2")
print(s)
print("[" .. p.unindent("\n\n    | a\n    |\n    |   b\n  no bar stays\n\t| tab\n   \n\n") .. "]")
print("[" .. p.unindent("|x\n|") .. "]")
print("[" .. p.unindent("") .. "]", "[" .. p.unindent("  \n \n") .. "]")
print(pcall(p.unindent, nil))

print("-- inspect: spec example")
local value = {
  "hello",
  user = { name = "alice", tags = {"dev", "ops"} },
}
value.self = value
print(ptool.inspect(value))
print(ptool.inspect(value, { multiline = false }))

print("-- inspect: scalars")
print(p.inspect(nil), p.inspect(true), p.inspect(1), p.inspect(1.0), p.inspect(-0.0), p.inspect(0.5))
print(p.inspect(math.maxinteger), p.inspect(1/0), p.inspect("a\"b\\c\n\r\t\0\1\127é"))
print(p.inspect(print), p.inspect(function() end), p.inspect(io.stdout))

print("-- inspect: key order")
print(p.inspect({1, 2, nil, 4, [10] = 10, [-1] = "neg", [1.5] = "f", x = 1, ["a b"] = 2, ["end"] = 3,
                 [true] = "t", [false] = "f", _y = {}, Z = 0}))
print(p.inspect({[{1}] = 2, [print] = 3}, {multiline = false}))

print("-- inspect: options")
print(p.inspect({a = {b = {c = {}}}}, {max_depth = 2}))
print(p.inspect({a = {b = {c = {}}}}, {max_depth = 1, multiline = false}))
print(p.inspect({a = 1}, {max_depth = 0}), p.inspect("s", {max_depth = 0}))
print(p.inspect({a = {1}}, {indent = "\t"}))
print(p.inspect({a = {1}}, {indent = "", multiline = true}))
print(p.inspect({}), p.inspect({}, {multiline = false}), p.inspect({{}}, {multiline = false}))
local shared = {1}
print(p.inspect({shared, shared}, {multiline = false}))
print(p.inspect(setmetatable({}, {__tostring = function() return "X" end, __index = {a = 1}})))
print(pcall(p.inspect, 1, {max_depth = -1}))
print(pcall(p.inspect, 1, {max_depth = 1.5}))
print(pcall(p.inspect, 1, {indent = 1}))
print(pcall(p.inspect, 1, {multiline = "no"}))
print(pcall(p.inspect, 1, 2))

print("-- script_path")
local sp = p.script_path()
print(type(sp), sp:sub(1, 1) == "/", sp:sub(-#"/test/lua/ptool/core.lua") == "/test/lua/ptool/core.lua")
print(sp:find("/./", 1, true), sp:find("/../", 1, true), ptool.script_path() == sp)

print("-- try: success")
print(p.try(function() end))
print(p.try(function() return 1 end))
print(p.try(function() return nil end))
local ok, v, err = p.try(function() return 1, nil, "three" end)
print(ok, type(v), v[1], v[2], v[3], err)
print(select("#", p.try(function() end)))
print(p.try(function() return false end))

print("-- try: lua errors")
local function show(ok, v, err)
  local keys = {}
  for k in pairs(err) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(err[k]) end
  print(ok, v, table.concat(parts, " "))
end
show(p.try(function() error("boom") end))
show(p.try(function() error("boom", 0) end))
show(p.try(function() error({code = 1}) end))
show(p.try(function() error(setmetatable({}, {__tostring = function() return "custom" end})) end))
show(p.try(function() error(42) end))
show(p.try(function() local t = nil; return t.x end))
local ok2, v2 = p.try(function() return p.try(function() error("inner", 0) end) end)
print(ok2, v2[1], v2[2], v2[3].kind, v2[3].message)

print("-- try: ptool errors")
show(p.try(function() return p.json.parse("[1,]") end))
show(p.try(function() p.use("^9") end))
show(p.try(function() return p.json.stringify({f = print}) end))
show(p.try(function() local ok, e = pcall(p.json.parse, "x"); error(e, 0) end))
print(pcall(p.try, 1))
print(pcall(p.try))

print("-- errors carry the caller's position")
print(pcall(function() p.json.parse("{") end))
print(pcall(function() p.use(">=2") end))
