-- string library odds and ends: the metatable, methods, dump, number arguments (manual 6.4)
local function E(f) local ok, e = pcall(f); print(ok, e) end

-- the library table and the string metatable
local names = {"byte", "char", "dump", "find", "format", "gmatch", "gsub", "len", "lower",
  "match", "pack", "packsize", "rep", "reverse", "sub", "unpack", "upper"}
for _, n in ipairs(names) do print(n, type(string[n])) end
print(getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))
print(("abc"):upper(), ("%d"):len(), ("x"):rep(2, "-"), (""):len())
local s = "method"
print(s:sub(2, -2), s:find("th"), s:match("(t)(h)"), s:byte(-1))
print(#("abc"):rep(3), ("a,b"):gsub(",", ";"))
for k, v in ("a=1, b=2"):gmatch("(%w+)=(%w+)") do print(k, v) end
E(function() return ("x"):nosuchmethod() end)
print(("x").len == string.len, ("x").nosuchfield)

-- string.dump (ptool-ts cannot dump Lua functions; C functions fail in lua5.4 too)
E(function() return string.dump(print) end)
E(function() return string.dump() end)
E(function() return string.dump("x") end)

-- numbers where strings are expected are converted with tostring rules
print(string.len(12), string.len(-1.5), string.len(1e100), string.len(2^63))
print(string.upper(1e15), string.rep(0.5, 2), string.reverse(123))
print(string.find(3.25, ".", 1, true), string.match(2^53, "%d+"))
print(string.sub(9007199254740993, 1, 20), string.byte(10, -1))
print(string.gsub(1.0, "%.", ","), string.gsub("x", "x", 2^63), string.gsub("x", "x", 10 // 3))

-- string arguments where integers are expected are converted too
print(string.sub("hello", "2", "3.0"), string.rep("a", "3"), string.char("0x41"))
E(function() return string.sub("hello", "2.5") end)
E(function() return string.sub("hello", "two") end)

-- NaN and infinities through pack/unpack keep their sign
local function hexs(v)
  local out = ""
  for i = 1, #v do out = out .. string.format("%02x", v:byte(i)) end
  return out
end
print(hexs(string.pack(">d", 1/0)), hexs(string.pack(">d", -1/0)), hexs(string.pack(">f", 1/0)))
print(string.unpack(">d", "\127\240\0\0\0\0\0\0"), string.unpack(">d", "\255\240\0\0\0\0\0\0"))
print(string.unpack(">f", "\127\128\0\0"), string.unpack("<f", "\0\0\128\255"))
print(string.unpack(">d", "\0\0\0\0\0\0\0\1"), string.unpack(">d", "\128\0\0\0\0\0\0\0"))
print(string.unpack(">f", "\0\0\0\1"), string.unpack(">f", "\63\128\0\0"))
print(string.unpack(">d", "\127\239\255\255\255\255\255\255"))

-- byte strings: every byte value survives the library
local all = ""
for i = 0, 255 do all = all .. string.char(i) end
print(#all:upper(), #all:lower(), all:upper():byte(98), all:lower():byte(66), all:upper():byte(225))
print(all:reverse():byte(1), all:reverse():byte(256), #all:rep(3, "\0"))
print(all:find("\0", 1, true), all:find("\255", 1, true), all:find("%z"), all:find("[\200-\210]+"))
print(select(2, all:gsub(".", "")), select(2, all:gsub("%c", "")), select(2, all:gsub("[\128-\255]", "")))
