-- escape sequences in short strings, shown through string.byte (manual 3.1)
local function bytes(s)
  local out = {}
  for i = 1, #s do out[i] = string.byte(s, i) end
  return #s .. ":" .. table.concat(out, ",")
end
print(bytes("\a\b\f\n\r\t\v"))
print(bytes("\\\"\'"))
print(bytes('\'"'), bytes("'\""))
print(bytes("\x41\x62\x7e\xff\x00"))
print(bytes("\065\066\0671"), bytes("\0"), bytes("\00012"), bytes("\255"))
print(bytes("\u{48}\u{49}"))
print(bytes("\u{7F}"), bytes("\u{80}"), bytes("\u{7FF}"), bytes("\u{800}"))
print(bytes("\u{FFFF}"), bytes("\u{10000}"), bytes("\u{10FFFF}"))
print(bytes("\u{7FFFFFFF}"))
print(bytes("\u{0}"), bytes("\u{000041}"))
print("\x48\x65\x6c\x6c\x6f", "\72\101\108\108\111")

-- \z skips following whitespace including newlines
local z = "abc\z
           def\z     ghi"
print(z, #z)

-- backslash-newline inserts a newline
local nl = "line1\
line2"
print(bytes(nl))

-- escapes in single-quoted strings
print('tab\there', 'quote\'s', "dq\"s")

-- invalid escapes are syntax errors
print(load([[return "\q"]]))
print(load([[return "\x4"]]))
print(load([[return "\256"]]))
print(load([[return "\u{110000000}"]]))
print(load([[return "\u48"]]))
print(load([[return "\u{}"]]))
print(load("return 'abc"))
print(load("return \"line\nbreak\""))

-- decimal escapes take at most three digits
print(bytes("\1234"), bytes("\0011"))

-- hex escapes are case-insensitive
print(bytes("\xAb\xaB"))

-- embedded zeros survive concatenation and length
local s = "a\0b" .. "\0"
print(#s, bytes(s))

-- string.char produces the same bytes as escapes
print(string.char(7, 8, 12, 10, 13, 9, 11) == "\a\b\f\n\r\t\v")
print(string.char(72, 105) == "\u{48}\u{69}")
