-- and / or / not: short-circuit evaluation and returning operands (manual 3.4.5)
print(1 and 2, nil and 2, false and 2, 0 and "zero")
print(1 or 2, nil or 2, false or nil, nil or false)
print(not 1, not nil, not false, not 0, not "", not not {})

-- operands are returned unchanged (not converted to booleans)
local t = {}
print((t and "yes"), (nil or t) == t, (false or "default"))
print(type(nil and 1), type(false or nil))

-- short-circuit: right side not evaluated
local calls = 0
local function bump(v) calls = calls + 1; return v end
local _ = false and bump(1)
_ = nil and bump(1)
_ = 1 or bump(1)
_ = true or bump(1)
print("calls after short-circuit", calls)
_ = true and bump(1)
_ = false or bump(1)
print("calls after evaluation", calls)

-- a and b or c idiom (fails when b is false/nil)
local function ternary(c, a, b) return c and a or b end
print(ternary(true, "A", "B"), ternary(false, "A", "B"), ternary(true, false, "B"), ternary(true, nil, "B"))

-- default values
local function greet(name) name = name or "world"; return "hello " .. name end
print(greet(), greet("lua"), greet(false))

-- chains
print(nil or false or 0 or 1)
print(1 and 2 and 3 and nil and 5)
print(1 and 2 and 3)
print(false or nil or false)

-- only the first value of a multi-return participates
local function two() return nil, "second" end
print(two() or "fallback")
print((two()) or "fb", select("#", two() or 1))

-- and/or with function calls as the last operand keep one value
local function multi() return 1, 2, 3 end
print(true and multi())
print(false or multi())
print(select("#", true and multi()))

-- comparisons produce booleans
print(1 == 1, 1 ~= 1, "a" == "a", {} == {}, nil == false)
print(type(1 < 2), 1 < 2 and "lt" or "ge")

-- not with comparisons
print(not 1 == 2, not (1 == 2))

-- nested short-circuit with side effects order
local order = {}
local function o(name, v) order[#order + 1] = name; return v end
local r = o("a", nil) or o("b", false) and o("c", true) or o("d", "D")
print(r, table.concat(order, ","))
order = {}
r = o("a", 1) and (o("b", nil) or o("c", 2)) and o("d", 3)
print(r, table.concat(order, ","))

-- 0 and "" are truthy
print(0 and "0 true", "" and "empty true", 0.0 and "0.0 true")
