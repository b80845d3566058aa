-- os.date: every C-locale strftime conversion in UTC ("!"), the E and O modifiers, "*t" tables,
-- year edge cases and the error messages (manual 6.9)
local function try(...)
  local ok, r = pcall(os.date, ...)
  if ok then return r end
  return "error: " .. tostring(r):gsub("^[^:]*:%d+: ", "")
end

local times = {0, 86400 * 365, 86400 * 365 + 3600 * 13 + 61, 951782400, 1234567890,
  1700000000 + 12345, -1, -86400 * 365 * 70, 4102444800, 253402300799, -62135596800}
local specs = {"a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G", "h", "H", "I", "j",
  "m", "M", "n", "p", "r", "R", "S", "t", "T", "u", "U", "V", "w", "W", "x", "X", "y", "Y", "z", "Z", "%"}
for _, t in ipairs(times) do
  local row = {}
  for _, c in ipairs(specs) do row[#row + 1] = c .. "=" .. os.date("!%" .. c, t) end
  print(t, table.concat(row, "|"))
end

-- modifiers E and O give the C-locale conversions
print(os.date("!%Ec|%EC|%Ex|%EX|%Ey|%EY", 1234567890))
print(os.date("!%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", 1234567890))

-- literal text, several conversions, empty formats
print(os.date("!Year %Y, day %j (%A) at %H:%M:%S", 1000000000))
print(os.date("!", 0) == "", os.date("", 0) == "", os.date("!%%%%", 0))
print(os.date("!*tx", 0), os.date("!x*t", 0))

-- ISO weeks around the new year
for _, day in ipairs{"2004-12-26", "2004-12-27", "2005-01-01", "2005-01-02", "2005-01-03",
  "2008-12-28", "2008-12-29", "2009-12-31", "2010-01-03", "2010-01-04", "2020-12-31", "2021-01-03"} do
  local y, m, d = day:match("(%d+)-(%d+)-(%d+)")
  -- local noons differ by whole days (give or take a DST hour) whatever the time zone
  local t0 = os.time{year = 2000, month = 1, day = 1}
  local t = os.time{year = tonumber(y), month = tonumber(m), day = tonumber(d)}
  local u = 946728000 + (t - t0)   -- about noon of the same calendar day in UTC
  print(day, os.date("!%G %g %V %U %W %u %w %j %a", u))
end

-- years far from now, negative years, the limits of a C int year
for _, t in ipairs{-62167219200, -62167219201, -62200000000, -99999999999, 99999999999,
  67767976233316800, 67768036191676799, -67768040609740800} do
  print(t, try("!%Y|%C|%y|%G|%g|%F|%c", t))
end
print(try("!%c", 67768036191676800))
print(try("!%c", -67768040609740801))
print(try("!%c", math.maxinteger))
print(try("!%c", math.mininteger))

-- "*t" and "!*t"
local function show(t)
  return string.format("%d-%d-%d %d:%d:%d yday=%d wday=%d isdst=%s", t.year, t.month, t.day,
    t.hour, t.min, t.sec, t.yday, t.wday, tostring(t.isdst))
end
for _, t in ipairs{0, 86399, 86400 * 59, 86400 * 365 * 2 + 86400 * 59, 1234567890, -1, -86400 * 366} do
  print(show(os.date("!*t", t)))
end
local lt = os.date("*t", 1234567890)
print(type(lt.isdst), math.type(lt.year), math.type(lt.yday))
local fields = {}
for k in pairs(os.date("!*t", 0)) do fields[#fields + 1] = k end
table.sort(fields)
print(table.concat(fields, " "))

-- the time argument: integers, integral floats, numeric strings
print(os.date("!%c", 86400.0), os.date("!%c", "86400"), os.date("!%c", " 0x10 "))
print(type(os.date()), type(os.date("%c")), type(os.date("*t")), os.date(nil, 0) == os.date("%c", 0))

-- errors
local function err(...)
  print(select("#", ...), pcall(function(...) return os.date(...) end, ...))
end
err("%Ez")
err("%Ez and more")
err("%")
err("abc %")
err("%E")
err("%O")
err("%Oz")
err("%5d")
err("%-d")
err("%#c")
err("%i")
err("!%q")
err("%c", 1.5)
err("%c", "x")
err("%c", {})
err({}, 0)
err(true)
err("!%Y", 2^63)
err("!%Y", 2^60)
