-- Runs a script's main chunk inside a coroutine (test/coroutine-wrapped.test.mjs): ptool run in-coroutine.lua SCRIPT.lua [args]
local name = ...
local f = assert(io.open(name, "rb"))
local src = f:read("a")
f:close()
if src:sub(1, 1) == "#" then src = "--" .. src end
local chunk, err = load(src, "@" .. name)
if not chunk then print("LOAD-FAILED") return end
return coroutine.wrap(chunk)(select(2, ...))
