-- print: tab separation, tostring conversion, __tostring and __name, no arguments (manual 6.1)
print()
print(nil)
print(1, 2, 3)
print("a", nil, "b")
print(nil, nil)
print(true, false)
print(1, 1.0, -0.0, 1e100, 2^63, math.mininteger)
print("tab\tinside", "newline\ninside")
print("")
print("", "")
print(#"embedded\0zero")

-- __tostring is used
local pt = setmetatable({}, {__tostring = function() return "custom!" end})
print(pt, "and", pt)

-- __name gives "NAME: 0x..." (only the prefix is printed here)
local named = setmetatable({}, {__name = "Widget"})
local s = tostring(named)
print(s:sub(1, #"Widget: "))

-- types print with a prefix
print(tostring(print):sub(1, 9), tostring({}):sub(1, 6), tostring(function() end):sub(1, 9))

-- print uses tostring semantics for numbers
print(10 // 3, 10 / 2, 0x10, 1e15, 1e16, 123456789012345678)

-- print returns nothing
print(select("#", print("inner print")))

-- __tostring returning a non-string errors inside print
local bad = setmetatable({}, {__tostring = function() return {} end})
print(pcall(print, bad))

-- __tostring errors propagate
local err = setmetatable({}, {__tostring = function() error("no string for you", 0) end})
print(pcall(print, "before", err))

-- many arguments
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)

-- strings with special characters pass through unchanged
print("quote\" backslash\\ end")

-- print with varargs containing trailing nils
local function pr(...) print(...) end
pr(1, nil, nil)
pr()
