-- string.rep and string.sub: counts, separators, index rules, limits (manual 6.4)
local function q(v)
  if type(v) ~= "string" then return tostring(v) end
  return '"' .. v:gsub("[%c\128-\255\"\\]", function(c) return "\\" .. c:byte() end) .. '"'
end
local function show(...)
  local s = "(" .. select("#", ...) .. ")"
  for i = 1, select("#", ...) do s = s .. " " .. q((select(i, ...))) end
  print(s)
end
local function E(f) local ok, e = pcall(f); print(ok, e) end

show(string.rep("ab", 3))
show(string.rep("ab", 3, ","))
show(string.rep("ab", 1, ","))
show(string.rep("ab", 0, ","))
show(string.rep("ab", -5))
show(string.rep("", 5))
show(string.rep("", 5, "-"))
show(string.rep("x", 2, ""))
show(string.rep(5, 3, 0))
show(string.rep("a\0", 2, "\0"))
show(string.rep("ab", 2.0))
show(string.rep("ab", "2"))
show(#string.rep("abc", 100000), #string.rep("abc", 1000, "--"))
show(string.rep("x", -9223372036854775807 - 1))
E(function() return string.rep("x", 2^31) end)
E(function() return string.rep("x", 2^40) end)
E(function() return string.rep("x", 9223372036854775807) end)
E(function() return string.rep("xy", 2^30) end)
E(function() return string.rep("x", 2^30, "y") end)
E(function() return string.rep("", 2^40, "y") end)
E(function() return string.rep() end)
E(function() return string.rep("x") end)
E(function() return string.rep("x", 1.5) end)
E(function() return string.rep("x", 2, {}) end)

local s = "hello"
for _, i in ipairs({-7, -6, -5, -1, 0, 1, 2, 5, 6, 7}) do
  local line = tostring(i) .. ":"
  for _, j in ipairs({-7, -6, -5, -1, 0, 1, 2, 5, 6}) do
    line = line .. " " .. string.sub(s, i, j)
  end
  print(line, "[" .. string.sub(s, i) .. "]")
end
show(string.sub("hello", 2))
show(string.sub("hello", -3))
show(string.sub("hello", 0))
show(string.sub("hello", 10))
show(string.sub("hello", 3, 2))
show(string.sub("", 1, 1))
show(string.sub("", 0, -1))
show(string.sub("hello", 2.0, "3"))
show(string.sub("hello", -9223372036854775807 - 1, 9223372036854775807))
show(string.sub("hello", 9223372036854775807))
show(string.sub("hello", 2, -9223372036854775807 - 1))
show(string.sub("hello", 1, nil))
show(string.sub(12345, 2, 3))
show(string.sub("a\0b\0c", 2, 4))
E(function() return string.sub("hello") end)
E(function() return string.sub() end)
E(function() return string.sub("hello", "x") end)
E(function() return string.sub("hello", 1, 2.5) end)
E(function() return string.sub("hello", 1, {}) end)
