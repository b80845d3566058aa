-- table.sort errors: invalid order functions, incomparable values, bad arguments
local function try(f) print(pcall(f)) end
local function showt(t) local out = {} for i = 1, #t do out[i] = tostring(t[i]) end print(table.concat(out, " ")) end

try(function() local t = {5, 4, 3, 2, 1} table.sort(t, function(a, b) return true end) end)
try(function() local t = {1, 2, 3} table.sort(t, function(a, b) return true end) return table.concat(t, ",") end)
try(function() local t = {5, 4, 3, 2, 1, 6, 7, 8, 9, 10} table.sort(t, function(a, b) return true end) end)
try(function() local t = {5, 4, 3, 2, 1, 6, 7, 8, 9, 10} table.sort(t, function(a, b) return a <= b end) return table.concat(t, ",") end)
try(function() local t = {5, 5, 5, 5, 5, 5} table.sort(t, function(a, b) return a <= b end) end)
try(function() local t = {} for i = 1, 100 do t[i] = i % 3 end table.sort(t, function(a, b) return a <= b end) end)
try(function() local t = {1, 2, nil, 4} table.sort(t) end)
try(function() local t = {3, "2", 1} table.sort(t) end)
try(function() local t = {"2", 3, 1} table.sort(t) end)
try(function() local t = {3, {}, 1} table.sort(t) end)
try(function() local t = {{}, {}} table.sort(t) end)
try(function() local t = {true, false} table.sort(t) end)
try(function() local t = {setmetatable({}, {__name = "Thing"}), 1} table.sort(t) end)
try(function() table.sort({3, 2, 1}, function(a, b) error("boom") end) end)
print(select(2, pcall(table.sort, {3, 2, 1}, function(a, b) error({code = 42}) end)).code)
try(function() table.sort({3, 2, 1}, function(a, b) return a.x < b end) end)
try(function() table.sort({3, 1, 2}, 3) end)
try(function() table.sort({3, 1, 2}, "x") end)
try(function() table.sort({3, 1, 2}, setmetatable({}, {__call = function() return true end})) end)
print(pcall(table.sort, {1}, 3))
print(pcall(table.sort, {}, {}))
try(function() table.sort() end)
try(function() table.sort(nil) end)
try(function() table.sort("abc") end)
try(function() table.sort(setmetatable({}, {__len = function() return 2^31 end})) end)
try(function() table.sort(setmetatable({}, {__len = function() return 2^31 - 1 end}), 1) end)
try(function() table.sort(setmetatable({}, {__len = function() return 2.5 end})) end)
try(function() table.sort(setmetatable({}, {__len = function() return "x" end})) end)
try(function() table.sort(setmetatable({}, {__len = function() return -5 end})) return "ok" end)

-- the table keeps whatever state the sort reached when the error happened
local t = {9, 8, 7, 6, 5, 4, 3, 2, 1, "x", 0}
print(pcall(table.sort, t))
showt(t)
t = {9, 8, 7, 6, 5, 4, 3, 2, 1}
local n = 0
print(pcall(table.sort, t, function(a, b) n = n + 1 if n > 10 then error("stop") end return a < b end))
showt(t)

-- inconsistent comparators never hang or leave the array part
local seed = 1
local function flaky() seed = (seed * 1103515245 + 12345) % 2147483648 return seed % 2 == 0 end
for size = 2, 40 do
  t = {} for i = 1, size do t[i] = i end
  local ok, err = pcall(table.sort, t, function(a, b) return flaky() end)
  local sum = 0 for i = 1, size do sum = sum + t[i] end
  io.write(ok and "." or "E", sum == size * (size + 1) // 2 and "" or "!")
end
print()
