-- <close> with errors: error object passed to __close, errors inside __close (manual 3.3.8)
local log = {}
local function L(s) log[#log + 1] = tostring(s) end
local function flush(tag) print(tag, table.concat(log, " ")); log = {} end

local function closer(name)
  return setmetatable({}, {__close = function(o, e)
    L(name .. "<" .. tostring(e) .. ">")
  end})
end

-- error object (string with position) passed to every pending close
local ok, err = pcall(function()
  local a <close> = closer("a")
  local b <close> = closer("b")
  error("boom")
end)
print(ok, err)
flush("string error")

-- non-string error value passed through unchanged
local E = setmetatable({}, {__tostring = function() return "E-object" end})
ok, err = pcall(function()
  local a <close> = closer("a")
  error(E)
end)
print(ok, err == E)
flush("table error")

-- error with level 0: no position
ok, err = pcall(function()
  local a <close> = closer("a")
  error("plain", 0)
end)
print(ok, err)
flush("level0")

-- runtime error (not error()) is passed too
ok, err = pcall(function()
  local a <close> = closer("a")
  local x = nil
  return x.field
end)
print(ok, err)
flush("runtime")

-- error inside __close replaces the original error
ok, err = pcall(function()
  local a <close> = setmetatable({}, {__close = function(o, e) L("a got " .. tostring(e)); error("from a", 0) end})
  local b <close> = setmetatable({}, {__close = function(o, e) L("b got " .. tostring(e)); error("from b", 0) end})
  error("orig", 0)
end)
print(ok, err)
flush("close errors")

-- error inside __close on a normal exit
ok, err = pcall(function()
  local a <close> = closer("a")
  local b <close> = setmetatable({}, {__close = function(o, e) L("b normal " .. tostring(e)); error("close failed", 0) end})
  L("body done")
end)
print(ok, err)
flush("close on normal exit")

-- pcall inside the block: caught errors do not trigger close early
ok, err = pcall(function()
  local a <close> = closer("outer")
  print("inner pcall", pcall(error, "inner", 0))
  L("still running")
  return "finished"
end)
print(ok, err)
flush("inner pcall")

-- values returned by the function survive close
local function f()
  local a <close> = closer("f")
  return 1, 2, 3
end
print(select("#", f()), f())
flush("returns")

-- __close missing at close time: error is raised at declaration only
local mt = {__close = function() L("closed") end}
ok, err = pcall(function()
  local x <close> = setmetatable({}, mt)
  mt.__close = nil
end)
print(ok, err)
flush("removed __close")
