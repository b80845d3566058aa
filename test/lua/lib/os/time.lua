-- os.time with date tables: required and default fields, normalisation of out-of-range fields
-- (written back into the table), isdst, the error messages; os.difftime and os.clock (manual 6.9)
-- Only time-zone independent values are printed: differences and normalised local fields.
local function show(t)
  return string.format("%s-%s-%s %s:%s:%s yday=%s wday=%s", t.year, t.month, t.day,
    t.hour, t.min, t.sec, t.yday, t.wday)
end

print(math.type(os.time()), os.time() > 1600000000, os.time(nil) >= os.time() - 1)

-- defaults: hour 12, min 0, sec 0
local base = os.time{year = 2020, month = 6, day = 15}
print(os.time{year = 2020, month = 6, day = 15, hour = 12, min = 0, sec = 0} - base)
print(os.time{year = 2020, month = 6, day = 15, hour = 13, min = 1, sec = 1} - base)
print(os.time{year = 2020, month = 6, day = 16} - base, os.time{year = 2020, month = 7, day = 15} - base)

-- normalisation: the table is updated with the normalised fields
local cases = {
  {year = 2020, month = 6, day = 15},
  {year = 2020, month = 14, day = 1},
  {year = 2020, month = 0, day = 1},
  {year = 2020, month = -13, day = 10},
  {year = 2020, month = 3, day = 0},
  {year = 2021, month = 3, day = 0},
  {year = 2020, month = 2, day = 30},
  {year = 2020, month = 1, day = 400},
  {year = 2020, month = 1, day = -400},
  {year = 2020, month = 5, day = 10, hour = 25, min = 61, sec = 61},
  {year = 2020, month = 5, day = 10, hour = -1, min = -1, sec = -1},
  {year = 2020, month = 5, day = 10, hour = 12, min = 0, sec = 86400 * 3},
  {year = 2020, month = 5, day = 10, hour = 12, min = 60 * 24 * 365},
  {year = 1900, month = 1, day = 1},
  {year = 1600, month = 2, day = 29},
  {year = 1700, month = 2, day = 29},
  {year = 2400, month = 2, day = 29},
  {year = 1, month = 1, day = 1},
  {year = 0, month = 1, day = 1},
  {year = -100, month = 12, day = 31},
  {year = 10000, month = 1, day = 1},
  {year = "2020", month = "6", day = "15.0", hour = 10.0},
  {year = 2020, month = 6, day = 15, min = "0x10"},
}
for _, t in ipairs(cases) do
  local before = show(t)
  local r = os.time(t)
  print(before, "->", show(t), math.type(r))
end

-- date tables round-trip through os.date("*t")
for _, t in ipairs{0, 86400 * 365, 951782400, 1234567890, 2000000000} do
  local d = os.date("*t", t)
  print(t, os.time(d) == t, os.date("*t", os.time(d)).yday == d.yday)
end
local d = {year = 2009, month = 2, day = 13 + 100, hour = 23, min = 31, sec = 30}
os.time(d)
print(show(d))

-- the fields go through metamethods
local proxy = setmetatable({}, {__index = function(_, k)
  if k == "year" then return 2020 elseif k == "month" then return 6 elseif k == "day" then return 15 end
end})
print(os.time(proxy) - base, rawget(proxy, "year"), rawget(proxy, "yday"))

-- errors
local function err(...)
  local ok, msg = pcall(function(...) return os.time(...) end, ...)
  print(ok, (tostring(msg):gsub("^[^:]*:%d+: ", "")))
end
err({})
err({year = 2020})
err({year = 2020, month = 1})
err({month = 1, day = 1})
err({year = 2020, month = 1, day = 1.5})
err({year = 2020, month = 1, day = "x"})
err({year = 2020, month = 1, day = {}})
err({year = 2020, month = 1, day = true})
err({year = 2020, month = 1, day = 1, hour = 1.25})
err({year = 2020, month = 1, day = 1, min = "1e100"})
err({year = 2020, month = 1, day = 1, sec = 2^31})
print((pcall(os.time, {year = 2020, month = 1, day = 1, sec = -2^31})))
err({year = 2020, month = 1, day = 1, sec = -2^31 - 1})
err({year = 2^31 + 1900, month = 1, day = 1})
err({year = -2^31 + 1899, month = 1, day = 1})
err({year = 2020, month = 2^31 + 1, day = 1})
err({year = 2020, month = 1, day = 2^40})
err({year = 2020, month = 1, day = 1, hour = math.mininteger})
err({year = 2^31 + 1899, month = 13, day = 1})
err({year = 1e100, month = 1, day = 1})
err(42)
err("x")

-- difftime
print(os.difftime(10, 5), os.difftime(5, 10), math.type(os.difftime(1, 1)), os.difftime(2^53, 0))
print(os.difftime(math.maxinteger, math.mininteger))
print(pcall(function() return os.difftime(1) end))
print(pcall(function() return os.difftime(1.5, 1) end))
print(pcall(function() return os.difftime("a", 1) end))
print(os.difftime("10", 4.0))

-- clock: CPU seconds as a float, not going backwards
local c0 = os.clock()
local x = 0
for i = 1, 200000 do x = x + i end
local c1 = os.clock()
print(math.type(c0), c0 >= 0, c1 >= c0, x)
