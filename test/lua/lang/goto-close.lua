-- goto out of the scope of to-be-closed variables closes them (manual §3.3.4, §3.3.8)
local mt = {__close = function (o) print("close", o[1]) end}
do
  goto L1
  ::L2:: print("at L2"); goto L3
  ::L1::
  local v <close> = setmetatable({"x"}, mt)
  goto L2
  ::L3::
end
print("done")
do
  local i = 0
  ::top::
  local w <close> = setmetatable({"w" .. i}, mt)
  i = i + 1
  if i < 3 then goto top end
  ::fwd::
  print("end of block")
end
