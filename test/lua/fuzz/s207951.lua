local function show1(v)
  local t = type(v)
  if t == "string" then
    if #v > 120 then return string.format("%q", v:sub(1, 120)) .. "..(" .. #v .. ")" end
    return string.format("%q", v)
  elseif t == "number" then
    return math.type(v) .. ":" .. tostring(v)
  elseif t == "table" then
    local mt = getmetatable(v)
    if type(mt) == "table" and rawget(mt, "__tostring") then
      local ok, s = pcall(tostring, v)
      if ok then return "obj<" .. show1(s) .. ">" end
      return "obj<err " .. show1(s) .. ">"
    end
    return "table"
  else
    return t == "nil" and "nil" or t == "boolean" and tostring(v) or t
  end
end
local function show(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = show1((select(i, ...))) end
  return select("#", ...) .. "[" .. table.concat(out, ", ") .. "]"
end
local function P(tag, f, ...)
  print(tag, show(pcall(f, ...)))
end
local function keys(t)
  local ks = {}
  for k, v in pairs(t) do ks[#ks + 1] = show1(k) .. "=" .. show1(v) end
  table.sort(ks)
  return table.concat(ks, " ")
end
local function nz(y) if tonumber(y) == 0 and math.type(tonumber(y)) == "integer" then return 1 end return y end
local function vv(x) if type(x) == "table" then return rawget(x, "v") end return x end
local M = {}
M.__add = function(a, b) return vv(a) + vv(b) end
M.__sub = function(a, b) return vv(a) - vv(b) end
M.__mul = function(a, b) return vv(a) * vv(b) end
M.__div = function(a, b) return vv(a) / vv(b) end
M.__mod = function(a, b) return vv(a) % vv(b) end
M.__idiv = function(a, b) return vv(a) // vv(b) end
M.__pow = function(a, b) return vv(a) ^ vv(b) end
M.__unm = function(a) return -vv(a) end
M.__band = function(a, b) return vv(a) & vv(b) end
M.__bor = function(a, b) return vv(a) | vv(b) end
M.__shl = function(a, b) return vv(a) << vv(b) end
M.__bnot = function(a) return ~vv(a) end
M.__eq = function(a, b) return vv(a) == vv(b) end
M.__lt = function(a, b) return vv(a) < vv(b) end
M.__le = function(a, b) return vv(a) <= vv(b) end
M.__concat = function(a, b) return tostring(vv(a)) .. "&" .. tostring(vv(b)) end
M.__len = function(a) return 7 end
M.__call = function(self, ...) return select("#", ...), vv(self), ... end
M.__tostring = function(a) return "V(" .. tostring(vv(a)) .. ")" end
M.__index = function(t, k) return type(k) == "string" and k .. "?" or k end
M.__newindex = function(t, k, v) rawset(t, k, v) end
local function V(x) return setmetatable({v = x}, M) end
local base = {greet = "hi", n = 42, [1] = "one", [2.0] = "two"}
local M2 = {__index = base, __newindex = function(t, k, v) rawset(t, k, type(v) == "number" and v * 2 or v) end}
local M3 = {__index = function(t, k) error("no field " .. tostring(k)) end, __tostring = function() return 42 end}
local M4 = {__eq = function() return true end, __lt = function(a, b) return false end, __le = function(a, b) error({code = 7}) end,
  __concat = function(a, b) return 99 end, __len = function() return "len" end, __tostring = function() return "M4" end}
v39 = (nil + ((1 ~= 0) and nil and nil))
