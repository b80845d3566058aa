#!/usr/bin/env lua
-- a first line starting with # is skipped but still counts for line numbers (manual 7, lua.c / luaL_loadfile)
print("shebang skipped")
local ok, err = pcall(function()
  local t = nil
  return t.field   -- this is line 6
end)
print(ok, err)
print(pcall(error, "msg"))
local function where() error("at line 10") end
print(pcall(where))
-- load() of a string does not skip '#' lines
print(load("#!/bin/lua\nreturn 1"))
