-- x ^ n for integral n is rounded once, as glibc's pow does (V8's Math.pow can be one unit
-- in the last place off: 2.5^26, 10^27). Exact ties (m^n with 54 significant bits, such as
-- 10^23) are left out: glibc rounds them either way.
for _, a in ipairs({1.5, 2.5, 3, 7, 1e10, 0.1, 1/3, -2.5, 123.456, 2^0.5, 1e-300, 9007199254740993}) do
  local out = {}
  for _, n in ipairs({-30, -7, -3, -1, 0, 1, 3, 7, 26, 30, 63, 100, 308}) do out[#out + 1] = string.format("%.17g", a ^ n) end
  print(a, table.concat(out, " "))
end
print(string.format("%.17g %.17g %.17g", 10 * 10^26, 10^27, 10^-27), (-3)^3, (-3)^-3, 2^1023, 2^1024, 2^-1074, 10^308, 10^309)
