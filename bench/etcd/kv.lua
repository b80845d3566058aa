-- The Lua side of bench/etcd.mjs: N sequential puts, then N sequential gets, through
-- ptool.etcd. Each phase boundary is written to stderr at once ("mark NAME"), so the runner
-- times the phases from outside; os.clock() (CPU time of the process) is reported as well.
local n = math.tointeger(tonumber((...) or "2000")) or error("N must be an integer")
local etcd = ptool.etcd.connect({ address = assert(os.getenv("ETCD_ENDPOINT"), "ETCD_ENDPOINT is not set") })
local value = string.rep("v", 64)

etcd:put("/bench/warmup", value)
assert(etcd:get("/bench/warmup").value == value)
io.stderr:write("mark start\n")

local c0 = os.clock()
for i = 1, n do
  etcd:put("/bench/key/" .. i, value)
end
local c1 = os.clock()
io.stderr:write("mark put\n")

for i = 1, n do
  local item = etcd:get("/bench/key/" .. i)
  if item == nil or item.value ~= value then error("wrong value for key " .. i) end
end
local c2 = os.clock()
io.stderr:write("mark get\n")
io.stderr:write(string.format("cpu put %.6f get %.6f\n", c1 - c0, c2 - c1))
