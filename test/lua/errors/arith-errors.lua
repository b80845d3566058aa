-- arithmetic error messages: nil/table/boolean operands, non-numeric strings, integer division by zero (manual 2.3, 3.4.1)
local function try(f, ...) print(select(2, pcall(f, ...))) end

try(function() local t = {}; return t.n + 1 end)
try(function() local t = {}; return 1 + t.n end)
try(function() return missing_global * 2 end)
try(function() local a; return a - 1 end)
local up
try(function() return up / 2 end)
try(function() local t = {}; return -t end)
try(function() local b = true; return b % 2 end)
try(function() return {} ^ 2 end)
try(function() local t = {}; return t // 1 end)
try(function() local f = print; return f + 1 end)

-- both operands bad: the message names the first culprit (the second if the first is a number)
try(function() local a, b; return a + b end)
try(function() local a, b = 1, nil; return a + b end)
try(function() local a, b = {}, nil; return a * b end)

-- non-numeric strings: the string library's metamethods report
try(function() return "abc" + 1 end)
try(function() return 1 + "abc" end)
try(function() local s = "abc"; return s * 2 end)
try(function() return "abc" - "def" end)
try(function() return "10" + {} end)
try(function() return {} + "10" end)
try(function() return -"abc" end)
try(function() return "x" // 1 end)
try(function() return "x" % 1 end)
try(function() return "x" ^ 1 end)
try(function() return "x" / 1 end)

-- numeric strings work
print("10" + 1, "3" * "4", -"5")

-- integer division and modulo by zero
try(function() return 1 // 0 end)
try(function() return 1 % 0 end)
try(function() local z = 0; return 5 // z end)
try(function() local z = 0; return 5 % z end)
try(function() return math.mininteger // 0 end)
try(function() return "6" // "0" end)
try(function() return "6" % 0 end)
-- floats do not raise
print(1 // 0.0, 1 % 0.0 ~= 1 % 0.0, 1.0 // 0)

-- field names in messages
try(function() local cfg = {limits = {}}; return cfg.limits.max + 1 end)
try(function() local cfg = {}; return cfg["key"] * 2 end)
try(function() local arr = {}; return arr[1] + 1 end)

-- upvalue and global descriptions
local counter
try(function() counter = counter + 1 end)
try(function() total = total + 1 end)

-- constants in arithmetic
try(function() return nil + 1 end)
try(function() return 1 + nil end)
