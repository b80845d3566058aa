-- bitwise operators: shifts >= 64, negative shifts, float operands, string operands (manual 3.4.2)
print(5 & 3, 5 | 3, 5 ~ 3, ~5, ~0, ~-1)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ~ 0xFF)
print(-1 & 0xFF, -1 >> 60, -1 << 63)

-- shifts are logical (not arithmetic)
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 >> 1, -1 >> 63, -1 >> 64, math.mininteger >> 63)
print(256 >> 4, 256 >> 8, 256 >> 9)

-- negative shift shifts the other way
print(1 << -1, 2 << -1, 8 >> -2, 1 >> -63, 1 >> -64, 1 << -64)
print(math.mininteger << -63, -1 << -1)

-- extreme shift counts
print(1 << math.maxinteger, 1 << math.mininteger, -1 >> math.mininteger)

-- float operands with exact integer values are converted
print(3.0 & 1, 2.0 | 1.0, 1.0 << 4, ~0.0, 2^53 | 0)
print(math.type(3.0 & 1), math.type(2.0 | 1.0))
print(-0.0 | 0, 1e18 | 0)

-- floats without integer representation raise errors
print(pcall(function() return 1.5 & 1 end))
print(pcall(function() return 2^63 | 0 end))
print(pcall(function() local x = 0.1; return x << 1 end))
print(pcall(function() return math.huge | 0 end))
print(pcall(function() return (0/0) | 0 end))
print(pcall(function() local n = -2^64; return ~n end))

-- strings are NOT coerced in bitwise operations (lua5.4 has no string bitwise metamethods)
print(pcall(function() return "3" & 1 end))
print(pcall(function() local s = "0x10"; return s >> 1 end))
print(pcall(function() local t = {s = "1"}; return 1 | t.s end))

-- other non-numbers
print(pcall(function() return {} & 1 end))
print(pcall(function() local b = true; return ~b end))
print(pcall(function() return nil | 1 end))

-- wraparound and large patterns
print(0x7fffffffffffffff + 1 == math.mininteger, 0xffffffffffffffff, ~0x7fffffffffffffff)
print(string.format("%x", 0xDEADBEEF ~ 0xFFFFFFFF))
print(string.format("%x", (0x12345678 << 32) | 0x9ABCDEF0))
print(string.format("%x", -1 >> 32), string.format("%x", 0x0F0F << 4))

-- xor swap and masks
local a, b = 12, 25
a = a ~ b; b = a ~ b; a = a ~ b
print("xor swap", a, b)
local function popcount(n)
  local c = 0
  while n ~= 0 do c = c + (n & 1); n = n >> 1 end
  return c
end
print(popcount(0), popcount(255), popcount(-1), popcount(math.mininteger))

-- unary not on various
print(~1, ~-2, ~math.maxinteger, ~math.mininteger)
