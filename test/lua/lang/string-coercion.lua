-- string to number coercion in arithmetic, number to string in concatenation (manual 3.4.3)
print("10" + 1, "3.0" * 2, "0x10" + 0, "1e2" + 0, " 5 " + 1)
print(math.type("10" + 1), math.type("10" + 1.0), math.type("3.0" * 2), math.type("0x10" + 0))
print("10" - "4", "2" ^ "3", "-3" * "-3", -"2", -"2.5", - "0x10")
print("7" / "2", "7" // "2", "7" % "2", "7.0" // "2")
print("0x7fffffffffffffff" + 0, "9223372036854775807" + 0, "9223372036854775808" + 0)
print("  0x1p4  " + 0, "1E1" + 0, ".5" + 0, "5." + 0, "0x.8" + 0)
print(10 .. "", 1.5 .. "", 1e100 .. "", 2^63 .. "", -0.0 .. "")

-- failed coercions give errors
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return "10a" * 2 end))
print(pcall(function() return "" + 0 end))
print(pcall(function() return "1 0" + 0 end))
print(pcall(function() local s = "x"; return -s end))
print(pcall(function() return 1 + "inf" end))
print(pcall(function() return 1 + "nan" end))

-- comparisons never coerce
print(pcall(function() return "10" < 5 end))
print("10" == 10, 10 == "10", "10" ~= 10)
print("10" < "9", 10 < 9)

-- table keys are not coerced
local t = {}
t["1"] = "string key"
t[1] = "integer key"
print(t["1"], t[1])

-- concatenation of numbers
print(1 .. 2, 1 .. "", 1.0 .. "", -1 .. "", 0.1 .. "")
print(math.maxinteger .. "", math.mininteger .. "", 1e15 .. "", 1e16 .. "")
print(pcall(function() return "a" .. {} end))
print(pcall(function() return "a" .. nil end))
print(pcall(function() return 1 .. true end))

-- integer-valued float strings stay float
print("2.0" + 0, "2" + 0, "2" * 1.0, "0x10p0" + 0)

-- string arithmetic result after hex with fraction
print("0xA.8p1" + 0, "0X1P-2" + 0)

-- coercion via string metamethods: non-string operand order
print(3 - "1", "3" - 1, 2 * "0.5", "4" ^ 0.5)

-- leading/trailing whitespace including newlines and tabs
print("\t\n 7 \n" + 0, pcall(function() return "7 x" + 0 end))
