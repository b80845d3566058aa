-- hello.lua: the first script to run (`make run`).
local function greet(name)
  return ("hello, %s!"):format(name)
end

print(greet(arg[1] or "world"))
print(_VERSION, math.type(1), math.type(1.0), 10 // 3, 10 / 4)
