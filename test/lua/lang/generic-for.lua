-- generic for: pairs (sorted), ipairs stopping at nil, explicit next, loop var copies (manual 3.3.5)
local function sortedkeys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  -- insertion sort by tostring with type prefix (no table.sort on purpose)
  for i = 2, #ks do
    local v, j = ks[i], i - 1
    local kv = type(v) .. tostring(v)
    while j >= 1 and type(ks[j]) .. tostring(ks[j]) > kv do ks[j + 1] = ks[j]; j = j - 1 end
    ks[j + 1] = v
  end
  return ks
end

local t = {10, 20, 30, x = "a", y = "b", [100] = "h", [2.5] = "f", [true] = "t"}
local parts = {}
for _, k in ipairs(sortedkeys(t)) do parts[#parts + 1] = tostring(k) .. "=" .. tostring(t[k]) end
print(table.concat(parts, " "))

-- pairs visits every key exactly once
local count, sum = 0, 0
for k, v in pairs({1, 2, 3, 4, a = 5, b = 6}) do count = count + 1; sum = sum + v end
print("pairs count/sum", count, sum)

-- ipairs stops at the first nil
local seq = {1, 2, nil, 4}
local got = {}
for i, v in ipairs(seq) do got[#got + 1] = i .. ":" .. v end
print("ipairs", table.concat(got, " "))

-- ipairs on an empty table and a table with only hash keys
local c = 0
for _ in ipairs({}) do c = c + 1 end
for _ in ipairs({a = 1}) do c = c + 1 end
print("ipairs empty", c)

-- ipairs starts at 1 (ignores index 0 and negatives)
got = {}
for i, v in ipairs({[0] = "zero", [-1] = "neg", "one", "two"}) do got[#got + 1] = v end
print(table.concat(got, " "))

-- explicit next-based loop
local nt = {"a", "b", "c"}
local nparts = {}
for k, v in next, nt do nparts[#nparts + 1] = k .. v end
print("next loop count", #nparts)

-- loop variables are copies
local arr = {1, 2, 3}
for i, v in ipairs(arr) do v = v * 100; i = i + 10 end
print(arr[1], arr[2], arr[3])

-- modifying existing fields during traversal is allowed
local m = {a = 1, b = 2, c = 3}
for k, v in pairs(m) do m[k] = v * 10 end
print(m.a, m.b, m.c)

-- clearing fields during traversal is allowed
local clr = {a = 1, b = 2, c = 3, d = 4}
for k in pairs(clr) do clr[k] = nil end
print("cleared", next(clr))

-- number of variables: extra variables get nil
for a, b, c2, d in ipairs({"x"}) do print(a, b, c2, d) end

-- break out of a generic for
local found
for i, v in ipairs({5, 8, 13, 21}) do
  if v > 10 then found = i; break end
end
print("found at", found)

-- nested generic loops
local matrix = {{1, 2}, {3, 4}, {5}}
local flat = {}
for _, row in ipairs(matrix) do
  for _, v in ipairs(row) do flat[#flat + 1] = v end
end
print(table.concat(flat, ","))

-- iterating over a function call result list
local function items() return ipairs({"p", "q"}) end
for i, v in items() do print("items", i, v) end

-- ipairs respects __index (5.4)
local proxy = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * i end end})
got = {}
for i, v in ipairs(proxy) do got[#got + 1] = v end
print("ipairs __index", table.concat(got, " "))
