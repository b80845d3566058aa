-- lua5.4's limits on locals and upvalues, reported by load
local function names(prefix, n)
  local t = {}
  for i = 1, n do t[i] = prefix .. i end
  return table.concat(t, ", ")
end
local function sum(prefix, n)
  local t = {}
  for i = 1, n do t[i] = prefix .. i end
  return table.concat(t, " + ")
end
-- 200 locals are fine, 201 are not
print(load("local " .. names("a", 200)) ~= nil)
print(load("local " .. names("a", 201)))
-- upvalues: 199 + 56 locals of two enclosing functions, plus _ENV, is 256
for _, nb in ipairs({55, 56, 57}) do
  local src = "local " .. names("a", 199) .. " = 1\n" ..
    "local function f()\n  local " .. names("b", nb) .. " = 1\n" ..
    "  return function() return " .. sum("a", 199) .. " + " .. sum("b", nb) .. " + gl end\nend\nreturn 'ok'"
  local f, err = load(src)
  print(nb, f and f() or err)
end
-- the same without any global: _ENV is not needed
local src = "local " .. names("a", 199) .. " = 1\n" ..
  "local function f()\n  local " .. names("b", 56) .. " = 1\n" ..
  "  return function() return " .. sum("a", 199) .. " + " .. sum("b", 56) .. " end\nend\nreturn 'ok'"
local f, err = load(src)
print(f and f() or err)
-- upvalues through several levels count in every function in between
local deep = "local " .. names("a", 150) .. " = 1\nlocal function g()\n  local " .. names("c", 110) ..
  " = 2\n  return function() return function() return " .. sum("a", 150) .. " + " .. sum("c", 110) .. " end end\nend"
print(load(deep))
