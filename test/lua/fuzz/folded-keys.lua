local t = {}
print(pcall(function() return t[("s")]() end))
print(pcall(function() return t["n" and "s"]() end))
print(pcall(function() return t[1 and "s"]() end))
print(pcall(function() return t[true and "s"]() end))
print(pcall(function() return t[nil or "s"]() end))
print(pcall(function() return ("n" and t).x.y end))
print(pcall(function() return ("n" and "s") .. nil end))
print(pcall(function() return (1 and "s") .. nil end))
print(pcall(function() return ~("n" and "s") end))
print(pcall(function() return ~(1 and "s") end))
print(pcall(function() return t[1 and 2]() end))
local t, x = {}, 1
print(pcall(function() return t[x and "s"]() end))
