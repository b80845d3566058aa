-- file:write (values, number formatting, chaining), seek, setvbuf, flush, and the update modes
-- r+, w+, a+ mixing reads and writes (manual 6.8)
local name = os.tmpname()

local function contents()
  local f = assert(io.open(name, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- numbers are written with "%d" and "%.14g"
local f = assert(io.open(name, "w"))
print(f:write(1, " ", -7, " ", 1.0, " ", -0.0, " ", 0.1, " ", 1/3, " ", 1e15, " ", 1e100, " ", 2^63, " ",
  math.maxinteger, " ", math.mininteger, " ", 1/0, " ", -1/0, " ", 123456789012.5, "\n") == f)
print(f:write() == f)
print(f:write("a", "b"):write("c"):write("\n") == f)
print(pcall(function() return f:write("x", {}, "y") end))
print(pcall(function() return f:write(nil) end))
print(pcall(function() return f:write(true) end))
f:close()
print(contents())

-- seek
f = assert(io.open(name, "w+"))
f:write("0123456789")
print(f:seek(), f:seek("cur"), f:seek("set"), f:seek("end"), f:seek("cur", -4), f:read(2), f:seek())
print(f:seek("set", 3), f:read(3), f:seek("cur", 1), f:read("a"))
print(f:seek("end", -1), f:read(5), f:read(5))
print(f:seek("set", -1))
print(f:seek("cur", -100))
print(f:seek("end", 5), f:write("!") == f, f:seek("end"))
f:seek("set")
local s = f:read("a")
print(#s, s:byte(11), s:byte(15), s:sub(16))
print(pcall(function() return f:seek("bogus") end))
print(pcall(function() return f:seek("set", 1.5) end))
print(pcall(function() return f:seek("set", "x") end))
print(pcall(function() return f:seek(1) end))
print(f:seek("set", "2"), f:read(1))
f:close()

-- overwriting in the middle keeps the rest
f = assert(io.open(name, "r+"))
f:seek("set", 2)
f:write("AB")
f:seek("set", 0)
print(string.format("%q", f:read("a")))
-- a write right after a read continues where the read stopped (after a seek)
f:seek("set", 1)
print(f:read(2))
f:seek("cur", 0)
f:write("xy")
f:seek("set")
print(string.format("%q", f:read("l")))
f:close()

-- "w" truncates, "a" appends wherever the position is
f = assert(io.open(name, "w"))
f:write("start\n")
f:close()
f = assert(io.open(name, "a"))
f:write("appended\n")
print(f:seek("set", 0))
f:write("at the end anyway\n")
f:close()
print(contents())
f = assert(io.open(name, "a+"))
print(f:read("l"))
f:write("more\n")
f:seek("set")
print(f:read("a"))
f:close()

-- w+ starts empty
f = assert(io.open(name, "w+"))
print(f:read("a"), f:seek("end"))
f:close()

-- setvbuf and flush
f = assert(io.open(name, "w"))
print(f:setvbuf("no"), f:setvbuf("full", 1024), f:setvbuf("line"))
f:write("line one\nno newline yet")
print(f:flush())
local r = assert(io.open(name))
print(r:read("a"))
r:close()
print(pcall(function() return f:setvbuf("bogus") end))
print(pcall(function() return f:setvbuf() end))
print(pcall(function() return f:setvbuf("no", "x") end))
f:close()

-- writes unbuffered with setvbuf("no") are visible at once
f = assert(io.open(name, "w"))
f:setvbuf("no")
f:write("visible")
print(contents())
f:close()

-- writing to a read-only file fails with an error result
f = assert(io.open(name, "r"))
print(f:write("x"))
print(f:write("x", "y"))
print(f:flush())
f:close()

-- stdout methods
print(io.stdout:write("via io.stdout\n") == io.stdout)
print(io.stdout:setvbuf("full"), io.stdout:flush())
io.stdout:write("a", 1, 2.5, "\n")

os.remove(name)
