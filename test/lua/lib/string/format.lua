-- string.format: every conversion with flags, width and precision, %q literals, and the error messages (manual 6.4)
local fmt = string.format

local function try(...)
  local ok, r = pcall(function(...) return string.format(...) end, ...)
  if ok then return r end
  return "error: " .. tostring(r):gsub("^[^:]*:%d+: ", "")
end

-- simple conversions
print(fmt("%d %i %u", 42, -42, 42))
print(fmt("%x %X %o", 255, 255, 8))
print(fmt("%c%c%c", 76, 117, 97))
print(fmt("%e | %E", 12345.6789, 12345.6789))
print(fmt("%f | %g | %G", 12345.6789, 12345.6789, 1e-10))
print(fmt("%a | %A", 1.0, 255.5))
print(fmt("%s %s %s %s", "str", 12, 1.5, nil))
print(fmt("%s %s", true, false))
print(fmt("100%% sure, %d%%", 50))
print(fmt("no conversions"))
print(fmt(""))

-- integers with flags, width, precision
local ints = {0, 1, -1, 7, 42, -42, 255, 65535, 123456789, -123456789,
  math.maxinteger, math.mininteger, 2^53 // 1 | 0, -(2^53 // 1 | 0)}
local ispecs = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-8.3d|", "%+08d", "%.0d",
  "%x", "%X", "%#x", "%#X", "%08x", "%#010x", "%.4x", "%o", "%#o", "%#.0o", "%u", "%10u", "%i", "%+i"}
for _, spec in ipairs(ispecs) do
  local row = {}
  for _, n in ipairs(ints) do row[#row + 1] = fmt(spec, n) end
  print(spec, table.concat(row, " "))
end

-- %c, including zero bytes and wrapping
print(fmt("[%5c][%-5c]", 65, 66))
print(#fmt("%c", 0), fmt("%c", 256 + 65), fmt("%c", -191))

-- floats
local floats = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 1/3, -2/3, 100/3, 3.14159265358979,
  1e-5, 1e-4, 123456.789, 1e15, 1e16, 1e21, 1e100, 1e-300, 5e-324, 2.2250738585072014e-308,
  1.7976931348623157e308, 2^53, 2^63, -2^63, 12345678901234.5, 123456789012345.0, 0.125, 0.375,
  1/0, -1/0, 0/0, -(0/0)}
local fspecs = {"%f", "%.0f", "%.1f", "%.2f", "%.10f", "%#.0f", "%10.3f", "%-10.3f|", "%010.3f", "%+.2f", "% .2f",
  "%e", "%.0e", "%.3e", "%#.0e", "%12.4E", "%+e", "%g", "%.0g", "%.1g", "%.3g", "%.10g", "%.14g", "%.17g",
  "%#g", "%#.3g", "%10g", "%-12G|", "%a", "%.0a", "%.1a", "%.3a", "%#a", "%+a", "%012a", "%A", "%.2A"}
for _, spec in ipairs(fspecs) do
  local row = {}
  for _, x in ipairs(floats) do row[#row + 1] = fmt(spec, x) end
  print(spec, table.concat(row, " "))
end

-- rounding: exact ties go to even, inexact values round by their true value
print(fmt("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -2.5))
print(fmt("%.1f %.1f %.1f %.2f %.2f", 0.25, 0.35, 0.45, 1.005, 2.675))
print(fmt("%.0e %.0e %.1e %.2e", 2.5, 25, 0.25, 1.125))
print(fmt("%.1a %.1a %.0a %.0a %.0a", 0x1.08p0, 0x1.18p0, 0x1.8p0, 0x2.8p0, 0x1.f8p0))
print(fmt("%.20f", 0.1))
print(fmt("%.30e", 2^-30))
print(fmt("%.99f", 1/3))
print(fmt("%f", 1e300))
print(fmt("%.3f", 2^70))

-- integers convert for float conversions, exact floats and numeric strings for integer ones
print(fmt("%f %e %g %a", 3, 3, 3, 3))
print(fmt("%.0f", math.maxinteger), fmt("%g", math.mininteger))
print(fmt("%d %x %d", 3.0, 16.0, -0.0))
print(fmt("%d %d %x %f %s", "10", " 0x10 ", "255", "1e2", 10))

-- %s: width, precision, __tostring and __name
print(fmt("[%10s][%-10s][%.2s][%5.1s]", "abc", "abc", "abc", "abc"))
print(fmt("[%s]", "a\0b") == "[a\0b]")
print(#fmt("%5s", string.rep("x", 120)), #fmt("%.5s", string.rep("x", 120)), #fmt("%s", string.rep("x", 120)))
local obj = setmetatable({}, {__tostring = function() return "OBJ" end})
print(fmt("%s|%8s|%-8s|%.1s", obj, obj, obj, obj))
print(fmt("%s", setmetatable({}, {__name = "MyType"})):match("^MyType: ") ~= nil)
print(fmt("%5s|%-6s|", nil, true))

-- %q
print(fmt("%q", "hello \"world\"\n\\ \0 \0001 \r\t\1\0279 \127 end"))
print(fmt("%q", "\200\255"))
print(fmt("%q %q %q %q", 1, -1, math.maxinteger, math.mininteger))
print(fmt("%q %q %q %q %q", 1.0, 0.1, -0.0, 1e100, 5e-324))
print(fmt("%q %q %q", 1/0, -1/0, 0/0))
print(fmt("%q %q %q", nil, true, false))
local qvalues = {"", "a\nb", "\0", "\0009", "x\r\n", 0, 1, -7, 2^53, 0.1, -1.5e-300, 1/0, -1/0,
  math.mininteger, math.maxinteger, "\\\"'"}
for _, v in ipairs(qvalues) do
  local back = load("return " .. fmt("%q", v))()
  io.write(tostring(back == v and math.type(back) == math.type(v)), " ")
end
print()
print(load("return " .. fmt("%q", 0/0))() ~= load("return " .. fmt("%q", 0/0))())

-- %p of values without an address
print(fmt("%p %p %p", 1, nil, true), fmt("[%10p]", 2.5))
local t1, t2 = {}, {}
print(fmt("%p", t1) ~= fmt("%p", t2), fmt("%p", t1) == fmt("%p", t1), fmt("%p", print) == fmt("%p", print))

-- errors
print(try("%d", 3.5))
print(try("%d", "x"))
print(try("%d", "3.5"))
print(try("%x", 2^63))
print(try("%d", {}))
print(try("%f", "abc"))
print(try("%c", nil))
print(try("%d"))
print(try("%d %s", 1))
print(try("%y", 1))
print(try("%y"))
print(try("%", 1))
print(try("abc%"))
print(try("%F", 1.5))
print(try("%100d", 1))
print(try("%5.100f", 1))
print(try("%#d", 1))
print(try("%+x", 1))
print(try("% u", 1))
print(try("%05c", 65))
print(try("%.2c", 65))
print(try("%05s", "a"))
print(try("%#s", "a"))
print(try("%.3p", {}))
print(try("%1.2.3d", 1))
print(try("%-5-d", 1))
print(try("%" .. string.rep("-", 20) .. "d|", 1))
print(try("%" .. string.rep("-", 21) .. "d", 1))
print(try("%5q", "a"))
print(try("%q", {}))
print(try("%q", print))
print(try("%10s", "a\0b"))
print(try("%5.2%", 1))
print(try("%ld", 1))
print(try("%s", setmetatable({}, {__tostring = function() return 1 end})))
print(try("%s", setmetatable({}, {__tostring = function() return {} end})))
print(try(nil))
print(try({}))
print(try(12, 3))
