-- numeric for with float control values: accumulation, negative steps, mixed types (manual 3.3.5)
local function run(a, b, c)
  local out = {}
  for i = a, b, c or 1 do out[#out + 1] = tostring(i) end
  return "[" .. table.concat(out, " ") .. "]"
end

-- float step: exact binary fractions
print(run(1, 2, 0.25))
print(run(2, 1, -0.25))
print(run(0, 1, 0.5))

-- float start
print(run(1.0, 3))
print(run(1.5, 4))
print(run(-1.5, 1.5))
for i = 1.0, 1 do print(i, math.type(i)) end

-- float step with integer start makes a float loop
for i = 1, 2, 1.0 do print("float step", i, math.type(i)) end

-- accumulating inexact step (0.1) -- count iterations
local n, last = 0, nil
for i = 0, 1, 0.1 do n = n + 1; last = i end
print("0.1 steps", n, string.format("%.14g", last))

n = 0
for i = 1, 0, -0.1 do n = n + 1; last = i end
print("-0.1 steps", n, string.format("%.14g", last))

-- float limit with float start
print(run(0.5, 2.5))
print(run(0.5, 2.4))

-- huge limits
local c = 0
for i = 1, math.huge do c = c + 1; if c == 5 then break end end
print("to +inf", c)
c = 0
for i = 1, -math.huge, -1 do c = c + 1; if c == 3 then break end end
print("to -inf", c)
print(run(1, -math.huge))
print(run(1.0, 1e300, 1e300))

-- nan limit: loop does not run
local nan = 0 / 0
print(run(1, nan))
print(run(1.0, nan))
print(run(nan, 10))

-- float loop variable is a copy
local seen = {}
for i = 0.5, 1.5 do
  i = i + 100
  seen[#seen + 1] = tostring(i)
end
print(table.concat(seen, " "))

-- float step zero error
print(pcall(function() for i = 1.0, 2, 0.0 do end end))
print(pcall(function() for i = 1, 2, -0.0 do end end))

-- float loop near 2^53 with step 2 (exactly representable)
c = 0
for i = 2^53 - 4, 2^53 + 4, 2 do c = c + 1 end
print("float loop near 2^53", c)
for i = 2^53, 2^53 + 2, 2 do print(string.format("%d", i), i) end
