-- os.exit(n): the status, buffered output and open files are flushed, to-be-closed variables
-- do not run (manual 6.9)
local name = os.tmpname()
local f = io.open(name, "w")
f:write("data written before exit\n")
do
  local g <close> = setmetatable({}, {__close = function() print("not printed") end})
  io.write("buffered output without newline; ")
  print("reading back: ", io.open(name):read("a") == "")
  local ok = pcall(function()
    os.remove(name)
    os.exit(7)
  end)
  print("not reached", ok)
end
