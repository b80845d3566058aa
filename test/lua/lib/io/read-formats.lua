-- file:read formats "n", "l", "L", "a", counts, 0, the 5.3 "*x" forms, several formats at once,
-- end of file, and numerals as Lua reads them (manual 6.8)
local name = os.tmpname()

local function withfile(content, fn)
  local f = assert(io.open(name, "wb"))
  f:write(content)
  f:close()
  f = assert(io.open(name, "rb"))
  fn(f)
  f:close()
end

local function q(...)
  local out = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    out[i] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  return table.concat(out, " ")
end

withfile("first line\nsecond line\r\n\nlast without newline", function(f)
  print(q(f:read()))
  print(q(f:read("L")))
  print(q(f:read("l")))
  print(q(f:read("L")))
  print(q(f:read("l")))
  print(q(f:read("l")))
  print(q(f:read("L")))
  print(q(f:read("a")))
  print(q(f:read("a")))
  print(q(f:read(0)))
  print(q(f:read(1)))
  print(q(f:read("n")))
end)

withfile("abcdefghij", function(f)
  print(q(f:read(0), f:read(3), f:read(0), f:read(4), f:read(100), f:read(0), f:read(1)))
end)

withfile("one\ntwo\nthree\n", function(f)
  print(q(f:read("l", "L", 2, "a")))
  f:seek("set")
  print(q(f:read("*l", "*L", "*a", "*n")))
  f:seek("set")
  print(q(f:read("line", "Line", "all")))
  f:seek("set")
  print(q(f:read("l", "l", "l", "l", "l")))
end)

-- empty file
withfile("", function(f)
  print(q(f:read()), q(f:read("L")), q(f:read("a")), q(f:read(0)), q(f:read(5)), q(f:read("n")))
end)

-- a file of newlines
withfile("\n\n\n", function(f)
  print(q(f:read("l", "L", "l", "l")))
end)

-- binary data survives
withfile("\0\1\2\255\254\n\128", function(f)
  local s = f:read("a")
  print(#s, s:byte(1, -1))
end)

-- numerals
local numerals = {
  "42", "-42", "+42", "  \t\n 7", "3.25", "-0.5", ".5", "5.", "1e10", "1E+2", "2.5e-3", "0x10",
  "0XfF", "-0x1p4", "0x.8", "0x1P-2", "0x", "1e", "1e+", "-", "+", ".", "..5", "abc", "12abc",
  "0x1g", "1.5.5", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
  "1" .. string.rep("0", 150), "1" .. string.rep("0", 199), "1" .. string.rep("0", 200),
  "0" .. string.rep("0", 210) .. "1", "inf", "nan", "- 1", "1 2", "00012", "0e5", "0x0p0",
}
for _, s in ipairs(numerals) do
  withfile(s, function(f)
    local n = f:read("n")
    local rest = f:read("a")
    print(string.format("%q", s:sub(1, 12)), math.type(n) or "nil", n, string.format("%q", rest:sub(1, 12)), #rest)
  end)
end

withfile("1 2.5 0x10 -3 four 5", function(f)
  print(q(f:read("n", "n", "n", "n", "n", "n")))
  print(q(f:read("a")))
end)

withfile("10\n20\n", function(f)
  print(q(f:read("n", "l", "n", "l", "n")))
end)

-- invalid formats
withfile("x", function(f)
  for _, fmt in ipairs{"x", "", "*", "*x", "N", {}, true} do
    print(type(fmt), pcall(function() return f:read(fmt) end))
  end
  print(pcall(function() return f:read("l", "z") end))
  print(pcall(function() return f:read(1.5) end))
  print(pcall(function() return f:read(-1) end))
  print(pcall(function() return f:read("1") end))
  print(q(f:read(1)))
end)

-- reading a file opened for writing fails with an error result
local w = assert(io.open(name, "w"))
print(w:read("a"))
print(w:read("l", "n"))
w:close()

os.remove(name)
