-- numeric for near math.maxinteger/mininteger must not overflow; for errors (manual 3.3.5)
local maxi, mini = math.maxinteger, math.mininteger
local function run(a, b, c)
  local out = {}
  for i = a, b, c or 1 do
    out[#out + 1] = tostring(i)
    if #out > 10 then out[#out + 1] = "..."; break end
  end
  return "[" .. table.concat(out, " ") .. "]"
end

print(run(maxi - 2, maxi))
print(run(maxi, maxi))
print(run(mini + 2, mini, -1))
print(run(mini, mini, -1))
print(run(maxi - 1, maxi, 2))
print(run(mini + 1, mini, -2))
print(run(maxi - 10, maxi, 4))
print(run(mini, mini + 2))
print(run(maxi, mini, mini))
print(run(mini, maxi, maxi))
print(run(0, maxi, maxi))
print(run(maxi, 0, -maxi))

-- float limits beyond the integer range are clipped
print(run(maxi - 1, 1e100))
print(run(mini + 1, -1e100, -1))
print(run(maxi, 2^63))
print(run(1, -2^63))
print(run(-1, 2^63, -1))
print(run(mini, -2^63, -1))

-- iteration count for a range crossing zero
local n = 0
for i = -3, 3 do n = n + 1 end
print("count", n)

-- step zero and non-number errors
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1.0, 10, 0 do end end))
print(pcall(function() for i = "x", 10 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() for i = 1, 2, "a" do end end))
print(pcall(function() for i = true, 2 do end end))
print(pcall(function() local lim; for i = 1, lim do end end))
