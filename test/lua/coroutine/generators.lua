-- recursive generators: tree walks and permutations, yielding from deep inside recursion
local function node(v, l, r) return {value = v, left = l, right = r} end
local tree = node(8, node(4, node(2, node(1), node(3)), node(6, node(5), node(7))), node(12, node(10, nil, node(11)), node(14, node(13))))
local function walk(t)
  if t == nil then return end
  walk(t.left)
  coroutine.yield(t.value)
  walk(t.right)
end
local function inorder(t) return coroutine.wrap(function() walk(t) end) end
local out = {}
for v in inorder(tree) do out[#out + 1] = v end
print(table.concat(out, ","))

local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  local co = coroutine.create(function() permgen(a) end)
  return function()
    local _, res = coroutine.resume(co)
    return res
  end
end
local count = 0
for p in permutations({"a", "b", "c", "d"}) do
  count = count + 1
  if count <= 5 then print(table.concat(p, " ")) end
end
print("permutations:", count)

-- deep recursion inside a coroutine, yielding at the bottom
local function deep(n) if n == 0 then return coroutine.yield("bottom") end return deep(n - 1) end
local function deep2(n) if n == 0 then coroutine.yield("bottom2") return 0 end return 1 + deep2(n - 1) end
local co = coroutine.create(function() deep(5000); return deep2(5000) end)
print(coroutine.resume(co))
print(coroutine.resume(co, "x"))
print(coroutine.resume(co))
-- fibonacci generator with state in locals and upvalues
local function fibgen()
  local a, b = 0, 1
  return coroutine.wrap(function()
    while true do
      coroutine.yield(a)
      a, b = b, a + b
    end
  end)
end
local f = fibgen()
local fs = {}
for _ = 1, 20 do fs[#fs + 1] = f() end
print(table.concat(fs, " "))
-- a generator of generators
local function counter(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end
local outer = coroutine.wrap(function() for n = 1, 3 do coroutine.yield(counter(n)) end end)
for g in outer do
  local s = {}
  for v in g do s[#s + 1] = v end
  print(#s, table.concat(s, "+"))
end
-- method calls and varargs through yields
local obj = {n = 0}
function obj:step(...) self.n = self.n + select("#", ...) return coroutine.yield(self.n, ...) end
local co3 = coroutine.wrap(function(...) return obj:step(...) end)
print(co3(1, 2, 3))
print(co3("back", nil))
-- debug.getinfo inside a coroutine sees the coroutine's own frames
local function inner()
  local here = debug.getinfo(1, "Sl")
  local caller = debug.getinfo(2, "Sl")
  coroutine.yield(here.currentline, here.linedefined, caller.currentline, debug.getinfo(inner, "S").lastlinedefined)
end
local function outer() inner() end
print(coroutine.wrap(outer)())
