-- select: '#', positive and negative indices, out of range errors, float/string indices (manual 6.1)
print(select("#"), select("#", nil), select("#", nil, nil, nil), select("#", 1, 2, 3))
print(select(1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(100, "a"))
print(select("#", select(4, "a", "b", "c")))
print(select(-1, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select(-1, nil, nil))

-- errors
print(pcall(select, -4, "a", "b", "c"))
print(pcall(select, 0, "a"))
print(pcall(select, 0))
print(pcall(select, -1))
print(pcall(select))
print(pcall(select, "x", 1))
print(pcall(select, {}, 1))
print(pcall(select, 1.5, "a"))

-- numeric strings and floats with integer values are accepted
print(select("2", "a", "b"), select(2.0, "a", "b"), select("-1", "a", "b"))

-- only the first character is checked for '#'  (lua5.4 quirk: "##" counts too)
print(pcall(select, "##", 1))
print(pcall(select, " #", 1))

-- common idioms
local function last(...) return (select(-1, ...)) end
local function nth(n, ...) return (select(n, ...)) end
print(last(1, 2, 3), nth(2, "x", "y", "z"))
local function argcount(...) return select("#", ...) end
print(argcount(nil, nil), argcount(table.unpack({1, 2, 3})), argcount(table.unpack({1, nil, 3}, 1, 3)))

-- iterating over varargs including nils
local function each(...)
  local out = {}
  for i = 1, select("#", ...) do out[#out + 1] = tostring((select(i, ...))) end
  return table.concat(out, ",")
end
print(each(1, nil, "three", nil))

-- select(n) with huge n
print(select("#", select(math.maxinteger, 1, 2)))
print(pcall(select, math.mininteger, 1))
