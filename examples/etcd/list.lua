-- The seed's Connection:list example (etcd.seed.txt), indentation restored. Against `make etcd`.
local etcd = ptool.etcd.connect({ address = "127.0.0.1:2379" })
local resp = etcd:list("/apps/api/", {
  keys_only = true,
  sort_order = "ascend",
  sort_target = "key",
})

for _, item in ipairs(resp.kvs) do
  print(item.key)
end
