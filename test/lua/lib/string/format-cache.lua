-- string.format: one format string used repeatedly (its parse is cached) with valid and
-- invalid arguments, errors in order, %g/%f around ties, and nested formats via __tostring.
local fmt = "%d|%5.2f|%-8s|%x|%g|%q"
for _, i in ipairs({1, 7, 100, 12345, 299999}) do
  print(string.format(fmt, i, i / 7, "k" .. i % 100, i, i * 0.001, "v" .. i))
end
for _, args in ipairs({{1.5}, {"x"}, {}, {1, "y"}}) do
  print(pcall(string.format, "%d and %s", table.unpack(args)))
end
for r = 1, 2 do
  print(pcall(function() return string.format("%5.2d %y", 1, 2) end))
  print(pcall(string.format, "%#5.2s", "x"))
  print(pcall(string.format, "%5q", "x"))
  print(pcall(function() return string.format("%", 1) end))
  print(pcall(string.format, "%123456789012345678901d", 1))
end
print(string.format("100%% of %s%%", "x"), string.format("%%"), string.format(""), string.format("plain"))
for _, x in ipairs({0.5, 1.5, 2.5, 0.125, 0.375, 1e-4, 1.5e-5, 123456, 1234567, 0.1, 2/3, 1e20, 1e21, 5e-324, 9.5, 0.0001234}) do
  print(string.format("%g %.1g %.3g %#g %.0f %.1f %.2f %5.2f %.10g", x, x, x, x, x, x, x, x, x))
end
print(string.format("%.3f %.2f %.1f %.0f", 1.0005, 2.675, 0.25, 2.5))
print(tostring(0.1), tostring(1/3), tostring(100.25), tostring(2^-20), tostring(1e13 + 0.5))
local mt = {__tostring = function(o) return string.format("<%s:%d>", o.name, o.n) end}
local a = setmetatable({name = "a", n = 1}, mt)
local b = setmetatable({name = "b", n = 2}, mt)
print(string.format("%s and %s / %-10s|", a, b, a))
print(select("#", string.format("%s", 1)), string.format("%5s|%-5s|%.2s", 1, 2.0, "abc"))
