-- io.open modes and failures, io.type, tostring of files, closing, closed-file errors (manual 6.8)
local name = os.tmpname()

local function isfile(s) return s:match("^file %(0x%x+%)$") ~= nil end

-- every valid mode, with and without b
for _, mode in ipairs{"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b", "rbb"} do
  local f, msg = io.open(name, mode)
  io.write(mode, ":", io.type(f), " ")
  if f then f:close() end
end
print()

-- invalid modes
for _, mode in ipairs{"", "x", "rw", "rb+", "+r", "r++", "br", "w+x", "R", "ra"} do
  print(mode, pcall(function() return io.open(name, mode) end))
end
print(pcall(function() return io.open(name, {}) end))
print(pcall(function() return io.open() end))
print(pcall(function() return io.open({}) end))

-- failures return nil, message, errno
print(io.open("/nonexistent-dir/file.txt"))
print(io.open("/nonexistent-dir/file.txt", "w"))
print(io.open("/", "w"))

-- io.type and tostring
local f = assert(io.open(name, "w"))
print(io.type(f), isfile(tostring(f)), type(f))
print(io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
print(io.type(nil), io.type(42), io.type("file"), io.type({}), io.type(print))
print(pcall(function() return io.type() end))
print(f:close())
print(io.type(f), tostring(f))

-- operations on a closed file
for _, m in ipairs{"read", "write", "lines", "seek", "setvbuf", "flush", "close"} do
  print(m, pcall(function() return f[m](f) end))
end
print(pcall(function() return f:write("x") end))

-- methods need a file
print(pcall(function() return f.read(42) end))
print(pcall(function() return f.write({}) end))
print(pcall(function() return f.close("x") end))
print(pcall(function() return io.close(42) end))
print(pcall(function() return io.close(nil) end))

-- the metatable of files
local mt = getmetatable(io.stdout)
print(type(mt), mt.__name, type(mt.__index), type(mt.__close), type(mt.__gc), type(mt.__tostring))
print(mt.__index == getmetatable(f).__index, type(io.stdout.write), io.stdout.write == f.write)

-- standard files cannot be closed
print(io.stdout:close())
print(io.stderr:close())
print(io.stdin:close())
print(io.type(io.stdout))
io.stdout:write("stdout still open\n")

-- to-be-closed files
local saved
do
  local g <close> = assert(io.open(name))
  saved = g
  print(io.type(g))
end
print(io.type(saved))

-- __gc closes too, and is harmless on a closed file
local h = assert(io.open(name))
mt.__gc(h)
print(io.type(h))
mt.__gc(h)
mt.__close(h)

-- opening a directory for reading succeeds; reading fails
local d = io.open("/")
print(io.type(d), d:read("l"))
print(d:close())

os.remove(name)
