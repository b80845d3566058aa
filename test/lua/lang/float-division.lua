-- float division, infinities and NaN: printing, comparisons, propagation (manual 3.4.1, 2.1)
print(1 / 0, -1 / 0, 1 / -0.0, -1 / -0.0)
print(0 / 0, -(0 / 0))
-- on x86-64, invalid operations produce a NaN with the sign bit set ("-nan"); negation flips it
print(math.huge - math.huge, math.huge * 0, -(math.huge - math.huge), (0 / 0) + 1, -(0 / 0) + 1)
print(math.huge, -math.huge, math.huge == 1 / 0)
print(7 / 2, 8 / 2, -8 / 2, 1 / 3)
print(math.type(4 / 2), math.type(1 / 0))

-- nan is not equal to itself
local nan = 0 / 0
print(nan == nan, nan ~= nan, nan < nan, nan > 0, nan <= nan)
print(nan == 0 / 0, rawequal(nan, nan))

-- nan propagates through arithmetic
print(nan + 1 ~= nan + 1, (nan * 0) ~= (nan * 0))

-- inf arithmetic
print(math.huge + 1, math.huge - math.huge ~= math.huge - math.huge, math.huge * 0 ~= math.huge * 0)
print(math.huge * -1, -math.huge * -math.huge, 1 / math.huge, -1 / math.huge)
print(math.huge > math.maxinteger, -math.huge < math.mininteger)

-- integer division by zero with floats involved
print(1 / 0 == 1 // 0.0, 0.0 / 1, -0.0 / 1)

-- the sign of zero survives
print(0.0, -0.0, 0.0 == -0.0, 1 / 0.0, 1 / -0.0)
print(-0.0 * 1, 0 * -1, 0.0 * -1)

-- tostring on special values
print(tostring(1 / 0), tostring(-1 / 0), tostring(0 / 0) == tostring(0 / 0))
print(string.format("%g %g", 1 / 0, -1 / 0))
print(1e308 * 10, -1e308 * 10)

-- nan as a table key is an error, inf is fine
local t = {}
t[1 / 0] = "inf"
t[-1 / 0] = "-inf"
print(t[math.huge], t[-math.huge])
print(pcall(function() t[0 / 0] = 1 end))
print(t[0 / 0])
print(pcall(rawset, t, 0 / 0, 1))

-- nan in comparisons of loops and min/max style code
local function maxof(a, b) if a > b then return a else return b end end
print(maxof(1, nan) ~= maxof(1, nan), maxof(nan, 1))

-- float to string with exponent
print(1e300 * 1e10, 2^1023 * 2)
print(5e-324 > 0, 5e-324 / 2)
