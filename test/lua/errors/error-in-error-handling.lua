-- xpcall handlers: errors inside them, and a stack overflow while handling one (manual §6.1, xpcall)
local function loop (x,y,z) return 1 + loop(x, y, z) end
local res, msg = xpcall(loop, function (m) print(pcall(loop)); return 15 end)
print(res, msg)
print(xpcall(error, function() error("again") end))
print(xpcall(function() error({}) end, function(e) return type(e) end))
