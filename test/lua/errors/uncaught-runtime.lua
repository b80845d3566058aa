-- an uncaught runtime error: stdout so far is kept, exit status 1, message on stderr (manual 2.3, 7)
print("before the error")
local cfg = nil
local function load_config()
  return cfg.path
end
print("about to fail")
load_config()
print("never printed")
