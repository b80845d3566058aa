-- bench/fib: recursive calls and integer arithmetic.
local clock0 = os.clock()
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
print(fib(32))
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
