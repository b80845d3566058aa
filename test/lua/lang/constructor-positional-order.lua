local G
local t = {[1] = "a", G}
print(t[1])
local u = {[2] = "b", 1, nil}
print(u[2], u[1])
local w = {[1] = "a", nil, [2] = "b", (nil)}
print(w[1], w[2])
local function f() return nil, nil end
local x = {[1] = 1, [2] = 2, f()}
print(x[1], x[2])
local t = {1, 2, 3, 4, 5, 6, nil, 8, 9, 10, 11, 12, 13, nil, 15, 16, 17, 18, 19, 20, nil, 22, 23, 24, 25, 26, 27, nil, 29, 30, 31, 32, 33, 34, nil, 36, 37, 38, 39, 40, 41, nil, 43, 44, 45, 46, 47, 48, nil, 50, 51, 52, 53, 54, 55, [1] = "k1", [50] = "k50", [51] = "k51", [60] = "k60", nil, 57, 58, 59, 60, 61, 62, nil, 64, 65, 66, 67, 68, 69}
for _, i in ipairs({1, 7, 14, 49, 50, 51, 56, 60, 63, 69}) do io.write(tostring(t[i]), " ") end print()
local u = {[1] = "k1", [50] = "k50", [51] = "k51", [60] = "k60", 1, 2, 3} print(u[1], u[50], u[2])
