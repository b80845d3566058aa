-- type() of every kind of value, and its argument check (manual 6.1)
print(type(nil), type(true), type(false), type(0), type(1.5), type(""), type("x"))
print(type({}), type(print), type(function() end), type(type))
print(type(math.huge), type(0 / 0), type(math.maxinteger), type(string))
print(type(setmetatable({}, {__call = function() end})))
print(type(setmetatable({}, {__name = "Named"})))
print(type(type(1)))
print(pcall(type))
print(select("#", type(nil)))

-- a call returning no values passes no argument at all
local function v() end
print(pcall(type, v()))
print(pcall(type, (v())))
print(pcall(type, ...))

print(type(_G), type(_ENV), type(_VERSION), type(arg))
print(type(load("return 1")), type(pcall), type(next), type(select))
print(type(tostring(1)), type(tonumber("1")), type(tonumber("x")))
print(type(1 == 1), type(nil == nil), type(not nil))
print(type(2^53), type(1 // 1), type("1" + 1))
local t = {nil, false, 0, "", {}, print}
for i = 1, 6 do print(i, type(t[i])) end

-- type returns a string that can be compared
local function describe(x)
  local ty = type(x)
  if ty == "number" then return "num:" .. math.type(x) end
  if ty == "table" then return "tbl" end
  return ty
end
print(describe(1), describe(1.0), describe({}), describe("s"), describe(nil))

-- type name is not affected by __name or __index
local mt = {__name = "Fancy", __index = function() return "x" end}
print(type(setmetatable({}, mt)))
