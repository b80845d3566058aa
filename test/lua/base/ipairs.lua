-- ipairs: stops at first nil, respects __index, returns three values, works on non-tables with __index (manual 6.1)
local function collect(t)
  local out = {}
  for i, v in ipairs(t) do out[#out + 1] = i .. "=" .. tostring(v) end
  return "[" .. table.concat(out, " ") .. "]"
end
print(collect({}), collect({"a"}), collect({"a", "b", "c"}))
print(collect({1, 2, nil, 4}), collect({nil, 2}), collect({[2] = "x"}))
print(collect({false, false}), collect({1, 2, x = 3, [4] = 4}))

-- ipairs returns a function, the table and 0
local f, s, c = ipairs({})
print(type(f), c, select("#", ipairs({})))
-- calling the iterator directly
local t = {"p", "q"}
local iter = ipairs(t)
print(iter(t, 0))
print(iter(t, 1))
print(iter(t, 2))

-- __index is honoured
local proxy = setmetatable({}, {__index = function(_, i) if i <= 4 then return "v" .. i end end})
print(collect(proxy))
local base = {"b1", "b2", "b3"}
local derived = setmetatable({"d1"}, {__index = base})
print(collect(derived))

-- modifying the table while iterating: new elements are seen
local grow = {1, 2}
local seen = {}
for i, v in ipairs(grow) do
  seen[#seen + 1] = v
  if i == 2 then grow[3] = 3 end
  if i == 3 then grow[4] = nil end
end
print(table.concat(seen, ","))

-- removing the next element stops the loop
local shrink = {1, 2, 3, 4}
local got = {}
for i, v in ipairs(shrink) do
  got[#got + 1] = v
  shrink[i + 1] = nil
end
print(table.concat(got, ","))

-- ipairs ignores __pairs and __len
local weird = setmetatable({"x", "y"}, {__len = function() return 10 end, __pairs = function() error("no") end})
print(collect(weird))

-- ipairs on non-table values
print(pcall(ipairs))
print(pcall(function() for _ in ipairs(nil) do end end))
print(pcall(function() for _ in ipairs(5) do end end))
-- a string has __index = string table: ipairs("abc") looks up ("abc")[1] which is nil
print(collect("abc"))

-- loop stops at nil even if later indices exist
local sparse = {}
sparse[1] = "one"; sparse[2] = "two"; sparse[4] = "four"
print(collect(sparse))
