-- status, running, isyieldable, close and to-be-closed variables
local main, ismain = coroutine.running()
print(type(main), ismain, coroutine.status(main), coroutine.isyieldable())
local co
co = coroutine.create(function()
  local me, m = coroutine.running()
  print("inside", me == co, m, coroutine.status(co), coroutine.isyieldable())
  print("main seen from inside", coroutine.status(main))
  coroutine.yield()
end)
coroutine.resume(co)
print(coroutine.status(co), coroutine.isyieldable(co), coroutine.isyieldable(main))
print(coroutine.close(co), coroutine.status(co))
-- close runs pending __close in reverse order, and returns the error of a failing __close
local function closer(name) return setmetatable({}, {__close = function(_, e) print("close", name, e) end}) end
local c2 = coroutine.create(function()
  local a <close> = closer("a")
  local b <close> = closer("b")
  coroutine.yield("suspended with two")
end)
print(coroutine.resume(c2))
print(coroutine.close(c2))
print(coroutine.status(c2), coroutine.resume(c2))
local c3 = coroutine.create(function()
  local a <close> = setmetatable({}, {__close = function() error("close failed", 0) end})
  coroutine.yield()
end)
coroutine.resume(c3)
print(coroutine.close(c3))
-- closing a coroutine that died with an error returns that error
local c4 = coroutine.create(function() error("died", 0) end)
print(coroutine.resume(c4))
print(coroutine.close(c4))
print(coroutine.close(coroutine.create(function() end)))
-- a normal coroutine cannot be closed
local c5
c5 = coroutine.create(function()
  local inner = coroutine.create(function() return pcall(coroutine.close, c5) end)
  print(coroutine.resume(inner))
end)
coroutine.resume(c5)
-- wrap closes pending variables when it returns normally; for loops close their 4th value
local w = coroutine.wrap(function()
  local x <close> = closer("wrapped")
  coroutine.yield(1)
  return 2
end)
print(w()); print(w())
local function closingIter()
  local i = 0
  return function() i = i + 1 if i <= 2 then return i end end, nil, nil, closer("for")
end
local c6 = coroutine.wrap(function()
  for i in closingIter() do coroutine.yield(i) end
  return "loop done"
end)
print(c6(), c6(), c6())
-- coroutines as table keys, equality and many alive at once
local set = {}
local all = {}
for i = 1, 100000 do
  local c = coroutine.create(function(x) local y = coroutine.yield(x + 1) return y * 2 end)
  coroutine.resume(c, i)
  all[i] = c
  if i % 25000 == 0 then set[c] = i end
end
local n = 0
for c, i in pairs(set) do n = n + 1 assert(all[i] == c) end
print("keys", n, coroutine.status(all[1]), coroutine.status(all[100000]))
local sum = 0
for i = 1, 100000, 9999 do local _, v = coroutine.resume(all[i], i) sum = sum + v end
print("sum", sum, coroutine.status(all[1]), coroutine.status(all[2]))
