-- math library on NaN (both signs, as lua5.4 prints them) and infinities
local nan, pnan = 0/0, -(0/0)
print(nan, pnan, nan ~= nan)
for _, f in ipairs{"abs", "ceil", "floor", "sqrt", "exp", "sin", "cos", "tan", "asin", "acos", "atan",
                   "log", "deg", "rad", "tointeger", "type"} do
  print(f, math[f](nan), math[f](pnan))
end
print("modf", math.modf(nan)) print("modf", math.modf(pnan))
print("fmod", math.fmod(nan, 1), math.fmod(pnan, 1), math.fmod(1, nan), math.fmod(1, pnan), math.fmod(pnan, nan), math.fmod(nan, pnan))
print("atan2", math.atan(nan, 1), math.atan(pnan, 1), math.atan(1, pnan), math.atan(1, nan), math.atan(nan, pnan))
print("logb", math.log(pnan, 2), math.log(pnan, 10), math.log(pnan, 3), math.log(2, pnan), math.log(nan, 3), math.log(3, nan))
print("max", math.max(nan, 1), math.max(1, nan), math.max(pnan, nan), math.max(1, pnan, 2))
print("min", math.min(nan, 1), math.min(1, nan), math.min(1, pnan), math.min(pnan, 0))
print("domain", math.asin(2), math.acos(2), math.asin(-1.5), math.acos(-math.huge), math.sqrt(-1), math.sqrt(-math.huge))
print("log<0", math.log(-1), math.log(-1, 2), math.log(-1, 10), math.log(-1, 3), math.log(-math.huge, 10), math.log(-1e-300, 10))
print("log odd", math.log(0, 0), math.log(1, 1), math.log(-1, -1), math.log(2, -2), math.log(math.huge, math.huge))
print("fmod inf", math.fmod(math.huge, 1), math.fmod(-math.huge, 2), math.fmod(2, -math.huge), math.fmod(-2.5, -math.huge), math.fmod(5, 0.0), math.fmod(-5, -0.0))
print("trig inf", math.sin(math.huge), math.cos(-math.huge), math.tan(math.huge), math.atan(math.huge, -math.huge))
print("exp", math.exp(math.huge), math.exp(-math.huge), math.exp(1000), math.exp(-1000))
print("deg/rad", math.deg(math.huge), math.rad(-math.huge), math.deg(-0.0), math.rad(-0.0))
print("ult/tointeger", math.tointeger(math.huge), math.tointeger(-math.huge), math.type(math.huge))
print("floor/ceil", math.floor(-math.huge), math.ceil(math.huge), math.floor(1e100), math.ceil(-1e100))
