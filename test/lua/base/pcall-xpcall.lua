-- pcall and xpcall: all return values, handlers, extra arguments, errors in handlers (manual 6.1)
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select("#", pcall(function() end)))
print(pcall(function(...) return select("#", ...), ... end, "a", nil, "c"))
print(pcall(print, "pcall calling print"))
print(pcall(pcall, error, "nested"))

-- pcall with a non-function
print(pcall(42))
print(pcall({}))
print(pcall(nil))
print(pcall(pcall))
print(pcall(setmetatable({}, {__call = function(self, x) return "called with " .. x end}), "arg"))

-- xpcall: handler receives the original error object
print(xpcall(function() error("oops") end, function(m) return "handled: " .. m end))
local E = {}
print(xpcall(function() error(E) end, function(e) return e == E end))
print(xpcall(function() error() end, function(e) return "got " .. tostring(e) end))
print(xpcall(function() error(42) end, function(e) return e + 1 end))

-- xpcall success returns all values and does not call the handler
local called = false
print(xpcall(function() return "ok", 2 end, function() called = true end))
print("handler called", called)

-- xpcall with extra arguments passed to the function
print(xpcall(function(a, b, c) return a + b + c end, print, 1, 2, 3))
print(xpcall(function(...) return select("#", ...) end, print, nil, nil))

-- only the first value returned by the handler becomes the error object
print(xpcall(error, function(m) return "h1", "h2" end, "E"))
print(xpcall(error, function(m) end, "E"))

-- runtime errors reach the handler with position info
print(xpcall(function() local x; return x.y end, function(m) return "H:" .. m end))

-- error inside the handler (the handler is re-invoked until the C stack limit)
print(xpcall(error, function(m) error("handler failed") end, "E"))

-- the handler must be a function, even when no error happens
print(pcall(xpcall, function() return 1 end))
print(pcall(xpcall, function() return 1 end, nil))
print(pcall(xpcall, function() return "fine" end, 42))

-- pcall returns false plus the error object unchanged
local ok, e = pcall(error, {code = 1})
print(ok, type(e), e.code)

-- pcall inside xpcall handler
print(xpcall(function() error("outer") end, function(m)
  local ok2, e2 = pcall(error, "inner", 0)
  return m .. " / " .. e2
end))

-- catching errors from metamethods
print(pcall(function() return setmetatable({}, {__add = function() error("meta add", 0) end}) + 1 end))

-- pcall status booleans are real booleans
print(type((pcall(error))), (pcall(function() end)) == true)
