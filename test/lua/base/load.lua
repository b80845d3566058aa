-- load: string chunks, reader functions, chunk names, mode, env, syntax errors (manual 6.1)
local f = load("return 1 + 1")
print(f())
print(load("local a, b = ...; return b, a")("x", "y"))
print(load("return ...")(1, 2, 3))

-- syntax errors return nil plus a message
print(load("return +"))
print(load("x ="))
print(load("for"))
print(select("#", load("??")))

-- chunk names
print(type(load("error('boom')", "=mychunk")))
print(pcall(load("error('boom')", "=mychunk")))
print(pcall(load("error('boom')", "@file.lua")))
print(pcall(load("error('boom')", "plainname")))
print(pcall(load("\n\nerror('line3')", "=multi")))
print(load("x = = 1", "=named"))
print(load("x = = 1", "@some/file.lua"))
print(load("x = = 1"))
print(load("x = = 1", "a long chunk name that goes on and on and on and on and on forever"))
print(load("\nx = = 1"))
print(load("x = 1\ny = = 2", "=two"))
print(load("--first line\nx = = 1"))

-- reader function returning pieces
local parts = {"return ", "10 ", "* ", "3"}
local i = 0
local reader = function() i = i + 1; return parts[i] end
print(load(reader)())
-- reader returning empty string ends the chunk
local pieces = {"return 'a'", "", "..'never'"}
local j = 0
print(load(function() j = j + 1; return pieces[j] end)())
-- reader returning nil immediately: empty chunk
print(load(function() return nil end)())
-- numbers returned by a reader are converted to strings
local nums = {"return ", 4, 2}
local k = 0
print(load(function() k = k + 1; return nums[k] end)())

-- mode argument
print(load("return 1", "=m", "t") ~= nil)
print(load("return 1", "=m", "b"))
print(load("return 1", "=m", "bt") ~= nil)

-- env argument
local env = {val = 5}
local g = load("val = val * 2; return val", "=env", "t", env)
print(g(), env.val, rawget(_G, "val"))
local h = load("return print", "=noenv", "t", {})
print(h())
print(load("return x", "=nilenv", "t", nil) ~= nil, pcall(load("return x", "=nilenv", "t", nil)))

-- loaded chunks are vararg functions and can return multiple values
print(select("#", load("return 1, nil, 3")()))

-- load of a chunk with a shebang line is a syntax error (only files skip it)
print(load("#!/bin/lua\nreturn 1"))

-- each load creates a new function
local code = "return {}"
print(load(code) ~= load(code))

-- bad arguments
print(pcall(load))
print(pcall(load, 42))
print(pcall(load, {}))

-- runtime errors inside loaded code mention the chunk name and line
local rt = load("local t = nil\nreturn t.x", "=rt")
print(pcall(rt))
local rt2 = load("local t = nil\nreturn t.x")
print(pcall(rt2))
