local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
    return "done"
  end)
end
local g = gen(3)
print(g(), g(), g(), g())
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got2", d, e)
  return "fin", 99
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, "x", "y"))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.isyieldable())
-- yield across pcall
local co2 = coroutine.create(function()
  local ok, err = pcall(function()
    coroutine.yield(1)
    error("boom")
  end)
  print("pcall:", ok, err)
  coroutine.yield(2)
  return 3
end)
print(coroutine.resume(co2)); print(coroutine.resume(co2)); print(coroutine.resume(co2)); print(coroutine.resume(co2))
-- metamethods
local mt = {__index = function(t, k) return coroutine.yield(k) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("cat") end}
local co3 = coroutine.wrap(function()
  local t = setmetatable({}, mt)
  print("idx", t.foo)
  print("add", t + 1)
  print("lt", t < t)
  print("cat", t .. "x")
  return "fin"
end)
print(co3()); print(co3(42)); print(co3(43)); print(co3(false)); print(co3("s"))
-- yield across sort comparator
local co4 = coroutine.create(function() table.sort({3,2,1}, function(a,b) coroutine.yield() return a<b end) end)
print(coroutine.resume(co4))
print(pcall(coroutine.yield, 1))
-- generic for with coroutine iterator
local function range(n) return coroutine.wrap(function() for i=1,n do coroutine.yield(i, i*i) end end) end
for i, sq in range(4) do io.write(i, ":", sq, " ") end print()
print(select("#", coroutine.running()), type(co), tostring(co):match("^thread: 0x") ~= nil)
local w = coroutine.wrap(function() error("oops") end)
print(pcall(w))
local w2 = coroutine.wrap(function() error({}) end)
print(select("#", pcall(w2)), type(select(2, pcall(w2))))
print(coroutine.resume(coroutine.create(function() error("x") end)))
local co5 = coroutine.create(function() local x <close> = setmetatable({}, {__close=function() print("closed") end}); coroutine.yield(1) end)
print(coroutine.resume(co5)); print(coroutine.close(co5)); print(coroutine.status(co5))
print(coroutine.resume(co5))
print(coroutine.close(coroutine.create(print)))
