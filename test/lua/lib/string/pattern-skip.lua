-- Pattern searches that skip ahead on the first byte and after a repetition: results and
-- errors must be those of trying every position.
local text = "00012 alpha=7; beta,gamma [xx]\n00013 eta=91; zeta,theta []\n(ab)) %x"
print(text:gsub("%a+=%d+", "KV"))
print(text:gsub("(%w+),(%w+)", "%2,%1"))
for k, v in text:gmatch("(%a+)=(%d+)") do io.write(k, ":", v, " ") end print()
print(text:find("%[x+%]"), text:find("%[x*%]"), text:find("%[x+%]", 30))
print(text:gsub("%d%d%d%d%d", function(d) return d:reverse() end))
print(text:match("((%a+)=)(%d+)"), text:match("()%a+()"), text:find("[%a_]+%s*=", 10))
print(text:gsub("%a+%)", "<%0>"), text:gsub("%(%a+%)%)", "!"))
print(pcall(string.gsub, text, "%a+)", "x"))
print(pcall(string.find, text, "%a+%1"))
print(pcall(string.find, "abc", "(%a)+%2"))
print(string.find("aaa", "a-b"), string.find("aab", "a+b"), string.find("ab", "a+$"), string.find("ba", "a+$"))
print(string.gsub("hello world", "o+", "0"), string.gsub("abc", "%w*", "-"), string.gsub("", "x+", "y"))
print(string.find("xxxxy", "x+y", 3), string.find("a.b", "%a%.%a"), string.match("key = val", "(%w+)%s*=%s*(%w+)"))
local deep = string.rep("(", 31) .. "%a+" .. string.rep(")", 31)
print(select("#", string.match("  word", deep)))
print(pcall(string.match, "word", string.rep("(", 33) .. "%a" .. string.rep(")", 33)))
print(pcall(string.match, "aaa", string.rep("a?", 250)))
print(pcall(string.match, string.rep("a", 300), string.rep("a?", 250)))
for _, k in ipairs({150, 190, 199, 200, 210}) do
  print(k, pcall(string.match, string.rep("ab", 250), string.rep("a+b", k)))
  print(k, pcall(string.match, string.rep("ab", 250) .. "c", string.rep("a+b", k) .. "c"))
  print(k, pcall(string.find, string.rep("ab", 250), "(" .. string.rep("a*b", k) .. ")x"))
end
