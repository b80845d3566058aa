-- __eq, __lt, __le metamethods: when they are called, result conversion, no __le fallback (manual 2.4)
local calls = {}
local mt = {
  __eq = function(a, b) calls[#calls + 1] = "eq"; return a.v == b.v end,
  __lt = function(a, b) calls[#calls + 1] = "lt"; return a.v < b.v end,
  __le = function(a, b) calls[#calls + 1] = "le"; return a.v <= b.v end,
}
local function O(v) return setmetatable({v = v}, mt) end
local a, b, c = O(1), O(2), O(1)

print(a == c, a == b, a ~= b, a ~= c)
print(a < b, b < a, a <= c, b <= a)
print(a > b, b > a, a >= c, b >= a)
print(table.concat(calls, ","))
calls = {}

-- __eq is not called for identical objects, different types, or rawequal
print(a == a, a == 1, a == "x", rawequal(a, c), #calls)

-- __eq is tried for two tables even if only one has it
local bare = {v = 1}
print(a == bare, bare == a, #calls)
calls = {}

-- result of __eq/__lt/__le converted to boolean
local weird = setmetatable({}, {__eq = function() return "yes" end, __lt = function() return nil end, __le = function() return 0 end})
local weird2 = setmetatable({}, getmetatable(weird))
print(weird == weird2, weird < weird2, weird <= weird2, weird ~= weird2)

-- without __le, the reference lua5.4 (built with LUA_COMPAT_5_3) uses not (b < a)
local onlylt = {__lt = function(x, y) return x.v < y.v end}
local p, q = setmetatable({v = 1}, onlylt), setmetatable({v = 2}, onlylt)
print(p < q, p <= q, q <= p, p >= q)

-- mixed operands: number vs table uses the table metamethod for < and <=
local num = setmetatable({v = 5}, {__lt = function(x, y)
  local xv = type(x) == "table" and x.v or x
  local yv = type(y) == "table" and y.v or y
  return xv < yv
end})
print(num < 10, 3 < num, num > 1)
-- but == with a number never calls __eq
local eqnum = setmetatable({}, {__eq = function() return true end})
print(eqnum == 1, 1 == eqnum)

-- comparison errors without metamethods
print(pcall(function() return {} < {} end))
print(pcall(function() return {} <= 1 end))
print(pcall(function() return setmetatable({}, {}) < setmetatable({}, {}) end))

-- __eq on different metatables: first operand's, then second's
local e1 = setmetatable({}, {__eq = function() return true end})
local e2 = setmetatable({}, {__eq = function() return false end})
print(e1 == e2, e2 == e1)

-- __lt used in sorting algorithm
local items = {O(3), O(1), O(2)}
for i = 2, #items do
  local v, j = items[i], i - 1
  while j >= 1 and v < items[j] do items[j + 1] = items[j]; j = j - 1 end
  items[j + 1] = v
end
print(items[1].v, items[2].v, items[3].v)

-- string vs table comparison
local strcmp = setmetatable({}, {__lt = function(x, y) return "called" end})
print(strcmp < "s", "s" < strcmp)

-- __eq result with not
print(not (a == c), not (a ~= c))
