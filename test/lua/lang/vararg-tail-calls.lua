-- self tail calls of vararg functions do not grow the stack
local function va(n, ...) if n == 0 then return select("#", ...), ... end return va(n - 1, ...) end
print(va(1000000, "a", "b"))
print(va(3))
print(va(2, nil, nil))
local function acc(n, ...) if n == 0 then return ... end return acc(n - 1, n, ...) end
print(acc(5))
print(coroutine.wrap(function() return va(1000000, 1, nil, 3) end)())
