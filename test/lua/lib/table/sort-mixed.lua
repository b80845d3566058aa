-- table.sort: integers tied with integral floats keep lua5.4's quicksort order; comparator
-- sorts on plain tables; a comparator that reads the table while it is sorted.
local function show(t)
  local out = {}
  for i = 1, #t do out[i] = math.type(t[i]) == "float" and string.format("%.1ff", t[i]) or tostring(t[i]) end
  return table.concat(out, " ")
end

local t = {}
for i = 1, 60 do t[i] = (i * 7) % 13 + ((i % 2 == 0) and 0.0 or 0) end
table.sort(t)
print(show(t))

local u = {3, 3.0, 1, 1.0, 2.0, 2, 3, 1.0, -0.0, 0, 0.5, -1, -1.0}
table.sort(u)
print(show(u))

local big = {}
for i = 1, 500 do big[i] = (i * 37) % 101 + (i % 3 == 0 and 0.0 or 0) end
table.sort(big)
local n = 0
for i = 1, #big do if math.type(big[i]) == "float" then n = n + i end end
print(n, big[1], big[#big])

local mixedInf = {math.huge, 1, -math.huge, 2.0, 2, 1.5}
table.sort(mixedInf)
print(show(mixedInf))

local s = {}
for i = 1, 200 do s[i] = string.format("k%03d", (i * 71) % 200) end
table.sort(s, function(a, b) return a > b end)
print(s[1], s[2], s[100], s[200])

-- comparator that looks at the table while sorting
local w = {5, 2, 8, 1, 9, 3}
local seen = 0
table.sort(w, function(a, b) seen = seen + #w; return a < b end)
print(table.concat(w, ","), seen > 0)

-- comparator with ties and several results
local r = {4, 1, 4, 2, 4, 3}
table.sort(r, function(a, b) return a < b, "extra" end)
print(table.concat(r, ","))
print(pcall(table.sort, {1, 2, 3, 4, 5, 6}, function(a, b) return true end))
