-- _ENV: globals as fields of _ENV, local _ENV, _ENV parameters and upvalues, load env (manual 2.2)
print(_ENV == _G, _G._G == _G)
x_global = 10
print(_ENV.x_global, _G.x_global, rawget(_G, "x_global"))
_ENV.y_global = 20
print(y_global)

-- local _ENV replaces global access in its scope
do
  local print, tostring = print, tostring
  local _ENV = {z = "from custom env"}
  print(z, x_global)
  newglobal = "stored in custom"
  print(newglobal, _ENV.newglobal)
end
print(newglobal)

-- function with an _ENV parameter
local function withenv(_ENV) return a + b end
print(withenv({a = 1, b = 2}), withenv({a = 10, b = 20}))

-- function setting globals into a custom env
local function setter(_ENV) value = "set"; other = 42 end
local env = {}
setter(env)
print(env.value, env.other, value)

-- _ENV as an upvalue shared by closures
local function make()
  local _ENV = {count = 0}
  local function inc() count = count + 1 end
  local function get() return count end
  return inc, get, function() return _ENV end
end
local inc, get, envof = make()
inc(); inc()
print(get(), envof().count)

-- changing _ENV upvalue affects the closures
local function make2()
  local _ENV = {v = "first"}
  local function read() return v end
  local function swap(new) _ENV = new end
  return read, swap
end
local read, swap = make2()
print(read())
swap({v = "second"})
print(read())

-- __index on a custom env falls back to _G
local sandbox = setmetatable({}, {__index = _G})
local function sandboxed(_ENV)
  local r = tostring(1) .. type(print)
  sandbox_only = true
  return r
end
print(sandboxed(sandbox), sandbox.sandbox_only, rawget(_G, "sandbox_only"))

-- load with an env parameter
local chunk = load("q = 5; return q * 2, print", "=envchunk", "t", {})
print(chunk())
local envtable = {tostring = tostring}
load("result = tostring(99)", "=c", "t", envtable)()
print(envtable.result, rawget(_G, "result"))

-- accessing a global in an empty env yields nil; calling it errors with 'global'
local function bad(_ENV) return missing_fn() end
print(pcall(bad, {}))

-- _ENV = nil makes global access fail
print(pcall(function() local _ENV = nil; return anything end))

-- upvalue _ENV of main chunk can be replaced via local
local saved_print = print
do
  local _ENV = setmetatable({}, {__index = function(_, k) return "dyn:" .. k end})
  saved_print(foo, bar)
end

-- global function definitions go to _ENV
local e2 = {}
do
  local _ENV = e2
  function gfn() return "in e2" end
end
print(e2.gfn(), rawget(_G, "gfn"))
