-- chains of __call metamethods are resolved in one call (manual §2.4, "__call")
local n = 10000
local function foo ()
  if n == 0 then return 1023 else n = n - 1; local r = foo(); return r end
end
for i = 1, 100 do foo = setmetatable({}, {__call = foo}) end
print(pcall(foo))
local t = setmetatable({}, {__call = setmetatable({}, {__call = function(a, b, c, d) return type(a), type(b), c, d end})})
print(t(1, 2))
print(pcall(setmetatable({}, {__call = 42})))
print(pcall(function() local x = setmetatable({}, {__call = true}); return x() end))
