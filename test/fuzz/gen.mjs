// A seeded generator of random Lua 5.4 programs for differential testing (test/fuzz/run.mjs).
//
// Every program is valid, terminates quickly and prints only what both implementations must
// agree on: values go through `show` (strings as %q, tables and functions by type, never an
// address), and risky expressions run under pcall so that their error messages are compared
// too. A program is a tree of nodes (statements with blocks, expressions with
// sub-expressions) so that the minimiser can delete statements and simplify expressions.
//
// Rules that keep the output deterministic (each is a place where lua5.4 itself leaves the
// result unspecified or depends on addresses, clocks or its allocator):
// - no tostring/print/%s of tables, functions or threads (variables have kinds: scalar
//   variables only ever hold numbers, strings, booleans or nil);
// - `#` only on strings, on "seq" tables (no holes: only non-nil values are stored, at
//   1..#t+1) and on objects whose __len says what it returns;
// - pairs() only through a helper that sorts the keys;
// - table.sort only on arrays shorter than 100 (lua5.4 picks random pivots in longer ones);
// - no math.random, os.time, os.clock, collectgarbage("count");
// - lua5.4.4 can crash (segfault) or return an operand when a __concat metamethod builds new
//   strings inside `a .. (b .. c)` (seen with tostring of a table operand): M.__concat only
//   formats the scalar fields, with string.format;
// - loops are bounded by counters the minimiser cannot remove, functions only call functions
//   defined before them (no recursion beyond fixed small depths), and string growth in loops
//   is bounded by the output limit of the runner (programs over it are discarded).

/** xorshift128+ style generator on 32-bit halves (deterministic for a seed). */
export function rng(seed) {
    let a = (seed ^ 0x9e3779b9) >>> 0 || 1;
    let b = (Math.imul(seed, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0 || 2;
    const next = () => {
        let t = a ^ (a << 11);
        a = b;
        b = (b ^ (b >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
        return b / 4294967296;
    };
    for (let i = 0; i < 8; i++) next();
    return next;
}

// ---------------------------------------------------------------------------------------
// The tree. An expression is { e: true, parts }, a statement { s: true, parts }, where parts
// mix strings, expressions and blocks (arrays of statements). `fixed` statements (loop
// guards) are never removed.

export const E = (...parts) => ({ e: true, parts });
export const S = (...parts) => ({ s: true, parts });

export function render(node, indent = "") {
    if (typeof node === "string") return node;
    if (Array.isArray(node)) return node.map((s) => indent + render(s, indent)).join("\n");
    let out = "";
    for (const p of node.parts) {
        if (Array.isArray(p)) out += "\n" + render(p, indent + "  ") + "\n" + indent;
        else out += render(p, indent);
    }
    return out;
}

// The prelude every program starts with (not part of the tree: never minimised away).
export const PRELUDE = `local function show1(v)
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
M.__concat = function(a, b) return string.format("%s&%s", tostring(vv(a)), tostring(vv(b))) end
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
`;

// ---------------------------------------------------------------------------------------
// Literals

const INTS = [
    "0",
    "1",
    "-1",
    "2",
    "3",
    "5",
    "7",
    "10",
    "-3",
    "16",
    "63",
    "64",
    "255",
    "1000",
    "-17",
    "100000",
    "math.maxinteger",
    "math.mininteger",
    "9223372036854775807",
    "(-9223372036854775807)",
    "0x7fffffffffffffff",
    "0xffffffffffffffff",
    "0x10",
    "0xff",
    "9007199254740993",
    "9007199254740992",
    "4294967296",
    "2147483647",
    "-2147483648",
    "(math.maxinteger - 1)",
    "(math.mininteger + 1)",
    "4611686018427387904",
];
const FLOATS = [
    "0.0",
    "-0.0",
    "0.5",
    "1.5",
    "-2.5",
    "1e100",
    "1e308",
    "1e-310",
    "3.0",
    "math.huge",
    "-math.huge",
    "(0/0)",
    "(-(0/0))",
    "2^63",
    "2^53",
    "0.1",
    "1e15",
    "1e16",
    "123456789012345.6",
    "2^-1074",
    "1e300 * 1e10",
    "-1e-5",
    "3.14159",
    "1/3",
    "-7.0",
    "2^31",
    "9.2233720368547758e18",
    "0x1p-2",
    "0x.8",
    "5e-324",
    ".5",
    "3.",
    "1E2",
    "1e309",
    "-2^63",
    "2^64",
];
const STRS = [
    '""',
    '"abc"',
    '"10"',
    '"  12  "',
    '"0x1A"',
    '"1e2"',
    '"3.0"',
    '"-0"',
    '"5.5"',
    '"inf"',
    '"nan"',
    '"0x"',
    '"1e"',
    '"9223372036854775807"',
    '"9223372036854775808"',
    '"  -7 "',
    '"\\0a"',
    '"hello world"',
    '"a,b,c"',
    '"%d"',
    '"x\\ny"',
    '"\\x41\\66\\u{48}"',
    "'it\\'s'",
    '"\\z\n   tail"',
    "[[long\nstring]]",
    "[==[a]]b]==]",
    '"-0x10"',
    '"1 2 3"',
    '"ABCdef"',
    '"\\255\\128"',
    '"0.1"',
    '"  "',
    '"key"',
    '"v"',
    '"greet"',
    '"n"',
    '"1"',
    '"2"',
];

const PATTERNS = [
    '"%d+"',
    '"%a+"',
    '"(%w+)=(%w+)"',
    '"%s*(.-)%s*$"',
    '"^%-?%d+"',
    '"[aeiou]"',
    '"[^,]+"',
    '"(.)"',
    '"()b"',
    '"%b()"',
    '"%f[%w]%w+"',
    '"x*"',
    '"a-"',
    '"[%d%.]+"',
    '"(%d)(%d)?"',
    '"^(.-)$"',
    '"%u"',
    '"[A-Z][a-z]*"',
    '"."',
    '"l+"',
    '"%p"',
    '"(h)(e)"',
    '"[%]]"',
    '"%"',
    '"(()"',
    '"[a-"',
    '"%g"',
];
const FMTS = [
    '"%d"',
    '"%5d"',
    '"%-5d|"',
    '"%x"',
    '"%X"',
    '"%o"',
    '"%c"',
    '"%g"',
    '"%.3f"',
    '"%10.2f"',
    '"%e"',
    '"%.0f"',
    '"%s"',
    '"%10s|"',
    '"%-4s|"',
    '"%.2s"',
    '"%q"',
    '"%i"',
    '"%u"',
    '"%5.1s|"',
    '"%%"',
    '"%+d"',
    '"% d"',
    '"%#x"',
    '"%.14g"',
    '"%.20g"',
    '"%G"',
    '"%a"',
    '"%08.3f"',
    '"%z"',
    '"%5"',
    '"%d %s"',
];

// ---------------------------------------------------------------------------------------

export function generate(seed, { statements = 40, exit = true } = {}) {
    const rnd = rng(seed);
    const int = (n) => Math.floor(rnd() * n);
    const pick = (a) => a[int(a.length)];
    const chance = (p) => rnd() < p;

    let counter = 0;
    const fresh = (p) => `${p}${++counter}`;
    let tagNo = 0;
    const tag = () => `"T${++tagNo}"`;

    // scope: array of frames; a frame is an array of { name, kind, fn?, konst? }
    const scopes = [[]];
    const globals = [];
    const vars = (pred) => {
        const out = [...globals.filter(pred)];
        for (const f of scopes) out.push(...f.filter(pred));
        return out;
    };
    const declare = (v) => scopes[scopes.length - 1].push(v);
    const withScope = (fn) => {
        scopes.push([]);
        try {
            return fn();
        } finally {
            scopes.pop();
        }
    };
    // context of the code being generated
    let loopDepth = 0; // loops enclosing (for break/goto continue)
    let inFunction = 0;
    let inVararg = false;
    let inCoroutine = false;
    let fnLevel = 0; // level of the function being generated (calls only lower levels)
    let weight = 1; // how many times the current code may run (bounded multiplicities)

    // ---- literals
    function numLit() {
        if (chance(0.5)) return chance(0.5) ? pick(INTS) : String(int(2000) - 1000);
        if (chance(0.6)) return pick(FLOATS);
        return String(rnd() * 10 ** (int(40) - 20) * (chance(0.5) ? -1 : 1));
    }
    function smallInt() {
        return String(int(9) - 2);
    }
    function strLit() {
        return pick(STRS);
    }
    function literal() {
        const r = rnd();
        if (r < 0.45) return numLit();
        if (r < 0.8) return strLit();
        if (r < 0.9) return pick(["true", "false"]);
        return "nil";
    }
    function nonNilLit() {
        return chance(0.6) ? numLit() : strLit();
    }

    // ---- expressions (scalar results: number, string, boolean, nil)
    const scalarVar = () => {
        const vs = vars((v) => v.kind === "sc");
        return vs.length ? E(pick(vs).name) : null;
    };
    const kindVar = (kind) => {
        const vs = vars((v) => v.kind === kind);
        return vs.length ? pick(vs) : null;
    };
    const callableFns = () => vars((v) => v.kind === "fn" && v.fn.level < fnLevel + (inFunction ? 0 : 99) && weight * v.fn.cost < 400);

    function leaf() {
        if (chance(0.55)) {
            const v = scalarVar();
            if (v) return v;
        }
        return E(literal());
    }

    const BINOPS = ["+", "-", "*", "/", "//", "%", "^", "&", "|", "~", "<<", ">>", "..", "==", "~=", "<", "<=", ">", ">=", "and", "or"];
    const ARITH = ["+", "-", "*", "/", "//", "%", "^"];
    const BITS = ["&", "|", "~", "<<", ">>"];
    const CMPS = ["==", "~=", "<", "<=", ">", ">="];

    function ex(d = 3) {
        if (d <= 0) return leaf();
        const r = rnd();
        if (r < 0.18) return leaf();
        if (r < 0.45) {
            // binary operator, biased towards the numeric ones
            const op = chance(0.3) ? pick(ARITH) : chance(0.3) ? pick(BITS) : chance(0.3) ? pick(CMPS) : pick(BINOPS);
            const left = ex(d - 1);
            const right = ex(d - 1);
            // lua5.4.4 miscompiles a comparison of two constants, one of them nil, used as a key
            // (`t[1 ~= nil]` raises "attempt to index a nil value"): no such comparisons
            const lit = (x) => x.parts.length === 1 && typeof x.parts[0] === "string" && !/^[a-z]\w*\d$/.test(x.parts[0]);
            if ((op === "==" || op === "~=") && lit(left) && lit(right) && (left.parts[0] === "nil" || right.parts[0] === "nil"))
                return E("(", E("tostring(", left, ")"), ` ${op} `, right, ")");
            return E("(", left, ` ${op} `, divisor(op, right), ")");
        }
        if (r < 0.52) return E(pick(["-", "not ", "#", "~", "- -"]), "(", ex(d - 1), ")");
        if (r < 0.62) return stringCall(d);
        if (r < 0.7) return mathCall(d);
        if (r < 0.76) return baseCall(d);
        if (r < 0.84) return tableExpr(d);
        if (r < 0.9) {
            const c = fnCall(d);
            if (c) return c;
        }
        if (r < 0.93) return E("(", ex(d - 1), pick([" and ", " or "]), ex(d - 1), pick([" or ", " and "]), ex(d - 1), ")");
        if (r < 0.96) {
            // an immediately called closure
            const p = fresh("p");
            const op = pick(BINOPS);
            return E("(function(", p, ") return ", E(p, ` ${op} `, divisor(op, ex(d - 1))), " end)(", ex(d - 1), ")");
        }
        return E("(", ex(d - 1), ")");
    }

    function stringCall(d) {
        const s = () => (chance(0.7) ? E(strLit()) : ex(d - 1));
        switch (int(16)) {
            case 0:
                return E("string.format(", pick(FMTS), ", ", ex(d - 1), chance(0.3) ? E(", ", ex(d - 1)) : "", ")");
            case 1:
                if (chance(0.1))
                    return E(
                        pick([
                            'string.rep("ab", math.maxinteger)',
                            'string.rep("x", 2^62, ",")',
                            '("x"):rep(1 << 62)',
                            'string.rep("", 3.0, "")',
                            'string.rep("a", 2.5)',
                        ]),
                    );
                return E("string.rep(", s(), ", ", smallInt(), chance(0.3) ? E(", ", s()) : "", ")");
            case 2:
                return E(
                    "string.sub(",
                    s(),
                    ", ",
                    chance(0.7) ? String(int(11) - 5) : ex(d - 1),
                    chance(0.6) ? E(", ", chance(0.7) ? String(int(11) - 5) : ex(d - 1)) : "",
                    ")",
                );
            case 3:
                return E(
                    "string.byte(",
                    s(),
                    chance(0.6) ? E(", ", String(int(7) - 3)) : "",
                    chance(0.4) ? E(", ", String(int(7) - 2)) : "",
                    ")",
                );
            case 4:
                return E("string.char(", chance(0.8) ? String(int(260)) : ex(d - 1), chance(0.5) ? `, ${int(256)}` : "", ")");
            case 5:
                return E(pick(["string.upper(", "string.lower(", "string.len(", "string.reverse("]), s(), ")");
            case 6:
                return E(
                    "string.find(",
                    s(),
                    ", ",
                    chance(0.7) ? pick(PATTERNS) : s(),
                    chance(0.4) ? E(", ", String(int(9) - 4)) : "",
                    chance(0.2) ? ", true" : "",
                    ")",
                );
            case 7:
                return E("string.match(", s(), ", ", pick(PATTERNS), chance(0.3) ? E(", ", String(int(7) - 3)) : "", ")");
            case 8:
                return E(
                    "string.gsub(",
                    s(),
                    ", ",
                    pick(PATTERNS),
                    ", ",
                    pick([
                        '"<%0>"',
                        '"%1"',
                        '"%2"',
                        '"x"',
                        '"%%"',
                        '"%9"',
                        "string.upper",
                        "{a = 1, b = true, l = false}",
                        "function(c) return c .. c end",
                        "function() return nil end",
                        "function(x) return {} end",
                    ]),
                    chance(0.3) ? E(", ", String(int(5) - 1)) : "",
                    ")",
                );
            case 9:
                return E(
                    "(",
                    s(),
                    "):",
                    pick(["upper()", "len()", "rep(2)", "sub(2)", "byte()", "reverse()", `rep(${smallInt()}, ",")`, "lower()"]),
                );
            case 10:
                return E("tostring(", ex(d - 1), ")");
            case 11:
                return E("(", ex(d - 1), " .. ", ex(d - 1), ")");
            case 12:
                return E(
                    "string.format(",
                    pick(['"%5.2f|%-3d|%s"', '"%q %q"', '"[%10.3s]"', '"%x %X %o"', '"%3c%c"']),
                    ", ",
                    ex(d - 1),
                    ", ",
                    ex(d - 1),
                    ", ",
                    ex(d - 1),
                    ")",
                );
            case 13:
                return E('string.format("%q", ', chance(0.7) ? E(numLit()) : ex(d - 1), ")");
            case 14:
                return E(
                    "select(",
                    pick(["1", "2", "-1", "'#'"]),
                    ", string.gsub(",
                    s(),
                    ", ",
                    pick(PATTERNS),
                    ", ",
                    pick(['"%0%0"', '"-"']),
                    "))",
                );
            default:
                return E("#", s());
        }
    }

    function mathCall(d) {
        const fns1 = ["floor", "ceil", "abs", "tointeger", "type", "sqrt", "exp", "log", "sin", "cos", "modf", "fmod", "ult", "max", "min"];
        const f = pick(fns1);
        if (["fmod", "ult"].includes(f)) return E(`math.${f}(`, ex(d - 1), ", ", ex(d - 1), ")");
        if (["max", "min"].includes(f)) return E(`math.${f}(`, ex(d - 1), ", ", ex(d - 1), chance(0.5) ? E(", ", ex(d - 1)) : "", ")");
        if (f === "log" && chance(0.5)) return E("math.log(", ex(d - 1), ", ", pick(["2", "10", "0.5", "8"]), ")");
        if (["sqrt", "exp", "log", "sin", "cos"].includes(f)) return E(`string.format("%.10g", math.${f}(`, ex(d - 1), "))");
        return E(`math.${f}(`, ex(d - 1), ")");
    }

    function baseCall(d) {
        switch (int(8)) {
            case 0:
                return E("tonumber(", ex(d - 1), ")");
            case 1:
                return E(
                    "tonumber(",
                    chance(0.7)
                        ? E(pick(['"ff"', '"z"', '"10"', '" 11 "', '"-101"', '"7fffffffffffffff"', '"1.5"', '""', '"zz"']))
                        : ex(d - 1),
                    ", ",
                    pick(["2", "8", "10", "16", "36", "1", "37"]),
                    ")",
                );
            case 2:
                return E("type(", ex(d - 1), ")");
            case 3:
                return E("select(", pick(["1", "2", "3", "-1", "-2", "'#'"]), ", ", ex(d - 1), ", ", ex(d - 1), ")");
            case 4:
                return E("rawequal(", ex(d - 1), ", ", ex(d - 1), ")");
            case 5:
                return E("(pcall(error))");
            case 6:
                return E("math.type(", ex(d - 1), ")");
            default:
                return E("(", ex(d - 1), " == ", ex(d - 1), ")");
        }
    }

    function tableExpr(d) {
        const r = int(12);
        if (r < 3) {
            const t = kindVar("seq");
            if (t) {
                const k = int(5);
                if (k === 0) return E("#", t.name);
                if (k === 1) return E(t.name, "[", chance(0.6) ? String(int(6)) : key(ex(d - 1)), "]");
                if (k === 2)
                    return E(
                        "table.concat(",
                        t.name,
                        chance(0.7) ? E(", ", pick(['","', '""', '" | "'])) : "",
                        chance(0.3) ? E(", ", String(int(4)), ", ", String(int(5))) : "",
                        ")",
                    );
                if (k === 3) return E("select('#', table.unpack(", t.name, "))");
                return E("rawlen(", t.name, ")");
            }
        }
        if (r < 6) {
            const t = kindVar("map");
            if (t) {
                if (chance(0.3)) return E("keys(", t.name, ")");
                if (chance(0.3)) return E(t.name, ".", pick(["x", "y", "k", "n"]));
                return E(t.name, "[", key(ex(d - 1)), "]");
            }
        }
        if (r < 10) {
            const o = kindVar("obj");
            if (o) {
                const k = int(12);
                const other = () => (chance(0.5) ? E(kindVar("obj").name) : ex(d - 1));
                if (k === 0) return E(o.name, ".", pick(["v", "x", "greet", "n", "zz"]));
                if (k === 1) return E("(", o.name, ` ${pick([...ARITH, ...BITS])} `, other(), ")");
                if (k === 2) return E("(", other(), ` ${pick([...ARITH, ...BITS])} `, o.name, ")");
                if (k === 3) return E("(", o.name, ` ${pick(CMPS)} `, other(), ")");
                if (k === 4) return E("(", o.name, " .. ", other(), ")");
                if (k === 5) return E("#", o.name);
                if (k === 6) return E("select(2, ", o.name, "(", ex(d - 1), ", ", ex(d - 1), "))");
                if (k === 7) return E(pick(["-", "~"]), o.name);
                if (k === 8) return E(o.name, "[", key(ex(d - 1)), "]");
                if (k === 9) return E("rawget(", o.name, ", ", ex(d - 1), ")");
                if (k === 10) return E("show1(", o.name, ")");
                return E("rawequal(", o.name, ", ", other(), ")");
            }
        }
        // constructors used right away
        const k = int(4);
        if (k === 0) return E("#{", nonNilLit(), ", ", nonNilLit(), "}");
        if (k === 1) return E("({", ex(d - 1), ", x = ", ex(d - 1), "})", pick(["[1]", ".x", "[2]"]));
        if (k === 2) return E("select('#', table.unpack({", nonNilLit(), ", ", nonNilLit(), "}))");
        return E("table.pack(", ex(d - 1), ", ", ex(d - 1), ").n");
    }

    // lua5.4.4 reports an integer division or modulo by zero on the line of the last call in
    // the function (OP_IDIV and OP_MOD do not save the pc): divisors go through nz(), which
    // turns an integer zero into 1 (a call, so the lines agree even if a zero got through)
    function divisor(op, e) {
        return op === "//" || op === "%" ? E("nz(", e, ")") : e;
    }

    // lua5.4.4 miscompiles a comparison used as a key of an upvalue table (`t[(a ~= b)]` in a
    // closure raises "attempt to index a number value" or yields the comparison): keys that
    // are comparisons go through a call
    function key(e) {
        const op = e.parts.length === 5 && typeof e.parts[2] === "string" ? e.parts[2].trim() : "";
        return CMPS.includes(op) ? E("select(1, ", e, ")") : e;
    }

    function fnCall(d) {
        const fs = callableFns();
        if (!fs.length) return null;
        const f = pick(fs);
        const args = [];
        const n = Math.max(0, f.fn.params + int(3) - 1);
        for (let i = 0; i < n; i++) args.push(i ? ", " : "", ex(d - 1));
        if (chance(0.5)) return E("(", f.name, "(", ...args, "))");
        return E(f.name, "(", ...args, ")");
    }

    // A non-nil value, for sequences.
    function nonNil(d = 2) {
        if (chance(0.5)) return E(nonNilLit());
        return E("(", safe(ex(d)), " or 0)");
    }

    // ---- statements
    function printStmt(d = 3) {
        const r = rnd();
        if (r < 0.6) return S("P(", tag(), ", function() return ", ex(d), chance(0.3) ? E(", ", ex(d - 1)) : "", " end)");
        if (r < 0.8) {
            const fs = callableFns();
            if (fs.length) {
                const f = pick(fs);
                const args = [];
                for (let i = 0; i < f.fn.params + int(2); i++) args.push(chance(0.8) ? E(literal()) : safe(ex(2)));
                return S("P(", tag(), ", ", f.name, ...args.flatMap((a) => [", ", a]), ")");
            }
        }
        return S("print(", tag(), ", show(", safe(ex(2), 0.99), "))");
    }

    function assignable() {
        const vs = vars((v) => v.kind === "sc" && !v.konst);
        return vs.length ? pick(vs) : null;
    }

    function localDecl() {
        const r = rnd();
        if (r < 0.5 || callableFns().length === 0) {
            const n = 1 + int(3);
            const names = [];
            for (let i = 0; i < n; i++) names.push(fresh("v"));
            const konst = n === 1 && chance(0.2);
            const vals = [];
            const m = chance(0.2) ? n - 1 : n;
            for (let i = 0; i < m; i++) vals.push(i ? ", " : "", safe(ex(2)));
            const st = S("local ", names.join(", "), konst ? " <const>" : "", m ? " = " : "", ...vals);
            for (const name of names) declare({ name, kind: "sc", konst });
            return st;
        }
        const f = pick(callableFns());
        const names = [fresh("v"), fresh("v"), fresh("v")];
        const args2 = [];
        for (let i = 0; i < f.fn.params; i++) args2.push(i ? ", " : "", ex(2));
        const st = S("local ", names.join(", "), " = ", "select(2, pcall(function() return ", f.name, "(", ...args2, ") end))");
        // the values of a failed call include an error message: still scalars (functions raise strings)
        for (const name of names) declare({ name, kind: "sc" });
        return st;
    }

    // wraps an expression in pcall when it might raise, yielding a scalar either way
    function safe(e, p = 0.99) {
        if (!chance(p)) return e;
        return E("select(-1, pcall(function() return ", e, " end))");
    }

    function assignStmt() {
        const r = rnd();
        if (r < 0.4) {
            const v = assignable();
            if (v) return S(v.name, " = ", safe(ex(3)));
        }
        if (r < 0.55) {
            const a = assignable();
            const b = assignable();
            if (a && b) return S(a.name, ", ", b.name, " = ", b.name, ", ", a.name);
        }
        if (r < 0.75) {
            const t = kindVar("map");
            if (t) return S("pcall(function() ", t.name, "[", key(ex(2)), "] = ", ex(2), " end)");
        }
        if (r < 0.85) {
            const t = kindVar("map");
            const a = assignable();
            if (t && a) return S("pcall(function() ", t.name, "[", a.name, "], ", a.name, " = ", ex(2), ", ", ex(2), " end)");
        }
        const o = kindVar("obj");
        if (o) return S("pcall(function() ", o.name, ".", pick(["x", "v", "greet", "n"]), " = ", ex(2), " end)");
        const g = fresh("G");
        globals.push({ name: g, kind: "sc" });
        return S(g, " = ", safe(ex(2)));
    }

    function tableDecl() {
        const r = int(5);
        const name = fresh("t");
        if (r <= 1) {
            const items = [];
            for (let i = 0, n = int(6); i < n; i++) items.push(i ? ", " : "", nonNil(1));
            declare({ name, kind: "seq" });
            return S("local ", name, " = {", ...items, "}");
        }
        if (r === 2) {
            const items = [];
            for (let i = 0, n = int(5); i < n; i++) {
                const k = int(4);
                if (k === 0) items.push(`${pick(["x", "y", "k", "n"])} = `, safe(ex(1)), "; ");
                else if (k === 1) items.push("[ ", E(chance(0.5) ? strLit() : pick(INTS)), " ] = ", safe(ex(1)), ", ");
                else items.push(safe(ex(1)), ", ");
            }
            declare({ name, kind: "map" });
            return S("local ", name, " = {", ...items, "}");
        }
        const mt = pick(["M", "M", "M2", "M3", "M4"]);
        declare({ name, kind: "obj" });
        return S("local ", name, " = setmetatable({v = ", safe(ex(1)), "}, ", mt, ")");
    }

    function seqStmt() {
        const t = kindVar("seq");
        if (!t) return tableDecl();
        switch (int(8)) {
            case 0:
                return S("table.insert(", t.name, ", ", nonNil(), ")");
            case 1:
                return S("P(", tag(), ", table.insert, ", t.name, ", ", String(int(6) - 1), ", ", nonNil(), ")");
            case 2:
                return S("P(", tag(), ", table.remove, ", t.name, chance(0.6) ? `, ${int(6) - 1}` : "", ")");
            case 3:
                return S(
                    "P(",
                    tag(),
                    ", table.sort, ",
                    t.name,
                    chance(0.7)
                        ? E(
                              ", ",
                              pick([
                                  "function(a, b) return a > b end",
                                  "function(a, b) return tostring(a) < tostring(b) end",
                                  "function(a, b) return true end",
                                  "function(a, b) return (tonumber(a) or 0) < (tonumber(b) or 0) end",
                              ]),
                          )
                        : "",
                    ")",
                );
            case 4:
                // the value first: it may call a function that shrinks the sequence (a hole)
                return S("do local nv = ", nonNil(), " ", t.name, "[#", t.name, " + 1] = nv end");
            case 5:
                return S("print(", tag(), ", show(table.unpack(", t.name, ")))");
            case 6:
                return S("print(", tag(), ", pcall(table.concat, ", t.name, ", ", pick(['","', '" "', "nil"]), "))");
            default:
                return S("if #", t.name, " > 0 then ", t.name, "[#", t.name, "] = nil end");
        }
    }

    // a block of statements in a new scope
    function block(n, d) {
        return withScope(() => {
            const out = [];
            for (let i = 0; i < n; i++) out.push(stmt(d));
            return out;
        });
    }

    function loopBody(n, d, times, extra, canBreak = true) {
        const saved = weight;
        weight *= times;
        loopDepth++;
        try {
            return withScope(() => {
                extra?.();
                const out = [];
                for (let i = 0; i < n; i++) out.push(stmt(d));
                if (canBreak && chance(0.2)) out.push(S("if ", safe(ex(1)), " then break end"));
                return out;
            });
        } finally {
            loopDepth--;
            weight = saved;
        }
    }

    function forNum(d) {
        const i = fresh("i");
        const kind = int(6);
        let head;
        let times = 4;
        if (kind === 0) head = `${int(5) - 2}, ${int(6)}`;
        else if (kind === 1)
            head = `${pick(["1", "1.0", "0.5", "-1"])}, ${pick(["3", "2.5", "3.0", "-1", "1"])}, ${pick(["1", "0.5", "-1", "0.25", "2"])}`;
        else if (kind === 2)
            head = pick([
                "math.maxinteger - 2, math.maxinteger",
                "math.mininteger, math.mininteger + 2",
                "math.mininteger + 2, math.mininteger, -1",
                "1, 0",
                "3, 1, -1",
                "math.maxinteger - 1, math.huge",
                "-3, -1.5",
                "1, 3, math.maxinteger",
                "0.1, 0.35, 0.1",
                "1, 2, 0",
                "1, 2, 0.0",
            ]);
        else if (kind === 3) {
            head = E("1, ", E("math.min(4, tonumber(", safe(ex(1)), ") or 2)"));
        } else if (kind === 4) head = E(pick(['"1"', "1", "nil", "{}", "1"]), ", ", pick(["2", '"3"', "3"]));
        else head = `${int(3)}, ${int(4) + 1}`;
        const body = loopBody(1 + int(3), d - 1, times, () => declare({ name: i, kind: "sc", konst: true }));
        const st = S("for ", i, " = ", head, " do", body, "end");
        return kind === 4 || kind === 2 ? S("P(", tag(), ", function() ", st, " end)") : st;
    }

    function forGen(d) {
        const k = fresh("k");
        const v = fresh("w");
        const r = int(5);
        let head;
        const t = kindVar("seq");
        const m = kindVar("map");
        // (a copy: the body may append to the sequence)
        if (r === 0 && t) head = `ipairs({table.unpack(${t.name})})`;
        else if (r === 1 && m) head = `ipairs(${m.name})`;
        else if (r === 2)
            head = E(
                "string.gmatch(",
                pick(['"a1b22c333"', '"key=val, x=1"', '"one two  three"']),
                ", ",
                pick(['"%a+"', '"%d+"', '"(%w+)=(%w+)"', '"()%s"']),
                ")",
            );
        else if (r === 3) head = `coroutine.wrap(function() for j = 1, 3 do coroutine.yield(j, j * 2) end end)`;
        else head = `function(s, c) if c < 3 then return c + 1, s end end, "st", 0`;
        const body = loopBody(1 + int(3), d - 1, 5, () => {
            declare({ name: k, kind: "sc" });
            declare({ name: v, kind: "sc" });
        });
        return S("for ", k, ", ", v, " in ", head, " do", body, "end");
    }

    function whileLoop(d) {
        const g = fresh("g");
        const n = 1 + int(4);
        if (chance(0.5)) {
            const body = loopBody(1 + int(3), d - 1, n);
            return S(
                "local ",
                g,
                " = 0\nwhile ",
                g,
                ` < ${n} `,
                chance(0.3) ? E("and ", safe(ex(1)), " ") : "",
                "do ",
                g,
                " = ",
                g,
                " + 1",
                body,
                "end",
            );
        }
        const body = loopBody(1 + int(3), d - 1, n);
        return S(
            "local ",
            g,
            " = 0\nrepeat ",
            g,
            " = ",
            g,
            " + 1",
            body,
            "until ",
            g,
            ` >= ${n}`,
            chance(0.3) ? E(" or ", safe(ex(1))) : "",
        );
    }

    function ifStmt(d) {
        const parts = ["if ", safe(ex(2), 0.99), " then", block(1 + int(2), d - 1)];
        while (chance(0.3)) parts.push("elseif ", safe(ex(2), 0.99), " then", block(1 + int(2), d - 1));
        if (chance(0.5)) parts.push("else", block(1 + int(2), d - 1));
        parts.push("end");
        return S(...parts);
    }

    function functionDecl(d) {
        const name = fresh("f");
        const params = [];
        const np = int(4);
        for (let i = 0; i < np; i++) params.push(fresh("a"));
        const vararg = chance(0.3);
        const saved = { inFunction, inVararg, fnLevel, weight, loopDepth };
        const level = 1 + Math.max(0, ...callableFns().map((f) => f.fn.level));
        inFunction++;
        inVararg = vararg;
        fnLevel = Math.min(level, 3);
        weight = 1;
        loopDepth = 0;
        let body;
        try {
            body = withScope(() => {
                for (const p of params) declare({ name: p, kind: "sc" });
                const out = [];
                if (vararg) {
                    const a = fresh("va");
                    const b = fresh("va");
                    out.push(S(`local ${a}, ${b} = ...`));
                    declare({ name: a, kind: "sc" });
                    declare({ name: b, kind: "sc" });
                }
                for (let i = 0, n = 1 + int(4); i < n; i++) out.push(stmt(d - 1));
                const rets = [];
                for (let i = 0, n = int(4); i < n; i++) rets.push(i ? ", " : "", ex(2));
                if (vararg && chance(0.5))
                    rets.push(rets.length ? ", " : "", pick(["...", "select('#', ...)", "(...)", "select(-1, ...)"]));
                out.push(S("return ", ...rets));
                return out;
            });
        } finally {
            inFunction = saved.inFunction;
            inVararg = saved.inVararg;
            fnLevel = saved.fnLevel;
            weight = saved.weight;
            loopDepth = saved.loopDepth;
        }
        const plist = [...params, ...(vararg ? ["..."] : [])].join(", ");
        declare({ name, kind: "fn", fn: { params: np, level, cost: 2 + 4 * level } });
        return S("local function ", name, "(", plist, ")", body, "end");
    }

    function closureStmt() {
        // counters and closures capturing loop variables
        const c = fresh("c");
        const mk = fresh("mk");
        const r = int(3);
        if (r === 0) {
            declare({ name: c, kind: "sc" });
            return S(
                `local ${mk} = function(start) local n = start return function(step) n = n + (step or 1) return n end end\n`,
                `local ${c}\ndo local inc = ${mk}(`,
                E(pick(["0", "math.maxinteger", "1.5", '"10"', "-0.0"])),
                ") inc() ",
                c,
                " = select(2, pcall(function() return inc(",
                ex(1),
                ") end)) end",
            );
        }
        if (r === 1) {
            return S(
                `local ${c} = {}\nfor i = 1, 3 do ${c}[i] = function() return i * 10 end end\n`,
                `print(`,
                tag(),
                `, ${c}[1](), ${c}[2](), ${c}[3]())`,
            );
        }
        return S(
            `do local a, b = 1, 2 local function sw() a, b = b, a return a, b end print(`,
            tag(),
            `, sw()) print(`,
            tag(),
            `, sw()) end`,
        );
    }

    function varargStmt() {
        const f = fresh("va");
        return S(
            `local function ${f}(...)\n  local a, b = ...\n  return select("#", ...), a, b, select(-1, ...)\nend\n`,
            "P(",
            tag(),
            `, ${f}, `,
            safe(ex(1)),
            ", ",
            safe(ex(1)),
            chance(0.5) ? ", nil" : "",
            `)\nP(`,
            tag(),
            `, function() return ${f}(table.unpack({1, 2, nil, 4}, 1, 4)) end)`,
            `\nP(`,
            tag(),
            `, function() return select(`,
            pick(["0", "-5", "1.5", "'x'", "2"]),
            `, 1, 2) end)`,
        );
    }

    function errorStmt() {
        const r = int(7);
        const val = [
            () => E('"plain"'),
            () => ex(1),
            () => E("{code = ", ex(1), "}"),
            () => E("setmetatable({}, {__tostring = function() return 'custom' end})"),
            () => E("nil"),
            () => E(numLit()),
        ];
        const v = pick(val)();
        const lvl = pick(["", ", 0", ", 1", ", 2"]);
        if (r < 3) return S("P(", tag(), ", function() error(", v, lvl, ") end)");
        if (r < 5) return S("P(", tag(), ", function() local ok, e = pcall(error, ", v, ") error(e, 0) end)");
        if (r === 5)
            return S(
                "print(",
                tag(),
                ", select('#', pcall(error)), show(xpcall(function() error(",
                v,
                ") end, function(m) return 'handled: ' .. tostring(type(m) == 'table' and 'tbl' or m) end)))",
            );
        return S(
            "P(",
            tag(),
            ", function() local t <close> = setmetatable({}, {__close = function(o, e) print('closing', show1(e)) end}) ",
            chance(0.5) ? E("error(", v, ")") : "return 1",
            " end)",
        );
    }

    function coroutineStmt(d) {
        const co = fresh("co");
        const saved = { inCoroutine, inFunction, fnLevel };
        inCoroutine = true;
        inFunction++;
        fnLevel = 3;
        let body;
        try {
            body = withScope(() => {
                declare({ name: "ca", kind: "sc" });
                const out = [];
                for (let i = 0, n = 1 + int(4); i < n; i++) {
                    out.push(chance(0.5) ? S("ca = coroutine.yield(", ex(1), ", ca)") : stmt(d - 1));
                }
                if (chance(0.3))
                    out.push(
                        S("local ok, e = pcall(function() ca = coroutine.yield('in pcall') error('after') end) coroutine.yield(ok, e)"),
                    );
                if (chance(0.2)) out.push(S("error(", pick(['"co err"', "{1}", "nil"]), ")"));
                out.push(S("return ", ex(1)));
                return out;
            });
        } finally {
            inCoroutine = saved.inCoroutine;
            inFunction = saved.inFunction;
            fnLevel = saved.fnLevel;
        }
        if (chance(0.5)) {
            return S(
                `local ${co} = coroutine.create(function(ca)`,
                body,
                `end)\nfor i = 1, 6 do print(`,
                tag(),
                `, coroutine.status(${co}), show(coroutine.resume(${co}, i))) end`,
            );
        }
        return S(`local ${co} = coroutine.wrap(function(ca)`, body, `end)\nfor i = 1, 6 do P(`, tag(), `, ${co}, i) end`);
    }

    function gotoStmt(d) {
        const l = fresh("L");
        if (chance(0.5)) {
            // continue-style
            const i = fresh("i");
            const body = loopBody(1 + int(2), d - 1, 4, () => declare({ name: i, kind: "sc", konst: true }));
            return S(`for ${i} = 1, 4 do\n  if ${i} % 2 == 0 then goto ${l} end`, body, `::${l}::\nend`);
        }
        if (chance(0.5)) {
            // backward jump with a counter
            const g = fresh("g");
            const body = loopBody(1 + int(2), d - 1, 3, undefined, false);
            return S(`do local ${g} = 0\n::${l}::\n${g} = ${g} + 1`, body, `if ${g} < 3 then goto ${l} end end`);
        }
        return S(`do goto ${l}\nprint("skipped") ::${l}:: end`);
    }

    function stmt(d = 3) {
        const r = rnd();
        if (d <= 0) return r < 0.5 ? printStmt(2) : assignStmt();
        if (r < 0.22) return printStmt();
        if (r < 0.32) return localDecl();
        if (r < 0.42) return assignStmt();
        if (r < 0.48) return tableDecl();
        if (r < 0.56) return seqStmt();
        if (r < 0.62) return weight < 20 ? forNum(d) : printStmt();
        if (r < 0.66) return weight < 20 ? forGen(d) : printStmt();
        if (r < 0.69) return weight < 20 ? whileLoop(d) : printStmt();
        if (r < 0.75) return ifStmt(d);
        if (r < 0.8) return weight < 5 && inFunction < 2 ? functionDecl(d) : printStmt();
        if (r < 0.83) return closureStmt();
        if (r < 0.86) return varargStmt();
        if (r < 0.9) return errorStmt();
        if (r < 0.93) return !inCoroutine && weight < 5 ? coroutineStmt(d) : printStmt();
        if (r < 0.96) return weight < 20 ? gotoStmt(d) : printStmt();
        return S("do", block(1 + int(3), d - 1), "end");
    }

    const body = [];
    for (let i = 0; i < statements; i++) body.push(stmt(3));
    // sometimes the program ends with an uncaught error or os.exit
    const end = int(20);
    if (end === 0)
        body.push(S("error(", pick(['"the end"', "{}", "setmetatable({}, {__tostring = function() return 'E!' end})", "nil", "42"]), ")"));
    else if (end === 1) body.push(S("local x = nil + ", ex(1)));
    else if (end === 2 && exit) body.push(S("os.exit(", pick(["3", "true", "false", "0"]), ")"));
    return body;
}

export function programText(tree) {
    return PRELUDE + render(tree) + "\n";
}
