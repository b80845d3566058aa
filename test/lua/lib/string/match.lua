-- string.match: captures, position captures, classes, sets, quantifiers (manual 6.4.1)
local function q(v)
  if type(v) ~= "string" then return tostring(v) end
  return '"' .. v:gsub("[%c\128-\255\"\\]", function(c) return "\\" .. c:byte() end) .. '"'
end
local function show(...)
  local s = "(" .. select("#", ...) .. ")"
  for i = 1, select("#", ...) do s = s .. " " .. q((select(i, ...))) end
  print(s)
end

show(string.match("hello world", "%a+"))
show(string.match("hello world", "%a+", 6))
show(string.match("hello world", "(%a+) (%a+)"))
show(string.match("hello world", "()o()"))
show(string.match("hello world", "o", -2))
show(string.match("key = value", "^(%w+)%s*=%s*(%w+)$"))
show(string.match("  trim me  ", "^%s*(.-)%s*$"))
show(string.match("2024-01-15", "(%d+)-(%d+)-(%d+)"))
show(string.match("abc", "((a)(b)(c))"))
show(string.match("abc", "(a(b(c)))"))
show(string.match("abc", "()"))
show(string.match("abc", "()", 4))
show(string.match("abc", "()", 5))
show(string.match("abc", "a()b()c()"))
show(string.match("", ".*"))
show(string.match("", ".+"))
show(string.match("abc", ".-"))
show(string.match("abc", ".-$"))
show(string.match("aaa", "a-a"))
show(string.match("aaa", "^a-$"))
show(string.match("xaaay", "a*"))
show(string.match("xaaay", "a+"))
show(string.match("xaaay", "xa?"))
show(string.match("xaaay", "xa?a?a?a?y"))

-- classes over all bytes: count members of each class
local all = ""
for i = 0, 255 do all = all .. string.char(i) end
for _, c in ipairs({"a", "c", "d", "g", "l", "p", "s", "u", "w", "x", "z"}) do
  local lo = select(2, all:gsub("%" .. c, ""))
  local up = select(2, all:gsub("%" .. c:upper(), ""))
  local set = select(2, all:gsub("[%" .. c .. "]", ""))
  local nset = select(2, all:gsub("[^%" .. c .. "]", ""))
  print(c, lo, up, set, nset, all:match("%" .. c .. "+") and #all:match("%" .. c .. "+"))
end
print(all:match("%p+"), all:match("%x+"), all:match("%u+"), all:match("%l+"))

-- sets
show(string.match("hello-world_42", "[%w_]+"))
show(string.match("hello-world_42", "[%w_-]+"))
show(string.match("a]b", "[]]"))
show(string.match("a]b", "[^]]+"))
show(string.match("a-b", "[a-]+"))
show(string.match("a-b", "[-a]+"))
show(string.match("z-a", "[a-z]+"))
show(string.match("Hello", "[A-Z][a-z]*"))
show(string.match("x^y", "[%^]"))
show(string.match("x^y", "[y^]+"))
show(string.match("x%y", "[%%]"))
show(string.match("abc123", "[^%d]+"))
show(string.match("abc123", "[^%a]+"))
show(string.match("a.b", "[.]"))
show(string.match("\200\201abc", "[\200-\255]+"))
show(string.match("abc", "[b-]"))
show(string.match("a-c", "[%a-]+"))
show(string.match("123abc", "[1-3a]+"))
show(string.match("x]", "[^%]]"))
show(string.match("f[x]", "%[(.-)%]"))

-- escapes of magic characters
show(string.match("a.b*c+d?e(f)g%h[i]j^k$l-m", "%.b%*c%+d%?e%(f%)g%%h%[i%]j%^k%$l%-m"))
show(string.match("$1.00", "%$(%d+)%.(%d+)"))
show(string.match("a$b", "a$b"))

-- back references
show(string.match('say "hi" now', "([\"'])(.-)%1"))
show(string.match("abcabc", "(abc)%1"))
show(string.match("abcab", "(abc)%1"))
show(string.match("aa bb cd", "(%a)%1"))
show(string.match("xyyx", "(x)(y)%2%1"))
show(string.match("aXa", "()X%1"))
show(string.match("[[long]]", "%[(=*)%[(.-)%]%1%]"))
show(string.match("[==[a]]b]==]", "%[(=*)%[(.-)%]%1%]"))

-- %b and %f
show(string.match("x = {a = {b}} y", "%b{}"))
show(string.match("((a)", "%b()"))
show(string.match("no parens", "%b()"))
show(string.match("[a]b]", "%b[]"))
show(string.match("<<a>>", "%b<>"))
show(string.match("xx", "%bxx"))
show(string.match("THE (quick) fox", "%f[%a]%a+%f[%A]"))
show(string.match("hello", "%f[%l]%l+"))
show(string.match("abc", "%f[%a]"))
show(string.match("abc", "()%f[%A]"))
show(string.match("a1b2", "%f[%d]%d"))

-- anchors
show(string.match("abc", "^abc$"))
show(string.match("abc", "^b"))
show(string.match("abc", "^b", 2))
show(string.match("abc", "c$", 1))
show(string.match("a$", "$$"))
show(string.match("a$", "a$$"))
show(string.match("$", "^$"))

-- numbers as arguments
show(string.match(3.5, "%d"))
show(string.match(100, "0+"))
show(string.match(-12, "%-(%d)"))
