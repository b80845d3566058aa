-- bench/sort: table.sort of 200k numbers (default order) and of 200k strings with a comparator.
local clock0 = os.clock()
math.randomseed(42)
local checksum = 0
for round = 1, 3 do
  local nums, strs = {}, {}
  for i = 1, 200000 do
    nums[i] = math.random(1, 1000000) + (i % 3) * 0.5
    strs[i] = string.format("s%07d", math.random(1, 9999999))
  end
  table.sort(nums)
  table.sort(strs, function(a, b) return a > b end)
  checksum = checksum + nums[1] + nums[#nums] + #strs[1] + (strs[1] > strs[#strs] and 1 or 0)
end
print(checksum)
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
