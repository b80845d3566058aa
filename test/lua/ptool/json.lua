-- ptool.json (spec: ptool-json.md). Expected output written by hand (no oracle).
local J = p.json
assert(ptool.json == p.json)

print("-- parse: spec example")
local data = J.parse('{"name":"ptool","features":["json","repl"],"stars":42}')
print(data.name, data.features[1], data.features[2], #data.features, data.stars, math.type(data.stars))

print("-- parse: numbers")
for _, s in ipairs({"0", "42", "-7", "9007199254740993", "9223372036854775807", "-9223372036854775808",
                    "9223372036854775808", "18446744073709551615", "-9223372036854775809", "-0",
                    "1.0", "1.5", "1e2", "2E-3", "-0.25"}) do
  local v = J.parse(s)
  print(s, math.type(v), v)
end

print("-- parse: other types")
print(J.parse("true"), J.parse("false"), J.parse("null"), J.parse('"x"'), type(J.parse(" \n\t[] ")), next(J.parse("{}")))
local arr = J.parse("[1,null,3]")
print(arr[1], arr[2], arr[3])
local obj = J.parse('{"a":null,"b":1,"1":"one","b":2}')
print(obj.a, obj.b, obj["1"], obj[1])
print(J.parse('"caf\\u00e9 \\ud83d\\ude00 \\"q\\" \\\\ \\/ \\n"') == "café 😀 \"q\" \\ / \n")
print(J.parse('"\xc3\xa9"') == "é", #J.parse('"\\u00e9"'))

print("-- parse: errors")
for _, s in ipairs({"", "x", "nul", "nulx", "[1,]", "[1 2]", "[", "[1,", "{", '{"a" 1}', '{"a":1,}',
                    '{1:2}', '{"a":1 "b":2}', "1 2", "01", "-", "-x", "1.", "1.x", "1e", "1ex", '"abc',
                    '"\\x"', '"\\u12g4"', '"\\ud800"', '"\\udc00"', '"\\ud800\\u0041"', '"a\nb"',
                    '[\n  1,\n  ]', '{\n"a": tru\n}', "1e400", '"\xff"', string.rep("[", 200)}) do
  print(pcall(J.parse, s))
end
print(pcall(J.parse, 42))
print(pcall(J.parse))

print("-- stringify: spec example")
print(J.stringify({ name = "ptool", features = {"json", "repl"}, stable = true }, { pretty = true }))

print("-- stringify: scalars")
print(J.stringify(nil), J.stringify(true), J.stringify(false), J.stringify(0), J.stringify(-12))
print(J.stringify(math.maxinteger), J.stringify(math.mininteger), J.stringify(2^53 + 0 | 0))
print(J.stringify(1.0), J.stringify(-0.0), J.stringify(0.5), J.stringify(123.456), J.stringify(2^53))
print(J.stringify(1e15), J.stringify(1e16), J.stringify(1e300), J.stringify(1.5e-7), J.stringify(0.0001), J.stringify(0.00001))
print(J.stringify(1/3), J.stringify(0/0), J.stringify(1/0), J.stringify(-1/0))
print(J.stringify("plain"), J.stringify("quote\" backslash\\ slash/"))
print(J.stringify("\b\f\n\r\t\0\1\31\127"), J.stringify("café 😀"))

print("-- stringify: tables")
print(J.stringify({}), J.stringify({1, 2, 3}), J.stringify({"a", {true, false}}))
print(J.stringify({x = 1}), J.stringify({x = {y = {}}}))
print(J.stringify({1, 2, x = 3}))           -- #t > 0: an array of t[1..#t], other keys dropped
print(J.stringify({[2] = "two"}))            -- #t == 0: an object, number keys as strings
print(J.stringify({[1.5] = "f", [-3] = "n"}))
local shared = {1}
print(J.stringify({shared, shared}))         -- shared (not recursive) tables are fine
local ordered = {}
ordered.z = 1; ordered.a = 2; ordered.m = 3
print(J.stringify(ordered))                  -- object keys in table traversal order
print(J.stringify(setmetatable({}, {__index = function() return 1 end})))

print("-- stringify: pretty")
print(J.stringify({}, {pretty = true}))
print(J.stringify({1, {}, {a = {}}}, {pretty = true}))
print(J.stringify({a = {b = {1, 2}}}, {pretty = true}))
print(J.stringify({1}, {pretty = false}), J.stringify({1}, {}))

print("-- stringify: errors")
print(pcall(J.stringify, print))
print(pcall(J.stringify, {f = print}))
print(pcall(J.stringify, {1, io.stdout}))
local t = {} t.self = t
print(pcall(J.stringify, t))
local a = {{}} a[1][1] = a
print(pcall(J.stringify, a))
print(pcall(J.stringify, "\xff\xfe"))
print(pcall(J.stringify, {["\xff"] = 1}))
print(pcall(J.stringify, {[true] = 1}))
print(pcall(J.stringify, {[{}] = 1}))
print(pcall(J.stringify, 1, "pretty"))
print(pcall(J.stringify, 1, {pretty = "yes"}))
print(select(2, pcall(function() return J.stringify(print) end)))

print("-- round trip")
local doc = '{"a":[1,2.5,"x",true,{"b":-1}],"c":{}}'
print(J.stringify(J.parse(doc)))
print(J.stringify(J.parse('[null,2]')), J.stringify(J.parse('[1,null]')))  -- null leaves a hole: {nil, 2} has no sequence

print("-- get: spec example")
local text = '{"items":[{"name":"alpha"},{"name":"beta"}]}'
print(J.get(text, {"items", 1, "name"}), J.get(text, {"items", 2, "name"}))

print("-- get: values and misses")
local g = '{"a":{"n":9223372036854775807,"f":1.0,"list":[10,20,null],"t":{"k":"v"}}}'
print(J.get(g, {"a", "n"}), J.get(g, {"a", "f"}), J.get(g, {"a", "list", 2}), J.get(g, {"a", "t"}).k)
print(J.get(g, {"a", "list", 3}), J.get(g, {"a", "list", 4}), J.get(g, {"a", "list", 0}), J.get(g, {"a", "list", -1}))
print(J.get(g, {"a", "missing"}), J.get(g, {"a", "n", "x"}), J.get(g, {"a", 1}), J.get(g, {"a", "list", "x"}))
print(J.get('[["x"]]', {1, 1}), J.get('[["x"]]', {1.0, 1}), J.get('{"1":"s"}', {"1"}), J.get('{"1":"s"}', {1}))

print("-- get: errors")
print(pcall(J.get, '{"a":1}', {}))
print(pcall(J.get, '{"a":1}', "a"))
print(pcall(J.get, '{"a":1}', {1.5}))
print(pcall(J.get, '{"a":1}', {true}))
print(pcall(J.get, '{"a":1', {"a"}))
print(pcall(J.get, nil, {"a"}))

print("-- set: spec example")
local s = '{"service":{"name":"api"},"ports":[8080]}'
s = J.set(s, {"service", "enabled"}, true)
s = J.set(s, {"ports", 1}, 9090)
print(s)

print("-- set: replacing and creating")
print(J.set('{"a":1}', {"a"}, {x = {1, 2}}))
print(J.set('{"a":1}', {"b", "c", "d"}, "deep"))
print(J.set('[[1,2],[3]]', {2, 1}, "three"))
print(J.set('{"a":[{"b":1}]}', {"a", 1, "c"}, false))
print(J.set('{"a":1}', {"a"}, nil))
print(J.set('{ "keep" : 1.50 , "big" : 18446744073709551615, "e": 1e2 }', {"new"}, 0.5))
print(J.set('{"a":{}}', {"a", "b"}, {}, "ignored"))

print("-- set: errors")
print(pcall(J.set, '{}', {"a", 1}, 1))
print(pcall(J.set, '{"a":[1]}', {"a", 2}, 1))
print(pcall(J.set, '{"a":[1]}', {"a", 0}, 1))
print(pcall(J.set, '{"a":[1]}', {"a", "x"}, 1))
print(pcall(J.set, '[1]', {"x"}, 1))
print(pcall(J.set, '{"a":1}', {1}, 1))
print(pcall(J.set, '{"a":"s"}', {"a", "b"}, 1))
print(pcall(J.set, '{"a":1}', {}, 1))
print(pcall(J.set, '{"a":1}', {"a"}, print))
print(pcall(J.set, '{"a":', {"a"}, 1))
print(pcall(J.set, 1, {"a"}, 1))
