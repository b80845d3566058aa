-- io.popen and os.execute run "/bin/sh -c" as popen(3)/system(3) do: the shell's $0 is "sh",
-- so its own messages start "sh: ".
local f = io.popen("echo $0; not-a-command-xyz 2>&1")
print(f:read("a"))
print(f:close())
f = io.popen("echo $0 >&2", "w")
print(f:close())
print(os.execute("exit 3"))
print(io.popen("sh -c 'echo $0' 2>&1"):read("l"))
