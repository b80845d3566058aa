-- an uncaught error() with a string message and level 1 from a nested function (manual 2.3, 7)
local function validate(n)
  if n > 2 then
    error("value too large: " .. n)
  end
  return n
end
for i = 1, 5 do
  print("validated", validate(i))
end
