-- numeric constants: decimal, hex, hex floats, exponents, integer overflow to float/wrap (manual 3.1)
local function show(v) return tostring(v) .. ":" .. math.type(v) end
print(show(3), show(3.0), show(3.), show(.5), show(1e2), show(1E-2), show(0.1e1))
print(show(0x10), show(0XfF), show(0xA), show(0x0))
print(show(0x1p4), show(0x.8), show(0xA.8p1), show(0x1P-2), show(0x.1), show(0x1.8))
print(show(0xA.), show(0x10p0), show(0x1e2))
print(show(9223372036854775807), show(9223372036854775808), show(-9223372036854775808))
print(show(0x7fffffffffffffff), show(0xffffffffffffffff), show(0x8000000000000000))
print(show(0x10000000000000000), show(0x1ffffffffffffffff))
print(show(1e308), show(1e309), show(2e-324), show(5e-324))
print(show(123456789012345678901234567890))
print(show(00012), show(0012.5), show(1e+2), show(1e-0))

-- unary minus is an operator, not part of the literal
print(show(-0), show(-0.0), show(- 1), show(-0x10))
print(-9223372036854775807 - 1 == math.mininteger, show(-9223372036854775807 - 1))

-- malformed numbers are lexical errors
print(load("return 1..2"))
print(load("return 0x"))
print(load("return 1e"))
print(load("return 3x"))
print(load("return 0xG"))
print(load("return 1.2.3"))
print(load("return 08")())
print(load("return 1e+"))
print(load("return .e1"))

-- numbers followed by .. need a space
print(1 .. 2, 1.0 .. "")

-- literals in expressions
print(0x10 + 0x.8, 1e2 // 1, 0x1p-1 * 2)
print(100000000000000, 1e14, 1e100, 123e-7)
print(0xFFFFFFFF, 0x100000000, 4294967296 * 4294967296)
