-- a syntax error in the script itself: nothing runs, exit status 1 (manual 7, 9)
print("this is never printed")
x = = 1
