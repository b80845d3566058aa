-- "attempt to call" runtime errors: global, local, field, method, upvalue, non-function values (manual 2.3, 3.4.10)
local function try(f, ...) print(select(2, pcall(f, ...))) end

try(function() f() end)
try(function() undefined_function(1, 2) end)
try(function() local g; g() end)
try(function() local t = {}; t.method() end)
try(function() local t = {}; t:foo() end)
try(function() local t = {inner = {}}; t.inner:bar(1) end)
try(function() local t = {}; t.a.b() end)
local up
try(function() up() end)

-- calling non-function values
try(function() local t = {}; t() end)
try(function() local n = 1; n() end)
try(function() local s = "str"; s() end)
try(function() local b = true; b() end)
try(function() ({})() end)
try(function() (1)() end)
try(function() ("x")() end)

-- call result of a call
try(function() local function mk() return nil end; mk()() end)
try(function() local function mk() return 5 end; mk()() end)

-- calling a field with computed key
try(function() local t = {}; local k = "dyn"; t[k]() end)
try(function() local t = {}; t[1]() end)

-- calling a string method that does not exist
try(function() local s = "abc"; s:nomethod() end)
try(function() ("abc"):nomethod() end)

-- global table fields
try(function() string.nofunc() end)
try(function() math.nothing(1) end)

-- table with a metatable but no __call
try(function() local t = setmetatable({}, {}); t() end)
try(function() local t = setmetatable({}, {__call = 42}); t() end)

-- tail call position still reports
try(function() local h; return h() end)
try(function() return undefined_tail() end)

-- calling through a vararg value
try(function(...) local fn = ...; fn() end, nil)
try(function(...) (...)() end, 7)

-- error object is a string with position
local ok, e = pcall(function() nofn() end)
print(ok, type(e))
