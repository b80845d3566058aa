-- numeric for with integers: steps, empty loops, loop var copy, evaluation once (manual 3.3.5)
local function run(a, b, c)
  local out = {}
  if c then
    for i = a, b, c do out[#out + 1] = tostring(i) end
  else
    for i = a, b do out[#out + 1] = tostring(i) end
  end
  return "[" .. table.concat(out, " ") .. "]"
end

print(run(1, 5))
print(run(1, 1))
print(run(1, 0))
print(run(5, 1))
print(run(5, 1, -1))
print(run(1, 10, 3))
print(run(10, 1, -3))
print(run(-3, 3, 2))
print(run(0, -10, -4))
print(run(1, 3, 5))

-- integer loop gives integer variable
for i = 1, 1 do print(i, math.type(i)) end

-- limit float with integer start: loop stays integer, limit floored
print(run(1, 3.5))
print(run(1, 3.99))
print(run(3, 0.5, -1))
print(run(1, -0.5))
for i = 1, 2.5 do print("int with float limit", i, math.type(i)) end

-- modifying the loop variable does not affect iteration
local seen = {}
for i = 1, 3 do
  seen[#seen + 1] = i
  i = i * 10
  seen[#seen + 1] = i
end
print(table.concat(seen, " "))

-- bounds and step evaluated once
local calls = 0
local function lim() calls = calls + 1 return 4 end
local sum = 0
for i = 1, lim() do sum = sum + i end
print("sum", sum, "calls", calls)

local limit = 3
local count = 0
for i = 1, limit do
  limit = 10
  count = count + 1
end
print("count", count)

-- loop variable is local to the loop
local i = "outer"
for i = 1, 2 do end
print(i)

-- break and nested loops
local pairs_found = {}
for a = 1, 4 do
  for b = a, 4 do
    if a * b > 6 then break end
    pairs_found[#pairs_found + 1] = a .. "x" .. b
  end
end
print(table.concat(pairs_found, " "))

-- large step does not overflow
print(run(1, 100, math.maxinteger))
print(run(-1, -100, math.mininteger))

-- numeric strings are converted (a string start makes it a float loop)
for i = "1", 2 do print("str init", i, math.type(i)) end
for i = 1, "2" do print("str limit", i, math.type(i)) end
for i = 1, 2, "1" do print("str step", i, math.type(i)) end
for i = "0x10", 17 do print("hex str init", i) end
