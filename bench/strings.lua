-- bench/strings: string building, formatting, patterns (gsub, gmatch, find) and table.concat.
local clock0 = os.clock()
local parts = {}
for i = 1, 200000 do
  parts[#parts + 1] = string.format("%d:%s", i, ("x"):rep(i % 7))
end
local s = table.concat(parts, ",")
local count = 0
for w in s:gmatch("%d+:x+") do count = count + 1 end
local replaced = s:gsub("x+", function(m) return #m end)
local found = 0
local pos = 1
while true do
  local a, b = s:find("99", pos, true)
  if not a then break end
  found = found + 1
  pos = b + 1
end
print(#s, count, #replaced, found, s:sub(1, 20):upper())
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
