-- io.popen (reading and writing), its close status, and io.tmpfile (manual 6.8)
print("start")
local p = io.popen("echo hello; echo world")
print(io.type(p))
print(p:read("l"), p:read("L"), p:read("a"), p:read("l"))
print(p:close())
print(io.type(p))

p = io.popen("printf 'one\\ntwo\\nthree'", "r")
for l in p:lines() do print("line", l) end
print(p:close())

p = io.popen("exit 7")
print(p:read("a"))
print(p:close())

p = io.popen("kill -15 $$")
print(p:close())

p = io.popen("printf '12 0x1f 2.5'")
print(p:read("n", "n", "n", "n"))
p:close()

-- reading from a writing pipe and writing to a reading pipe fail
p = io.popen("true")
print(p:write("x"))
p:close()

-- writing to a command: it gets everything at close
p = io.popen("cat", "w")
print(io.type(p), p:write("to cat 1\n") == p, p:write("to cat ", 2, "\n") == p)
print(p:read("a"))
print(p:close())
p = io.popen("cat > /dev/null; exit 3", "w")
p:write("ignored")
print(p:close())

-- errors
print(pcall(function() return io.popen("true", "rw") end))
print(pcall(function() return io.popen("true", "") end))
print(pcall(function() return io.popen() end))
print(pcall(function() return io.popen({}) end))

-- tmpfile: a read/write file without a name, removed when closed
local t = io.tmpfile()
print(io.type(t))
print(t:write("temporary ", 42, "\n") == t)
print(t:seek("set"))
print(t:read("l"))
print(t:seek("end"))
print(t:close(), io.type(t))
local t2 = io.tmpfile()
print(t2:read("a"), t2:seek("cur"))
t2:close()
print("end")
