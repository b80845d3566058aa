-- setmetatable/getmetatable basics: identity, sharing, inheritance patterns (manual 2.4, 6.1)
local mt = {}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(getmetatable(a) == mt, getmetatable(b) == getmetatable(a), getmetatable({}))

-- class-like pattern
local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({balance = balance}, Account) end
function Account:deposit(v) self.balance = self.balance + v; return self end
function Account:get() return self.balance end
local acc = Account.new(100)
acc:deposit(50):deposit(25)
print(acc:get(), getmetatable(acc) == Account, rawget(acc, "deposit"))

-- inheritance
local Savings = setmetatable({}, {__index = Account})
Savings.__index = Savings
function Savings.new(balance, rate)
  local o = Account.new(balance)
  o.rate = rate
  return setmetatable(o, Savings)
end
function Savings:interest() return self.balance * self.rate end
local s = Savings.new(1000, 0.05)
s:deposit(1000)
print(s:get(), s:interest(), getmetatable(s) == Savings)

-- overriding methods
function Savings:get() return "savings:" .. Account.get(self) end
print(s:get(), acc:get())

-- metatable of a metatable does not affect the object directly
local meta_of_meta = {__index = function() return "mm" end}
local inner_mt = setmetatable({}, meta_of_meta)
local obj = setmetatable({}, inner_mt)
print(obj.x, inner_mt.anything)

-- using the same table as its own metatable
local selfmt = {}
selfmt.__index = selfmt
selfmt.shared = "via self"
setmetatable(selfmt, selfmt)
print(selfmt.shared, pcall(function() return selfmt.missing end))

-- setmetatable with nil removes metatable
local tmp = setmetatable({}, {__index = {k = "v"}})
print(tmp.k)
setmetatable(tmp, nil)
print(tmp.k, getmetatable(tmp))

-- metatable fields read at operation time
local dyn_mt = {}
local dyn = setmetatable({}, dyn_mt)
print(dyn.x)
dyn_mt.__index = {x = "now"}
print(dyn.x)
dyn_mt.__index = nil
print(dyn.x)

-- getmetatable returns __metatable field when present
local prot = setmetatable({}, {__metatable = {fake = true}})
print(getmetatable(prot).fake)

-- string metatable
print(getmetatable("x").__index == string, getmetatable("a") == getmetatable("b"))
