-- rawget, rawset, rawequal, rawlen: bypassing metamethods, argument checks (manual 6.1)
local log = {}
local mt = {
  __index = function(t, k) log[#log + 1] = "index " .. tostring(k); return "meta" end,
  __newindex = function(t, k, v) log[#log + 1] = "newindex " .. tostring(k) end,
  __eq = function() log[#log + 1] = "eq"; return true end,
  __len = function() log[#log + 1] = "len"; return 99 end,
}
local t = setmetatable({present = 1, 10, 20}, mt)

print(rawget(t, "present"), rawget(t, "absent"), t.absent)
print(rawset(t, "new", 5) == t, rawget(t, "new"))
t.other = 6
print(rawget(t, "other"))
print(rawlen(t), #t)
local u = setmetatable({}, mt)
print(rawequal(t, u), t == u, rawequal(t, t))
print(table.concat(log, ", "))

-- rawequal with various types
print(rawequal(1, 1.0), rawequal("a", "a"), rawequal(nil, nil), rawequal(nil, false), rawequal(0 / 0, 0 / 0))
print(rawequal(1, "1"), rawequal({}, {}), rawequal(print, print))

-- rawlen on strings and tables
print(rawlen("hello"), rawlen(""), rawlen({1, 2, 3}), rawlen({n = 1}))

-- float keys normalize in raw access too
local r = {}
rawset(r, 1.0, "one")
print(rawget(r, 1), rawget(r, 1.0), math.type(next(r)))
rawset(r, 2.5, "two.5")
print(rawget(r, 2.5))

-- rawset with nil value removes the field
rawset(r, 1, nil)
print(rawget(r, 1))

-- argument errors
print(pcall(rawget, "str", 1))
print(pcall(rawget, {}))
print(pcall(rawset, {}, 1))
print(pcall(rawset, 1, 1, 1))
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, {}, 0 / 0, 1))
print(pcall(rawlen, 5))
print(pcall(rawlen))
print(pcall(rawequal, 1))
print(pcall(rawequal))

-- rawget with an explicit nil key is allowed (returns nil)
print(pcall(rawget, {}, nil))

-- rawset returns the table, allowing chaining
local chain = rawset(rawset({}, "a", 1), "b", 2)
print(chain.a, chain.b)
