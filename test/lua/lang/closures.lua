-- closures and upvalues: sharing, per-iteration fresh variables, counters (manual 3.5)
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2(), c1(), c2())

-- two closures sharing one upvalue
local function pair()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  return get, set
end
local get, set = pair()
set(42)
print("shared", get())
set("str")
print("shared", get())

-- closure sees later changes to the enclosing local
local x = 1
local function seex() return x end
x = 2
print("sees update", seex())

-- numeric for: fresh variable per iteration
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print("numeric for", fs[1](), fs[2](), fs[3]())

-- generic for: fresh variables per iteration
local gs = {}
for k, v in ipairs({"a", "b", "c"}) do gs[k] = function() return k .. v end end
print("generic for", gs[1](), gs[2](), gs[3]())

-- while loop: local declared inside body is fresh
local ws = {}
local j = 0
while j < 3 do
  j = j + 1
  local captured = j
  ws[j] = function() return captured end
end
print("while", ws[1](), ws[2](), ws[3]())

-- while loop capturing the outer variable shares it
local shared = {}
local m = 0
while m < 3 do
  m = m + 1
  shared[m] = function() return m end
end
print("while outer", shared[1](), shared[2](), shared[3]())

-- closures in the same iteration share that iteration's variable
local incs, reads = {}, {}
for i = 1, 2 do
  local v = i * 10
  incs[i] = function() v = v + 1 end
  reads[i] = function() return v end
end
incs[1](); incs[1](); incs[2]()
print("per-iteration sharing", reads[1](), reads[2]())

-- nested closures: upvalue of an upvalue
local function outer()
  local a = "A"
  return function()
    local b = "B"
    return function() a = a .. "!"; return a .. b end
  end
end
local mid = outer()
local inner1, inner2 = mid(), mid()
print(inner1(), inner2(), inner1())

-- closure over a parameter
local function adder(n) return function(x) return x + n end end
local add5, add10 = adder(5), adder(10)
print(add5(1), add10(1), add5(add10(0)))

-- closures capturing loop var after the loop modifies a copy
local caps = {}
for i = 1, 2 do
  caps[i] = function() return i end
  i = i + 100  -- modifies only this iteration's copy, seen by the closure
end
print("modified copy", caps[1](), caps[2]())

-- recursive closure via local function
local function memo()
  local cache = {}
  local function fib(n)
    if n < 2 then return n end
    if cache[n] then return cache[n] end
    local r = fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
  end
  return fib
end
print("memo fib", memo()(80))

-- upvalue survives the scope that created it
local keep
do
  local hidden = "secret"
  keep = function() return hidden end
end
print(keep())

-- closure identity: each evaluation creates a new closure
local list = {}
for i = 1, 2 do list[i] = function() end end
print("distinct closures", list[1] == list[2], list[1] == list[1])
