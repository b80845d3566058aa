-- io.lines and file:lines: formats, closing at the end, "file is already closed", errors (manual 6.8)
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("alpha\nbeta\n\ngamma 42 3.5\nlast")
f:close()

for l in io.lines(name) do io.write("[", l, "]") end
print()
for l in io.lines(name, "L") do io.write("[", l, "]") end
print()
for a, b in io.lines(name, 3, "l") do io.write("<", a, "|", tostring(b), ">") end
print()
for c in io.lines(name, 1) do io.write(c, ".") end
print()
for l in io.lines(name, "*L") do io.write(l) end
print()

-- io.lines returns the iterator, two nils and the file (closed at the end of the loop)
local it, s, c, file = io.lines(name)
print(type(it), s, c, io.type(file))
print(it(), it(), it(), it(), it())
print(it(), io.type(file))
print(pcall(it))

-- breaking out of the loop closes the file through the to-be-closed fourth value
local keep
for l, _ in io.lines(name) do
  break
end
do
  local it2, _, _, f2 = io.lines(name)
  keep = f2
  for l in it2, nil, nil, f2 do
    if l == "beta" then break end
  end
end
print(io.type(keep))

-- numbers
local fh = assert(io.open(name))
fh:read("l")
fh:read("l")
fh:read("l")
for w, n, x in fh:lines(5, "n", "n") do print(w, n, x) break end
fh:close()

-- file:lines does not close the file
fh = assert(io.open(name))
local count = 0
for l in fh:lines() do count = count + 1 end
print(count, io.type(fh), fh:read("a"), fh:seek("set"), fh:read("l"))
local it3 = fh:lines("L")
print(it3())
fh:close()
print(pcall(it3))

-- io.lines() reads the default input
io.input(name)
for l in io.lines() do io.write(l, ";") end
print()
print(io.type(io.input()), io.read("a"))
io.input():close()
print(pcall(io.lines))
print(pcall(function() for l in io.lines(nil) do end end))
io.input(io.stdin)

-- errors
print(pcall(function() return io.lines("/nonexistent-dir/file.txt") end))
print(pcall(function() for l in io.lines(name, "x") do end end))
print(pcall(function() for l in io.lines(name, "l", {}) do end end))
print(pcall(function() return io.lines({}) end))
local fmts = {}
for i = 1, 251 do fmts[i] = "l" end
print(pcall(function() return io.lines(name, table.unpack(fmts)) end))
print(pcall(function() return io.open(name):lines(table.unpack(fmts)) end))
fmts[251] = nil
print(pcall(function() return io.lines(name, table.unpack(fmts)) ~= nil end))

-- reading errors inside the iterator raise the message
local d = io.open("/")
print(pcall(function() for l in d:lines() do end end))
d:close()

os.remove(name)
