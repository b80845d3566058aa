-- math.random / math.randomseed: lua5.4's xoshiro256** sequences after fixed seeds
print(math.randomseed(42))
print(math.random(1, 100))
for i = 1, 6 do
  print(math.random(), math.random(10), math.random(-3, 3), math.random(0))
end

print(math.randomseed(123, 456))
for i = 1, 6 do
  print(math.random(1, 1000000), math.random(math.mininteger, math.maxinteger), math.random(0, 2^40),
        math.random(1, 2^53 + 5), math.random(-2^60, 2^60))
end

print(math.randomseed(-1))
for i = 1, 6 do
  print(math.random(3), math.random(7), math.random(100), math.random(math.maxinteger), math.random(2^32), math.random(2^32 + 1))
end

print(math.randomseed(math.mininteger, -7))
local counts = {0, 0, 0, 0, 0, 0}
for i = 1, 6000 do
  local r = math.random(6)
  counts[r] = counts[r] + 1
end
print(table.concat(counts, " "))

-- degenerate intervals
print(math.random(5, 5), math.random(math.maxinteger, math.maxinteger), math.random(math.mininteger, math.mininteger))
print(math.random(1), math.random(-7, -7))

-- the generator advances even when the arguments are rejected
math.randomseed(7)
print(pcall(function() return math.random(3, 1) end))
print(math.random(100))
math.randomseed(7)
print(math.random(100), math.random(100))

-- seeds given as strings and floats with integral values
print(math.randomseed("12"), math.random())
print(math.randomseed(12.0, "3"), math.random(1000))
print(math.randomseed(0), math.random(), math.random(0))
print(math.randomseed(2^53), math.random(2^53))

-- random floats lie in [0, 1); integer results stay in range
math.randomseed(2024)
local ok = true
for i = 1, 20000 do
  local f = math.random()
  local a = math.random(-10, 10)
  local b = math.random(3)
  if f < 0 or f >= 1 or math.type(f) ~= "float" or a < -10 or a > 10 or b < 1 or b > 3 or math.type(a) ~= "integer" then ok = false end
end
print(ok)

-- a fresh randomseed() call (no arguments) gives integers, and random numbers afterwards
local s1, s2 = math.randomseed()
print(math.type(s1), math.type(s2))
local x = math.random(10)
print(x >= 1 and x <= 10)
