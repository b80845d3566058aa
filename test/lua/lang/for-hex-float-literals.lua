for i = 0x.8, 2 do print(i) end
for i = 1, 0x1p1 do print(i) end
for i = 0x1p0, 2, 0x.8 do print(i) end
