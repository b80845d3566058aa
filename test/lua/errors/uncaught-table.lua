-- an uncaught error whose value is a table without __tostring (manual 2.3, 7)
print("raising a table")
error({code = 42})
