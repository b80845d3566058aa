-- The seed's Connection:request example (etcd.seed.txt), indentation restored: an empty
-- transaction through the raw gateway. Against `make etcd`.
local etcd = ptool.etcd.connect({ address = "127.0.0.1:2379" })
local resp = etcd:request({
  path = "/kv/txn",
  json = {
    compare = {},
    success = {},
    failure = {},
  },
  fail_on_http_error = true,
})

print(resp:text())
