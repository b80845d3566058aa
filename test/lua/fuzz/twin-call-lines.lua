print(pcall(function()
  return string.gsub([[long
string]], "%g", function(x) return {} end)
end))
print(pcall(function()
  local a = string.gsub([[long
string]], "%g", function(x) return {} end) return a
end))
print(pcall(function()
  return string.rep("x", -1, {
})
end))
local co = coroutine.wrap(function()
  local a = string.gsub([[long
string]], "%g", function(x) return {} end) return a
end)
print(pcall(co))
