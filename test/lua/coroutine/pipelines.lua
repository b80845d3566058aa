-- producer / filter / consumer (Programming in Lua style pipelines)
local function producer(items)
  return coroutine.create(function()
    for _, v in ipairs(items) do coroutine.yield(v) end
  end)
end
local function receive(prod)
  local ok, v = coroutine.resume(prod)
  return v
end
local function filter(prod, pred)
  return coroutine.create(function()
    while true do
      local v = receive(prod)
      if v == nil then return end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local function map(prod, f)
  return coroutine.create(function()
    for v in function() return receive(prod) end do coroutine.yield(f(v)) end
  end)
end
local items = {}
for i = 1, 30 do items[i] = i end
local p = map(filter(producer(items), function(v) return v % 3 == 0 end), function(v) return v * v end)
local out = {}
while true do
  local v = receive(p)
  if v == nil then break end
  out[#out + 1] = v
end
print(table.concat(out, " "))
-- a consumer-driven pipeline with wrap and multiple values
local lines = coroutine.wrap(function()
  for line in ("alpha beta\ngamma\n\ndelta epsilon zeta\n"):gmatch("([^\n]*)\n") do coroutine.yield(line) end
end)
local words = coroutine.wrap(function()
  for line in lines do
    local n = 0
    for w in line:gmatch("%a+") do n = n + 1; coroutine.yield(w, n, #w) end
  end
end)
for w, n, len in words do print(w, n, len) end
-- passing values both ways
local acc = coroutine.wrap(function(first)
  local total = first
  while true do
    local v = coroutine.yield(total)
    if v == nil then return "total " .. total end
    total = total + v
  end
end)
print(acc(1), acc(2), acc(3.5), acc())
