-- job.lua: a Lua job imported by main.ts; its arguments arrive in `...`.
local name, times = ...
local parts = {}
for i = 1, times do parts[#parts + 1] = ("%s #%d"):format(name, i) end
print("lua: " .. table.concat(parts, ", "))
return #parts, math.type(times), name:upper()
