-- bitwise metamethods: __band __bor __bxor __shl __shr __bnot, with numbers on either side (manual 2.4)
local mt = {}
local function B(n) return setmetatable({name = n}, mt) end
local function name(v) if type(v) == "table" then return v.name end return tostring(v) end
for _, ev in ipairs({"band", "bor", "bxor", "shl", "shr"}) do
  mt["__" .. ev] = function(a, b) return ev .. "(" .. name(a) .. "," .. name(b) .. ")" end
end
mt.__bnot = function(a, b) return "bnot(" .. name(a) .. "," .. name(b) .. ")" end

local p, q = B("p"), B("q")
print(p & q, p | q, p ~ q, p << q, p >> q, ~p)
print(p & 1, 1 & p, 2 | p, p ~ 3, 1 << p, p >> 1)

-- floats without integer representation try the metamethod of the other operand
print(1.5 & p, p | 2.5)

-- strings in bitwise ops with a table operand use the table's metamethod
print("x" & p, p | "y")

-- without the metamethod: error mentions bitwise operation
local plain = setmetatable({}, {})
print(pcall(function() return plain & 1 end))
print(pcall(function() return 1 | plain end))
print(pcall(function() return ~plain end))
print(pcall(function() return 1 << plain end))

-- non-integral float with a table without metamethod: the error is about the table
print(pcall(function() return 1.5 | plain end))

-- two floats: number has no integer representation
print(pcall(function() return 1.5 | 2.5 end))

-- bit set class
local Set = {}
Set.__index = Set
local function set(bits) return setmetatable({bits = bits}, Set) end
Set.__band = function(a, b) return set(a.bits & b.bits) end
Set.__bor = function(a, b) return set(a.bits | b.bits) end
Set.__bxor = function(a, b) return set(a.bits ~ b.bits) end
Set.__bnot = function(a) return set(~a.bits & 0xFF) end
Set.__shl = function(a, n) return set((a.bits << n) & 0xFF) end
Set.__shr = function(a, n) return set(a.bits >> n) end
local s1, s2 = set(0x0F), set(0x3C)
print((s1 & s2).bits, (s1 | s2).bits, (s1 ~ s2).bits, (~s1).bits, (s1 << 4).bits, (s2 >> 2).bits)

-- result of metamethod can be any type
local any = setmetatable({}, {__band = function() return false end, __shl = function() return {1, 2} end})
print(any & 1, #(any << 1))
