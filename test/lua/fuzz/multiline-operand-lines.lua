print(pcall(function() return ([[long
string]] .. nil) end))
print(pcall(function() return (1 >= "\z
  tail") end))
print(pcall(function() return (1 >= [[a
b]]) end))
print(pcall(function() return ("a\
b" .. nil) end))
print(pcall(function() return (1 < "a\
b") end))
