-- pairs, __pairs, next: traversal, deletion during traversal, invalid keys (manual 6.1)
local function sorted(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  for i = 2, #ks do
    local v, j = ks[i], i - 1
    while j >= 1 and ks[j] > v do ks[j + 1] = ks[j]; j = j - 1 end
    ks[j + 1] = v
  end
  return table.concat(ks, " ")
end
print(sorted({a = 1, b = 2, c = 3, 1, 2, [10] = 10}))

-- pairs returns next, the table, nil
local t = {x = 1}
local f, s, c = pairs(t)
print(f == next, s == t, c)

-- next on empty table, next with the last key
print(next({}))
local single = {only = "one"}
local k, v = next(single)
print(k, v, next(single, k))

-- next on array part goes in order 1..n
local arr = {"a", "b", "c"}
local i1, v1 = next(arr)
local i2, v2 = next(arr, i1)
local i3, v3 = next(arr, i2)
print(i1, v1, i2, v2, i3, v3, next(arr, i3))

-- deleting fields during traversal with next
local del = {}
for i = 1, 20 do del["k" .. i] = i end
local visited = 0
for key in pairs(del) do
  visited = visited + 1
  del[key] = nil
end
print("visited", visited, "left", next(del))

-- traversal where every other field is removed ahead
local half = {}
for i = 1, 10 do half[i] = i end
local seen = 0
for key, val in pairs(half) do
  seen = seen + 1
  half[key] = nil
end
print("seen", seen, next(half))

-- next with an invalid key
print(pcall(next, {}, "nokey"))
print(pcall(next, {a = 1}, "b"))
print(pcall(next))
print(pcall(next, 1))

-- __pairs metamethod
local proxied = setmetatable({}, {__pairs = function(self)
  local i = 0
  return function(_, prev)
    i = i + 1
    if i <= 3 then return i, i * 10 end
  end, self, nil
end})
local out = {}
for key, val in pairs(proxied) do out[#out + 1] = key .. "=" .. val end
print(table.concat(out, " "))

-- __pairs returning extra values: only three are used (plus closing value in 5.4)
local extra = setmetatable({}, {__pairs = function(t) return next, {z = 26}, nil, nil end})
for key, val in pairs(extra) do print("extra", key, val) end

-- pairs accepts any value; the error comes from next when the loop starts
print(select("#", pairs(nil)), select(2, pairs(1)))
print(pcall(function() for _ in pairs(nil) do end end))
print(pcall(function() local n = 5; for _ in pairs(n) do end end))
print(pcall(pairs))

-- next ignores __index and __pairs
local hidden = setmetatable({real = 1}, {__index = {virtual = 2}, __pairs = function() return next, {}, nil end})
print(next(hidden))
local n = 0
for _ in pairs(hidden) do n = n + 1 end
print("pairs with __pairs", n)

-- counting elements of a mixed table
local mixed = {1, 2, 3, a = "x", b = "y", [1.5] = "f", [true] = "t"}
local count = 0
for _ in pairs(mixed) do count = count + 1 end
print("count", count)

-- modifying values during traversal
local mod = {a = 1, b = 2, c = 3}
for key in pairs(mod) do mod[key] = mod[key] * 2 end
print(mod.a, mod.b, mod.c)
