-- Registers a service instance under a lease and keeps the lease alive for a while:
--   bin/ptool run examples/etcd/register-service.lua NAME ADDRESS [TTL_SECONDS] [ROUNDS]
-- The key /services/NAME/LEASE_ID holds ADDRESS for as long as the lease lives. The lease is
-- granted and refreshed through the raw gateway (conn:request on /lease/grant and
-- /lease/keepalive), ROUNDS times (default 3) every TTL/3 seconds, then revoked, which
-- removes the key. The endpoint is $ETCD_ENDPOINT, or the local `make etcd`.
local name, address, ttl, rounds = ...
if name == nil or address == nil then
  io.stderr:write("usage: register-service.lua NAME ADDRESS [TTL_SECONDS] [ROUNDS]\n")
  os.exit(2)
end
ttl = math.tointeger(tonumber(ttl or "10")) or error("TTL_SECONDS must be an integer")
rounds = math.tointeger(tonumber(rounds or "3")) or error("ROUNDS must be an integer")

local etcd = ptool.etcd.connect({
  address = p.os.getenv("ETCD_ENDPOINT") or "127.0.0.1:2379",
  timeout_ms = 5_000,
})

-- the gateway writes 64-bit integers as decimal strings: the lease id is kept as one
local grant = etcd:request({ path = "/lease/grant", json = { TTL = ttl }, fail_on_http_error = true }):json()
local lease = grant.ID
local key = "/services/" .. name .. "/" .. lease
etcd:put(key, address, { lease = math.tointeger(tonumber(lease)) })
print("registered", key, "ttl " .. grant.TTL)

for round = 1, rounds do
  os.execute(string.format("sleep %.3f", ttl / 3))
  local alive = etcd:request({ path = "/lease/keepalive", json = { ID = lease }, fail_on_http_error = true }):json()
  local left = alive.result and tonumber(alive.result.TTL)
  if left == nil or left <= 0 then error("lease " .. lease .. " has expired") end
  print("keepalive", round, "ttl " .. left)
end

etcd:request({ path = "/kv/lease/revoke", json = { ID = lease }, fail_on_http_error = true })
print("revoked", key, etcd:get(key) == nil and "gone" or "still there")
