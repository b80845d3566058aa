-- integer arithmetic wraps around (two's complement), float conversions at the edges (manual 3.4.1)
local maxi, mini = math.maxinteger, math.mininteger
print(maxi, mini, math.type(maxi))
print(maxi + 1 == mini, mini - 1 == maxi, maxi + 1, mini - 1)
print(maxi * 2, mini * 2, maxi * maxi, mini * mini, mini * -1)
print(-mini, -mini == mini, -maxi, -(-maxi))
print(0x7fffffff * 0x7fffffff, 0x7fffffff * 0x7fffffff * 4, 0x7fffffff * 0x7fffffff * 8)
print(4294967296 * 4294967296, 4294967296 * 4294967295, 3037000500 * 3037000500)
print(maxi + maxi, mini + mini, maxi - mini, mini - maxi)

-- division and modulo at the edges
print(mini // -1, mini % -1, maxi // mini, mini // maxi)
print(mini / -1, maxi / -1, math.type(mini / -1))

-- addition with a float operand converts to float (no wrap)
print(maxi + 1.0, mini - 1.0, maxi + 0.0 == 2^63)
print(maxi * 2.0, mini * 1.0)

-- exponentiation is always float
print(2 ^ 63, 2 ^ 64, (-2) ^ 63, 10 ^ 2, math.type(2 ^ 2))

-- factorial wraps
local f = 1
for i = 1, 25 do f = f * i end
print("25! wrapped", f)
local g = 1.0
for i = 1, 25 do g = g * i end
print("25! float", g)

-- fibonacci overflow point
local a, b = 0, 1
local n = 0
while b >= 0 do a, b = b, a + b; n = n + 1 end
print("fib overflow at step", n, a, b)

-- bit tricks relying on wrap
print(mini - 1 + 1 == mini, (maxi + 1) // 2, mini // 2)
print(1 << 63 == mini, (1 << 63) - 1 == maxi)

-- string conversion of extreme values
print(tostring(mini), tostring(maxi), mini .. "", tonumber("-9223372036854775808"))
print(tonumber("9223372036854775808"), tonumber("-9223372036854775809"))
print(math.type(tonumber("9223372036854775807")), math.type(tonumber("9223372036854775808")))

-- integer vs float equality at the edges
print(mini == -2^63, maxi == 2^63, maxi + 1.0 == 2^63)
print(math.floor(2^62) == 2^62, math.type(math.floor(2^62)), math.floor(-3.5), math.floor(3.7))
print(math.floor(2^63), math.type(math.floor(2^63)), math.floor(-2^63), math.type(math.floor(-2^63)))
