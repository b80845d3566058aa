-- os.exit(status, true) closes the state: pending to-be-closed variables run first (manual 6.9)
local function f()
  local a <close> = setmetatable({}, {__close = function() print("closing a") end})
  local b <close> = setmetatable({}, {__close = function() print("closing b") end})
  io.write("exiting... ")
  os.exit(false, true)
end
do
  local outer <close> = setmetatable({}, {__close = function() print("closing outer") end})
  f()
end
print("not reached")
