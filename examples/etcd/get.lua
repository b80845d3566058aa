-- The seed's Connection:get example (etcd.seed.txt), indentation restored. Against `make etcd`:
--   etcdctl put /apps/api/config.json '{"port": 8080}'
local etcd = ptool.etcd.connect({ address = "127.0.0.1:2379" })
local item = etcd:get("/apps/api/config.json")

if item then
  local config = p.json.parse(item.value)
  print(item.mod_revision, config.port)
end
