-- utf8.len and utf8.offset
local function try(f) print(pcall(f)) end
local s = "h\u{E4}ll\u{20AC}!"
print(#s, utf8.len(s), utf8.len(""), utf8.len("abc"))
print(utf8.len(s, 1), utf8.len(s, 2), utf8.len(s, 4), utf8.len(s, -1), utf8.len(s, -4), utf8.len(s, -4, -2))
print(utf8.len(s, 1, 1), utf8.len(s, 1, 2), utf8.len(s, 2, 2), utf8.len(s, 1, 0), utf8.len(s, #s + 1))
print(utf8.len(s, 3))
print(utf8.len("\xff"))
print(utf8.len("abc\x80def"))
print(utf8.len("ab\xC3"))
print(utf8.len("\u{D800}"), utf8.len("\u{D800}", 1, -1, true))
print(utf8.len("\u{110000}"), utf8.len("\u{110000}", 1, -1, true))
print(utf8.len("\xF4\x90\x80\x80"), utf8.len("\xFD\xBF\xBF\xBF\xBF\xBF", 1, -1, true), utf8.len("\xFE\xBF\xBF\xBF\xBF\xBF\xBF", 1, -1, true))
print(utf8.len("\xC1\xBF"), utf8.len("\xE0\x9F\xBF"), utf8.len("\xF0\x8F\xBF\xBF"), utf8.len("a\0b"))
print(utf8.len("abc", -10 + 8), utf8.len("abc", -3), utf8.len("abc", 1, math.mininteger))
try(function() return utf8.len("abc", math.mininteger) end)
try(function() return utf8.len("abc", 5) end)
try(function() return utf8.len("abc", 0) end)
try(function() return utf8.len("abc", 1, 4) end)
try(function() return utf8.len("abc", math.maxinteger) end)
try(function() return utf8.len() end)
try(function() return utf8.len("abc", "x") end)
try(function() return utf8.len(true) end)

print("offset")
local t = "a\u{20AC}b\u{E4}"
print(utf8.offset(t, 1), utf8.offset(t, 2), utf8.offset(t, 3), utf8.offset(t, 4), utf8.offset(t, 5), utf8.offset(t, 6))
print(utf8.offset(t, -1), utf8.offset(t, -2), utf8.offset(t, -3), utf8.offset(t, -4), utf8.offset(t, -5))
print(utf8.offset(t, 0, 1), utf8.offset(t, 0, 2), utf8.offset(t, 0, 3), utf8.offset(t, 0, 4), utf8.offset(t, 0, 5), utf8.offset(t, 0, 8))
print(utf8.offset(t, 1, 2), utf8.offset(t, 2, 2), utf8.offset(t, -1, 5), utf8.offset(t, 1, -2), utf8.offset(t, -1, -2))
try(function() return utf8.offset(t, 1, -1) end)
print(utf8.offset("abc", 1, 4), utf8.offset("abc", 0, 4), utf8.offset("abc", -1, 4), utf8.offset("", 1), utf8.offset("", -1), utf8.offset("", 0))
print(utf8.offset("abc", math.maxinteger), utf8.offset("abc", math.mininteger), utf8.offset("\x80\x80", 0, 2))
try(function() return utf8.offset(t, 1, 3) end)
try(function() return utf8.offset(t, -1, 4) end)
try(function() return utf8.offset(t, 1, 8) end)
try(function() return utf8.offset(t, 1, 0) end)
try(function() return utf8.offset(t, 1, -9) end)
try(function() return utf8.offset(t) end)
try(function() return utf8.offset(t, 1.5) end)
try(function() return utf8.offset(t, 1, "z") end)
try(function() return utf8.offset() end)

-- walking a string by characters with offset and len agrees with codes
local w = "x\u{3B1}\u{1F600}y\u{7FF}"
local starts = {}
for p in utf8.codes(w) do starts[#starts + 1] = p end
local ok = #starts == utf8.len(w)
for i, p in ipairs(starts) do ok = ok and utf8.offset(w, i) == p and utf8.offset(w, i - #starts - 1) == p end
print(ok, table.concat(starts, ","))
for c in w:gmatch(utf8.charpattern) do io.write(utf8.codepoint(c), " ") end print()
