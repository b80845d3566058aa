-- long brackets: levels, leading newline skipped, no escapes, long comments (manual 3.1)
local function bytes(s)
  local out = {}
  for i = 1, #s do out[i] = string.byte(s, i) end
  return #s .. ":" .. table.concat(out, ",")
end
print([[simple]])
print([[with "quotes" and 'apostrophes']])
print([[no \n escapes \t here]])
print([==[contains ]] and ]=] inside]==])
print([=[]]]=], [====[a]===]b]====])

-- a newline right after the opening bracket is skipped
local a = [[
first line
second line]]
print(bytes(a))
print(a)

-- only the first newline is skipped
local b = [[

x]]
print(bytes(b))

-- trailing newline kept
local c = [[line
]]
print(bytes(c))

-- empty long strings
print(#[[]], #[==[]==], #[[
]])

-- \r\n and \n\r sequences are normalized to \n
print(bytes(load("return [[a\r\nb]]")()), bytes(load("return [[a\n\rb]]")()), bytes(load("return [[a\rb]]")()))
print(bytes(load("return [[\r\nx]]")()))

--[[ a long comment
print("not printed")
]]
--[==[ another
   ]] still inside
]==] print("after long comment on same line")
---[[ this is a line comment, so the next line runs
print("runs")
--]]

-- long string as a call argument and table key
local t = {[ [[key]] ] = [[value]]}
print(t.key, #[[abc]], ([[x]]):rep(3))

-- unfinished long string / comment
print(load("return [[abc"))
print(load("--[[ never closed"))
print(load("return [==[abc]=]"))
print(load("return [=x"))

-- long string with embedded zero-like escape text
print([[\0\x41\u{48}]], #[[\0]])

-- level mismatch closings inside
print([=[a]]b]==]c]=])
