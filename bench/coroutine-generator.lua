-- A generator yielding 10 million values through coroutine.wrap.
local t0 = os.clock()
local N = 10000000
local gen = coroutine.wrap(function()
  for i = 1, N do coroutine.yield(i) end
end)
local sum = 0
for _ = 1, N do sum = sum + gen() end
io.stderr:write(string.format("compute %.3f\n", os.clock() - t0))
print(sum)
