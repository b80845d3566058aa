-- lua5.4 gives a call the line where its expression starts, also when the callee spans lines
local function f() error("boom", 2) end
print(pcall(function()
  f
  (
  )
end))
print(pcall(function()
  return (function()
    return f
  end)()()
end))
print(pcall(function()
  local t = {f = f}
  t
  .f()
end))
print(pcall(function()
  local t = {f = f}
  t:f(
  1)
end))
print(pcall(load("a\n(\n23)")))
print(pcall(load("local a = {x = 13}\na\n.\nx\n(\n23\n)")))
print(pcall(load("local a = {x = 13}\na\n.\nx\n(\n23 + a\n)")))
print(pcall(load("local a = {}\na\n.\nb\n.\nc\n(\n)")))
