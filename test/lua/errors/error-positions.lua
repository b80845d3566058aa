-- line numbers in error messages: multi-line expressions, calls, nested functions, tail calls (manual 2.3, 6.1 error)
local function try(f, ...) print(select(2, pcall(f, ...))) end

try(function()
  error("on line 5")
end)

try(function()
  local t = {}
  local v = t
    .missing
    .deeper          -- the error is reported where the failing index happens
  return v
end)

try(function()
  local a = 1
  local b = nil
  return a +
    b              -- arithmetic spanning lines
end)

try(function()
  local s = "x" ..
    "y" ..
    {}             -- concat spanning lines
  return s
end)

try(function()
  undefined_fn(    -- call spanning lines
    1,
    2
  )
end)

-- errors in nested functions report the inner line
local function inner() error("inner error") end
local function outer() inner() end
try(outer)

-- error with level 2 reports the calling line
local function check(x) if not x then error("check failed", 2) end end
try(function()
  check(true)
  check(false)     -- this line is blamed
end)

-- tail calls: level 2 goes past the tail-called function's frame
local function blame2() error("blamed caller", 2) end
local function tail() return blame2() end
try(function()
  tail()
end)

-- error inside a loop body
try(function()
  for i = 1, 3 do
    if i == 3 then
      error("loop " .. i)
    end
  end
end)

-- runtime error inside a table constructor
try(function()
  local t = {
    a = 1,
    b = nil .. "x",
  }
end)

-- error in a metamethod reports the metamethod's line
local mt = {__index = function(t, k)
  error("no field " .. k)
end}
try(function() return setmetatable({}, mt).foo end)

-- error inside a string passed to load keeps the chunk's own lines
try(load("\n\n\nerror('load line 4')", "=chunk"))

-- method call on a multi-line chain
try(function()
  local obj = {}
  obj
    :method()
end)
