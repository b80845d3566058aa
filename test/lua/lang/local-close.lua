-- local attribute <close>: close order, break/return/goto exits, nil/false values (manual 3.3.8)
local log = {}
local function L(s) log[#log + 1] = s end
local function flush(tag) print(tag, table.concat(log, " ")); log = {} end

local function closer(name)
  return setmetatable({}, {__close = function(o, e)
    L("close:" .. name .. ":" .. tostring(e))
  end})
end

-- reverse order of declaration at end of block
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  local c <close> = closer("c")
  L("body")
end
flush("block")

-- nil and false are allowed and ignored
do
  local n <close> = nil
  local f <close> = false
  local a <close> = closer("x")
  L("body")
end
flush("nilfalse")

-- closed on return, after return values are computed
local function ret()
  local a <close> = closer("r1")
  local b <close> = closer("r2")
  L("returning")
  return "v1", "v2"
end
print(ret())
flush("return")

-- return value evaluated before close
local function retval()
  local t = {n = 1}
  local a <close> = setmetatable({}, {__close = function() t.n = 99 end})
  return t.n
end
print("retval", retval())

-- closed on break, once per iteration
for i = 1, 3 do
  local c <close> = closer("it" .. i)
  if i == 2 then L("break"); break end
  L("iter" .. i)
end
flush("break")

-- closed when a goto leaves the block
do
  local i = 0
  ::top::
  do
    local c <close> = closer("g" .. i)
    i = i + 1
    if i < 3 then goto top end
  end
end
flush("goto")

-- closed in while and repeat loops each iteration
local k = 0
while k < 2 do
  k = k + 1
  local c <close> = closer("w" .. k)
end
repeat
  local c <close> = closer("rep")
until true
flush("loops")

-- nested functions each closing their own
local function inner()
  local c <close> = closer("inner")
  L("in inner")
end
local function outer()
  local c <close> = closer("outer")
  inner()
  L("after inner")
end
outer()
flush("nested")

-- the close method receives the value itself
local obj
obj = setmetatable({tag = "me"}, {__close = function(o) L("self=" .. tostring(o == obj) .. "," .. o.tag) end})
do local x <close> = obj end
flush("self")

-- non-closable value is an error at declaration
print(pcall(load("local x <close> = {}")))
print(pcall(load("local x <close> = 42")))
-- <close> variables are also const
print(load("local x <close> = nil; x = 1"))
-- only one <close> per local list
print(load("local a <close>, b <close> = nil, nil"))
