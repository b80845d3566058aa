-- Two coroutines passing a counter back and forth, 5 million times each way (about a
-- second under lua5.4, like the other workloads).
local t0 = os.clock()
local N = 5000000
local ping, pong
ping = coroutine.create(function(n)
  while true do n = coroutine.yield(n + 1) end
end)
pong = coroutine.create(function(n)
  while true do
    local _, v = coroutine.resume(ping, n)
    n = coroutine.yield(v + 1)
  end
end)
local n = 0
for _ = 1, N do
  local _, v = coroutine.resume(pong, n)
  n = v
end
io.stderr:write(string.format("compute %.3f\n", os.clock() - t0))
print(n)
