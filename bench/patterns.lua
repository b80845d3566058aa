-- bench/patterns: gsub, find and gmatch over a large text (issue: string library speed).
local clock0 = os.clock()
local words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
local lines = {}
for i = 1, 60000 do
  lines[i] = string.format("%05d %s=%d; %s,%s [%s]", i, words[i % 8 + 1], i * 7, words[(i * 3) % 8 + 1], words[(i * 5) % 8 + 1], ("x"):rep(i % 5))
end
local text = table.concat(lines, "\n")
local total = 0
for round = 1, 3 do
  local n1 = select(2, text:gsub("%a+=%d+", "KV"))
  local n2 = select(2, text:gsub("(%w+),(%w+)", "%2,%1"))
  local n3 = 0
  for k, v in text:gmatch("(%a+)=(%d+)") do n3 = n3 + #k + tonumber(v) % 10 end
  local n4, pos = 0, 1
  while true do
    local a, b = text:find("%[x+%]", pos)
    if not a then break end
    n4 = n4 + (b - a)
    pos = b + 1
  end
  local n5 = select(2, text:gsub("%d%d%d%d%d", function(d) return d:reverse() end))
  total = total + n1 + n2 + n3 + n4 + n5
end
print(#text, total)
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
