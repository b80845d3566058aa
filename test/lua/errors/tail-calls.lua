-- proper tail calls: 1,000,000 deep self and mutual tail recursion in constant stack (manual 3.4.10)
local function count(n, acc)
  if n == 0 then return acc end
  return count(n - 1, acc + 1)
end
print(count(1000000, 0))

-- mutual tail recursion
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(1000000), is_odd(1000001), is_even(999999))

-- tail call through a table field and a method
local obj = {}
function obj.loop(n) if n == 0 then return "field done" end return obj.loop(n - 1) end
function obj:mloop(n) if n == 0 then return "method done" end return self:mloop(n - 1) end
print(obj.loop(1000000), obj:mloop(1000000))

-- tail call passing through multiple results
local function multi(n) if n == 0 then return 1, 2, 3 end return multi(n - 1) end
print(multi(1000000))

-- tail call of a varargs function
local function va(n, ...) if n == 0 then return select("#", ...), ... end return va(n - 1, ...) end
print(va(1000000, "a", "b"))

-- tail call to a closure created each time
local function ctail(n)
  if n == 0 then return "closure done" end
  local f = function() return ctail(n - 1) end
  return f()
end
print(ctail(300000))

-- tail call via __call metamethod
local callable = setmetatable({}, {__call = function(self, n)
  if n == 0 then return "callable done" end
  return self(n - 1)
end})
print(callable(1000000))

-- state machine with tail calls (goto-like)
local s1, s2, s3
local visits = 0
function s1(n) visits = visits + 1; if n == 0 then return "end in s1" end return s2(n - 1) end
function s2(n) visits = visits + 1; return s3(n) end
function s3(n) visits = visits + 1; return s1(n) end
print(s1(300000), visits)

-- not a tail call: parenthesized return and return with extra op still grow the stack
local function nt(n) if n == 0 then return 0 end return (nt(n - 1)) end
print(pcall(nt, 1000))
