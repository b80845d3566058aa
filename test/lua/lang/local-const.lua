-- local attribute <const>: values, scoping, shadowing, constant folding (manual 3.3.7)
local x <const> = 10
local s <const> = "hello"
local f <const> = 2.5
local n <const> = nil
local b <const> = false
print(x, s, f, n, b)
print(x + 1, s .. "!", f * 2, n == nil, not b)

-- const in expressions that could be folded
local K <const> = 3
local M <const> = K * K + 1
print(M, math.type(M))
local D <const> = 7 // 2
local E <const> = 7 / 2
print(D, E, math.type(D), math.type(E))
local STR <const> = "a" .. "b" .. K
print(STR)

-- const captured by closures
local function getx() return x end
print(getx())
local function adder(v) return function() return v + K end end
print(adder(4)())

-- shadowing a const with a normal local is allowed
do
  local x = 20
  x = x + 1
  print("shadow", x)
end
print("outer", x)

-- const table: the binding is constant, the table is mutable
local t <const> = {1, 2}
t[3] = 3
t.name = "tbl"
print(#t, t.name)

-- several attribs in one statement
local a <const>, c, d <const> = 1, 2, 3
c = c + 10
print(a, c, d)

-- const initialised from a multi-value call
local function two() return "p", "q" end
local p <const>, q <const> = two()
print(p, q)
local r <const>, u <const> = (two())
print(r, u)

-- const in loop body: fresh per iteration
local acc = {}
for i = 1, 3 do
  local sq <const> = i * i
  acc[#acc + 1] = function() return sq end
end
print(acc[1](), acc[2](), acc[3]())

-- assignment to const is a compile error
print(load("local z <const> = 1; z = 2"))
print(load("local z <const> = 1; local function g() z = 3 end"))
print(load("local z <unknown> = 1"))
-- integer/float const
local I <const> = math.maxinteger
print(I, I + 1 == math.mininteger)
local NEG <const> = -0.0
print(NEG, 1 / NEG)
