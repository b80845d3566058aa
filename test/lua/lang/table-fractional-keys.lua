-- fractional and non-positive number keys next to the array part (manual §2.1, §3.4.9)
local t = {1, 2, 3}
t[1.5] = "a"
t[2.0] = "two"
t[-1] = "neg"
t[0] = "zero"
t[4] = 4
local k = 2.5
t[k] = "b"
print(t[1.5], t[2], t[2.0], t[-1], t[0], #t, t[k], rawget(t, 2.5))
local keys = {}
for key in pairs(t) do keys[#keys + 1] = tostring(key) end
table.sort(keys)
print(table.concat(keys, " "))
