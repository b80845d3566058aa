-- bench/format: string.format with integers, floats, strings and %q, then table.concat.
local clock0 = os.clock()
local parts = {}
for i = 1, 300000 do
  parts[#parts + 1] = string.format("%d|%5.2f|%-8s|%x|%g|%q", i, i / 7, "k" .. i % 100, i, i * 0.001, "v" .. i)
end
local s = table.concat(parts, "\n")
local joined = 0
for r = 1, 5 do joined = joined + #table.concat(parts, ",", 1, 100000 * (r % 3 + 1)) end
print(#s, joined, parts[12345])
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
