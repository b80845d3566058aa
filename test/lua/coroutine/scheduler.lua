-- a round-robin scheduler of 1000 coroutines that sleep for different numbers of ticks
local tasks = {}
local finished = {}
local function spawn(id, steps)
  local co = coroutine.create(function()
    local acc = 0
    for s = 1, steps do
      acc = acc + id * s
      coroutine.yield(s)
    end
    finished[#finished + 1] = id
    return acc
  end)
  tasks[#tasks + 1] = {id = id, co = co}
end
for i = 1, 1000 do spawn(i, i % 7 + 1) end
local ticks, results = 0, {}
while #tasks > 0 do
  local alive = {}
  for _, t in ipairs(tasks) do
    local ok, v = coroutine.resume(t.co)
    assert(ok, v)
    if coroutine.status(t.co) == "dead" then results[t.id] = v else alive[#alive + 1] = t end
  end
  tasks = alive
  ticks = ticks + 1
end
local sum = 0
for i = 1, 1000 do sum = sum + results[i] end
print("ticks", ticks, "sum", sum, "finished", #finished, finished[1], finished[1000])
-- a scheduler with message passing between tasks
local queue = {}
local function send(to, msg) queue[to] = queue[to] or {} table.insert(queue[to], msg) end
local workers = {}
for w = 1, 10 do
  workers[w] = coroutine.create(function()
    local got = 0
    while true do
      local inbox = queue[w]
      if inbox and #inbox > 0 then
        local m = table.remove(inbox, 1)
        if m == "stop" then return got end
        got = got + m
        if w < 10 then send(w + 1, m * 2) end
      else
        coroutine.yield()
      end
    end
  end)
end
for i = 1, 5 do send(1, i) end
for w = 1, 10 do send(w, "stop") end
local totals = {}
local running = true
while running do
  running = false
  for w = 1, 10 do
    if coroutine.status(workers[w]) ~= "dead" then
      local ok, v = coroutine.resume(workers[w])
      if coroutine.status(workers[w]) == "dead" then totals[w] = v else running = true end
    end
  end
end
for w = 1, 10 do io.write(totals[w], " ") end
print()
