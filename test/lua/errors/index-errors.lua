-- "attempt to index" runtime errors with variable descriptions (local, global, field, upvalue, method) (manual 2.3, ldebug)
local function try(f, ...) print(select(2, pcall(f, ...))) end

try(function() local cfg = nil; return cfg.name end)
try(function() return x.y end)
try(function() local t = {}; return t.y.z end)
try(function() local t = {a = {}}; return t.a.b.c end)
local z = nil
try(function() return z.field end)
try(function() return z[1] end)
try(function() local cfg; cfg.name = 1 end)
try(function() undefined_tbl.k = 1 end)
try(function() local t = {}; t.sub.k = 1 end)
try(function() z.k = 1 end)

-- indexing other types
try(function() local n = 5; return n.x end)
try(function() local b = true; return b[1] end)
try(function() local f = print; return f.x end)
try(function() return (1).x end)
try(function() return ("s").x.y end)

-- index with a computed key
try(function() local t = {}; local k = "key"; return t[k].x end)
try(function() local t = {}; return t[1].x end)
try(function() local t = {{}}; return t[1][2].x end)

-- index result of a call
try(function() local function f() end; return f().x end)

-- string keys with special characters
try(function() local t = {}; return t["with space"].x end)

-- indexing varargs and parameters
try(function(p) return p.x end)
try(function(...) local a = ...; return a.x end)

-- global table access through _ENV fields
try(function() return string.nope.x end)
try(function() return _G.nothing.x end)

-- upvalue table field
local up = {}
try(function() return up.missing.x end)

-- method call on nil field (method description)
try(function() local obj = {}; obj:method() end)
try(function() local obj = {}; return obj.inner:method() end)

-- index a nil constant
try(function() return (nil).x end)

-- deep field chain description stops at the last name
try(function() local a = {b = {c = {}}}; return a.b.c.d.e end)
