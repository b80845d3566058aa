-- bench/fib: recursive calls and integer arithmetic: fib(32), computed 10 times so that the
-- run lasts about a second under lua5.4 (start-up costs are in bench/startup).
local clock0 = os.clock()
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
local r
for _ = 1, 10 do r = fib(32) end
print(r)
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
