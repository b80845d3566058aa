-- log-pipeline.lua: coroutines as a pipeline of generators. A reader yields log lines, a
-- parser turns them into records, a filter keeps the errors, and the main loop counts them
-- per service. Each stage is a coroutine.wrap generator used in a generic for.
local LOG = [[
2026-12-01T10:00:01 api INFO started
2026-12-01T10:00:02 api ERROR upstream timeout
2026-12-01T10:00:03 worker INFO job 17 done
2026-12-01T10:00:04 worker ERROR job 18 failed: disk full
2026-12-01T10:00:05 api ERROR upstream timeout
]]

local function lines(text)
  return coroutine.wrap(function()
    for line in text:gmatch("[^\n]+") do coroutine.yield(line) end
  end)
end

local function parse(source)
  return coroutine.wrap(function()
    for line in source do
      local time, service, level, message = line:match("^(%S+) (%S+) (%u+) (.*)$")
      if time then coroutine.yield({time = time, service = service, level = level, message = message}) end
    end
  end)
end

local function only(level, records)
  return coroutine.wrap(function()
    for r in records do
      if r.level == level then coroutine.yield(r) end
    end
  end)
end

local counts, order = {}, {}
for r in only("ERROR", parse(lines(LOG))) do
  if not counts[r.service] then order[#order + 1] = r.service end
  counts[r.service] = (counts[r.service] or 0) + 1
  print(("%s %-6s %s"):format(r.time, r.service, r.message))
end
for _, service in ipairs(order) do print(service, counts[service]) end
