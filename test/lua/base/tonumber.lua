-- tonumber without base: decimal, hex, floats, whitespace, failures, argument errors (manual 6.1)
local function show(v) return tostring(v) .. (math.type(v) and (":" .. math.type(v)) or "") end
print(show(tonumber("10")), show(tonumber(" 10 ")), show(tonumber("\t10\n")), show(tonumber("-10")))
print(show(tonumber("0x10")), show(tonumber("  0x10  ")), show(tonumber("-0x10")), show(tonumber("0X1F")))
print(show(tonumber("1e1")), show(tonumber("0x1p4")), show(tonumber("1.5")), show(tonumber(".5")), show(tonumber("5.")))
print(show(tonumber("1 0")), show(tonumber("")), show(tonumber(" ")), show(tonumber("abc")), show(tonumber("10a")))
print(show(tonumber("+10")), show(tonumber("+ 10")), show(tonumber("- 1")), show(tonumber("--1")))
print(show(tonumber("inf")), show(tonumber("nan")), show(tonumber("1e500")), show(tonumber("-1e500")))
print(show(tonumber("9223372036854775807")), show(tonumber("9223372036854775808")), show(tonumber("-9223372036854775808")))
print(show(tonumber("0x7fffffffffffffff")), show(tonumber("0xffffffffffffffff")), show(tonumber("0x10000000000000000")))
print(show(tonumber("1e")), show(tonumber("0x")), show(tonumber("0x1p")), show(tonumber("1.2.3")))
print(show(tonumber("0x.8")), show(tonumber("0xA.8p1")), show(tonumber("1E+2")), show(tonumber("00010")))
print(show(tonumber("10\0")), show(tonumber("1_000")))

-- numbers pass through unchanged
print(show(tonumber(42)), show(tonumber(4.5)), show(tonumber(-0.0)), show(tonumber(math.mininteger)))

-- non-string, non-number values give nil (fail)
print(tonumber(nil), tonumber(true), tonumber({}), tonumber(print))
print(select("#", tonumber("x")), select("#", tonumber({})))

-- missing argument is an error
print(pcall(tonumber))

-- numeric strings from concatenation
print(show(tonumber(1 .. "")), show(tonumber(1.5 .. "")), show(tonumber(2^63 .. "")))

-- a table with __tostring is still not converted
print(tonumber(setmetatable({}, {__tostring = function() return "5" end})))

-- round trips
for _, s in ipairs({"0", "-0", "0.0", "-0.0", "1e-5", "123456789", "3.14"}) do
  print(s, show(tonumber(s)))
end
