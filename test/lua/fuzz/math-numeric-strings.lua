print(math.ceil("9223372036854775807"), math.floor("9223372036854775807"), math.floor("3"), math.ceil("-7"), math.floor(" 0x10 "), math.floor("2.5"))
print(math.abs("-3"), math.abs("3.5"), math.tointeger("3"), math.tointeger("3.0"), math.fmod("7", "3"), math.fmod(7, "3"))
print(math.type("1"), math.ult(1, "2") , pcall(math.ult, 1.5, 2))
print(math.floor(-0.0), math.ceil(-0.5), math.floor(2^63), math.ceil(-2^63), math.floor(0/0) ~= math.floor(0/0))
