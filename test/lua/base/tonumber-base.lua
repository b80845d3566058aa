-- tonumber with an explicit base 2..36: digits, case, whitespace, wraparound, errors (manual 6.1)
print(tonumber("10", 2), tonumber("10", 8), tonumber("10", 10), tonumber("10", 16), tonumber("10", 36))
print(tonumber("z", 36), tonumber("Z", 36), tonumber("zz", 36), tonumber("ff", 16), tonumber("FF", 16))
print(tonumber("777", 8), tonumber("1010", 2), tonumber("-1010", 2), tonumber("  11  ", 2))
print(tonumber("7fffffffffffffff", 16), tonumber("ffffffffffffffff", 16), tonumber("10000000000000000", 16))
print(tonumber("-ffffffffffffffff", 16), tonumber("8000000000000000", 16))
print(math.type(tonumber("10", 16)), math.type(tonumber("7fffffffffffffff", 16)))

-- invalid digits for the base
print(tonumber("2", 2), tonumber("8", 8), tonumber("g", 16), tonumber("1.5", 10), tonumber("1e1", 10))
print(tonumber("0x10", 16), tonumber("", 10), tonumber(" ", 16), tonumber("1 1", 2), tonumber("-", 10))
print(tonumber("+1", 10), tonumber("- 1", 10), tonumber("--1", 10))

-- base 10 with explicit base does not accept floats/hex
print(tonumber("10.0", 10), tonumber("0x1", 10), tonumber("99", 10))

-- all digits for base 36
local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
local ok = true
for i = 1, 36 do
  if tonumber(string.sub(digits, i, i), 36) ~= i - 1 then ok = false end
end
print("base36 digits", ok)
for b = 2, 35 do
  local last = string.sub(digits, b + 1, b + 1)
  local r = tonumber(last, b)
  if r ~= nil then ok = false end
end
print("digit == base rejected", ok)

-- base must be an integer in range
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, "10", 0))
print(pcall(tonumber, "10", 2.5))
print(pcall(tonumber, "10", 16.0))

-- with a base, the first argument must be a string
print(pcall(tonumber, 10, 16))
print(pcall(tonumber, nil, 10))
print(pcall(tonumber, {}, 10))

-- whitespace variants and embedded zero
print(tonumber("\t\n\v\f\r 1f \t", 16), tonumber("1\0", 10))

-- large values wrap around modulo 2^64
print(tonumber("zzzzzzzzzzzzz", 36), tonumber("1" .. string.rep("0", 64), 2), tonumber(string.rep("1", 64), 2))
