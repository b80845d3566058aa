-- tostring: numbers, booleans, nil, strings, __tostring, __name, argument check (manual 6.1)
print(tostring(nil), tostring(true), tostring(false))
print(tostring(0), tostring(-0), tostring(0.0), tostring(-0.0))
print(tostring(1e15), tostring(1e16), tostring(-1e15), tostring(1e-7))
print(tostring(2^63), tostring(math.maxinteger), tostring(math.mininteger))
print(tostring(1/0), tostring(-1/0), tostring(3.0), tostring(3.25))
print(tostring(123456789012345.0), tostring(12345678901234.0))
print(tostring("already string"), tostring(""), #tostring("\0"))

-- returns exactly one value
print(select("#", tostring(1)), pcall(tostring))

-- prefixes of reference types
print(tostring({}):sub(1, 7), tostring(print):sub(1, 10), tostring(function() end):sub(1, 10))

-- tostring of the same table is stable; different tables differ
local t1, t2 = {}, {}
print(tostring(t1) == tostring(t1), tostring(t1) ~= tostring(t2))

-- __tostring
local pt = setmetatable({x = 3}, {__tostring = function(self) return "pt" .. self.x end})
print(tostring(pt))
local numret = setmetatable({}, {__tostring = function() return 12 end})
print(tostring(numret), math.type(tostring(numret)))
print(pcall(tostring, setmetatable({}, {__tostring = function() return true end})))
print(pcall(tostring, setmetatable({}, {__tostring = "not a function"})))

-- __name
local named = setmetatable({}, {__name = "My.Type"})
print(tostring(named):sub(1, 9))

-- tostring does not use __index or __call
local other = setmetatable({}, {__index = {__tostring = function() return "no" end}})
print(tostring(other):sub(1, 6))

-- tostring(x) and x .. "" agree for numbers
for _, n in ipairs({0, -1, 1.5, 1e100, 2^53, -0.0, 1/3}) do
  print(tostring(n) == n .. "", tostring(n))
end

-- tostring on integer-valued floats always shows a fraction or exponent
print(tostring(1e14), tostring(1e14 + 0.5), tostring(2^31), tostring(-2^31))
