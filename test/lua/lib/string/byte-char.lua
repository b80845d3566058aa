-- string.byte, string.char, string.len, string.reverse, lower/upper (manual 6.4)
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

show(string.byte("ABC"))
show(string.byte("ABC", 2))
show(string.byte("ABC", -1))
show(string.byte("ABC", 1, -1))
show(string.byte("ABC", 0, 10))
show(string.byte("ABC", -10, 2))
show(string.byte("ABC", 3, 2))
show(string.byte("ABC", 4))
show(string.byte(""))
show(string.byte("\0\255\128"))
show(string.byte("hello", 2.0, "4"))
show(string.byte(123, 1, 3))
show(string.byte("abc", -2, -1))
show(string.byte("abc", -9223372036854775807 - 1, 9223372036854775807))
E(function() return string.byte() end)
E(function() return string.byte("a", 1.5) end)
E(function() return string.byte("a", {}) end)
E(function() return string.byte("a", 1, "x") end)

show(string.char())
show(string.char(72, 105))
show(string.char(0, 255, 128, 10))
show(string.char("65", 66.0))
E(function() return string.char(256) end)
E(function() return string.char(65, -1) end)
E(function() return string.char(65, nil) end)
E(function() return string.char(1.5) end)
E(function() return string.char(65, 66, "x") end)
local s = ""
for i = 0, 255 do s = s .. string.char(i) end
local okall = #s == 256
for i = 1, 256 do okall = okall and s:byte(i) == i - 1 end
print(okall, s:byte(-1), s:sub(66, 70))

show(string.len(""), string.len("abc"), string.len("\0\0"), string.len(12.5), #"xyz")
E(function() return string.len() end)
E(function() return string.len(true) end)

show(string.reverse(""), string.reverse("a"), string.reverse("abc"), string.reverse("a\0b\255"))
show(string.reverse(string.rep("ab", 5000)) == string.rep("ba", 5000))
show(string.lower("HeLLo World 123 \192\200\255"), string.upper("hello wOrld 123 \224\232\255\181\223"))
show(string.lower(""), string.upper(""), string.lower(42), string.upper(1.5))
E(function() return string.upper() end)
E(function() return string.lower({}) end)

-- method syntax through the string metatable
local str = "Hello"
show(str:len(), str:upper(), str:byte(1, 2), ("x"):rep(3), str:sub(2, 3))
show(("%d"):rep(2, ","), #str:reverse())
