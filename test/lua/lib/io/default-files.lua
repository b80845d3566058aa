-- io.input, io.output, io.read, io.write, io.close, io.flush with the default files (manual 6.8)
local name = os.tmpname()
local stdout = io.stdout

print(io.input() == io.stdin, io.output() == io.stdout)
print(io.write("io.write returns the file\n") == io.stdout)
print(io.write(1, " ", 2.0, " ", -0.0, "\n") == io.stdout)
print(pcall(function() return io.write({}) end))
print(pcall(function() return io.write("a", nil) end))

-- io.output(name) opens for writing; io.write goes there
local out = io.output(name)
print(io.type(out), out == io.output(), out ~= stdout)
io.write("first\n", 2, "\n")
print(io.flush())
io.output():write("third\n")
print(io.close())
print(io.type(out))
print(pcall(io.write, "x"))
print(pcall(io.flush))
print(pcall(io.close))
io.output(stdout)
print("back on stdout")

-- io.input(name) opens for reading; io.read reads there
local inp = io.input(name)
print(io.type(inp), inp == io.input())
print(io.read())
print(io.read("n"))
print(io.read("L"))
print(io.read("a"))
print(io.read())
print(io.read(0))
print(pcall(function() return io.read("x") end))
print(io.close(inp))
print(pcall(io.read))
print(pcall(io.read, "a"))

-- io.input/io.output accept file handles
local h = assert(io.open(name))
print(io.input(h) == h, io.read("l"))
h:close()
print(pcall(function() return io.input(h) end))
print(pcall(function() return io.output(h) end))
print(pcall(function() return io.input({}) end))
print(pcall(function() return io.output(42 == 42) end))
io.input(io.stdin)

-- io.input/io.output with a file name that cannot be opened
print(pcall(function() return io.input("/nonexistent-dir/in.txt") end))
print(pcall(function() return io.output("/nonexistent-dir/out.txt") end))
print(io.input() == io.stdin, io.output() == io.stdout)

-- append through io.output to a file handle opened in "a" mode
local app = assert(io.open(name, "a"))
io.output(app)
io.write("appended\n")
io.close()
io.output(io.stdout)
for l in io.lines(name) do io.write("> ", l, "\n") end

-- io.close with an explicit file
local g = assert(io.open(name))
print(io.close(g), io.type(g))

-- numeric file names are converted to strings
local numname = name .. "9"
os.remove(numname)
print(pcall(function() return io.input(12345678.5) end))

os.remove(name)
