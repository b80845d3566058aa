-- bench/table-loop: array writes and reads, string keys built at run time, # and ipairs,
-- and many small records with field access. Repeated to last about a second under lua5.4.
local clock0 = os.clock()
local total = 0
for round = 1, 5 do
  local N = 2000000
  local t = {}
  for i = 1, N do t[i] = i * 2 end
  local sum = 0
  for i = 1, #t do sum = sum + t[i] end
  local h = {}
  for i = 1, 200000 do h["k" .. (i % 1000)] = (h["k" .. (i % 1000)] or 0) + i end
  local cnt = 0
  for _, v in ipairs(t) do if v % 3 == 0 then cnt = cnt + 1 end end
  local pts = {}
  for i = 1, 300000 do pts[i] = {x = i, y = i + round} end
  local acc = 0
  for i = 1, #pts do local p = pts[i]; acc = acc + p.x * p.y end
  total = total + sum + cnt + h.k7 + acc
end
print(total)
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
