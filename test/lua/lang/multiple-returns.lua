-- adjustment of multiple results: middle truncation, parentheses, passthrough, tail position (manual 3.4.12)
local function none() end
local function one() return 1 end
local function three() return 1, 2, 3 end

-- in an expression list, only the last call expands
print(three(), three())
print(three(), "x")
print("x", three())
print(none(), "x")
print("x", none())
print(select("#", none(), none()))
print(select("#", three(), three()))

-- parentheses truncate to exactly one value
print((three()))
print((none()))
print(select("#", (none())))

-- return f() passes everything through
local function pass() return three() end
print(pass())
local function passpar() return (three()) end
print(passpar())
local function passmid() return three(), 10 end
print(passmid())
local function passnone() return none() end
print(select("#", passnone()))

-- table constructors
local t = {three(), three()}
print(#t, t[1], t[2], t[4])
t = {three(), nil}
print(#t)
t = {(three())}
print(#t)
t = {none()}
print(#t)
t = {three(), k = 1}
print(#t)

-- arguments
local function count(...) return select("#", ...) end
print(count(three()), count(three(), three()), count((three())), count(none()), count(none(), nil))

-- assignments
local a, b, c, d = three()
print(a, b, c, d)
a, b, c, d = three(), 10
print(a, b, c, d)
a, b = none()
print(a, b)

-- arithmetic and concatenation use only the first value
print(three() + 10, three() .. "!")
print(#{three()} * 2)

-- a call in the middle of a return list
local function mixed() return one(), three(), one() end
print(mixed())

-- string methods returning multiple values
print(("abc"):byte(1, -1))
print((("abc"):byte(1, -1)))

-- many return values
local function many(n)
  if n == 0 then return end
  return n, many(n - 1)
end
print(many(5))
print(select("#", many(100)))

-- return with parentheses on multiple expressions
local function tworet() return (three()), (three()) end
print(tworet())

-- nested calls
print(math.type(select(2, three())), select(2, three()))
