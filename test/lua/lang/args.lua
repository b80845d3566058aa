-- script arguments: the global 'arg' table and the main chunk's varargs (manual 7, lua.c)
print(arg[0])
print(#arg)
print(select("#", ...))
print(type(arg), arg[1], arg[2])
local n = 0
for i = 1, #arg do n = n + 1 end
print("counted", n)
local function count(...) return select("#", ...) end
print(count(...), ... == nil)
