-- __metatable field: protecting getmetatable/setmetatable; setmetatable argument rules (manual 6.1)
local mt = {__metatable = "locked", __index = {hidden = "h"}}
local t = setmetatable({}, mt)
print(getmetatable(t), t.hidden)
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))

-- __metatable can be any value, including false and tables
local f = setmetatable({}, {__metatable = false})
print(getmetatable(f))
print(pcall(setmetatable, f, {}))
local decoy = {}
local d = setmetatable({}, {__metatable = decoy})
print(getmetatable(d) == decoy)

-- unprotected metatables can be replaced and removed
local mt1, mt2 = {}, {}
local u = setmetatable({}, mt1)
print(getmetatable(u) == mt1)
setmetatable(u, mt2)
print(getmetatable(u) == mt2)
setmetatable(u, nil)
print(getmetatable(u))

-- setmetatable returns its first argument
local r = {}
print(setmetatable(r, {}) == r)

-- argument errors
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}))
print(pcall(setmetatable))
print(pcall(getmetatable))

-- getmetatable on non-tables
print(getmetatable(1), getmetatable(nil), getmetatable(true), getmetatable(print))
print(type(getmetatable("")), getmetatable("").__index == string)

-- the string metatable is protected? (no __metatable field: it is returned)
print(getmetatable("abc") == getmetatable(""))

-- __metatable does not affect rawequal/rawget and metamethods still work
local prot = setmetatable({}, {__metatable = "no", __add = function() return "added" end, __index = function() return "idx" end})
print(prot + 1, prot.anything, rawget(prot, "anything"))

-- adding __metatable after the fact also protects
local later_mt = {}
local later = setmetatable({}, later_mt)
later_mt.__metatable = "now locked"
print(getmetatable(later), pcall(setmetatable, later, {}))
