-- goto and labels: continue pattern, breaking nested loops, backward loops, labels at block end (manual 3.3.4)
-- continue pattern in numeric for
local odds = {}
for i = 1, 10 do
  if i % 2 == 0 then goto continue end
  odds[#odds + 1] = i
  ::continue::
end
print("odds", table.concat(odds, " "))

-- continue in while with a local after the goto (label at end of block is OK)
local i = 0
local kept = {}
while i < 6 do
  i = i + 1
  if i == 3 then goto next end
  local doubled = i * 2
  kept[#kept + 1] = doubled
  ::next::
end
print("while continue", table.concat(kept, " "))

-- continue in repeat
local r = 0
local rs = {}
repeat
  r = r + 1
  if r == 2 then goto cont end
  rs[#rs + 1] = r
  ::cont::
until r >= 4
print("repeat continue", table.concat(rs, " "))

-- break out of nested loops
local found
for a = 1, 5 do
  for b = 1, 5 do
    if a * b == 12 then found = a .. "*" .. b; goto done end
  end
end
::done::
print("found", found)

-- backward goto builds a loop
local n = 0
::top::
n = n + 1
if n < 5 then goto top end
print("backward", n)

-- backward goto with closures captures fresh locals each time
local fns = {}
do
  local k = 1
  ::again::
  local captured = k
  fns[#fns + 1] = function() return captured end
  k = k + 1
  if k <= 3 then goto again end
end
print("fresh locals", fns[1](), fns[2](), fns[3]())

-- goto to a label in an enclosing block
local steps = {}
do
  do
    steps[#steps + 1] = "inner"
    goto out
  end
  steps[#steps + 1] = "skipped"
end
::out::
print(table.concat(steps, ","))

-- same label name in different functions / blocks is fine
local function f1() goto l ::l:: return "f1" end
local function f2() do goto l end ::l:: return "f2" end
print(f1(), f2())
do ::same:: end
do ::same:: end
print("same label in sibling blocks")

-- goto skipping code in a function, label at end of function body
local function early(x)
  if x then goto finish end
  x = "default"
  ::finish::
  return x
end
print(early("given"), early(nil))

-- goto continue inside generic for with nested if
local words = {"a", "", "b", "", "c"}
local nonempty = {}
for _, w in ipairs(words) do
  if w == "" then
    goto skip
  end
  nonempty[#nonempty + 1] = w
  ::skip::
end
print(table.concat(nonempty))

-- compile errors for goto
print(load("goto nowhere"))
print(load("do ::dup:: end ::x:: ::x::"))
print(load("goto f; local a; ::f:: print(a)"))
print(load("do goto inner end do ::inner:: end"))
