-- if / elseif / else statements and truthiness of conditions (manual 3.3.4)
local function classify(n)
  if n < 0 then
    return "negative"
  elseif n == 0 then
    return "zero"
  elseif n < 10 then
    return "small"
  elseif n < 100 then
    return "medium"
  else
    return "large"
  end
end
for _, v in ipairs({-5, 0, 3, 42, 1000, -0.0, 9.99}) do
  print(v, classify(v))
end

-- truthiness: only nil and false are false
local function truth(v) if v then return "T" else return "F" end end
print(truth(nil), truth(false), truth(0), truth(""), truth({}), truth("false"), truth(0.0), truth(-0.0))

-- if without else
local x = 1
if x == 2 then x = 100 end
print(x)
if x == 1 then x = 5 end
print(x)

-- elseif chains only evaluate until the first true
local evaluated = {}
local function cond(name, val) evaluated[#evaluated + 1] = name; return val end
if cond("a", false) then
elseif cond("b", nil) then
elseif cond("c", 1) then
elseif cond("d", true) then
end
print(table.concat(evaluated, ","))

-- nested ifs
local function grid(a, b)
  if a then
    if b then return "TT" else return "TF" end
  else
    if b then return "FT" else return "FF" end
  end
end
print(grid(true, true), grid(true, false), grid(false, true), grid(nil, nil))

-- locals inside branches are scoped to that branch
local y = "outer"
if true then local y = "inner"; print(y) end
print(y)

-- empty branches
if true then else end
if false then elseif false then else print("empty branches ok") end

-- conditions using and/or
local a, b = 3, nil
if a and not b then print("a and not b") end
if b or a == 3 then print("b or a==3") end
if not (a > 5 or b) then print("not (...)") end

-- comparison results used as values
local r = (1 < 2)
if r == true then print("r is true") end

-- a function returning nothing is falsy
local function nothing() end
if nothing() then print("wrong") else print("no values is nil") end
