local n = -(0/0)
local m = 0/0
print(n == n, n ~= n, m == m, rawequal(n, n), rawequal(m, m), n == m)
local t = {n, m}
print(t[1] == t[1], t[2] ~= t[2], select(1, n) == n)
local co = coroutine.wrap(function() coroutine.yield(n == n, n ~= n, rawequal(n, n)) end)
print(co())
print(pcall(function() local k = {} k[n] = 1 end))
print(({[1] = 1})[n], n, m, -n, -m)
local f = function(a, b) return a == b end
print(f(n, n), f(m, m))
