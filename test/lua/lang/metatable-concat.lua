-- __concat (both operand orders, numbers, chains) and __len metamethods (manual 2.4, 3.4.6)
local mt = {}
local function C(n) return setmetatable({name = n}, mt) end
local function name(v) if type(v) == "table" then return "<" .. (v.name or "?") .. ">" end return type(v) .. ":" .. tostring(v) end
mt.__concat = function(a, b) return name(a) .. "+" .. name(b) end

local a, b = C("a"), C("b")
print(a .. b)
print(a .. "s", "s" .. a)
print(a .. 1, 1 .. a, a .. 1.5, 2.0 .. a)

-- chains: right associative, strings concatenated first where possible
print("x" .. "y" .. a)
print(a .. "x" .. "y")
print("p" .. a .. "q")

-- metamethod result can be a non-string, which then continues the chain
local T = setmetatable({}, {__concat = function(x, y) return 42 end})
print(T .. "z", "z" .. T, "w" .. ("z" .. T))

-- the other operand's metamethod is used when the first has none
local only_right = setmetatable({}, {__concat = function(x, y) return "right:" .. type(x) .. "," .. type(y) end})
print(true .. only_right, nil .. only_right, {} .. only_right)

-- no metamethod -> error naming the offending operand type
print(pcall(function() return {} .. "x" end))
print(pcall(function() return "x" .. {} end))
print(pcall(function() local t = {}; return t .. "x" end))
print(pcall(function() return 1 .. nil end))
print(pcall(function() return true .. false end))

-- __len with various return types
local L = setmetatable({}, {__len = function(t) return 7 end})
print(#L)
local Ls = setmetatable({1, 2}, {__len = function(t) return "len" end})
print(#Ls, rawlen(Ls))
local Lf = setmetatable({}, {__len = function() return 1.5 end})
print(#Lf)

-- __len is not used by rawlen and ipairs
local Li = setmetatable({1, 2, 3}, {__len = function() return 1 end})
local n = 0
for _ in ipairs(Li) do n = n + 1 end
print(#Li, rawlen(Li), n)

-- __len used by # in loops
local virtual = setmetatable({}, {__len = function() return 3 end, __index = function(_, i) return i * 2 end})
local vals = {}
for i = 1, #virtual do vals[#vals + 1] = virtual[i] end
print(table.concat(vals, ","))

-- string buffer class using __concat
local Buf = {}
Buf.__index = Buf
Buf.__concat = function(x, y)
  local out = setmetatable({parts = {}}, Buf)
  for _, side in ipairs({x, y}) do
    if getmetatable(side) == Buf then
      for _, p in ipairs(side.parts) do out.parts[#out.parts + 1] = p end
    else
      out.parts[#out.parts + 1] = tostring(side)
    end
  end
  return out
end
Buf.__tostring = function(x) return table.concat(x.parts, "|") end
local buf = setmetatable({parts = {"start"}}, Buf)
print(tostring(buf .. "a" .. "b"), tostring("z" .. buf), tostring(buf .. 1 .. 2))
