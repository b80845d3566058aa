-- string values index the string table through their metatable: s:rep, s:sub, s:byte (manual 6.4)
print(("x"):rep(3), ("ab"):rep(2, "-"), ("x"):rep(0), ("x"):rep(-1))
local s = "hello"
print(s:sub(2, 4), s:sub(-3), s:sub(2), s:sub(0), s:sub(10), s:sub(3, 2))
print(s:byte(), s:byte(-1), s:byte(1, 3))
print(("%d items"):format(5), ("%s=%s"):format("k", "v"))
print(#s:rep(10), s:rep(2):sub(4, 7))

-- method call on a literal needs parentheses
print(load("return 'x':rep(2)"))

-- indexing strings with non-method keys
print(s.len == nil, ("x").rep == string.rep, s[1])

-- numbers do not have the string methods
print(pcall(function() local n = 5; return n:rep(2) end))

-- extending the string table affects all strings
string.shout = function(str) return str:rep(1) .. "!" end
print(("hey"):shout(), s:shout())
string.shout = nil
print(pcall(function() return s:shout() end))

-- method call on a string stored in a table
local t = {name = "lua"}
print(t.name:rep(2), t.name:byte(1, -1))

-- string functions via the metatable's __index
local idx = getmetatable("").__index
print(idx == string, idx.sub("abc", 2, 2))

-- chained method calls
print(("a"):rep(3):rep(2):sub(2, 5))

-- string.char / byte roundtrip
print(string.char(("Lua"):byte(1, -1)))
print(pcall(string.char, 256))
print(pcall(string.char, 65, -1))

-- string.sub with float and string indices
print(s:sub(2.0, 3), s:sub("2", "3"), pcall(s.sub, s, 1.5))

-- string.byte out of range returns nothing
print(select("#", s:byte(10)), select("#", (""):byte()))
