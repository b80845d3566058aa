-- bench/rep: string.rep with and without a separator, small and large results.
local clock0 = os.clock()
local total = 0
for i = 1, 200000 do
  total = total + #("ab"):rep(i % 50) + #string.rep("x", i % 20, ",")
end
for i = 1, 20 do total = total + #("0123456789"):rep(1000000) end
print(total)
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
