-- The seed's Connection:put example (etcd.seed.txt), indentation restored. Against `make etcd`;
-- the second run prints the value the first one wrote.
local etcd = ptool.etcd.connect({ address = "127.0.0.1:2379" })
local resp = etcd:put("/apps/api/version", "v2\n", {
  prev_kv = true,
})

if resp.prev_kv then
  print(resp.prev_kv.value)
end
