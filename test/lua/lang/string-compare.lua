-- string comparison by bytes (C locale), equality and ordering (manual 3.4.4)
print("a" < "b", "b" < "a", "a" < "a", "a" <= "a")
print("\0" < "\1", "\1" < "\0", "\0" == "\0", "a\0b" < "a\0c", "a\0" > "a")
print("Z" < "a", "A" < "a", "9" < "A", " " < "0")
print("abc" < "abd", "abc" < "abcd", "abcd" < "abc", "ab" < "b")
print("" < "a", "" == "", "" < "\0", "a" > "")
print("10" < "9", "100" < "99", "-1" < "-2")
print("\255" > "\127", "\128" > "a", "\200" < "\201")

-- length is not what orders, bytes are
print("zz" > "zzz", "b" > "aaaaaa")

-- embedded zeros are part of the string
local s1, s2 = "x\0y", "x\0z"
print(#s1, s1 == s2, s1 < s2)

-- equality by value
local a = "hel" .. "lo"
local b = "hello"
print(a == b, rawequal(a, b))

-- long strings compare equal to short ones
local long1 = string.rep("ab", 100)
local long2 = string.rep("a", 1) .. string.rep("ba", 99) .. "b"
print(long1 == long2, long1 < long2 .. "x", #long1)

-- sorting strings with a simple insertion sort using <
local words = {"pear", "Apple", "apple", "banana", "", "Banana", "apple pie", "a"}
for i = 2, #words do
  local v, j = words[i], i - 1
  while j >= 1 and words[j] > v do words[j + 1] = words[j]; j = j - 1 end
  words[j + 1] = v
end
print(table.concat(words, "|"))

-- >= and > on strings
print("b" >= "a", "a" >= "b", "abc" > "abb", "abc" >= "abc")

-- comparing string and number is an error, even for numeric strings
print(pcall(function() return "1" < 2 end))
print(pcall(function() return 2 <= "3" end))

-- utf-8 bytes compare as unsigned bytes
print("\u{e9}" > "z", "\u{48}" == "H", #"\u{20AC}")
