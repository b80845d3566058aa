-- bench/oop: objects with metatables: method calls through __index, small tables, fields.
local clock0 = os.clock()
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:add(o) return Point.new(self.x + o.x, self.y + o.y) end
function Point:len2() return self.x * self.x + self.y * self.y end
local acc = Point.new(0, 0)
local s = 0
for i = 1, 3000000 do
  acc = acc:add(Point.new(1, 2))
  s = s + acc:len2() % 7
end
print(acc.x, acc.y, s)
io.stderr:write(string.format("compute %.3f\n", os.clock() - clock0))
