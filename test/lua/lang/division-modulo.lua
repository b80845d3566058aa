-- floor division // and modulo % for integers and floats with all sign combinations (manual 3.4.1)
local pairs_ = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {6, 3}, {-6, 3}, {0, 5}, {0, -5}, {1, 7}, {-1, 7}}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  print(a, b, "//", a // b, "%", a % b, "/", a / b)
end

-- floats
local fpairs = {{7.5, 2}, {-7.5, 2}, {7.5, -2}, {-7.5, -2}, {5.0, 3}, {-5.0, 3}, {5, -3.0}, {0.5, 0.25}}
for _, p in ipairs(fpairs) do
  local a, b = p[1], p[2]
  print(a, b, "//", a // b, "%", a % b)
end

-- result types
print(math.type(7 // 2), math.type(7.0 // 2), math.type(7 // 2.0), math.type(7 % 2), math.type(7 % 2.0))
print(math.type(6 / 2), 6 / 2, 7 / 2)

-- identity a == (a // b) * b + a % b
local ok = true
for a = -10, 10 do
  for b = -4, 4 do
    if b ~= 0 and a ~= (a // b) * b + a % b then ok = false end
  end
end
print("identity holds", ok)

-- modulo result has the sign of the divisor
print(5 % -2, -5 % 2, 5.5 % -2, -5.5 % 2)

-- float modulo with infinities
print(5 % math.huge, -5 % math.huge, 5 % -math.huge, -5 % -math.huge)
print(5.0 // math.huge, -5.0 // math.huge, math.huge // 1)

-- float division and modulo by zero
print(1.0 // 0, -1.0 // 0, 1 // 0.0, 1 % 0.0 ~= 1 % 0.0)
print(1 % math.huge, 0.0 % 1)

-- integer by zero are errors
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(pcall(function() local z = 0; return 10 // z end))
print(pcall(function() local z = 0; return 10 % z end))

-- extremes
local mini = math.mininteger
print(mini // -1, mini % -1, mini // 1, mini % 1)
print(math.maxinteger // -1, math.maxinteger % -1)
print(mini // 2, mini % 2, mini // -2)
print(3 // mini, 3 % mini, -3 % mini)

-- strings coerced in // and %
print("7" // 2, "7" % "4", "7.5" // 2, math.type("7" // 2))

-- large float modulo exactness
print(2^53 % 3, 1e308 % 7)
print(-0.0 // 1, 0.0 // -1, -0.0 % 1)
