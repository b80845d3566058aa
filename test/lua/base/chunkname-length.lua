-- chunk names in messages are cut to LUA_IDSIZE like luaO_chunkid
for _, i in ipairs{50, 55, 58, 59, 60, 61, 70} do
  print(i, select(2, load("x", "@" .. string.rep("x", i))))
  print(i, select(2, load("x", string.rep("y", i - 10))))
  print(i, select(2, load("x", "=" .. string.rep("z", i))))
end
print(select(2, load("x", "line1\nline2")))
print(pcall(error, "e"))
print(select(2, pcall(load("error('x')", "=" .. string.rep("q", 70)))))
print(select(2, pcall(load("error('x')", "@" .. string.rep("q", 70)))))
print(select(2, pcall(load("error('x')", string.rep("q", 70)))))
-- exactly 44 and 45 characters: the border of string sources
print(select(2, load("x", string.rep("s", 44))))
print(select(2, load("x", string.rep("s", 45))))
-- only '\n' ends the first line
print((select(2, load("x", "ab\rcd")):gsub("\r", "<CR>")))
print(select(2, load("x", "ab\ncd")))
print(select(2, load("x", "\nabc")))
