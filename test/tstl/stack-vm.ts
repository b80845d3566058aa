// A compiler from a small imperative language to bytecode for a stack machine, and the
// machine: lexer, recursive-descent parser, code generation with jumps and backpatching,
// a disassembler, and programs for factorial, primes, gcd and fizzbuzz.
type Tok = { t: string; v: string };
function lex(src: string): Tok[] {
    const toks: Tok[] = [];
    const kw = new Set(["let", "while", "if", "else", "print", "end", "do", "then"]);
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (" \t\n".includes(c)) {
            i++;
            continue;
        }
        if (c >= "0" && c <= "9") {
            let j = i;
            while (j < src.length && src[j] >= "0" && src[j] <= "9") j++;
            toks.push({ t: "num", v: src.slice(i, j) });
            i = j;
        } else if (c >= "a" && c <= "z") {
            let j = i;
            while (j < src.length && src[j] >= "a" && src[j] <= "z") j++;
            const w = src.slice(i, j);
            toks.push({ t: kw.has(w) ? w : "id", v: w });
            i = j;
        } else if (c === '"') {
            const j = src.indexOf('"', i + 1);
            toks.push({ t: "str", v: src.slice(i + 1, j) });
            i = j + 1;
        } else {
            const two = src.slice(i, i + 2);
            if (["==", "!=", "<=", ">="].includes(two)) {
                toks.push({ t: "op", v: two });
                i += 2;
            } else {
                toks.push({ t: "op", v: c });
                i++;
            }
        }
    }
    toks.push({ t: "eof", v: "" });
    return toks;
}

enum Op {
    Push,
    PushStr,
    Load,
    Store,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Lt,
    Le,
    Eq,
    Ne,
    Jmp,
    Jz,
    Print,
    Concat,
    Halt,
}
type Instr = [Op, number | string];

class Compiler {
    private pos = 0;
    code: Instr[] = [];
    vars = new Map<string, number>();
    constructor(private toks: Tok[]) {}
    private peek(): Tok {
        return this.toks[this.pos];
    }
    private eat(t: string, v?: string): Tok {
        const tok = this.toks[this.pos];
        if (tok.t !== t || (v !== undefined && tok.v !== v)) throw new Error(`expected ${v ?? t}, got '${tok.v}'`);
        this.pos++;
        return tok;
    }
    private emit(op: Op, arg: number | string = 0): number {
        this.code.push([op, arg]);
        return this.code.length - 1;
    }
    private slot(name: string): number {
        let s = this.vars.get(name);
        if (s === undefined) {
            s = this.vars.size;
            this.vars.set(name, s);
        }
        return s;
    }
    program(): Instr[] {
        while (this.peek().t !== "eof") this.statement();
        this.emit(Op.Halt);
        return this.code;
    }
    private block(...terminators: string[]): void {
        while (!terminators.includes(this.peek().t)) this.statement();
    }
    private statement(): void {
        const t = this.peek();
        if (t.t === "let") {
            this.pos++;
            const name = this.eat("id").v;
            this.eat("op", "=");
            this.expr();
            this.emit(Op.Store, this.slot(name));
        } else if (t.t === "print") {
            this.pos++;
            this.printArgs();
        } else if (t.t === "while") {
            this.pos++;
            const top = this.code.length;
            this.expr();
            const jz = this.emit(Op.Jz, -1);
            this.eat("do");
            this.block("end");
            this.eat("end");
            this.emit(Op.Jmp, top);
            this.code[jz][1] = this.code.length;
        } else if (t.t === "if") {
            this.pos++;
            this.expr();
            const jz = this.emit(Op.Jz, -1);
            this.eat("then");
            this.block("else", "end");
            if (this.peek().t === "else") {
                this.pos++;
                const jmp = this.emit(Op.Jmp, -1);
                this.code[jz][1] = this.code.length;
                this.block("end");
                this.code[jmp][1] = this.code.length;
            } else this.code[jz][1] = this.code.length;
            this.eat("end");
        } else {
            const name = this.eat("id").v;
            this.eat("op", "=");
            this.expr();
            this.emit(Op.Store, this.slot(name));
        }
    }
    private printArgs(): void {
        this.printItem();
        while (this.peek().v === ",") {
            this.pos++;
            this.printItem();
            this.emit(Op.Concat);
        }
        this.emit(Op.Print);
    }
    private printItem(): void {
        if (this.peek().t === "str") this.emit(Op.PushStr, this.eat("str").v);
        else this.expr();
    }
    private expr(): void {
        this.arith();
        const t = this.peek();
        const ops: Record<string, Op> = { "<": Op.Lt, "<=": Op.Le, "==": Op.Eq, "!=": Op.Ne };
        if (t.t === "op" && (t.v in ops || t.v === ">" || t.v === ">=")) {
            this.pos++;
            if (t.v === ">" || t.v === ">=") {
                // a > b is b < a: compile b first by swapping through a temporary slot
                const tmp = this.slot(`$tmp${this.code.length}`);
                this.emit(Op.Store, tmp);
                this.arith();
                this.emit(Op.Load, tmp);
                this.emit(t.v === ">" ? Op.Lt : Op.Le);
            } else {
                this.arith();
                this.emit(ops[t.v]);
            }
        }
    }
    private arith(): void {
        this.term();
        while (this.peek().v === "+" || this.peek().v === "-") {
            const op = this.eat("op").v;
            this.term();
            this.emit(op === "+" ? Op.Add : Op.Sub);
        }
    }
    private term(): void {
        this.factor();
        while (["*", "/", "%"].includes(this.peek().v)) {
            const op = this.eat("op").v;
            this.factor();
            this.emit(op === "*" ? Op.Mul : op === "/" ? Op.Div : Op.Mod);
        }
    }
    private factor(): void {
        const t = this.peek();
        if (t.t === "num") {
            this.pos++;
            this.emit(Op.Push, parseInt(t.v, 10));
        } else if (t.t === "id") {
            this.pos++;
            const s = this.vars.get(t.v);
            if (s === undefined) throw new Error(`undefined variable ${t.v}`);
            this.emit(Op.Load, s);
        } else if (t.v === "(") {
            this.pos++;
            this.expr();
            this.eat("op", ")");
        } else throw new Error(`unexpected '${t.v}'`);
    }
}

function run(code: Instr[], nvars: number, maxSteps = 1000000): { out: string[]; steps: number } {
    const stack: Array<number | string> = [];
    const vars: Array<number | string> = [];
    for (let i = 0; i < nvars; i++) vars.push(0);
    const out: string[] = [];
    let pc = 0;
    let steps = 0;
    const num = () => stack.pop() as number;
    // Operands are popped into locals before stack.push: TypeScriptToLua turns push(x) into
    // stack[#stack + 1] = x, and Lua evaluates #stack before x, so a pop inside x would
    // leave a hole.
    for (;;) {
        if (++steps > maxSteps) throw new Error("step limit");
        const [op, arg] = code[pc++];
        switch (op) {
            case Op.Push:
            case Op.PushStr:
                stack.push(arg);
                break;
            case Op.Load:
                stack.push(vars[arg as number]);
                break;
            case Op.Store:
                vars[arg as number] = stack.pop()!;
                break;
            case Op.Add: {
                const b = num();
                const a = num();
                stack.push(a + b);
                break;
            }
            case Op.Sub: {
                const b = num();
                const a = num();
                stack.push(a - b);
                break;
            }
            case Op.Mul: {
                const b = num();
                const a = num();
                stack.push(a * b);
                break;
            }
            case Op.Div: {
                const b = num();
                if (b === 0) throw new Error(`division by zero at ${pc - 1}`);
                const a = num();
                stack.push(Math.floor(a / b));
                break;
            }
            case Op.Mod: {
                const b = num();
                const a = num();
                stack.push(a % b);
                break;
            }
            case Op.Lt: {
                const b = num();
                const a = num();
                stack.push(a < b ? 1 : 0);
                break;
            }
            case Op.Le: {
                const b = num();
                const a = num();
                stack.push(a <= b ? 1 : 0);
                break;
            }
            case Op.Eq: {
                const b = stack.pop();
                const a = stack.pop();
                stack.push(a === b ? 1 : 0);
                break;
            }
            case Op.Ne: {
                const b = stack.pop();
                const a = stack.pop();
                stack.push(a !== b ? 1 : 0);
                break;
            }
            case Op.Jmp:
                pc = arg as number;
                break;
            case Op.Jz:
                if (num() === 0) pc = arg as number;
                break;
            case Op.Concat: {
                const b = stack.pop()!;
                const a = stack.pop()!;
                stack.push(`${a}${b}`);
                break;
            }
            case Op.Print:
                out.push(`${stack.pop()}`);
                break;
            case Op.Halt:
                return { out, steps };
        }
    }
}

function disassemble(code: Instr[]): string {
    return code
        .map(
            ([op, arg], i) =>
                `${String(i).padStart(3)} ${Op[op].padEnd(8)}${op === Op.PushStr ? `"${arg}"` : [Op.Push, Op.Load, Op.Store, Op.Jmp, Op.Jz].includes(op) ? arg : ""}`,
        )
        .join("\n");
}

const programs: Record<string, string> = {
    factorial: `let n = 1 let f = 1 while n <= 12 do f = f * n n = n + 1 end print "12! = ", f`,
    gcd: `let a = 1071 let b = 462 while b != 0 do let t = b b = a % b a = t end print "gcd ", a`,
    primes: `let n = 2 let count = 0 while n < 60 do let d = 2 let p = 1 while d * d <= n do if n % d == 0 then p = 0 end d = d + 1 end if p then print n count = count + 1 end n = n + 1 end print "count ", count`,
    fizzbuzz: `let i = 1 while i <= 15 do if i % 15 == 0 then print "FizzBuzz" else if i % 3 == 0 then print "Fizz" else if i % 5 == 0 then print "Buzz" else print i end end end i = i + 1 end`,
    compare: `let x = 7 if x > 5 then print "gt" end if x >= 7 then print "ge" end if 3 > x then print "bad" else print "not gt" end`,
    divzero: `let z = 0 print 10 / z`,
    undefinedvar: `print y + 1`,
    syntax: `let = 5`,
};
for (const name of Object.keys(programs).sort()) {
    try {
        const c = new Compiler(lex(programs[name]));
        const code = c.program();
        const { out, steps } = run(code, c.vars.size);
        console.log(`${name}: ${out.join(" ")} (${code.length} instructions, ${steps} steps)`);
    } catch (e) {
        console.log(`${name}: error ${(e as Error).message}`);
    }
}
const gcdCompiler = new Compiler(lex(programs["gcd"]));
console.log(disassemble(gcdCompiler.program()));
