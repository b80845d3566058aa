-- __call (extra args, chains, multiple returns), __tostring and __name (manual 2.4, 6.1)
local callable = setmetatable({tag = "C"}, {__call = function(self, a, b, ...)
  return self.tag, a, b, select("#", ...)
end})
print(callable(1, 2, 3, 4))
print(callable())
print(callable("only"))

-- method-call syntax with __call
local obj = {fn = callable}
print(obj.fn("x"))
print(select("#", obj:fn("y")), select(2, obj:fn("y")) == obj, select(3, obj:fn("y")))

-- __call returning multiple values and being used in expressions
local multi = setmetatable({}, {__call = function() return 1, 2, 3 end})
print(multi())
print((multi()))
print(#{multi()}, ({multi()})[3])

-- __call with a callable table as the metamethod (chain)
local inner = setmetatable({}, {__call = function(self, first, ...) return "inner got", select("#", ...) end})
local outer = setmetatable({}, {__call = inner})
print(outer("a", "b"))

-- calling a table without __call is an error
print(pcall(function() local t = {}; t() end))
print(pcall(function() local t = setmetatable({}, {}); t() end))

-- __call used by pcall and in generic for
local iter = setmetatable({n = 0}, {__call = function(self)
  self.n = self.n + 1
  if self.n <= 3 then return self.n end
end})
local got = {}
for v in iter do got[#got + 1] = v end
print(table.concat(got, ","), pcall(callable, "p"))

-- __tostring used by tostring and print
local pt = setmetatable({x = 1, y = 2}, {__tostring = function(p) return "Point(" .. p.x .. "," .. p.y .. ")" end})
print(pt, tostring(pt))

-- __tostring must return a string
local bad = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, bad))
local bad2 = setmetatable({}, {__tostring = function() return nil end})
print(pcall(tostring, bad2))

-- __name appears in tostring output (address replaced for determinism)
local named = setmetatable({}, {__name = "MyType"})
local s = tostring(named)
print(s:sub(1, 8), #s > 8)
-- __name is used in error messages in place of the type name
print(pcall(function() return named + 1 end))
print(pcall(function() return #named end))

-- __tostring takes precedence over __name
local both = setmetatable({}, {__name = "N", __tostring = function() return "T" end})
print(both)

-- non-string __name is ignored
local numname = setmetatable({}, {__name = 123})
print(tostring(numname):sub(1, 6))

-- __tostring receives the object, can use its fields and errors propagate
local fails = setmetatable({}, {__tostring = function() error("tostring failed") end})
print(pcall(tostring, fails))
