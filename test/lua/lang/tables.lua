-- table constructors: positional, named, computed keys, multi-value expansion, nesting (manual 3.4.9)
local t = {10, 20, 30}
print(#t, t[1], t[2], t[3], t[4])

local n = {x = 1, y = 2, ["z"] = 3, [1 + 1] = "two", [10 // 2] = "five"}
print(n.x, n.y, n.z, n[2], n[5])

-- mixed: positional items are numbered ignoring named ones
local m = {"a", k = "v", "b", [100] = "h", "c"}
print(m[1], m[2], m[3], m.k, m[100])

-- separators: comma and semicolon, trailing separator allowed
local s = {1; 2, 3; x = 4,}
print(#s, s.x)
print(#{}, #{nil}, #{nil, nil})
print(load("return {,}"))

-- last field expands multiple values, others truncate
local function three() return 1, 2, 3 end
print(#{three()}, #{three(), three()}, #{three(), "x"}, #{(three())})
local e = {three(), k = "v"}
print(#e, e.k)

-- vararg expansion
local function collect(...) return {...} end
print(#collect(), #collect(1, 2, 3, 4, 5))

-- nested tables
local nested = {a = {b = {c = "deep"}}, list = {{1, 2}, {3, 4}}}
print(nested.a.b.c, nested.list[2][1], #nested.list)
nested.a.b.d = "added"
print(nested["a"]["b"]["d"])

-- expressions as keys and values are evaluated in order
local order = {}
local function o(x) order[#order + 1] = tostring(x); return x end
local ev = {[o("k1")] = o("v1"), o("p1"), [o("k2")] = o("v2"), o("p2")}
print(table.concat(order, " "), ev.k1, ev.k2, ev[1], ev[2])

-- assigning nil removes a field
local d = {a = 1, b = 2}
d.a = nil
print(d.a, d.b, next(d))

-- fields with keyword-like names via brackets
local kw = {["end"] = 1, ["nil"] = 2, ["and"] = 3}
print(kw["end"], kw["nil"], kw["and"])

-- tables are references
local r1 = {v = 1}
local r2 = r1
r2.v = 2
print(r1.v, r1 == r2, {} == {})

-- large constructor (more than 50 items: multiple SETLIST batches)
local big = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
  21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, three()}
print(#big, big[50], big[51], big[63])

-- table.insert and table.concat basics
local list = {}
table.insert(list, "a")
table.insert(list, "c")
table.insert(list, 2, "b")
print(#list, table.concat(list, ","), table.concat(list), table.concat({}, "x"))
print(table.concat({1, 2.5, "s"}, "-"), table.concat({"a", "b", "c"}, ",", 2, 3))
print(pcall(table.concat, {1, {}, 3}))

-- self-referencing table
local self = {}
self.me = self
print(self.me.me.me == self)

-- numeric string keys differ from number keys in constructors
local ks = {["1"] = "s", [1] = "n"}
print(ks["1"], ks[1])

-- indexing non-existing nested field returns nil at first level
print(nested.missing, rawget(nested, "a") ~= nil)
