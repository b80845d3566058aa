-- lua5.4 stops at 200 nested C calls (LUAI_MAXCCALLS): pcall, xpcall and resumes count, the
-- main chunk runs at level 2, a resumed coroutine runs one level above its resumer.
-- (TypeScriptToLua's async functions nest a pcall and a resume per await: 99 levels.)
local depth, msg = 0, nil
local function tail(s) return type(s) == "string" and s:sub(-24) or tostring(s) end

local function f(n) depth = n; local ok, e = pcall(f, n + 1); if not ok and not msg then msg = e end return ok end
f(1) print("pcall nesting", depth, msg)

depth, msg = 0, nil
local function x(n) depth = n; local ok, e = xpcall(x, function(m) return "handled: " .. tostring(m) end, n + 1); if not ok and not msg then msg = e end return ok end
x(1) print("xpcall nesting", depth, msg)

local function co(n) depth = n; local c = coroutine.wrap(function() return co(n + 1) end) return c() end
local ok, e = pcall(co, 1) print("resume nesting under pcall", depth, ok, tail(e))

local co2
co2 = function(n) depth = n; local c = coroutine.create(function() return co2(n + 1) end) local ok, e = coroutine.resume(c) if not ok then error(e, 0) end return e end
print("resume nesting", select(2, xpcall(co2, function(m) return m end, 1)), depth)

local function g(n) depth = n; local ok, e = pcall(g, n + 1); return ok end
coroutine.wrap(function() g(1) end)() print("pcall nesting in a coroutine", depth)

local function cop(n) depth = n; local c = coroutine.wrap(function() return select(2, pcall(cop, n + 1)) end) return c() end
print(pcall(cop, 1)) print("resume+pcall nesting", depth)

-- a coroutine suspended inside pcalls is continued without them
local gen = coroutine.wrap(function()
  local function deep(n) if n == 0 then while true do coroutine.yield(depth) end end return pcall(deep, n - 1) end
  deep(150)
end)
gen()
local function h(n) depth = n; if n == 40 then depth = depth + 1000 * (gen() and 1 or 0) end local ok = pcall(h, n + 1) return ok end
h(1) print("pcall nesting around a resume", depth)
local function k(n) depth = n; if n >= 190 then return gen() end local ok, e = pcall(k, n + 1) if not ok then msg = e end return ok end
msg = nil print(k(1), depth, msg)

-- the limit is on the nesting, not on the number of calls
local total = 0
for i = 1, 1000 do total = total + select(2, pcall(function() return coroutine.wrap(function() return i end)() end)) end
print("sequential", total)

-- a generic for counts its iterator call: generators chained through for loops nest two
-- levels each (the iterator call and the resume)
local function chain(n)
  return coroutine.wrap(function()
    if n > 0 then for v in chain(n - 1) do coroutine.yield(v) end end
    coroutine.yield(n)
  end)
end
for _, n in ipairs({90, 97, 98, 120}) do
  local ok, e = pcall(function() local s = 0 for v in chain(n) do s = s + v end return s end)
  print("for-chained generators", n, ok, tail(e))
end
local function walk(n) depth = n; for _ in function(_, c) if c == nil then walk(n + 1) return 1 end end do end end
print(pcall(walk, 1)) print("recursion through for iterators", depth)

-- __index and __newindex functions, __tostring, and the callbacks of table.sort and
-- string.gsub are nested C calls too
local mt = {}
mt.__index = function(t, k) depth = k; return setmetatable({}, mt)[k + 1] end
print(pcall(function() return setmetatable({}, mt)[1] end)) print("__index nesting", depth)
local nmt = {}
nmt.__newindex = function(t, k, v) depth = k; setmetatable({}, nmt)[k + 1] = v end
print(pcall(function() setmetatable({}, nmt)[1] = true end)) print("__newindex nesting", depth)
local function viaSort(n) depth = n; table.sort({2, 1}, function(a, b) viaSort(n + 1) return a < b end) end
print(pcall(viaSort, 1)) print("table.sort nesting", depth)
local function viaGsub(n) depth = n; return (string.gsub("x", "x", function() return viaGsub(n + 1) end)) end
print(pcall(viaGsub, 1)) print("string.gsub nesting", depth)
local tmt = {}
tmt.__tostring = function(o) depth = o.n; return tostring(setmetatable({n = o.n + 1}, tmt)) end
print(pcall(tostring, setmetatable({n = 1}, tmt))) print("__tostring nesting", depth)
