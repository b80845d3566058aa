-- do blocks, while and repeat-until loops, break, until seeing body locals (manual 3.3.4)
do
  local x = 1
  do local x = 2; print("inner", x) end
  print("outer", x)
end

-- while counting
local i = 0
while i < 5 do i = i + 1 end
print("while", i)

-- while false never runs
local ran = false
while false do ran = true end
print("while false", ran)

-- while with break
local n = 0
while true do
  n = n + 1
  if n >= 7 then break end
end
print("break at", n)

-- repeat runs at least once
local r = 0
repeat r = r + 1 until true
print("repeat once", r)

-- until can see locals declared in the body
local k = 0
repeat
  local done = k >= 3
  k = k + 1
until done
print("until sees local", k)

-- repeat with break
local m = 0
repeat
  m = m + 1
  if m == 4 then break end
until m > 10
print("repeat break", m)

-- nested loops: break only exits the innermost
local out = {}
local a = 0
while a < 3 do
  a = a + 1
  local b = 0
  while true do
    b = b + 1
    if b > a then break end
    out[#out + 1] = a .. ":" .. b
  end
end
print(table.concat(out, " "))

-- condition values: only nil and false are false
local vals = {0, "", "false", {}, false}
for idx = 1, 5 do
  local v = vals[idx]
  local c = 0
  while v and c < 1 do c = c + 1 end
  print("truthy", idx, c == 1)
end
local cnt = 0
while nil do cnt = cnt + 1 end
print("nil falsy", cnt)

-- until condition referencing a local that shadows an outer one
local z = "outer"
local iters = 0
repeat
  local z = iters
  iters = iters + 1
until z == 2
print("shadowed until", iters, z)

-- closures in repeat body capture per-iteration locals
local fs = {}
local c = 0
repeat
  c = c + 1
  local captured = c * 10
  fs[#fs + 1] = function() return captured end
until captured >= 30
print(fs[1](), fs[2](), fs[3]())

-- while with complex condition
local p, q = 0, 10
while p < q and q - p > 2 do p = p + 1; q = q - 1 end
print("converge", p, q)
