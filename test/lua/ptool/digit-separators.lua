-- `_` digit separators in numerals (a ptool-ts extension, docs/architecture.md): lua5.4 rejects
-- them, so the expected output is written by hand.
print("-- integers and floats, decimal and hex")
print(10_000, math.type(10_000), 10_000 == 10000)
print(1_000_000_000_000, 9_223_372_036_854_775_807, math.type(9_223_372_036_854_775_807))
print(-9_223_372_036_854_775_808, 0x7fff_ffff_ffff_ffff, 0xffff_ffff_ffff_ffff, 0x1_0000_0000_0000_0000)
print(0xFF_FF, 0xdead_beef, 0xA_b_C, 0X1_e)
print(1_000.000_5, math.type(1_0.0), 1e1_0, 1_2e-1_0, .5_5, 3.14_15)
print(0x.8_0, 0x1_0p1_0, 0xA_B.C_Dp-4)
print(1_0 // 3, 1_0 / 4, -1_0, ~0x0_f, 2^1_0)

print("-- in table keys, fields, for loops")
local t = {}
t[1_0] = "ten"
t[1] = "one"
print(t[10], t[1_0], t[0_1], #{[1_0] = 1})
for i = 1_0, 1_2, 1 do io.write(i, " ") end
print()
local spec = { timeout_ms = 10_000 }
print(spec.timeout_ms, math.type(spec.timeout_ms))

print("-- load sees them too; tonumber does not")
print(load("return 1_000 + 0x1_0")())
print(tonumber("1_000"), tonumber("0x1_0"), pcall(function() return "1_0" + 1 end))

print("-- misplaced separators are malformed numbers")
for _, s in ipairs({"1__0", "1_", "1_.5", "1._5", "1_e5", "1e_5", "1e+_5", "0x_1", "0x1_p1", "1.5_", "0x1p1_", "1_000_"}) do
  print(s, load("return " .. s))
end
print(type(load("return _1")), load("local _1 = 5 return _1")())
