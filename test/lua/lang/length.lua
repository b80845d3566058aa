-- the length operator #: strings, sequences, borders after removal, __len (manual 3.4.7)
print(#"", #"a", #"hello", #"\0\0\0", #"\u{20AC}")
print(#{}, #{1}, #{1, 2, 3}, #{"a", "b", nil})
-- sequences built incrementally
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[#t] = nil
print(#t)
t[#t + 1] = "new"
print(#t, t[100])
-- removing from the end repeatedly
for i = 1, 50 do t[#t] = nil end
print(#t)
-- clear everything
for i = #t, 1, -1 do t[i] = nil end
print(#t, next(t))

-- a sequence with only hash-part keys
local h = {}
h[3] = "c"; h[2] = "b"; h[1] = "a"
print(#h)

-- keys that do not start at 1
local z = {[0] = "zero", [-1] = "neg"}
print(#z)

-- tables with non-sequence keys have a border at the sequence part
local mixed = {1, 2, 3, x = "x", y = "y"}
print(#mixed)

-- string length with multibyte and escapes
print(#"\xff\xfe", #[[
ab]], #"tab\t")

-- # on a number or nil is an error (through pcall)
print(pcall(function() return #5 end))
print(pcall(function() local n = nil; return #n end))

-- __len metamethod
local L = setmetatable({1, 2, 3}, {__len = function(self) return 42 end})
print(#L, rawlen(L))
local L2 = setmetatable({}, {__len = function() return "not a number" end})
print(#L2)
local L3 = setmetatable({}, {__len = function() return 1, 2, 3 end})
print(#L3)
local L4 = setmetatable({}, {__len = function(...) return select("#", ...) end})
print(#L4)

-- # on strings ignores __len (string metatable has none)
print(#"abc", rawlen("abcd"))

-- length used in loops
local arr = {"a", "b", "c"}
local out = {}
for i = #arr, 1, -1 do out[#out + 1] = arr[i] end
print(table.concat(out))

-- growing with t[#t+1] in a loop and table.insert
local g = {}
for i = 1, 10 do g[#g + 1] = i * i end
table.insert(g, 0)
print(#g, g[1], g[10], g[11])
