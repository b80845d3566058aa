-- lexical and syntactic odds and ends: comments, semicolons, keywords as fields, call ambiguity (manual 3.1, 3.3)
local a = 1; local b = 2;;; local c = 3
print(a, b, c);
;print("leading semicolon")
-- comment at end of line
print("after comment") -- trailing comment
--[[ block comment ]] print("after block comment")
--[==[ multi
line ]==] print("after multiline comment")

-- keywords can be field names with dot syntax? no: only via strings
local t = {}
t["end"] = 1; t["while"] = 2
print(t["end"], t["while"])
print(load("local t = {}; t.end = 1"))

-- identifiers: underscores, digits, case sensitivity
local _ = "underscore"
local _x1, X1, x1 = 1, 2, 3
print(_, _x1, X1, x1)

-- statements separated by newlines and spaces freely
local
v
=
5
print(v)

-- a call statement starting with parentheses after an assignment needs a semicolon
local f = function() return "f" end
local r = f
;(function() print("iife after semicolon") end)()

-- return must be the last statement of a block
print(load("return 1 print(2)"))
print(load("do return end print('ok')") ~= nil)
local function early() do return "early" end end
print(early())

-- return followed by a semicolon
local function semi() return 1; end
print(semi())

-- nested function definitions and blocks
local function outer()
  local function inner()
    do
      while true do
        repeat
          if true then return "deep" end
        until true
      end
    end
  end
  return inner()
end
print(outer())

-- method call on a parenthesized expression and indexing a call result
local function mk() return {val = 7, get = function(self) return self.val end} end
print(mk().val, mk():get(), (mk()).val)

-- long chains of indexing and calls
local chain = {a = {b = {c = function() return {d = "D"} end}}}
print(chain.a.b.c().d, chain["a"]["b"].c()["d"])

-- ambiguous syntax check: function call vs new statement across lines is allowed in 5.4
local g = print
g("same statement")

-- unicode in strings and comments: héllo wörld
print("héllo", #"é")

-- integer keywords-ish identifiers
local goto_ = "goto_", nil
print(goto_)

-- empty statements and blocks
do end
while false do end
repeat until true
if false then end
for i = 1, 0 do end
print("empty constructs ok")
