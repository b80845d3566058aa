-- table.move: overlapping ranges in both directions, other tables, limits
local function show(t, a, b) local out = {} for i = a, b do out[#out + 1] = tostring(t[i]) end print(table.concat(out, ",")) end
local function try(f) print(pcall(f)) end
local t = {1, 2, 3, 4, 5, 6, 7, 8}
table.move(t, 1, 3, 3) show(t, 1, 8)
t = {1, 2, 3, 4, 5, 6, 7, 8}
table.move(t, 3, 6, 1) show(t, 1, 8)
t = {1, 2, 3, 4, 5, 6, 7, 8}
table.move(t, 1, 8, 2) show(t, 1, 9)
t = {1, 2, 3, 4, 5}
table.move(t, 2, 5, 1) show(t, 1, 5)
t = {1, 2, 3}
print(table.move(t, 1, 3, 1) == t)
t = {1, 2, 3}
local u = {"a", "b", "c", "d"}
print(table.move(t, 1, 3, 2, u) == u) show(u, 1, 4)
print(table.move(t, 3, 1, 1, u) == u) show(u, 1, 4)
u = table.move({1, 2, 3}, 1, 3, -1, {}) show(u, -1, 1)
u = table.move({1, nil, 3}, 1, 3, 1, {}) show(u, 1, 3)
u = table.move({[0] = 0, [-1] = -1}, -1, 0, 1, {}) show(u, 1, 2)
u = table.move({10, 20}, 1, 2, math.maxinteger - 1, {}) print(u[math.maxinteger - 1], u[math.maxinteger])
u = table.move({[math.maxinteger] = "m"}, math.maxinteger, math.maxinteger, 1, {}) print(u[1])
u = table.move({[math.mininteger] = "lo", [math.mininteger + 1] = "lo1"}, math.mininteger, math.mininteger + 1, 1, {}) print(u[1], u[2])
u = table.move({}, 1, 0, 1, {5}) show(u, 1, 1)
print(table.move({}, 5, 1, 3) ~= nil)
t = {1, 2, 3} table.move(t, 1, 3, "2") show(t, 1, 4)
t = {1, 2, 3} table.move(t, 1.0, 2.0, 2.0, nil) show(t, 1, 4)

-- __eq does not make two tables the same destination
local mt = {__eq = function() return true end}
local a, b = setmetatable({1, 2, 3}, mt), setmetatable({}, mt)
table.move(a, 1, 3, 2, b) show(b, 1, 4)

try(function() return table.move({}, 1, math.maxinteger, 2) end)
try(function() return table.move({}, -1, math.maxinteger, 2) end)
try(function() return table.move({}, 1, 2, math.maxinteger) end)
try(function() return table.move({}, math.mininteger, -1, 1) end)
try(function() return table.move({}, 1, 2, 3, 4) end)
try(function() return table.move(1, 1, 2, 3) end)
try(function() return table.move({}, 1, 2) end)
try(function() return table.move({}, 1) end)
try(function() return table.move({}) end)
try(function() return table.move() end)
try(function() return table.move({}, 1.5, 2, 3) end)
try(function() return table.move({}, 1, 2, "x") end)
try(function() return table.move("abc", 1, 2, 3) end)
