-- stack overflow is a catchable error; deep (190000) non-tail recursion still works (manual 2.3, 3.4.10)
local function f() return 1 + f() end
print(pcall(f))

-- overflow with arguments and locals
local function g(a, b, c) local x, y, z = a, b, c; return g(x, y, z) + 1 end
print(pcall(g, 1, 2, 3))

-- overflow building a table
local function h() local t = {}; t[1] = h(); return t end
print(pcall(h))

-- after catching an overflow, the program continues normally
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(100))

-- deep non-tail recursion succeeds
print(pcall(depth, 190000))
print(depth(190000))

-- deep recursion through a local function with several arguments
local function sum(n, acc) if n == 0 then return acc end local r = sum(n - 1, acc + n); return r end
print(sum(100000, 0))

-- overflow caught by xpcall with a handler
print(xpcall(f, function(m) return "handled: " .. m end))

-- mutual recursion overflow
local ping, pong
function ping() return 1 + pong() end
function pong() return 1 + ping() end
-- (which of the two functions overflows depends on the stack limit, so only the suffix is printed)
local mok, merr = pcall(ping)
print(mok, merr:sub(-16))

-- error object is a string
local ok, e = pcall(f)
print(ok, type(e))
