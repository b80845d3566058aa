-- relational operators on mixed integers and floats, including 2^53 and 2^63 boundaries (manual 3.4.4)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, 1 <= 1.0, -1 >= -1.0)
print(math.type(1), math.type(1.0), 1 == 1.0)

-- exact comparison across 2^53
local i53 = 2^53 // 1 | 0       -- integer 9007199254740992
print(math.type(i53), i53)
print(i53 == 2^53, i53 + 1 == 2^53, i53 + 1 > 2^53, i53 + 1 == 2^53 + 1)
print(2^53 == 2^53 + 1, i53 + 1 < 2^53 + 2)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(9007199254740993 == 9007199254740993.0, 9007199254740993.0 == 9007199254740992)

-- maxinteger vs 2^63
local maxi, mini = math.maxinteger, math.mininteger
print(maxi < 2^63, maxi <= 2^63, maxi == 2^63, maxi + 0.0 == 2^63)
print(mini == -2^63, mini < -2^63, mini <= -2^63, mini > -2^63 - 1025)
print(maxi > 9.2233720368547748e18, maxi < 9.2233720368547758e18)
print(mini + 0.0 == mini, maxi + 0.0 == maxi)

-- comparisons with infinities and nan
local nan = 0 / 0
print(maxi < math.huge, mini > -math.huge, 1 < nan, 1 > nan, nan == nan, 1 ~= nan)
print(maxi <= nan, mini >= nan)

-- equality of different types is false, never an error
print(1 == "1", nil == false, {} == "table", print == print, 0 == false)

-- ordering different types is an error
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return nil < 1 end))
print(pcall(function() return true <= false end))
print(pcall(function() return "a" >= 1 end))
print(pcall(function() return print > print end))

-- a > b is b < a ; a >= b is b <= a
print(3 > 2, 2 > 3, 3 >= 3, 2 >= 3)

-- negative zero
print(0.0 == -0.0, -0.0 < 0.0, 0 == -0.0, -0.0 <= 0)

-- integers near float precision loss
print(2^63 == maxi + 1.0, maxi + 1.0 == 2^63)
print(maxi // 1 == maxi, (maxi - 1) < maxi + 0.0)
print(-9007199254740993 < -9007199254740992.0)

-- float with fraction vs integer
print(1 < 1.0000000000000002, 3 > 2.9999999999999996, 3 == 2.9999999999999999)

-- comparing results of arithmetic
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
