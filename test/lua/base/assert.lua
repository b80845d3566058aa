-- assert: returns all arguments on success, message handling and non-string messages (manual 6.1)
print(assert(1))
print(assert(1, 2, 3))
print(assert(true, "unused message"))
print(assert(0, nil, "x"))
print(select("#", assert("a", nil, nil)))
print(assert({}) ~= nil, assert(""))

-- failure with default message
print(pcall(assert, false))
print(pcall(assert, nil))
print(pcall(function() assert(false) end))
print(pcall(function() assert(nil, nil) end))

-- string messages get the position of the Lua caller (assert behaves like error(msg, 1))
print(pcall(assert, false, "custom failure"))
print(pcall(function() assert(1 == 2, "math broke") end))
print(pcall(function() local v = nil; assert(v, "v is " .. tostring(v)) end))

-- non-string message objects are passed unchanged
local E = {code = 5}
local ok, e = pcall(assert, false, E)
print(ok, e == E, e.code)
print(pcall(assert, false, 42))
print(pcall(assert, nil, true))

-- assert with no arguments
print(pcall(assert))

-- common idiom: assert(load(...))
local f = assert(load("return 10"))
print(f())
print(pcall(function() return assert(load("return +")) end))

-- assert returns its arguments so it can wrap calls
local function two() return "x", "y" end
print(assert(two()))
local a, b = assert(tonumber("7"), "not a number")
print(a, b)
print(pcall(function() return assert(tonumber("q"), "not a number") end))

-- assert with false message object
print(pcall(assert, false, false))
print(pcall(assert, false, nil))
