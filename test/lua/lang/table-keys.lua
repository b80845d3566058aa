-- table key normalization: float keys with integer values, 2^53 keys, -0.0, string vs number keys (manual 2.1, 3.4.9)
local t = {}
t[1.0] = "float one"
print(t[1], t[1.0], rawget(t, 1))
t[1] = "int one"
print(t[1.0])

-- only one slot exists
local n = 0
for k, v in pairs(t) do n = n + 1; print("key", k, math.type(k), v) end
print("slots", n)

-- keys are normalized to integers when read back
local u = {}
u[2.0] = "two"
u[3] = "three"
for k, v in pairs({[2.0] = "x"}) do print("normalized", k, math.type(k)) end
print(#{[1.0] = "a", [2.0] = "b"})

-- non-integral floats remain floats
u[2.5] = "two and a half"
print(u[2.5], u[2], u[3])

-- -0.0 and 0 are the same key
local z = {}
z[0] = "zero"
print(z[-0.0], z[0.0])
z[-0.0] = "negzero"
print(z[0])
for k in pairs(z) do print("zero key", k, math.type(k)) end

-- 2^53 as float and integer
local big = {}
big[2^53] = "float 2^53"
print(big[9007199254740992], math.type(next(big)))
big[9007199254740993] = "int 2^53+1"
print(big[2^53 + 1], big[9007199254740993])

-- max integer as key and 2^63 float key are distinct
local m = {}
m[math.maxinteger] = "maxint"
m[2^63] = "two63"
print(m[math.maxinteger], m[2^63], m[math.maxinteger + 0.0])
m[math.mininteger] = "minint"
print(m[-2^63])

-- string keys are distinct from numbers
local s = {}
s["1"] = "str"; s[1] = "num"
print(s["1"], s[1], s["1.0"])

-- boolean keys
local b = {[true] = "T", [false] = "F"}
print(b[true], b[false], b[1 == 1])

-- tables and functions as keys (by identity)
local k1, k2 = {}, {}
local byref = {[k1] = 1, [k2] = 2}
print(byref[k1], byref[k2], byref[{}])
local fk = function() end
byref[fk] = "fn"
print(byref[fk])

-- nil key: reading gives nil, writing is an error
print(s[nil])
print(pcall(function() s[nil] = 1 end))
print(pcall(rawset, s, nil, 1))

-- keys in constructors normalize too
local c = {[1] = "a", [1.0] = "b"}
print(c[1])
local c2 = {"pos", [1.0] = "explicit"}
print(c2[1])

-- inf keys
local inf = {[math.huge] = "inf", [-math.huge] = "-inf"}
print(inf[1 / 0], inf[-1 / 0])
