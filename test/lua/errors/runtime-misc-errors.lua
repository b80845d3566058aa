-- assorted runtime errors: nil/NaN table index, writing into strings, integer conversions, for loops (manual 2.3, 3.3.5)
local function try(f, ...) print(select(2, pcall(f, ...))) end

try(function() local t = {}; t[nil] = 1 end)
try(function() local t = {}; t[0 / 0] = 1 end)
try(function() local t = {}; local k; t[k] = 1 end)
try(function() return {[nil] = 1} end)
try(function() return {[0/0] = 1} end)
-- reading with nil or NaN keys is fine
print(({})[nil], ({})[0 / 0])

-- strings cannot be assigned into
try(function() local s = "abc"; s.x = 1 end)
try(function() local s = "abc"; s[1] = "z" end)
-- indexing strings with numbers gives nil (string table has no integer keys)
print(("abc")[1], ("abc").len == nil)

-- integer conversions
try(function() return 1.5 | 0 end)
try(function() local f = 2^64; return f & 1 end)
try(function() return string.rep("x", 2.5) end)
try(function() local t = {}; return t[1] | 1 end)

-- for loop errors
try(function() for i = 1, 10, 0 do end end)
try(function() for i = "a", 2 do end end)
try(function() local lim = {}; for i = 1, lim do end end)
try(function() for i = 1, 2, false do end end)
try(function() for k, v in nil do end end)
try(function() for k, v in 42 do end end)
try(function() local iter = {}; for k in iter do end end)

-- __index / __newindex chain loops
local loopy = setmetatable({}, {})
getmetatable(loopy).__index = loopy
try(function() return loopy.x end)
local wloop = setmetatable({}, {})
getmetatable(wloop).__newindex = wloop
try(function() wloop.x = 1 end)

-- errors raised inside metamethods propagate with their own position
local bad = setmetatable({}, {__add = function() local n = nil; return n.x end})
try(function() return bad + 1 end)

-- a runtime error caught by pcall yields the message string
local ok, e = pcall(function() local t = nil; t.x = 1 end)
print(ok, e)

-- to-be-closed variable with a non-closable value
try(function() local x <close> = "string" end)
try(function() local x <close> = 0 end)
