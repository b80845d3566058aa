-- An unsatisfied ptool.use stops the script with an error (exit status 1).
print("before")
ptool.use(">=0.2, <1")
print("not reached")
