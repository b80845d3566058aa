print(pcall(function() return ((not ([[long
string]])):len() < 1) end))
s = "abc"
print(pcall(function() return s
  :nope() end))
print(pcall(function() return (true)
  :len() end))
print(pcall(function() return s:rep(
  {}) end))
print(pcall(function() return s
  :rep({}) end))
local co = coroutine.wrap(function()
  print(pcall(function() return (true)
    :len() end))
  print(pcall(function() return s
    :nope() end))
  print(pcall(function() return s
    :rep({}) end))
end)
co()
s = "abc"
local co = coroutine.wrap(function()
  print(pcall(function() return s:rep(
    {}) end))
  print(pcall(function() return s:rep({}) end))
  print(pcall(function() local x = s
    :rep({}) return x end))
end)
co()
local co2 = coroutine.wrap(function()
  local fmt = string.format
  print(pcall(function() return fmt("%d", "x") end))
  print(pcall(function() return string.rep() end))
end)
co2()
