-- bench/startup: an empty script, to show the fixed cost of starting each runtime.
print("hello")
