-- __index and __newindex: tables, functions, chains, rawget/rawset bypass (manual 2.4)
-- __index as a table
local base = {greet = "hello", n = 1}
local obj = setmetatable({own = "mine"}, {__index = base})
print(obj.own, obj.greet, obj.n, obj.missing, rawget(obj, "greet"))

-- chain of __index tables
local A = {a = "A"}
local B = setmetatable({b = "B"}, {__index = A})
local C = setmetatable({c = "C"}, {__index = B})
print(C.a, C.b, C.c, C.d)

-- __index function receives the table and key
local log = {}
local f = setmetatable({}, {__index = function(t, k)
  log[#log + 1] = tostring(k)
  return k .. "!"
end})
print(f.x, f[1], f.x, #log, table.concat(log, ","))
local existing = setmetatable({present = 1}, {__index = function() return "default" end})
print(existing.present, existing.absent)

-- __index function returning only the first value
local multi = setmetatable({}, {__index = function() return 1, 2, 3 end})
print(multi.any)

-- function in chain: table whose metatable has an __index function
local D = setmetatable({}, {__index = function(_, k) return "D:" .. k end})
local E = setmetatable({}, {__index = D})
print(E.foo)

-- __newindex as a function: raw table untouched
local writes = {}
local w = setmetatable({}, {__newindex = function(t, k, v) writes[#writes + 1] = k .. "=" .. tostring(v) end})
w.a = 1
w.b = nil
print(rawget(w, "a"), table.concat(writes, " "))

-- __newindex only fires for absent keys
local store = setmetatable({exists = 1}, {__newindex = function(t, k, v) rawset(t, k, v * 100) end})
store.exists = 2
store.fresh = 3
print(store.exists, store.fresh)
store.fresh = 4  -- now present, so raw assignment
print(store.fresh)

-- __newindex as a table: assignment goes to the other table
local target = {}
local proxy = setmetatable({}, {__newindex = target})
proxy.k = "v"
print(rawget(proxy, "k"), target.k)

-- chained __newindex tables
local final = {}
local mid = setmetatable({}, {__newindex = final})
local front = setmetatable({}, {__newindex = mid})
front.z = 26
print(rawget(front, "z"), rawget(mid, "z"), final.z)

-- rawset bypasses __newindex, rawget bypasses __index
local guarded = setmetatable({}, {__newindex = function() error("no writes") end, __index = function() return "idx" end})
rawset(guarded, "x", 1)
print(guarded.x, rawget(guarded, "y"), guarded.y)
print(pcall(function() guarded.y = 2 end))

-- read-only proxy pattern
local function readonly(t)
  return setmetatable({}, {__index = t, __newindex = function(_, k) error("attempt to update read-only field " .. tostring(k), 2) end})
end
local ro = readonly({1, 2, 3})
print(ro[1], ro[3], #ro)
print(pcall(function() ro[1] = 5 end))

-- default values via __index
local defaults = setmetatable({}, {__index = function() return 0 end})
defaults.a = defaults.a + 1
defaults.a = defaults.a + 1
print(defaults.a, defaults.b)

-- __index on numeric keys and ipairs
local squares = setmetatable({}, {__index = function(t, i) if type(i) == "number" and i <= 4 then return i * i end end})
local sq = {}
for i, v in ipairs(squares) do sq[#sq + 1] = v end
print(table.concat(sq, " "))

-- __index loop detection
local loop1, loop2 = {}, {}
setmetatable(loop1, {__index = loop2})
setmetatable(loop2, {__index = loop1})
print(pcall(function() return loop1.x end))
