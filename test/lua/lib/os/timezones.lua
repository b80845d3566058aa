-- os.date/os.time in other time zones, as glibc computes them: the TZif transitions (with
-- sub-minute LMT offsets and tzdata's isdst flags), the POSIX footer rule after the last
-- transition, TZ given as a POSIX rule, and mktime's handling of gaps, overlaps and isdst.
-- Each zone runs in a child process (TZ cannot change in-process).
local interp = arg[-1] == "ptool" and "../../../../bin/ptool run" or arg[-1]
local child = os.tmpname()
local f = assert(io.open(child, "w"))
f:write([==[
local function show(t)
  local d = os.date("*t", t)
  return string.format("%d %s %s", t, os.date("%Y-%m-%d %H:%M:%S %Z %z", t), tostring(d.isdst))
end
for _, t in ipairs{-62135596800, -2208988800, -1, 0, -31622400, 1710052200, 1711845000,
                   2120106600, 2216251800, 4102444800} do
  print(show(t))
end
for _, y in ipairs{1968, 2024, 2040} do
  for _, md in ipairs{{3, 10}, {3, 31}, {10, 27}, {11, 3}, {3, 25}, {11, 4}} do
    for _, h in ipairs{0, 1, 2, 3} do
      for _, isdst in ipairs{"nil", "true", "false"} do
        local t = {year = y, month = md[1], day = md[2], hour = h, min = 30}
        if isdst ~= "nil" then t.isdst = (isdst == "true") end
        local ok, r = pcall(os.time, t)
        print(y, md[1], md[2], h, isdst, ok and show(r) or r, t.hour, t.isdst)
      end
    end
  end
end
local t = {year = 2005, month = 1, day = 1, hour = 1, min = 0, sec = -3602}
print(os.time(t), t.year, t.month, t.day, t.hour, t.min, t.sec, t.yday)
]==])
f:close()
for _, tz in ipairs{"UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe",
                    "America/Sao_Paulo", "XYZ3", "CET-1CEST,M3.5.0,M10.5.0/3", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"} do
  print("== " .. tz)
  local p = io.popen("TZ='" .. tz .. "' " .. interp .. " " .. child)
  io.write(p:read("a"))
  p:close()
end
os.remove(child)
