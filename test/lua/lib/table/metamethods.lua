-- table functions go through __index, __newindex and __len, in lua5.4's order of accesses
local function try(f) print(pcall(f)) end
local function proxy(store, log, len)
  return setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "r" .. tostring(k) return store[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "w" .. tostring(k) .. "=" .. tostring(v) store[k] = v end,
    __len = function() log[#log + 1] = "#" return len or #store end,
  })
end
local function run(name, f, store, len)
  local log = {}
  local p = proxy(store, log, len)
  local r = table.pack(pcall(f, p))
  for i = 1, r.n do r[i] = tostring(r[i]) end
  local s = {} for i = 1, #store do s[i] = tostring(store[i]) end
  print(name, table.concat(r, " ", 1, r.n), table.concat(log, " "), "[" .. table.concat(s, ",") .. "]")
end

run("insert-end", function(p) return table.insert(p, "x") end, {"a", "b"})
run("insert-1", function(p) return table.insert(p, 1, "x") end, {"a", "b"})
run("insert-2", function(p) return table.insert(p, 2, "x") end, {"a", "b", "c"})
run("insert-oob", function(p) return table.insert(p, 5, "x") end, {"a", "b"})
run("remove-end", function(p) return table.remove(p) end, {"a", "b", "c"})
run("remove-1", function(p) return table.remove(p, 1) end, {"a", "b", "c"})
run("remove-n+1", function(p) return table.remove(p, 4) end, {"a", "b", "c"})
run("remove-empty", function(p) return table.remove(p) end, {})
run("concat", function(p) return table.concat(p, "-") end, {"a", "b", 3})
run("concat-ij", function(p) return table.concat(p, "-", 2, 3) end, {"a", "b", "c", "d"})
run("unpack", function(p) return table.unpack(p) end, {"a", "b", "c"})
run("unpack-ij", function(p) return table.unpack(p, 2, 3) end, {"a", "b", "c"})
run("move-fwd", function(p) return table.move(p, 1, 2, 3) ~= nil end, {"a", "b", "c", "d"})
run("move-back", function(p) return table.move(p, 1, 3, 2) ~= nil end, {"a", "b", "c", "d"})
run("sort", function(p) return table.sort(p) end, {"c", "a", "b"})
run("sort5", function(p) return table.sort(p) end, {5, 1, 4, 2, 3})
run("len=3", function(p) return table.unpack(p) end, {"a", "b", "c", "d", "e"}, 3)
run("len=2.0", function(p) return table.concat(p) end, {"a", "b", "c"}, 2.0)
run("len='2'", function(p) return table.concat(p) end, {"a", "b", "c"}, "2")
run("len=nil", function(p) return table.concat(p) end, {"a"}, false)
run("len=1.5", function(p) return table.insert(p, 1) end, {"a"}, 1.5)

-- __index tables (not functions) are followed too
local base = {10, 20, 30}
local t = setmetatable({}, {__index = base, __len = function() return 3 end})
print(table.concat(t, ","), table.unpack(t))
print(table.remove(setmetatable({}, {__index = base, __len = function() return 3 end})), rawget(t, 3))

-- writes go to __newindex only for absent keys
local sink = {}
t = setmetatable({1, 2}, {__newindex = function(_, k, v) sink[#sink + 1] = k .. "=" .. tostring(v) end})
table.insert(t, 3) table.insert(t, 1, 0)
print(#sink, table.concat(sink, " "), rawlen(t), t[1], t[2])

-- tables with a metatable but no relevant metamethod behave as plain tables
t = setmetatable({3, 1, 2}, {__tostring = function() return "T" end})
table.sort(t) table.insert(t, 4) print(table.concat(t, ","), table.remove(t, 1), tostring(t))

-- userdata-like values: strings have __index but neither __newindex nor __len
try(function() return table.insert("abc", "d") end)
try(function() return table.unpack("abc") end)

-- a non-table with the needed metamethods is accepted (here a table-typed proxy is just a table)
local ud = setmetatable({}, {__index = function(_, k) return k * 10 end, __len = function() return 4 end})
print(table.concat(ud, " "), table.unpack(ud, 2, 3))
