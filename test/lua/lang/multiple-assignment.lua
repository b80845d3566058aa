-- multiple assignment: evaluation before assignment, adjustment, swaps, order (manual 3.3.3)
local a, b, c = 1, 2
print(a, b, c)
a, b = 10, 20, 30
print(a, b)

-- swaps
a, b = b, a
print(a, b)
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)

-- all expressions evaluated before any assignment
local i = 3
local t = {}
i, t[i] = i + 1, 20
print(i, t[3], t[4])

local arr = {1, 2, 3}
local j = 1
j, arr[j] = 2, "x"
print(j, arr[1], arr[2])

-- swapping table fields
local p = {1, 2}
p[1], p[2] = p[2], p[1]
print(p[1], p[2])

-- function call expanding at the end only
local function three() return "a", "b", "c" end
local q, r, s, u = three()
print(q, r, s, u)
q, r, s, u = three(), "z"
print(q, r, s, u)
q, r, s, u = 0, three()
print(q, r, s, u)
q, r = (three())
print(q, r)

-- __newindex records the assignment order (lua5.4 assigns right to left)
local order = {}
local rec = setmetatable({}, {__newindex = function(tt, k, v)
  order[#order + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tt, k, v)
end})
rec.a, rec.b, rec.c = 1, 2, 3
print(table.concat(order, " "))

-- __index/function calls in the right-hand side happen left to right
local calls = {}
local function v(n) calls[#calls + 1] = n; return n end
local m1, m2, m3 = v(1), v(2), v(3)
print(table.concat(calls, " "), m1, m2, m3)

-- global and local mixed
g1, local_dummy = 5, 6
local l1
l1, g2 = g1 + 1, g1 + 2
print(g1, l1, g2, local_dummy)

-- nested table targets evaluated before assignment
local n = {inner = {}}
local key = "k"
n.inner[key], key = "val", "other"
print(n.inner.k, n.inner.other, key)

-- excess values are still evaluated
local hits = 0
local function hit() hits = hits + 1 return hits end
local only = hit(), hit(), hit()
print(only, hits)

-- assignments to upvalues
local uv1, uv2 = "u1", "u2"
local function swapuv() uv1, uv2 = uv2, uv1 end
swapuv()
print(uv1, uv2)
