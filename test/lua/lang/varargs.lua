-- vararg expressions: select('#'), negative select, ... in constructors and calls, nil holes (manual 3.4.11)
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))

local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4], #"...")

-- ... in the middle of a list is truncated to one value
local function mid(...) return {..., "end"} end
local m = mid("a", "b", "c")
print(#m, m[1], m[2], m[3])
local function mid0(...) return {..., "end"} end
m = mid0()
print(m[1], m[2])

-- ... at the end expands fully
local function last(...) return {"start", ...} end
local l = last("a", "b", "c")
print(#l, l[1], l[4])

-- select with positive and negative indices
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(pcall(select, -4, "a", "b", "c"))
print(pcall(select, 0, "a"))
print(select("#"))
print(select(1))

-- passing varargs through
local function pass(...) return ... end
print(pass(1, 2, 3))
print((pass(1, 2, 3)))
print(pass(pass(4), pass(5, 6)))

-- varargs with fixed parameters
local function fixed(a, b, ...)
  return a, b, select("#", ...), ...
end
print(fixed(1))
print(fixed(1, 2, 3, 4))

-- table.unpack and table.pack style
local u = {1, 2, 3, nil, 5}
print(table.unpack(u, 1, 5))
print(table.unpack({1, 2, 3}, 2))
print(table.unpack({1, 2, 3}, 2, 3))
print(select("#", table.unpack({}, 1, 3)))
print(table.unpack({"a", "b"}, -1, 1))

-- local assignment from ...
local function locals(...)
  local a, b = ...
  local c = ...
  return a, b, c
end
print(locals("x", "y", "z"))
print(locals())

-- vararg in arithmetic uses first value
local function first(...) return ... + 1 end
print(first(10, 20))

-- ... in a nested function is not allowed; closure must capture via table
print(load("function f(...) return function() return ... end end"))
local function capture(...)
  local args = {...}
  return function() return table.unpack(args) end
end
print(capture(7, 8, 9)())

-- main chunk is vararg
print("main chunk ...", select("#", ...))

-- large number of varargs
local big = {}
for i = 1, 200 do big[i] = i end
print(count(table.unpack(big)), select(200, table.unpack(big)))

-- string.format with varargs
local function fmt(...) return string.format(...) end
print(fmt("%s|%s|%d", "a", "b", 3))
