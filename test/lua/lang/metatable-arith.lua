-- arithmetic metamethods: __add __sub __mul __div __mod __pow __unm __idiv, operand order (manual 2.4)
local log = {}
local function name(v)
  if type(v) == "table" then return v.name or "?" end
  return tostring(v)
end
local mt = {}
local function V(n) return setmetatable({name = n}, mt) end
for _, ev in ipairs({"add", "sub", "mul", "div", "mod", "pow", "idiv"}) do
  mt["__" .. ev] = function(a, b) return ev .. "(" .. name(a) .. "," .. name(b) .. ")" end
end
mt.__unm = function(a, b) return "unm(" .. name(a) .. "," .. name(b) .. ")" end

local x, y = V("x"), V("y")
print(x + y, x - y, x * y, x / y)
print(x % y, x ^ y, x // y, -x)

-- table on the right or left with numbers and strings
print(x + 1, 1 + x, "s" + x, x + "s")
print(2 ^ x, x ^ 2, 10 // x, x % 3)

-- first operand's metamethod wins; otherwise the second's
local other = setmetatable({name = "o"}, {__add = function(a, b) return "other-add" end})
print(x + other, other + x)

-- metamethod result is not truncated to booleans and can be any value
local anyv = setmetatable({}, {__add = function() return nil end, __sub = function() return 1, 2 end})
print(anyv + 1, anyv - 1)

-- vector example
local Vec = {}
Vec.__index = Vec
local function vec(a, b) return setmetatable({a, b}, Vec) end
Vec.__add = function(p, q) return vec(p[1] + q[1], p[2] + q[2]) end
Vec.__mul = function(p, q)
  if type(p) == "number" then return vec(p * q[1], p * q[2]) end
  if type(q) == "number" then return vec(p[1] * q, p[2] * q) end
  return p[1] * q[1] + p[2] * q[2]
end
Vec.__unm = function(p) return vec(-p[1], -p[2]) end
Vec.__tostring = function(p) return "(" .. p[1] .. "," .. p[2] .. ")" end
local v1, v2 = vec(1, 2), vec(3, 4)
print(tostring(v1 + v2), tostring(v1 * 2), tostring(3 * v1), v1 * v2, tostring(-v1))

-- missing metamethod: error mentions the operation
local plain = setmetatable({}, {})
print(pcall(function() return plain + 1 end))
print(pcall(function() return 1 - plain end))
print(pcall(function() return -plain end))

-- metamethods are looked up raw in the metatable (not through __index)
local parent = {__add = function() return "inherited" end}
local child_mt = setmetatable({}, {__index = parent})
local c = setmetatable({}, child_mt)
print(pcall(function() return c + 1 end))

-- metamethod set after setmetatable is seen
local late_mt = {}
local late = setmetatable({}, late_mt)
late_mt.__mul = function() return "late mul" end
print(late * 2)

-- unary minus gets the operand twice
local u = setmetatable({}, {__unm = function(...) return select("#", ...), rawequal(select(1, ...), select(2, ...)) end})
print(-u)

-- numbers and strings with arithmetic do not use metatables of tables
print(1 + 2, "1" + 2)

-- callable tables as metamethods are allowed
local callable = setmetatable({}, {__call = function(self, a, b) return "called add" end})
local withcall = setmetatable({}, {__add = callable})
print(withcall + 1)
