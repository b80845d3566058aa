-- custom iterators: closures, stateless, state/control values, 4th to-be-closed value (manual 3.3.5)
-- closure-based iterator
local function range(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
  end
end
local out = {}
for v in range(4) do out[#out + 1] = v end
print("closure", table.concat(out, " "))

-- stateless iterator: receives state and control
local function evens(max, cur)
  cur = cur + 2
  if cur <= max then return cur, cur * cur end
end
out = {}
for v, sq in evens, 8, 0 do out[#out + 1] = v .. "^2=" .. sq end
print("stateless", table.concat(out, " "))

-- the iterator sees exactly (state, control) arguments
local function spy(s, c)
  print("spy args", s, c, select("#", s, c))
  if c < 2 then return c + 1 end
end
for v in spy, "S", 0 do end

-- loop ends when the first value is nil even if others are not
local function firstnil(_, c)
  if c < 2 then return c + 1, "x" end
  return nil, "still here"
end
for a, b in firstnil, nil, 0 do print("firstnil", a, b) end

-- false as control value does not stop the loop
local n = 0
local function falsy(_, c)
  n = n + 1
  if n == 1 then return false, "f" end
  if n == 2 then return 0, "zero" end
end
for a, b in falsy, nil, nil do print("falsy", a, b) end

-- iterator returning many values
local function multi(_, c)
  if c < 2 then return c + 1, "a", "b", "c" end
end
for i, a, b, c in multi, nil, 0 do print("multi", i, a, b, c) end

-- string character iterator
local function chars(s)
  return function(str, i)
    i = i + 1
    if i <= #str then return i, string.sub(str, i, i) end
  end, s, 0
end
out = {}
for i, ch in chars("lua") do out[#out + 1] = i .. ch end
print("chars", table.concat(out, ","))

-- 4th value: to-be-closed, closed when loop ends normally
local log = {}
local function closing(name)
  return setmetatable({}, {__close = function(_, e) log[#log + 1] = "closed " .. name .. " " .. tostring(e) end})
end
local function withclose(name, limit)
  local i = 0
  return function()
    i = i + 1
    if i <= limit then return i end
  end, nil, nil, closing(name)
end
for i in withclose("normal", 2) do log[#log + 1] = "it" .. i end
print(table.concat(log, "; ")); log = {}

-- closed on break
for i in withclose("break", 10) do
  log[#log + 1] = "it" .. i
  if i == 2 then break end
end
print(table.concat(log, "; ")); log = {}

-- closed on return from inside the loop
local function finder()
  for i in withclose("return", 10) do
    if i == 3 then return "found " .. i end
  end
end
print(finder(), table.concat(log, "; ")); log = {}

-- closed on error, receiving the error object
print(pcall(function()
  for i in withclose("error", 10) do
    if i == 2 then error("stop", 0) end
  end
end))
print(table.concat(log, "; ")); log = {}

-- nil closing value is fine
for i in range(1), nil, nil, nil do print("nil closer", i) end

-- non-closable 4th value is an error
print(pcall(function() for i in range(1), nil, nil, {} do end end))
