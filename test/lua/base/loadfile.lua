-- loadfile/dofile read files as luaL_loadfilex does: UTF-8 BOM, '#' first line, binary
-- detection, the mode argument, and "cannot open/read NAME: strerror" messages.
local name = os.tmpname()
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    if type(t[i]) == "string" then t[i] = (t[i]:gsub(name, "FILE", 1, true)) end
    t[i] = tostring(t[i])
  end
  print(table.concat(t, " | "))
end
local function put(s)
  local f = assert(io.open(name, "wb")); f:write(s); f:close()
end

put("\xEF\xBB\xBF# comment\nreturn 234, select(2, pcall(error, 'x'))")
show(loadfile(name)())
put("\xEF\xBB\xBFreturn 239")
show(loadfile(name)())
show(dofile(name))
put("\xEF\xBB\xBF")
show(loadfile(name)())
put("# only a comment")
show(loadfile(name)())
put("#!/usr/bin/lua\nreturn x +")
show(loadfile(name))
show(pcall(dofile, name))

-- modes
put("return 10")
show(loadfile(name, "b"))
show(loadfile(name, "t")())
show(loadfile(name, "bt")())
put("\27 return 10")
show(loadfile(name, "t"))
show(loadfile(name))
show(pcall(dofile, name))
put("# comment\n\27 return 10")
show(loadfile(name, "t"))

-- load: binary detection on the first byte
show(load("\27 return 10"))
show(load("\27 return 10", "=x", "t"))
show(load("\27 return 10", "@x", "bt"))
show(load("\27 return 10", "y"))
show(load("return 1", "x", "b"))

os.remove(name)
-- files that cannot be read
show(loadfile(name))
show(pcall(dofile, name))
show(loadfile("/"))
show(pcall(dofile, "/"))
