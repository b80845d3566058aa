-- string literals whose text is a keyword or a punctuation token are plain values
local function kw() return "end" end
local function kw2() return 'end', "else" end
local function kw3() return [[until]] end
print(kw(), kw2())
print(kw3())
local t = {"[", "}", "]", "=", ",", ")", "(", "end", ";", "..."}
print(table.concat(t, " "))
local function f(...) return select("#", ...) end
print(f(")", "(", "end"))
if "then" then print("then") end
while "do" do print("do") break end
repeat local u = "until" until u == "until"
print(#"end", ("end"):upper())
