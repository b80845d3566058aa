-- The seed's ptool.etcd.connect example (etcd.seed.txt), indentation restored.
-- Needs an etcd with auth and a root user: `ETCD_PASSWORD=secret make etcd`, then
-- `ETCD_PASSWORD=secret bin/ptool run examples/etcd/connect.lua`.
local etcd = ptool.etcd.connect({
  address = "127.0.0.1:2379",
  username = "root",
  password = p.os.getenv("ETCD_PASSWORD"),
  timeout_ms = 10_000,
})
