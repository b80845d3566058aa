-- os.getenv, os.tmpname, os.remove, os.rename, os.setlocale, os.execute (manual 6.9)
print(type(os.getenv("PATH")), os.getenv("PTOOL_SURELY_UNSET_VARIABLE_42"))
print(pcall(function() return os.getenv() end))
print(pcall(function() return os.getenv({}) end))

-- tmpname creates an empty file
local name = os.tmpname()
print(type(name), #name > 0)
local f = assert(io.open(name, "r"))
print(f:read("a") == "", f:close())

-- rename and remove
local other = name .. ".renamed"
print(os.rename(name, other))
print(io.open(name) == nil, io.type(io.open(other)))
local r1, m1, c1 = os.rename(name, other)
print(r1, m1, c1)
print(os.remove(other))
local r2, m2, c2 = os.remove(other)
print(r2, m2 == other .. ": No such file or directory", c2)
print(os.remove("/nonexistent-dir/x"))
print(os.rename("/nonexistent-dir/x", "/nonexistent-dir/y"))
print(pcall(function() return os.remove() end))
print(pcall(function() return os.rename("a") end))
print(pcall(function() return os.rename({}, "b") end))

-- remove deletes empty directories, not full ones
local dir = os.tmpname()
os.remove(dir)
os.execute("mkdir " .. dir .. " && touch " .. dir .. "/inside")
local r3, m3, c3 = os.remove(dir)
print(r3, m3 == dir .. ": Directory not empty", c3)
print(os.remove(dir .. "/inside"), os.remove(dir), io.open(dir) == nil)

-- two tmpnames differ
local a, b = os.tmpname(), os.tmpname()
print(a ~= b)
os.remove(a)
os.remove(b)

-- setlocale knows the C locale only
print(os.setlocale(), os.setlocale("C"), os.setlocale(nil, "numeric"), os.setlocale("POSIX"))
print(os.setlocale("xx_YY.nonsense"), os.setlocale("C", "all"), os.setlocale("C", "time"))
for _, cat in ipairs{"all", "collate", "ctype", "monetary", "numeric", "time"} do io.write(os.setlocale("C", cat), " ") end
print()
print(pcall(function() return os.setlocale("C", "bogus") end))
print(pcall(function() return os.setlocale({}) end))

-- execute: status of the shell command
print(os.execute())
print(os.execute("exit 0"))
print(os.execute("exit 3"))
print(os.execute("exit 255"))
print(os.execute("kill -9 $$"))
print(os.execute("true; false"))
print(pcall(function() return os.execute({}) end))
