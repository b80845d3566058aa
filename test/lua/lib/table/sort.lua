-- table.sort: default order, comparators, ties (same algorithm as lua5.4), large arrays
local function show(t) local out = {} for i = 1, #t do out[i] = tostring(t[i]) end print(table.concat(out, " ")) end
local function sorted(t, cmp)
  cmp = cmp or function(a, b) return a < b end
  for i = 2, #t do if cmp(t[i], t[i - 1]) then return false end end
  return true
end

local t = {5, 3, 8, 1, 9, 2, 7, 4, 6, 0}
table.sort(t) show(t)
table.sort(t, function(a, b) return a > b end) show(t)
t = {3.5, -1, 2^53, 1e100, -math.huge, math.huge, 0, -0.0, 2, 1.5, math.mininteger, math.maxinteger}
table.sort(t) show(t)
t = {"banana", "apple", "Cherry", "apple2", "", "a", "b\0c", "b", "\xff", "\x7f"}
table.sort(t) show(t)
table.sort(t, function(a, b) return #a < #b or (#a == #b and a < b) end) show(t)
t = {} table.sort(t) show(t)
t = {1} table.sort(t) show(t)
t = {2, 1} table.sort(t) show(t)
t = {3, 1, 2} table.sort(t) show(t)
t = {1, 2, 3, 4, 5} table.sort(t, function(a, b) return a > b end) show(t)
t = {1, 1, 1, 2, 2, 1} table.sort(t) show(t)

-- ties: lua5.4's quicksort decides the order of equal keys
local recs = {}
local names = {"ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lee"}
for i, n in ipairs(names) do recs[i] = {name = n, k = (i * 7) % 4} end
table.sort(recs, function(a, b) return a.k < b.k end)
local out = {} for i, r in ipairs(recs) do out[i] = r.k .. r.name end print(table.concat(out, " "))
recs = {}
for i = 1, 90 do recs[i] = {id = i, k = (i * 37) % 5} end
table.sort(recs, function(a, b) return a.k > b.k end)
out = {} for i, r in ipairs(recs) do out[i] = r.id end print(table.concat(out, ","))

-- comparators may return any value; only its truth counts
t = {4, 2, 3, 1}
table.sort(t, function(a, b) if a < b then return 1 else return nil end end) show(t)
t = {4, 2, 3, 1}
table.sort(t, function(a, b) return a < b, "ignored" end) show(t)

-- mixed integer and float keys, with __lt on tables
t = {3, 1.5, 2, 0.5, 2^60, -2^60, 7.0}
table.sort(t) show(t)
local V = {}
V.__lt = function(a, b) return a.v < b.v end
V.__tostring = function(a) return "V" .. a.v end
t = {}
for i, v in ipairs{5, 3, 9, 1, 7} do t[i] = setmetatable({v = v}, V) end
table.sort(t) show(t)

-- a sort through a proxy with __index / __newindex / __len
local store = {9, 8, 7, 6, 5, 4, 3, 2, 1}
local log = {reads = 0, writes = 0}
local proxy = setmetatable({}, {
  __index = function(_, k) log.reads = log.reads + 1 return store[k] end,
  __newindex = function(_, k, v) log.writes = log.writes + 1 store[k] = v end,
  __len = function() return #store end,
})
table.sort(proxy)
show(store) print(log.reads > 0, log.writes > 0)

-- the comparator sees the values being sorted; count the calls on a small input
local calls = 0
t = {5, 1, 4, 2, 3}
table.sort(t, function(a, b) calls = calls + 1 return a < b end)
show(t) print("calls", calls)
calls = 0
t = {} for i = 1, 50 do t[i] = (i * 17) % 50 end
table.sort(t, function(a, b) calls = calls + 1 return a < b end)
print(sorted(t), "calls", calls)

-- large arrays: numbers, strings, with comparator
math.randomseed(99)
local N = 100000
t = {} for i = 1, N do t[i] = math.random(1, 1000) end
table.sort(t) print(sorted(t), #t, t[1], t[N])
t = {} for i = 1, N do t[i] = math.random() end
table.sort(t, function(a, b) return a > b end) print(sorted(t, function(a, b) return a > b end))
t = {} for i = 1, N do t[i] = tostring(math.random(1, 1e6)) end
table.sort(t) print(sorted(t), #t)
t = {} for i = 1, N do t[i] = i end
table.sort(t) print(sorted(t))
table.sort(t, function(a, b) return a > b end) print(t[1], t[N])
t = {} for i = 1, N do t[i] = 7 end
table.sort(t) print(sorted(t))
t = {} for i = 1, N do t[i] = (i % 2 == 0) and i or i + 0.5 end
t[N // 2] = 2^62
table.sort(t) print(sorted(t), t[N])
