-- errors raised by a load reader function are returned by load, not propagated
-- (run under pcall: at top level lua5.4.4's lua.c message handler adds a traceback)
local function main()
  print(load(function () error("hhi") end))
  print(load(function () error({}) end) == nil)
  print(select(2, load(function () error({code = 1}) end)).code)
  print(load(function () error("plain", 0) end))
  local n = 0
  print(load(function () n = n + 1; if n == 1 then return "return 1" end; error("second") end))
  print(pcall(load, function () error("x") end))
  -- a reader returning a non-string
  print(load(function () return {} end))
end
print(pcall(main))
