-- _G, _VERSION, collectgarbage basics, global variable access (manual 6.1)
print(_G._G == _G, _G == _ENV, type(_G))
print(_VERSION)
print(type(collectgarbage("count")), math.type(collectgarbage("count")))
print(collectgarbage("count") > 0)
print(collectgarbage())
print(collectgarbage("collect"))
print(select("#", collectgarbage()))
print(type(collectgarbage("step")))
print(type(collectgarbage("isrunning")))
print(pcall(collectgarbage, "bogus"))

-- globals live in _G
newglobal = "hi"
print(_G.newglobal, _G["newglobal"], rawget(_G, "newglobal"))
_G.another = 5
print(another)
newglobal = nil
print(rawget(_G, "newglobal"))

-- undefined globals are nil
print(undefined_global_xyz, type(undefined_global_xyz))

-- base functions are present in _G
local names = {"assert", "collectgarbage", "error", "getmetatable", "ipairs", "load", "next",
  "pairs", "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "select", "setmetatable",
  "tonumber", "tostring", "type", "xpcall"}
local missing = {}
for _, n in ipairs(names) do
  if type(_G[n]) ~= "function" then missing[#missing + 1] = n end
end
print("missing base functions:", #missing, table.concat(missing, ","))

-- library tables exist
print(type(string), type(table), type(math))

-- _G can be indexed with computed names
local prefix = "to"
print(_G[prefix .. "string"](12), _G[prefix .. "number"]("0x1F"))

-- shadowing a global with a local
local print_ = print
local tostring = function(v) return "shadowed" end
print_(tostring(1), _G.tostring(1))

-- global functions defined with function statement
function defined_global(x) return x * 2 end
print(_G.defined_global(21))

-- _VERSION is a string and not a function
print(type(_VERSION), #_VERSION)
