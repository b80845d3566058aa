-- yields from inside every metamethod the VM calls, and from pcall inside metamethods
local log = {}
local function Y(tag, v) local r = coroutine.yield(tag) log[#log + 1] = tag return r == nil and v or r end
local mt = {}
mt.__index = function(t, k) return Y("index", "I" .. k) end
mt.__newindex = function(t, k, v) Y("newindex") rawset(t, k, v) end
mt.__add = function(a, b) return Y("add", 1) end
mt.__sub = function(a, b) return Y("sub", 2) end
mt.__mul = function(a, b) return Y("mul", 3) end
mt.__div = function(a, b) return Y("div", 4) end
mt.__mod = function(a, b) return Y("mod", 5) end
mt.__pow = function(a, b) return Y("pow", 6) end
mt.__idiv = function(a, b) return Y("idiv", 7) end
mt.__band = function(a, b) return Y("band", 8) end
mt.__bor = function(a, b) return Y("bor", 9) end
mt.__bxor = function(a, b) return Y("bxor", 10) end
mt.__shl = function(a, b) return Y("shl", 11) end
mt.__shr = function(a, b) return Y("shr", 12) end
mt.__unm = function(a) return Y("unm", 13) end
mt.__bnot = function(a) return Y("bnot", 14) end
mt.__concat = function(a, b) return Y("concat", "cc") end
mt.__len = function(a) return Y("len", 15) end
mt.__eq = function(a, b) return Y("eq", true) end
mt.__lt = function(a, b) return Y("lt", true) end
mt.__le = function(a, b) return Y("le", false) end
mt.__call = function(self, x) return Y("call", "called " .. tostring(x)) end
mt.__close = function(self, err) Y("close") log[#log + 1] = "closed" end
local co = coroutine.wrap(function()
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  local r = {}
  r[#r + 1] = a.foo
  a.bar = 1
  r[#r + 1] = a + 1; r[#r + 1] = a - 1; r[#r + 1] = a * 1; r[#r + 1] = a / 1
  r[#r + 1] = a % 1; r[#r + 1] = a ^ 1; r[#r + 1] = a // 1; r[#r + 1] = a & 1
  r[#r + 1] = a | 1; r[#r + 1] = a ~ 1; r[#r + 1] = a << 1; r[#r + 1] = a >> 1
  r[#r + 1] = -a; r[#r + 1] = ~a; r[#r + 1] = a .. "x"; r[#r + 1] = #a
  r[#r + 1] = tostring(a == b); r[#r + 1] = tostring(a < b); r[#r + 1] = tostring(a <= b)
  r[#r + 1] = tostring(a > b); r[#r + 1] = tostring(a >= b); r[#r + 1] = tostring(a ~= b)
  r[#r + 1] = a(5)
  do local c <close> = a end
  return table.concat(r, " ")
end)
local v = co()
while true do
  local tag = v
  v = co()
  if not tag or tag == v and false then break end
  if type(v) == "string" and v:find(" ") then print(v) break end
end
print(table.concat(log, ","))

-- yield inside pcall inside a metamethod, with an error after the resume
local mt2 = {__index = function(t, k)
  local ok, err = pcall(function()
    local got = coroutine.yield("idx " .. k)
    error("bad " .. got, 0)
  end)
  return tostring(ok) .. ":" .. err
end}
local co2 = coroutine.create(function()
  local t = setmetatable({}, mt2)
  return t.key
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "value"))
-- __index chain through tables, then a function that yields
local base = setmetatable({}, {__index = function(_, k) return coroutine.yield(k) end})
local mid = setmetatable({}, {__index = base})
local top = setmetatable({}, {__index = mid})
local co3 = coroutine.wrap(function() return top.deep end)
print(co3())
print(co3("found"))
-- __call through a callable table used as an iterator
local iter = setmetatable({}, {__call = function(self, s, c)
  if c >= 3 then return nil end
  coroutine.yield("step " .. c)
  return c + 1
end})
local co4 = coroutine.wrap(function()
  local seen = {}
  for i in iter, nil, 0 do seen[#seen + 1] = i end
  return table.concat(seen, ",")
end)
print(co4(), co4(), co4(), co4())
-- __pairs is not called by the VM but by pairs (a C function) in lua5.4: yields are fine there too
-- __lt on mixed: a number and a table
local cmp = setmetatable({}, {__lt = function(a, b) return coroutine.yield("mixed") end})
local co5 = coroutine.wrap(function() return 1 < cmp, cmp < 2 end)
print(co5()); print(co5(true)); print(co5(false))
