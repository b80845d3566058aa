-- The functions lua5.4 keeps with LUA_COMPAT_MATHLIB (the reference build has them):
-- atan2, cosh, sinh, tanh, pow, frexp, ldexp, log10. TypeScriptToLua emits math.atan2.
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = string.format("%s(%s)", tostring(t[i]), math.type(t[i])) end
  return table.concat(t, " ")
end
print(math.atan2 == math.atan)
print(show(math.atan2(1, 1)), show(math.atan2(1)), show(math.atan2(-1, -1)), show(math.atan2(0, -1)))
print(show(math.pow(2, 10)), show(math.pow(2, 0.5)), show(math.pow(1, 0/0)), show(math.pow(-1, math.huge)),
      show(math.pow(0/0, 0)), show(math.pow(-8, 1/3)), show(math.pow("3", 2)), show(math.pow(2, -1)))
print(show(math.cosh(0)), show(math.sinh(1)), show(math.tanh(0.5)), show(math.tanh(1000)), show(math.cosh(-(0/0))))
print(show(math.log10(1000)), show(math.log10(2)), show(math.log10(0)), show(math.log10(-1)), show(math.log10(100)))
for _, x in ipairs({0, 1, -1, 0.5, 3, 1024, 1e300, -1e-310, 5e-324, math.huge, -math.huge, 0/0, -(0/0), 7, 2^53, -0.0, "12"}) do
  print(x, show(math.frexp(x)))
end
for _, c in ipairs({{1, 10}, {0.75, 3}, {1, -1074}, {1, -1075}, {3, -1075}, {1.5, 1023}, {1, 1024}, {0.5, 1025},
                    {-1, 2000}, {1, -3000}, {0.0, 5}, {7, 0}, {1, 2^32}, {1, 2^32 + 3}, {-0.0, 3}, {1.5, -1073},
                    {math.huge, -5}, {1e-320, 1000}, {3, "2"}}) do
  print(c[1], c[2], show(math.ldexp(c[1], c[2])))
end
for _, x in ipairs({0.1, 123.456, -7.25e-200, 6.02e23}) do
  local m, e = math.frexp(x)
  print(x, math.ldexp(m, e) == x)
end
print(pcall(math.pow, 2))
print(pcall(math.ldexp, 1, 1.5))
print(pcall(math.ldexp, 1))
print(pcall(math.frexp))
print(pcall(math.log10, {}))
print(pcall(math.cosh))
print(pcall(math.atan, "x"))
local p = math.pow
print(pcall(p, nil, 2))
print(select(2, pcall(function() return math.atan2("x") end)))
print(select(2, pcall(function() return math.sinh() end)))
