-- operator precedence and associativity for every operator (manual 3.4.8)
-- ^ is right associative and binds tighter than unary minus
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2)
print(-2 ^ 2, (-2) ^ 2)
print(2 ^ -1, -2 ^ -2)
print(not nil == true, not (nil == true))

-- unary operators bind tighter than binary (except ^)
print(-3 + 5, - -3, -(-3))
print(#"abc" + 1, #"ab" .. "c")
print(~0 & 0xF, ~(0 & 0xF))

-- * / // % share precedence, left associative
print(7 * 3 % 4, 7 * (3 % 4))
print(100 / 10 / 5, 100 / (10 / 5))
print(17 // 5 * 2, 17 // (5 * 2))
print(20 % 7 // 2, 20 % (7 // 2))

-- + - left associative, lower than * /
print(10 - 3 - 2, 10 - (3 - 2))
print(2 + 3 * 4, (2 + 3) * 4)
print(1 - 2 * 3 + 4)

-- .. is right associative, lower than + -
print(1 .. 2 .. 3, "a" .. 1 + 2, 1 + 2 .. "")
print("x" .. 2 ^ 2, "x" .. -1)

-- .. binds tighter than comparisons; shifts bind tighter than comparisons
print(1 .. 2 == "12", 2 .. 3 < "24", 1 << 3 == 8)
print(1 << 4 >> 2, (1 << 4) >> 2, 1 << (4 >> 2))

-- & above ~ above |
print(6 & 3 | 8, 6 & (3 | 8))
print(5 ~ 3 & 1, (5 ~ 3) & 1)
print(1 | 2 ~ 3, (1 | 2) ~ 3)
print(3 | 4 << 1, (3 | 4) << 1)

-- bitwise below + -
print(1 + 2 & 3, 1 + (2 & 3))
print(8 >> 1 + 1, (8 >> 1) + 1)

-- comparison below bitwise
print(1 | 2 == 3, 2 & 1 < 1)

-- and above or, both below comparisons
print(1 < 2 and 2 < 3, 1 > 2 or 3 > 2)
print(nil or false and 1, (nil or false) and 1)
print(1 or 2 and 3, (1 or 2) and 3)
print(false or nil, nil or false, false and nil, nil and false)

-- comparisons are non-associative in meaning: (1 < 2) == true
print((1 < 2) == true, (2 < 1) == false)
print(1 == 1 == true, "a" ~= "b" == true)

-- mixed expression
local a, b, c = 2, 3, 4
print(a + b * c ^ 2 // 3 % 5 - -a)
print(a .. b + c .. a)
print(not a == b, not (a == b))
print(-a ^ b, (-a) ^ b, -(a ^ b))
print((#"ab") ^ 2, -#"abc", pcall(function() return #"ab" ^ 2 end))
print(2 ^ 2 ^ 0, 2 ^ (2 ^ 0))
print(a < b == (b > a))

-- unary chain
print(- - - 1, not not nil, ~ ~ 5, - ~ 0)
