-- function definitions: t.a.b:m(), local function recursion, methods, arity adjustment (manual 3.4.11)
local t = {a = {b = {}}}
function t.a.b.f(x) return "f" .. x end
function t.a.b:m(x) return self == t.a.b, x end
print(t.a.b.f(1), t.a.b:m(2))
print(t.a.b.m(t.a.b, 3))
print(t.a.b.m("other", 4))

-- method call syntax evaluates the object once
local evals = 0
local function getobj() evals = evals + 1; return t.a.b end
print(getobj():m("once"), evals)

-- global function definition
function gfun(a, b) return a + b end
print(gfun(2, 3), type(gfun))

-- local function can call itself
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10), fact(20))

-- local f = function ... cannot see itself (refers to global)
local fib = function(n) return n end
local fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("non-recursive local", fib(5))

-- mutual recursion via forward-declared locals
local isodd
local function iseven(n) if n == 0 then return true end return isodd(n - 1) end
function isodd(n) if n == 0 then return false end return iseven(n - 1) end
print(iseven(10), isodd(7), iseven(7))

-- missing arguments are nil, extra are dropped
local function three(a, b, c) return a, b, c end
print(three(1))
print(three(1, 2, 3, 4, 5))
print(select("#", three()))

-- functions are first-class values
local ops = {add = function(a, b) return a + b end, mul = function(a, b) return a * b end}
print(ops.add(2, 3), ops["mul"](4, 5))

-- call syntax sugar: f"str", f{table}, f[[long]]
local function id(x) return x end
print(id"str", id{1, 2}[2], id[[long]])
print(("%d-%d"):format(1, 2))
local obj = {name = "o"}
function obj:get(suffix) return self.name .. (type(suffix) == "string" and suffix or "?") end
print(obj:get"!", obj:get{})

-- method defined with dot receives explicit self
function obj.get2(self) return self.name .. "2" end
print(obj:get2())

-- functions returning functions
local function curry(a) return function(b) return function(c) return a .. b .. c end end end
print(curry("x")("y")("z"))

-- immediately invoked function expression
print((function(...) return select("#", ...) end)(1, nil, 3))

-- a function with no return statement returns no values
local function none() end
print(select("#", none()), none())

-- recursion through a table field
local M = {}
function M.sum(n) if n == 0 then return 0 end return n + M.sum(n - 1) end
print(M.sum(100))

-- method on a nested field with colon from outside
local shape = {dims = {w = 3, h = 4}}
function shape.dims:area() return self.w * self.h end
print(shape.dims:area())

-- type of functions
print(type(print), type(fact), type(function() end))
