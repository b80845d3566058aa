// A tiny Lisp: reader, printer, environments, special forms (quote, if, define, set!,
// lambda, let, begin, cond, and, or), closures, recursion, higher-order functions written in
// Lisp itself, tail calls run by a trampoline, and errors reported as values.
type Val = number | string | boolean | Sym | Pair | Nil | Proc | Builtin;
class Sym {
    private static table = new Map<string, Sym>();
    private constructor(public name: string) {}
    static of(name: string): Sym {
        let s = Sym.table.get(name);
        if (!s) {
            s = new Sym(name);
            Sym.table.set(name, s);
        }
        return s;
    }
}
class Nil {
    static readonly it = new Nil();
}
class Pair {
    constructor(
        public car: Val,
        public cdr: Val,
    ) {}
}
class Proc {
    constructor(
        public params: Sym[],
        public rest: Sym | undefined,
        public body: Val[],
        public env: Env,
        public name = "lambda",
    ) {}
}
class Builtin {
    constructor(
        public name: string,
        public fn: (args: Val[]) => Val,
    ) {}
}
class LispError extends Error {}

const NIL = Nil.it;
function list(...xs: Val[]): Val {
    let out: Val = NIL;
    for (let i = xs.length - 1; i >= 0; i--) out = new Pair(xs[i], out);
    return out;
}
function toArray(v: Val): Val[] {
    const out: Val[] = [];
    while (v instanceof Pair) {
        out.push(v.car);
        v = v.cdr;
    }
    if (v !== NIL) throw new LispError("improper list");
    return out;
}

class Env {
    private vars = new Map<Sym, Val>();
    constructor(private parent?: Env) {}
    lookup(s: Sym): Val {
        const v = this.vars.get(s);
        if (v !== undefined) return v;
        if (this.parent) return this.parent.lookup(s);
        throw new LispError(`unbound symbol ${s.name}`);
    }
    define(s: Sym, v: Val): void {
        this.vars.set(s, v);
    }
    set(s: Sym, v: Val): void {
        if (this.vars.has(s)) this.vars.set(s, v);
        else if (this.parent) this.parent.set(s, v);
        else throw new LispError(`set! of unbound ${s.name}`);
    }
}

function tokenize(src: string): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (c === " " || c === "\n" || c === "\t") i++;
        else if (c === ";") {
            while (i < src.length && src[i] !== "\n") i++;
        } else if (c === "(" || c === ")" || c === "'") {
            out.push(c);
            i++;
        } else if (c === '"') {
            let j = i + 1;
            while (j < src.length && src[j] !== '"') j++;
            out.push(src.slice(i, j + 1));
            i = j + 1;
        } else {
            let j = i;
            while (j < src.length && !" \n\t()'".includes(src[j])) j++;
            out.push(src.slice(i, j));
            i = j;
        }
    }
    return out;
}

function read(tokens: string[]): Val[] {
    let pos = 0;
    function form(): Val {
        if (pos >= tokens.length) throw new LispError("unexpected end of input");
        const t = tokens[pos++];
        if (t === "(") {
            const items: Val[] = [];
            while (tokens[pos] !== ")") {
                if (pos >= tokens.length) throw new LispError("missing )");
                items.push(form());
            }
            pos++;
            return list(...items);
        }
        if (t === ")") throw new LispError("unexpected )");
        if (t === "'") return list(Sym.of("quote"), form());
        if (t.startsWith('"')) return t.slice(1, -1);
        if (t === "#t") return true;
        if (t === "#f") return false;
        const n = Number(t);
        if (t !== "" && !Number.isNaN(n)) return Math.floor(n);
        return Sym.of(t);
    }
    const out: Val[] = [];
    while (pos < tokens.length) out.push(form());
    return out;
}

function show(v: Val): string {
    if (typeof v === "number") return `${v}`;
    if (typeof v === "string") return `"${v}"`;
    if (typeof v === "boolean") return v ? "#t" : "#f";
    if (v instanceof Sym) return v.name;
    if (v === NIL) return "()";
    if (v instanceof Proc) return `#<procedure ${v.name}>`;
    if (v instanceof Builtin) return `#<builtin ${v.name}>`;
    const parts: string[] = [];
    let cur: Val = v;
    while (cur instanceof Pair) {
        parts.push(show(cur.car));
        cur = cur.cdr;
    }
    return cur === NIL ? `(${parts.join(" ")})` : `(${parts.join(" ")} . ${show(cur)})`;
}

const S = {
    quote: Sym.of("quote"),
    if: Sym.of("if"),
    define: Sym.of("define"),
    set: Sym.of("set!"),
    lambda: Sym.of("lambda"),
    let: Sym.of("let"),
    begin: Sym.of("begin"),
    cond: Sym.of("cond"),
    else: Sym.of("else"),
    and: Sym.of("and"),
    or: Sym.of("or"),
    dot: Sym.of("."),
};

let steps = 0;
function truthy(v: Val): boolean {
    return v !== false;
}
function evaluate(x: Val, env: Env): Val {
    for (;;) {
        if (++steps > 2000000) throw new LispError("step limit");
        if (x instanceof Sym) return env.lookup(x);
        if (!(x instanceof Pair)) return x;
        const head = x.car;
        const args = toArray(x.cdr);
        if (head === S.quote) return args[0];
        if (head === S.if) {
            x = truthy(evaluate(args[0], env)) ? args[1] : args.length > 2 ? args[2] : false;
            continue;
        }
        if (head === S.define) {
            if (args[0] instanceof Pair) {
                const name = args[0].car as Sym;
                const p = makeProc(args[0].cdr, args.slice(1), env, name.name);
                env.define(name, p);
                return name;
            }
            env.define(args[0] as Sym, evaluate(args[1], env));
            return args[0];
        }
        if (head === S.set) {
            env.set(args[0] as Sym, evaluate(args[1], env));
            return false;
        }
        if (head === S.lambda) return makeProc(args[0], args.slice(1), env, "lambda");
        if (head === S.let) {
            const inner = new Env(env);
            for (const b of toArray(args[0])) {
                const [name, init] = toArray(b);
                inner.define(name as Sym, evaluate(init, env));
            }
            for (const e of args.slice(1, -1)) evaluate(e, inner);
            x = args[args.length - 1];
            env = inner;
            continue;
        }
        if (head === S.begin) {
            for (const e of args.slice(0, -1)) evaluate(e, env);
            x = args[args.length - 1];
            continue;
        }
        if (head === S.cond) {
            let chosen: Val | undefined;
            for (const clause of args) {
                const [test, ...body] = toArray(clause);
                if (test === S.else || truthy(evaluate(test, env))) {
                    chosen = list(S.begin, ...body);
                    break;
                }
            }
            if (chosen === undefined) return false;
            x = chosen;
            continue;
        }
        if (head === S.and) {
            let r: Val = true;
            for (const e of args) {
                r = evaluate(e, env);
                if (!truthy(r)) return false;
            }
            return r;
        }
        if (head === S.or) {
            for (const e of args) {
                const r = evaluate(e, env);
                if (truthy(r)) return r;
            }
            return false;
        }
        const f = evaluate(head, env);
        const vals = args.map((a) => evaluate(a, env));
        if (f instanceof Builtin) return f.fn(vals);
        if (!(f instanceof Proc)) throw new LispError(`not a procedure: ${show(f)}`);
        const frame = new Env(f.env);
        if (vals.length < f.params.length || (!f.rest && vals.length > f.params.length))
            throw new LispError(`${f.name}: expected ${f.params.length} arguments, got ${vals.length}`);
        f.params.forEach((p, i) => frame.define(p, vals[i]));
        if (f.rest) frame.define(f.rest, list(...vals.slice(f.params.length)));
        for (const e of f.body.slice(0, -1)) evaluate(e, frame);
        x = f.body[f.body.length - 1];
        env = frame;
    }
}

function makeProc(params: Val, body: Val[], env: Env, name: string): Proc {
    const ps: Sym[] = [];
    let rest: Sym | undefined;
    let cur = params;
    while (cur instanceof Pair) {
        if (cur.car === S.dot) {
            rest = (cur.cdr as Pair).car as Sym;
            break;
        }
        ps.push(cur.car as Sym);
        cur = cur.cdr;
    }
    if (cur instanceof Sym) rest = cur;
    return new Proc(ps, rest, body, env, name);
}

function num(v: Val): number {
    if (typeof v !== "number") throw new LispError(`not a number: ${show(v)}`);
    return v;
}
const global = new Env();
const builtins: Array<[string, (a: Val[]) => Val]> = [
    ["+", (a) => a.reduce<number>((s, x) => s + num(x), 0)],
    ["*", (a) => a.reduce<number>((s, x) => s * num(x), 1)],
    ["-", (a) => (a.length === 1 ? -num(a[0]) : a.slice(1).reduce<number>((s, x) => s - num(x), num(a[0])))],
    [
        "quotient",
        (a) => {
            if (num(a[1]) === 0) throw new LispError("division by zero");
            return Math.floor(num(a[0]) / num(a[1]));
        },
    ],
    ["remainder", (a) => num(a[0]) % num(a[1])],
    ["=", (a) => num(a[0]) === num(a[1])],
    ["<", (a) => num(a[0]) < num(a[1])],
    [">", (a) => num(a[0]) > num(a[1])],
    ["<=", (a) => num(a[0]) <= num(a[1])],
    ["cons", (a) => new Pair(a[0], a[1])],
    [
        "car",
        (a) => {
            if (!(a[0] instanceof Pair)) throw new LispError(`car of ${show(a[0])}`);
            return a[0].car;
        },
    ],
    [
        "cdr",
        (a) => {
            if (!(a[0] instanceof Pair)) throw new LispError(`cdr of ${show(a[0])}`);
            return a[0].cdr;
        },
    ],
    ["list", (a) => list(...a)],
    ["null?", (a) => a[0] === NIL],
    ["pair?", (a) => a[0] instanceof Pair],
    ["eq?", (a) => a[0] === a[1]],
    ["not", (a) => a[0] === false],
    ["display", (a) => a.map((x) => (typeof x === "string" ? x : show(x))).join("")],
    ["string-append", (a) => a.map((x) => String(x)).join("")],
];
for (const [name, fn] of builtins) global.define(Sym.of(name), new Builtin(name, fn));

const program = `
; basics
(+ 1 2 (* 3 4))
(- 10)
(- 10 1 2 3)
(quotient 17 5)
(remainder 17 5)
'(a b (c d) "str" 42 #t)
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(fact 10)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(fib 15)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (filter p xs) (cond ((null? xs) '()) ((p (car xs)) (cons (car xs) (filter p (cdr xs)))) (else (filter p (cdr xs)))))
(define (foldl f acc xs) (if (null? xs) acc (foldl f (f acc (car xs)) (cdr xs))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(define (>= a b) (not (< a b)))
(map (lambda (x) (* x x)) (range 0 10))
(filter (lambda (x) (= (remainder x 3) 0)) (range 0 20))
(foldl + 0 (range 1 101))
(define (make-counter)
  (let ((n 0))
    (lambda () (set! n (+ n 1)) n)))
(define c1 (make-counter))
(define c2 (make-counter))
(c1) (c1) (c1) (c2)
(list (c1) (c2))
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 20000 0)
(define (compose . fs) (if (null? fs) (lambda (x) x) (lambda (x) ((car fs) ((apply-compose (cdr fs)) x)))))
(define (apply-compose fs) (if (null? fs) (lambda (x) x) (lambda (x) ((car fs) ((apply-compose (cdr fs)) x)))))
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 1))) 5)
(define (reverse xs) (foldl (lambda (acc x) (cons x acc)) '() xs))
(reverse '(1 2 3 4 5))
(cons 1 2)
(and 1 2 3)
(and 1 #f 3)
(or #f #f)
(or #f 7)
(let ((x 2) (y 3)) (let ((x 7) (z (+ x y))) (* z x)))
(display "fact 5 is " (fact 5) " and list " '(1 2))
(define (qsort xs)
  (if (null? xs) '()
      (let ((p (car xs)) (rest (cdr xs)))
        (append3 (qsort (filter (lambda (x) (< x p)) rest))
                 (list p)
                 (qsort (filter (lambda (x) (not (< x p))) rest))))))
(define (append2 a b) (if (null? a) b (cons (car a) (append2 (cdr a) b))))
(define (append3 a b c) (append2 a (append2 b c)))
(qsort '(3 1 4 1 5 9 2 6 5 3 5))
fact
car
(undefined-thing 1)
(car '())
(quotient 1 0)
(fact 1 2)
(1 2 3)
`;

const forms = read(tokenize(program));
for (const f of forms) {
    let out: string;
    try {
        out = show(evaluate(f, global));
    } catch (e) {
        if (!(e instanceof LispError)) throw e;
        out = `error: ${e.message}`;
    }
    console.log(`${show(f).slice(0, 60)}\n  => ${out}`);
}
console.log(`evaluation steps: ${steps}`);
for (const bad of ["(+ 1", ")", "(a . )"]) {
    try {
        console.log(read(tokenize(bad)).map(show).join(" "));
    } catch (e) {
        console.log(`read error: ${(e as Error).message}`);
    }
}
