-- Evaluation order and positions found by conformance runs (manual §3.4.10, §3.3.4, §3.3.5)
-- arguments are evaluated before a call of a non-callable value fails
local t = {x = 13}
print(pcall(function() t.x(print("arg evaluated")) end))
local n = nil
print(pcall(function() n(print("arg evaluated 2")) end))
print(pcall(function() t:nomethod(print("arg evaluated 3")) end))

-- a label may repeat one of an inner block that has ended
do goto l1; ::l1:: end
::l1::
do ::l2:: end
::l2::
print("labels ok")

-- integer loops whose float limit lies beyond the integer range the other way do not run
for i = math.mininteger, -10e100 do print("no") end
for i = math.maxinteger, 10e100, -1 do print("no2") end
for i = 1, -math.huge do print("no3") end
print("loops ok")

-- next with a key that is not in the table
print(pcall(next, {10, 20}, 3))
print(pcall(next, {10, 20}, 100))
local cleared = {1, 2, 3}
for k in pairs(cleared) do cleared[k] = nil end
print(next(cleared))

-- metamethods that cannot be called
local a = setmetatable({}, {__add = 34})
print(pcall(function() return a + 1 end))
local b = setmetatable({}, {__lt = {}})
print(pcall(function() return b > b end))
local c = setmetatable({}, {__concat = true})
print(pcall(function() return c .. "x" end))

-- lines of errors in expressions spread over several lines
print(pcall(load("local a = {}\nlocal b = a\n+\n1", "=src")))
print(pcall(load("local a = 'x'\nlocal b = a\n..\n{}", "=src")))
print(pcall(load("local a = {}\nlocal b = a\n<\n1", "=src")))
print(pcall(load("for k in\n3\ndo end", "=src")))
print(pcall(load("a = {}\nfunction a.x.y (p)\nlocal q = p\nreturn q\nend", "=src")))
