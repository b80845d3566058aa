-- error(): levels 0/1/2, non-string error values, positions added only to strings (manual 6.1)
local function lvl(level) error("msg", level) end
print(pcall(lvl, 0))
print(pcall(lvl, 1))
print(pcall(lvl))
local function caller() lvl(2) end        -- level 2 blames this line
print(pcall(caller))
local function lvl3() error("three", 3) end
local function mid3() lvl3() end
local function top3() mid3() end           -- level 3 blames this line
print(pcall(top3))

-- levels beyond the stack: no position
print(pcall(lvl, 50))

-- non-string error values are passed unchanged, without position
print(pcall(error, 42))
print(pcall(function() error(42) end))
print(pcall(function() error(42.5, 2) end))
print(pcall(function() error(nil) end))
print(pcall(function() error() end))
print(pcall(function() error(true) end))
local E = {code = 7}
local ok, e = pcall(function() error(E) end)
print(ok, e == E, e.code)
local mtE = setmetatable({}, {__tostring = function() return "custom error" end})
ok, e = pcall(function() error(mtE) end)
print(ok, e == mtE, tostring(e))

-- numbers are not strings: no position is prepended
ok, e = pcall(function() error(123) end)
print(ok, e, math.type(e))

-- a string that looks like a number still gets the position
print(pcall(function() error("123") end))

-- error called directly from pcall (level 1 refers to pcall, a C function)
print(pcall(error, "direct"))
print(pcall(error, "direct", 2))
print(pcall(error))

-- nested pcall: inner error does not escape
print(pcall(function()
  local ok2, e2 = pcall(error, "inner", 0)
  return "outer saw: " .. e2
end))

-- rethrowing keeps the original message (position not added twice with level 0)
print(pcall(function()
  local ok2, e2 = pcall(function() error("orig") end)
  error(e2, 0)
end))
print(pcall(function()
  local ok2, e2 = pcall(function() error("orig") end)
  error(e2)
end))

-- error with a multi-line message
print(pcall(error, "line1\nline2", 0))

-- error level as a float or string
print(pcall(function() error("flt", 1.0) end))
print(pcall(function() error("str", "1") end))
print(pcall(function() error("bad", "x") end))
