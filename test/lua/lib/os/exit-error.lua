-- os.exit with a bad status argument
print(pcall(function() os.exit("x") end))
print(pcall(function() os.exit(1.5) end))
os.exit(256 + 42)
