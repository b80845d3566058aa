-- string.gmatch: iteration, captures, empty matches, init (manual 6.4)
local function q(v)
  if type(v) ~= "string" then return tostring(v) end
  return '"' .. v:gsub("[%c\128-\255\"\\]", function(c) return "\\" .. c:byte() end) .. '"'
end
local function show(...)
  local s = "(" .. select("#", ...) .. ")"
  for i = 1, select("#", ...) do s = s .. " " .. q((select(i, ...))) end
  print(s)
end
local function all(s, p, init)
  local out = "[" .. p .. "]"
  for a, b in string.gmatch(s, p, init) do
    out = out .. " " .. q(a) .. (b ~= nil and ("," .. q(b)) or "")
  end
  print(out)
end
local function E(f) local ok, e = pcall(f); print(ok, e) end

all("hello world from Lua", "%a+")
all("one two  three", "%S+")
all("k1=v1, k2=v2, k3=", "(%w+)=(%w*)")
all("abc", "")
all("abc", ".-")
all("abc", "a*")
all("baaac", "a*")
all("abc", "()")
all("a,b,,c,", "([^,]*)")
all("hello", "l")
all("hello", "x")
all("", "")
all("", ".")
all("abc", "^a")
all("a^b^c", "^.")
all("abcabc", "b", 3)
all("abcabc", "b", -2)
all("abcabc", "b", 0)
all("abcabc", "b", 100)
all("abcabc", "", 7)
all("abcabc", "", 8)
all("abcabc", "()b()", -4)
all("x=1 y=22 z=333", "(%a)=(%d+)")
all("THE (quick) fox", "%f[%a]%a+")
all("{a}{b}{{c}}", "%b{}")
all(12321, "2")

-- the iterator keeps its state; extra calls after the end return nothing
local it = string.gmatch("a1b2", "%a%d")
show(it())
show(it())
show(it())
show(it())
local it2 = string.gmatch("xy", "()(.)")
show(it2())
show(it2())
show(it2())

-- a long subject with many matches
local n, last = 0, nil
for w in string.gmatch(string.rep("word ", 20000), "%a+") do n = n + 1; last = w end
print(n, last)

E(function() return string.gmatch() end)
E(function() return string.gmatch("x") end)
E(function() return string.gmatch("x", "y", "z") end)
E(function() for _ in string.gmatch("x", "%") do end end)
E(function() for _ in string.gmatch("x", "(x") do end end)
E(function() for _ in string.gmatch("x", "x)") do end end)
