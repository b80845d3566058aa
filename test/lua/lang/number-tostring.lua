-- number to string conversion (%.14g for floats, ".0" suffix), math.type and integer/float results (manual 3.4.3, 6.1)
print(10 / 2, 3 * 1.0, 2^2, 7 // 1.0, 1e15, 1e16, 1e100)
print(100000000000000, 1e14, 123456789012, 1234567890123456789)
print(2^63, -2^63, 2^53, 2^24, 2^-1)
print(1/3, 2/3, 10/3, -1/3)
print(string.format("%.14g", 1/3), string.format("%g", 1/3), string.format("%5.2f", 1/3))
print(0.1, 0.2, 0.1 + 0.2, 1 - 0.9)
print(3.14159265358979, math.pi, -math.pi)
print(1e-5, 1e-4, 0.0001, 123.456e2)
print(12345678901234.5, 123456789012345.6, 99999999999999.9)
print(1e15 + 0.5, 2^52 + 0.5)
print(-0.0, 0.0, -0.0 + 0, 0 * -1.0)
print(5 // 0.0, -5 // 0.0)

-- tostring and concatenation agree
print(tostring(1e15) == 1e15 .. "", tostring(2^63), 2^63 .. "")
print(tostring(-0.0), tostring(10 / 2), tostring(3), tostring(-7))

-- math.type
print(math.type(1), math.type(1.0), math.type("1"), math.type(nil), math.type({}))
print(math.type(2^31), math.type(1 << 31), math.type(-0.0), math.type(0x10), math.type(1e2))

-- float results of integer-valued operations
print(4 / 2, 2^2, 4 // 2, 4.0 // 2, 3 + 0.0, 3 - 3.0)

-- integer float conversions in string.format %d
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5))
print(string.format("%x", 255), string.format("%x", 2^10), string.format("%5.2f", 2))
print(string.format("%g", 1e20), string.format("%g", 100000), string.format("%g", 1000000), string.format("%g", 0.0001))
print(string.format("%s %s", 1.0, 1), string.format("%q", 1/4), string.format("%q", 10))

-- floats that are integral but huge
print(1e18, 1e19, 123456789e10, 2^64)
print(-1e15, -1e16, 1e15 - 1, 1e16 + 1)

-- integral floats convert with tostring keeping .0
print(255 / 5, 1e2, 100 * 1.0, -(2^10))

-- ---------------------------------------------------------------------------
-- tostring of many floats (%.14g): shortest forms, rounding to 14 digits, exponent switch-over
local floats = {0.1, 1/3, 2/3, 100/3, 1e-5, 1e-4, 9.9999e-5, 0.00012345678901234567, 123456789012345.6,
  2^53, 2^53 + 2, 1e21, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 12345678901234.5,
  123456789012345.0, 99999999999999.99, 99999999999999.4, 9.999999999999995e14, 0.1 + 0.2, 1e23,
  3.0000000000000004, 1234.5678, 0.5, 0.25, 0.001, 1e-7, 123e-20, 6.02214076e23, 1.6e-19, 2^-1074 * 3,
  4.35, 2.675, 1.005, 1e15 / 3, 1e14 / 3, 7e13 + 0.5, -1e-310, 2^63 / 3, 1e300 * 1e10, -(1e300 * 1e10)}
for _, x in ipairs(floats) do io.write(tostring(x), " ", tostring(-x), "\n") end
for e = -8, 22 do io.write(tostring(1.5 * 10.0^e), " ", tostring(10.0^e), " ", tostring(2^e), " ") end
print()
print(0/0 ~= 0/0, tostring(1e308 * 10), tostring(-1e308 * 10))

-- tonumber without base: integers, floats, hex, whitespace, rejects
local strs = {"10", "-10", "+10", "  10  ", "\t\n\v\f\r10\n", "10.0", "1e1", "1E+1", "1e-1", ".5", "5.", "0x10", "0X1F",
  "-0x10", "0x1p4", "0x.8", "0xA.8p1", "0x1P-2", "0x1.8", "9223372036854775807", "9223372036854775808",
  "-9223372036854775808", "-9223372036854775809", "0xffffffffffffffff", "0x1ffffffffffffffff", "00012", "-0",
  "-0.0", "1e400", "-1e400", "1e-400", "0x1p99999", "0x1p-1074", "0x1p-1075", "0x1.00000000000008p0",
  "0x1.00000000000018p0", "12345678901234567890", "4.9406564584124654e-324", "1.7976931348623159e308",
  "", " ", "1e", "1e+", "0x", "0x.", "0xp1", "0x1p", ".", "-", "inf", "nan", "-inf", "1 2", "0b1", "1_0",
  "- 1", "+-1", "0x-1", "1\0", "1..2", "1e2.5", "\2401"}
for _, s in ipairs(strs) do
  local n = tonumber(s)
  io.write(string.format("%q", s), " -> ", tostring(n), " ", tostring(math.type(n)), "\n")
end

-- tonumber with a base
local based = {{"10", 2}, {"ff", 16}, {"FF", 16}, {"  -ff  ", 16}, {"+ff", 16}, {"zz", 36}, {"ZZ", 36}, {"8", 8},
  {"777", 8}, {"", 10}, {" ", 10}, {"ffffffffffffffff", 16}, {"ffffffffffffffffff", 16}, {"1.5", 10},
  {"7fffffffffffffff", 16}, {"8000000000000000", 16}, {"- 1", 10}, {"1\0", 10}, {"-", 10}, {"-0", 10},
  {"1 1", 10}, {"abc", 13}, {"abc", 12}, {"11111111111111111111111111111111111111111111111111111111111111111", 2}}
for _, p in ipairs(based) do io.write(tostring(tonumber(p[1], p[2])), " ") end
print()

-- string -> number coercion in arithmetic keeps the numeral's subtype
print("10" + 1, "10" * 1.0, "0x10" + 0, "1e1" + 0, " 3 " * "2", "-0x8000000000000000" + 0, "9223372036854775808" + 0)
print(10 .. "", 1.5 .. "", -0.0 .. "", 2^63 .. "", math.mininteger .. "")

-- round trips through strings
local rt = {0.1, 1/3, 1e100, 5e-324, 2^-1022, 123456.789, math.pi}
for _, x in ipairs(rt) do
  io.write(tostring(tonumber(string.format("%.17g", x)) == x), " ", tostring(tonumber(string.format("%a", x)) == x), " ")
end
print()
