// An arithmetic expression language: a tokenizer, a Pratt parser to an AST, an evaluator
// over exact rationals (so no float formatting differs), variables and assignments, user
// functions, a printer with minimal parentheses, symbolic differentiation and
// simplification, and error reporting with positions.
type Token = { kind: "num" | "id" | "op" | "eof"; text: string; pos: number };

class SyntaxError2 extends Error {
    constructor(
        message: string,
        public pos: number,
    ) {
        super(`${message} at ${pos}`);
        this.name = "SyntaxError2";
    }
}

function tokenize(src: string): Token[] {
    const out: Token[] = [];
    let i = 0;
    const isDigit = (c: string) => c >= "0" && c <= "9";
    const isAlpha = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
    while (i < src.length) {
        const c = src[i];
        if (c === " " || c === "\t") {
            i++;
        } else if (isDigit(c)) {
            const start = i;
            while (i < src.length && isDigit(src[i])) i++;
            out.push({ kind: "num", text: src.slice(start, i), pos: start });
        } else if (isAlpha(c)) {
            const start = i;
            while (i < src.length && (isAlpha(src[i]) || isDigit(src[i]))) i++;
            out.push({ kind: "id", text: src.slice(start, i), pos: start });
        } else if ("+-*/^(),=".includes(c)) {
            out.push({ kind: "op", text: c, pos: i });
            i++;
        } else {
            throw new SyntaxError2(`unexpected character '${c}'`, i);
        }
    }
    out.push({ kind: "eof", text: "", pos: src.length });
    return out;
}

type Expr =
    | { t: "num"; v: Rat }
    | { t: "var"; name: string }
    | { t: "neg"; e: Expr }
    | { t: "bin"; op: string; l: Expr; r: Expr }
    | { t: "call"; name: string; args: Expr[] };

type Stmt = { t: "assign"; name: string; e: Expr } | { t: "def"; name: string; params: string[]; body: Expr } | { t: "expr"; e: Expr };

function gcd(a: number, b: number): number {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
}

class Rat {
    readonly n: number;
    readonly d: number;
    constructor(n: number, d = 1) {
        if (d === 0) throw new Error("division by zero");
        if (d < 0) {
            n = -n;
            d = -d;
        }
        // Math.floor of exact quotients: `/` gives Lua floats, which would print as "7.0"
        const g = gcd(n, d);
        this.n = Math.floor(n / g);
        this.d = Math.floor(d / g);
    }
    add(o: Rat): Rat {
        return new Rat(this.n * o.d + o.n * this.d, this.d * o.d);
    }
    sub(o: Rat): Rat {
        return new Rat(this.n * o.d - o.n * this.d, this.d * o.d);
    }
    mul(o: Rat): Rat {
        return new Rat(this.n * o.n, this.d * o.d);
    }
    div(o: Rat): Rat {
        return new Rat(this.n * o.d, this.d * o.n);
    }
    pow(o: Rat): Rat {
        if (o.d !== 1) throw new Error("fractional exponent");
        let result = new Rat(1);
        const base: Rat = o.n < 0 ? new Rat(1).div(this) : this;
        for (let i = 0; i < Math.abs(o.n); i++) result = result.mul(base);
        return result;
    }
    isZero(): boolean {
        return this.n === 0;
    }
    isOne(): boolean {
        return this.n === 1 && this.d === 1;
    }
    toString(): string {
        return this.d === 1 ? `${this.n}` : `${this.n}/${this.d}`;
    }
}

class Parser {
    private i = 0;
    constructor(private toks: Token[]) {}
    private peek(): Token {
        return this.toks[this.i];
    }
    private next(): Token {
        return this.toks[this.i++];
    }
    private expect(text: string): void {
        const t = this.next();
        if (t.text !== text) throw new SyntaxError2(`expected '${text}' but found '${t.kind === "eof" ? "end" : t.text}'`, t.pos);
    }
    statement(): Stmt {
        const t = this.peek();
        const after = this.toks[this.i + 1];
        if (t.kind === "id" && t.text === "def") {
            this.next();
            const name = this.next();
            if (name.kind !== "id") throw new SyntaxError2("function name expected", name.pos);
            this.expect("(");
            const params: string[] = [];
            if (this.peek().text !== ")") {
                do {
                    const p = this.next();
                    if (p.kind !== "id") throw new SyntaxError2("parameter name expected", p.pos);
                    params.push(p.text);
                } while (this.peek().text === "," && this.next());
            }
            this.expect(")");
            this.expect("=");
            const body = this.expr(0);
            this.end();
            return { t: "def", name: name.text, params, body };
        }
        if (t.kind === "id" && after.text === "=") {
            this.i += 2;
            const e = this.expr(0);
            this.end();
            return { t: "assign", name: t.text, e };
        }
        const e = this.expr(0);
        this.end();
        return { t: "expr", e };
    }
    private end(): void {
        const t = this.peek();
        if (t.kind !== "eof") throw new SyntaxError2(`unexpected '${t.text}'`, t.pos);
    }
    private static prec(op: string): number {
        return op === "+" || op === "-" ? 1 : op === "*" || op === "/" ? 2 : op === "^" ? 4 : -1;
    }
    expr(minPrec: number): Expr {
        let left = this.prefix();
        for (;;) {
            const t = this.peek();
            if (t.kind !== "op") break;
            const p = Parser.prec(t.text);
            if (p < 0 || p < minPrec) break;
            this.next();
            const right = this.expr(t.text === "^" ? p : p + 1);
            left = { t: "bin", op: t.text, l: left, r: right };
        }
        return left;
    }
    private prefix(): Expr {
        const t = this.next();
        if (t.kind === "num") return { t: "num", v: new Rat(parseInt(t.text, 10)) };
        if (t.kind === "id") {
            if (this.peek().text === "(") {
                this.next();
                const args: Expr[] = [];
                if (this.peek().text !== ")") {
                    args.push(this.expr(0));
                    while (this.peek().text === ",") {
                        this.next();
                        args.push(this.expr(0));
                    }
                }
                this.expect(")");
                return { t: "call", name: t.text, args };
            }
            return { t: "var", name: t.text };
        }
        if (t.text === "-") return { t: "neg", e: this.expr(3) };
        if (t.text === "(") {
            const e = this.expr(0);
            this.expect(")");
            return e;
        }
        throw new SyntaxError2(`unexpected '${t.kind === "eof" ? "end" : t.text}'`, t.pos);
    }
}

function show(e: Expr, parentPrec = 0, rightSide = false): string {
    switch (e.t) {
        case "num":
            return e.v.d === 1 ? e.v.toString() : `(${e.v.toString()})`;
        case "var":
            return e.name;
        case "neg":
            return `-${show(e.e, 3)}`;
        case "call":
            return `${e.name}(${e.args.map((a) => show(a)).join(", ")})`;
        case "bin": {
            const p = e.op === "+" || e.op === "-" ? 1 : e.op === "^" ? 4 : 2;
            const s = `${show(e.l, p, false)} ${e.op} ${show(e.r, p, true)}`;
            const needs = p < parentPrec || (p === parentPrec && (e.op === "^" ? !rightSide : rightSide));
            return needs ? `(${s})` : s;
        }
    }
}

type Fn = { params: string[]; body: Expr };

class Machine {
    vars = new Map<string, Rat>();
    fns = new Map<string, Fn>();
    calls = 0;
    eval(e: Expr, scope: Map<string, Rat>): Rat {
        switch (e.t) {
            case "num":
                return e.v;
            case "var": {
                const v = scope.get(e.name) ?? this.vars.get(e.name);
                if (v === undefined) throw new Error(`unknown variable ${e.name}`);
                return v;
            }
            case "neg":
                return new Rat(0).sub(this.eval(e.e, scope));
            case "bin": {
                const l = this.eval(e.l, scope);
                const r = this.eval(e.r, scope);
                switch (e.op) {
                    case "+":
                        return l.add(r);
                    case "-":
                        return l.sub(r);
                    case "*":
                        return l.mul(r);
                    case "/":
                        return l.div(r);
                    default:
                        return l.pow(r);
                }
            }
            case "call": {
                const args = e.args.map((a) => this.eval(a, scope));
                if (e.name === "max") return args.reduce((a, b) => (a.sub(b).n >= 0 ? a : b));
                if (e.name === "min") return args.reduce((a, b) => (a.sub(b).n <= 0 ? a : b));
                const f = this.fns.get(e.name);
                if (!f) throw new Error(`unknown function ${e.name}`);
                if (f.params.length !== args.length) throw new Error(`${e.name} expects ${f.params.length} arguments, got ${args.length}`);
                if (++this.calls > 10000) throw new Error("too many calls");
                const inner = new Map<string, Rat>();
                f.params.forEach((p, i) => inner.set(p, args[i]));
                return this.eval(f.body, inner);
            }
        }
    }
    run(line: string): string {
        try {
            const st = new Parser(tokenize(line)).statement();
            if (st.t === "assign") {
                const v = this.eval(st.e, new Map());
                this.vars.set(st.name, v);
                return `${st.name} = ${v.toString()}`;
            }
            if (st.t === "def") {
                this.fns.set(st.name, { params: st.params, body: st.body });
                return `defined ${st.name}(${st.params.join(", ")}) = ${show(st.body)}`;
            }
            return `${show(st.e)} => ${this.eval(st.e, new Map()).toString()}`;
        } catch (err) {
            if (err instanceof SyntaxError2) return `syntax error: ${err.message}`;
            return `error: ${(err as Error).message}`;
        }
    }
}

const num = (n: number): Expr => ({ t: "num", v: new Rat(n) });
function isNum(e: Expr, v?: number): boolean {
    return e.t === "num" && (v === undefined || (e.v.d === 1 && e.v.n === v));
}

function simplify(e: Expr): Expr {
    switch (e.t) {
        case "neg": {
            const x = simplify(e.e);
            if (x.t === "num") return { t: "num", v: new Rat(0).sub(x.v) };
            if (x.t === "neg") return x.e;
            return { t: "neg", e: x };
        }
        case "bin": {
            const l = simplify(e.l);
            const r = simplify(e.r);
            if (l.t === "num" && r.t === "num") {
                const m = new Machine();
                return { t: "num", v: m.eval({ t: "bin", op: e.op, l, r }, new Map()) };
            }
            if (e.op === "+") {
                if (isNum(l, 0)) return r;
                if (isNum(r, 0)) return l;
            }
            if (e.op === "-" && isNum(r, 0)) return l;
            if (e.op === "*") {
                if (isNum(l, 0) || isNum(r, 0)) return num(0);
                if (isNum(l, 1)) return r;
                if (isNum(r, 1)) return l;
            }
            if (e.op === "/" && isNum(r, 1)) return l;
            if (e.op === "^") {
                if (isNum(r, 0)) return num(1);
                if (isNum(r, 1)) return l;
            }
            return { t: "bin", op: e.op, l, r };
        }
        case "call":
            return { t: "call", name: e.name, args: e.args.map(simplify) };
        default:
            return e;
    }
}

function derive(e: Expr, x: string): Expr {
    switch (e.t) {
        case "num":
            return num(0);
        case "var":
            return num(e.name === x ? 1 : 0);
        case "neg":
            return { t: "neg", e: derive(e.e, x) };
        case "call":
            throw new Error(`cannot derive call of ${e.name}`);
        case "bin": {
            const dl = derive(e.l, x);
            const dr = derive(e.r, x);
            switch (e.op) {
                case "+":
                case "-":
                    return { t: "bin", op: e.op, l: dl, r: dr };
                case "*":
                    return { t: "bin", op: "+", l: { t: "bin", op: "*", l: dl, r: e.r }, r: { t: "bin", op: "*", l: e.l, r: dr } };
                case "/":
                    return {
                        t: "bin",
                        op: "/",
                        l: { t: "bin", op: "-", l: { t: "bin", op: "*", l: dl, r: e.r }, r: { t: "bin", op: "*", l: e.l, r: dr } },
                        r: { t: "bin", op: "^", l: e.r, r: num(2) },
                    };
                default: {
                    if (e.r.t !== "num") throw new Error("only constant exponents");
                    const k = e.r.v;
                    return {
                        t: "bin",
                        op: "*",
                        l: {
                            t: "bin",
                            op: "*",
                            l: { t: "num", v: k },
                            r: { t: "bin", op: "^", l: e.l, r: { t: "num", v: k.sub(new Rat(1)) } },
                        },
                        r: dl,
                    };
                }
            }
        }
    }
}

const m = new Machine();
const session = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "(2 ^ 3) ^ 2",
    "-2 ^ 2",
    "10 / 4",
    "1/3 + 1/6",
    "x = 7",
    "y = x * (x - 1) / 2",
    "x - y / 3",
    "def sq(a) = a * a",
    "def hyp2(a, b) = sq(a) + sq(b)",
    "hyp2(3, 4)",
    "def fact(n) = n * max(1, min(n, 1)) ",
    "max(3, 1/2, 7/2, -4)",
    "2 ^ -3",
    "sq(1, 2)",
    "unknown + 1",
    "nofn(2)",
    "1 / (x - 7)",
    "3 +",
    "(1 + 2",
    "4 $ 4",
    "1 2",
    "def f(a, ) = 1",
    "a - b - c",
    "a - (b - c)",
    "a / (b * c)",
];
for (const line of session) console.log(`> ${line}\n${m.run(line)}`);

for (const src of ["x ^ 3 + 2 * x", "x * x * x", "(x + 1) / x", "3 * x ^ 2 - x / 2 + 7", "y * x + y", "-(x ^ 4)"]) {
    const e = new Parser(tokenize(src)).expr(0);
    const d = simplify(derive(e, "x"));
    console.log(`d/dx ${show(e)} = ${show(d)}`);
    const env = new Map<string, Rat>([
        ["x", new Rat(3)],
        ["y", new Rat(5)],
    ]);
    console.log(`  at x=3, y=5: f=${m.eval(e, env).toString()} f'=${m.eval(d, env).toString()}`);
}

let acc = new Rat(0);
for (let k = 1; k <= 12; k++) acc = acc.add(new Rat(1, k * (k + 1)));
console.log(`telescoping sum ${acc.toString()}`);
let h = new Rat(0);
for (let k = 1; k <= 10; k++) h = h.add(new Rat(1, k));
console.log(`harmonic(10) ${h.toString()}`);
