-- concatenation and length error messages with variable descriptions (manual 2.3, 3.4.6, 3.4.7)
local function try(f, ...) print(select(2, pcall(f, ...))) end

try(function() local t = {}; return t .. "x" end)
try(function() local t = {}; return "x" .. t end)
try(function() local n; return "x" .. n end)
try(function() return "x" .. missing_global end)
try(function() local cfg = {}; return "name: " .. cfg.name end)
try(function() local b = true; return b .. "" end)
try(function() return "a" .. {} .. "b" end)
try(function() local f = print; return "fn " .. f end)
local up = {}
try(function() return up .. "!" end)
try(function() return "x" .. nil end)

-- multiple operands: the offending one is reported
try(function() local a, b, c = "a", nil, "c"; return a .. b .. c end)
try(function() local a, b, c = "a", "b", {}; return a .. b .. c end)
try(function() local a, b, c = {}, "b", "c"; return a .. b .. c end)
try(function() local t = {}; return 1 .. 2 .. t.x end)

-- numbers concatenate fine
print(1 .. 2, 1.5 .. "|", -0.0 .. "", 2^63 .. "", math.mininteger .. "")

-- length errors
try(function() local n = 5; return #n end)
try(function() return #nil end)
try(function() local b = false; return #b end)
try(function() local t = {}; return #t.missing end)
try(function() return #undefined_len end)
try(function() local f = print; return #f end)
try(function() return #up.none end)
local upn = 3
try(function() return #upn end)
