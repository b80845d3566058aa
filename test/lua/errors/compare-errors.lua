-- comparison error messages: type pairs for <, <=, >, >= (manual 2.3, 3.4.4)
local function try(f, ...) print(select(2, pcall(f, ...))) end

try(function() return 1 < nil end)
try(function() return nil < 1 end)
try(function() local n; return n > 1 end)
try(function() return 1 <= "2" end)
try(function() return "2" >= 1 end)
try(function() return {} < {} end)
try(function() return {} <= {} end)
try(function() return {} < 1 end)
try(function() return 1 > {} end)
try(function() return true < false end)
try(function() return print < print end)
try(function() return "a" < {} end)
try(function() return nil < nil end)
try(function() local t = {}; return t.x < 5 end)
try(function() return 1.5 < nil end)

-- tables with metatables but no __lt
local A = setmetatable({}, {})
local B = setmetatable({}, {})
try(function() return A < B end)
try(function() return A <= B end)

-- __name changes the type name in the message
local N = setmetatable({}, {__name = "MyObj"})
try(function() return N < 1 end)
try(function() return N < N end)
try(function() return 1 < N end)

-- equality never errors
print(1 == nil, {} == {}, "1" == 1, nil == false, A == B)
