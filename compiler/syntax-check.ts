// Lua 5.4 syntax checker (manual §9 grammar, §3.1 lexis via syntax-lex.ts): finds the first error lua5.4's parser would report, worded the same.
// (Over 600 lines: one recursive descent that follows lua5.4's parser rule for rule.)
import { Lexer, SyntaxFailure, token2str } from "./syntax-lex.js";

/** lua5.4 stops at 200 nested C calls; loading a chunk from a main chunk already uses 2. */
const MAX_LEVELS = 198;
const MAX_VARS = 200;
const MAX_UPVALUES = 255;
const MAX_REGS = 255;

const REGULAR = 0,
    CONST = 1,
    CLOSE = 2;

interface Var {
    name: string;
    kind: number;
}
interface Label {
    name: string;
    line: number;
    nactvar: number;
}
interface Block {
    nactvar: number;
    firstLabel: number;
    firstGoto: number;
    isLoop: boolean;
    previous: Block | undefined;
}
interface Func {
    previous: Func | undefined;
    lineDefined: number;
    isVararg: boolean;
    /** Declared locals; the first `nactvar` are in scope, the rest are being declared. */
    vars: Var[];
    nactvar: number;
    labels: Label[];
    gotos: Label[];
    block: Block | undefined;
    /** Upvalues, by the enclosing function's variable (or the main function's _ENV). */
    upvals: Set<Var | Func>;
    /**
     * First free register, as lua5.4's code generator would have it: kept for the lists whose
     * values all take a register at once (arguments, constructors, return and local values),
     * which is where the register limit is met.
     */
    freereg: number;
}

/** What an expression is, as far as statements care: assignable (maybe read-only), a call, or neither. */
interface Exp {
    kind: "var" | "call" | "other";
    readonly?: string;
}
const OTHER: Exp = { kind: "other" };
const CALL: Exp = { kind: "call" };
/** `...`: like a call, it can give several values at the end of a list. */
const VARARG: Exp = { kind: "other" };
const INDEXED: Exp = { kind: "var" };

const UNARY = new Set(["not", "-", "~", "#"]);
const UNARY_PRIORITY = 12;
/** Left and right priority of each binary operator. */
const BINARY = new Map<string, [number, number]>([
    ["+", [10, 10]],
    ["-", [10, 10]],
    ["*", [11, 11]],
    ["%", [11, 11]],
    ["^", [14, 13]],
    ["/", [11, 11]],
    ["//", [11, 11]],
    ["&", [6, 6]],
    ["|", [4, 4]],
    ["~", [5, 5]],
    ["<<", [7, 7]],
    [">>", [7, 7]],
    ["..", [9, 8]],
    ["==", [3, 3]],
    ["<", [3, 3]],
    ["<=", [3, 3]],
    ["~=", [3, 3]],
    [">", [3, 3]],
    [">=", [3, 3]],
    ["and", [2, 2]],
    ["or", [1, 1]],
]);

class Checker {
    private readonly lex: Lexer;
    private fs!: Func;
    private level = 0;

    constructor(source: string) {
        this.lex = new Lexer(source);
    }

    private tk(): string {
        return this.lex.t;
    }

    // ---- errors and token tests ----

    private syntaxError(message: string): never {
        return this.lex.error(message, this.tk());
    }
    private semError(message: string): never {
        return this.lex.error(message);
    }
    private errorExpected(t: string): never {
        return this.syntaxError(`${token2str(t)} expected`);
    }
    private check(t: string): void {
        if (this.tk() !== t) this.errorExpected(t);
    }
    private checkNext(t: string): void {
        this.check(t);
        this.lex.next();
    }
    private testNext(t: string): boolean {
        if (this.tk() !== t) return false;
        this.lex.next();
        return true;
    }
    private checkMatch(what: string, who: string, where: number): void {
        if (this.testNext(what)) return;
        if (where === this.lex.line) this.errorExpected(what);
        this.syntaxError(`${token2str(what)} expected (to close ${token2str(who)} at line ${where})`);
    }
    private checkName(): string {
        this.check("<name>");
        const name = this.lex.value;
        this.lex.next();
        return name;
    }
    private enterLevel(): void {
        if (++this.level >= MAX_LEVELS) throw new SyntaxFailure(this.lex.line, "C stack overflow", 0, true);
    }
    private blockFollow(withUntil: boolean): boolean {
        const t = this.tk();
        return t === "else" || t === "elseif" || t === "end" || t === "<eof>" || (withUntil && t === "until");
    }

    // ---- functions, blocks, locals, labels ----

    private openFunc(lineDefined: number, isVararg: boolean): void {
        this.fs = {
            previous: this.fs,
            lineDefined,
            isVararg,
            vars: [],
            nactvar: 0,
            labels: [],
            gotos: [],
            block: undefined,
            upvals: new Set(),
            freereg: 0,
        };
        // the main function's only upvalue is _ENV (keyed by the function itself)
        if (this.fs.previous === undefined) this.fs.upvals.add(this.fs);
        this.enterBlock(false);
    }
    private closeFunc(): void {
        this.leaveBlock();
        this.fs = this.fs.previous!;
    }
    private enterBlock(isLoop: boolean): void {
        const fs = this.fs;
        fs.block = { nactvar: fs.nactvar, firstLabel: fs.labels.length, firstGoto: fs.gotos.length, isLoop, previous: fs.block };
    }
    private leaveBlock(): void {
        const fs = this.fs;
        const bl = fs.block!;
        fs.vars.length = fs.nactvar = bl.nactvar;
        if (bl.isLoop) this.createLabel("break", 0, false);
        fs.labels.length = bl.firstLabel;
        fs.block = bl.previous;
        const pending = fs.gotos[bl.firstGoto];
        if (bl.previous) {
            for (let i = bl.firstGoto; i < fs.gotos.length; i++) fs.gotos[i]!.nactvar = bl.nactvar;
        } else if (pending) {
            this.semError(
                pending.name === "break"
                    ? `break outside loop at line ${pending.line}`
                    : `no visible label '${pending.name}' for <goto> at line ${pending.line}`,
            );
        }
    }
    private newLocal(name: string): void {
        const fs = this.fs;
        if (fs.vars.length + 1 > MAX_VARS) {
            const where = fs.lineDefined === 0 ? "main function" : `function at line ${fs.lineDefined}`;
            this.syntaxError(`too many local variables (limit is ${MAX_VARS}) in ${where}`);
        }
        fs.vars.push({ name, kind: REGULAR });
    }
    private activate(n: number): void {
        this.fs.nactvar += n;
    }
    private findLabel(name: string): Label | undefined {
        return this.fs.labels.find((l) => l.name === name);
    }
    private newGoto(name: string, line: number): void {
        this.fs.gotos.push({ name, line, nactvar: this.fs.nactvar });
    }
    private createLabel(name: string, line: number, last: boolean): void {
        const fs = this.fs;
        const bl = fs.block!;
        const label = { name, line, nactvar: last ? bl.nactvar : fs.nactvar };
        fs.labels.push(label);
        for (let i = bl.firstGoto; i < fs.gotos.length;) {
            const gt = fs.gotos[i]!;
            if (gt.name !== name) {
                i++;
                continue;
            }
            if (gt.nactvar < label.nactvar) {
                const local = fs.vars[gt.nactvar]!.name;
                this.semError(`<goto ${gt.name}> at line ${gt.line} jumps into the scope of local '${local}'`);
            }
            fs.gotos.splice(i, 1);
        }
    }

    // ---- chunk and statements ----

    mainFunc(): void {
        this.openFunc(0, true);
        this.lex.next();
        this.statList();
        this.check("<eof>");
        this.closeFunc();
    }

    private block(): void {
        this.enterBlock(false);
        this.statList();
        this.leaveBlock();
    }

    private statList(): void {
        while (!this.blockFollow(true)) {
            if (this.tk() === "return") {
                this.statement();
                return;
            }
            this.statement();
        }
    }

    /** luaK_reserveregs' check: at most 255 registers (MAXREGS) per function. */
    private reserve(n: number): void {
        if (this.fs.freereg + n >= MAX_REGS) this.syntaxError("function or expression needs too many registers");
        this.fs.freereg += n;
    }

    private statement(): void {
        const line = this.lex.line;
        this.fs.freereg = this.fs.nactvar;
        this.enterLevel();
        switch (this.tk()) {
            case ";":
                this.lex.next();
                break;
            case "if":
                this.ifStat(line);
                break;
            case "while":
                this.lex.next();
                this.expr();
                this.enterBlock(true);
                this.checkNext("do");
                this.block();
                this.checkMatch("end", "while", line);
                this.leaveBlock();
                break;
            case "do":
                this.lex.next();
                this.block();
                this.checkMatch("end", "do", line);
                break;
            case "for":
                this.forStat(line);
                break;
            case "repeat":
                this.enterBlock(true);
                this.enterBlock(false);
                this.lex.next();
                this.statList();
                this.checkMatch("until", "repeat", line);
                this.expr();
                this.leaveBlock();
                this.leaveBlock();
                break;
            case "function": {
                this.lex.next();
                let v = this.singleVar();
                while (this.tk() === ".") v = this.fieldSel();
                const isMethod = this.tk() === ":";
                if (isMethod) v = this.fieldSel();
                this.body(isMethod, line);
                if (v.readonly !== undefined) this.semError(`attempt to assign to const variable '${v.readonly}'`);
                break;
            }
            case "local":
                this.lex.next();
                if (this.testNext("function")) {
                    this.newLocal(this.checkName());
                    this.activate(1);
                    this.body(false, this.lex.line);
                } else this.localStat();
                break;
            case "::":
                this.lex.next();
                this.labelStat(this.checkName(), line);
                break;
            case "return":
                this.lex.next();
                if (!this.blockFollow(true) && this.tk() !== ";") {
                    // several values end in consecutive registers (the last one too)
                    const { last, count } = this.exprList();
                    if ((count > 1 && last !== CALL) || last === VARARG) this.reserve(1);
                }
                this.testNext(";");
                break;
            case "break":
                this.lex.next();
                this.newGoto("break", line);
                break;
            case "goto": {
                this.lex.next();
                const gotoLine = this.lex.line;
                const name = this.checkName();
                if (!this.findLabel(name)) this.newGoto(name, gotoLine);
                break;
            }
            default:
                this.exprStat();
        }
        this.level--;
    }

    private testThenBlock(): void {
        this.lex.next();
        this.expr();
        this.checkNext("then");
        if (this.tk() === "break") {
            const line = this.lex.line;
            this.lex.next();
            this.enterBlock(false);
            this.newGoto("break", line);
            while (this.testNext(";"));
            if (this.blockFollow(false)) {
                this.leaveBlock();
                return;
            }
        } else this.enterBlock(false);
        this.statList();
        this.leaveBlock();
    }

    private ifStat(line: number): void {
        this.testThenBlock();
        while (this.tk() === "elseif") this.testThenBlock();
        if (this.testNext("else")) this.block();
        this.checkMatch("end", "if", line);
    }

    private forStat(line: number): void {
        this.enterBlock(true);
        this.lex.next();
        const name = this.checkName();
        let nvars: number;
        if (this.tk() === "=") {
            for (let i = 0; i < 3; i++) this.newLocal("(for state)");
            this.newLocal(name);
            this.lex.next();
            this.expr();
            this.checkNext(",");
            this.expr();
            if (this.testNext(",")) this.expr();
            this.activate(3);
            nvars = 1;
        } else if (this.tk() === "," || this.tk() === "in") {
            for (let i = 0; i < 4; i++) this.newLocal("(for state)");
            this.newLocal(name);
            nvars = 1;
            while (this.testNext(",")) {
                this.newLocal(this.checkName());
                nvars++;
            }
            this.checkNext("in");
            this.exprList();
            this.activate(4);
        } else this.syntaxError("'=' or 'in' expected");
        this.checkNext("do");
        this.enterBlock(false);
        this.activate(nvars);
        this.block();
        this.leaveBlock();
        this.checkMatch("end", "for", line);
        this.leaveBlock();
    }

    private localStat(): void {
        let hasClose = false;
        let nvars = 0;
        do {
            this.newLocal(this.checkName());
            const kind = this.attribute();
            this.fs.vars[this.fs.vars.length - 1]!.kind = kind;
            if (kind === CLOSE) {
                if (hasClose) this.semError("multiple to-be-closed variables in local list");
                hasClose = true;
            }
            nvars++;
        } while (this.testNext(","));
        if (this.testNext("=")) this.exprList();
        this.activate(nvars);
    }

    private attribute(): number {
        if (!this.testNext("<")) return REGULAR;
        const attr = this.checkName();
        this.checkNext(">");
        if (attr === "const") return CONST;
        if (attr === "close") return CLOSE;
        return this.semError(`unknown attribute '${attr}'`);
    }

    private labelStat(name: string, line: number): void {
        this.checkNext("::");
        while (this.tk() === ";" || this.tk() === "::") this.statement();
        const previous = this.findLabel(name);
        if (previous) this.semError(`label '${name}' already defined on line ${previous.line}`);
        this.createLabel(name, line, this.blockFollow(false));
    }

    private exprStat(): void {
        const v = this.suffixedExp();
        if (this.tk() === "=" || this.tk() === ",") this.restAssign(v);
        else if (v.kind !== "call") this.syntaxError("syntax error");
    }

    private restAssign(lh: Exp): void {
        if (lh.kind !== "var") this.syntaxError("syntax error");
        if (lh.readonly !== undefined) this.semError(`attempt to assign to const variable '${lh.readonly}'`);
        if (this.testNext(",")) {
            const next = this.suffixedExp();
            this.enterLevel();
            this.restAssign(next);
            this.level--;
        } else {
            this.checkNext("=");
            this.exprList();
        }
    }

    // ---- functions ----

    private body(isMethod: boolean, line: number): void {
        this.openFunc(line, false);
        if (isMethod) {
            this.newLocal("self");
            this.activate(1);
        }
        this.checkNext("(");
        let nparams = 0;
        if (this.tk() !== ")") {
            do {
                if (this.tk() === "<name>") {
                    this.newLocal(this.checkName());
                    nparams++;
                } else if (this.tk() === "...") {
                    this.lex.next();
                    this.fs.isVararg = true;
                } else this.syntaxError("<name> or '...' expected");
            } while (!this.fs.isVararg && this.testNext(","));
        }
        this.activate(nparams);
        this.checkNext(")");
        this.statList();
        this.checkMatch("end", "function", line);
        this.closeFunc();
    }

    // ---- expressions ----

    /** Each value but the last goes to the next register when the comma after it is read. */
    private exprList(): { last: Exp; count: number } {
        let last = this.expr();
        let count = 1;
        while (this.testNext(",")) {
            if (last !== CALL) this.reserve(1); // a call's value is in its register already
            last = this.expr();
            count++;
        }
        return { last, count };
    }

    /** An expression's temporaries are free after it; a call's value stays in the call's register. */
    private expr(): Exp {
        const before = this.fs.freereg;
        const e = this.subExpr(0);
        this.fs.freereg = before + (e === CALL ? 1 : 0);
        return e;
    }

    private subExpr(limit: number): Exp {
        this.enterLevel();
        let e: Exp;
        if (UNARY.has(this.tk())) {
            this.lex.next();
            this.subExpr(UNARY_PRIORITY);
            e = OTHER;
        } else e = this.simpleExp();
        for (let op = BINARY.get(this.tk()); op !== undefined && op[0] > limit; op = BINARY.get(this.tk())) {
            this.lex.next();
            this.subExpr(op[1]);
            e = OTHER;
        }
        this.level--;
        return e;
    }

    private simpleExp(): Exp {
        switch (this.tk()) {
            case "<number>":
            case "<string>":
            case "nil":
            case "true":
            case "false":
                this.lex.next();
                return OTHER;
            case "...":
                if (!this.fs.isVararg) this.syntaxError("cannot use '...' outside a vararg function");
                this.lex.next();
                return VARARG;
            case "{":
                this.constructor_();
                return OTHER;
            case "function":
                this.lex.next();
                this.body(false, this.lex.line);
                return OTHER;
            default:
                return this.suffixedExp();
        }
    }

    private suffixedExp(): Exp {
        const line = this.lex.line;
        const start = this.fs.freereg;
        let e = this.primaryExp();
        for (;;) {
            switch (this.tk()) {
                case ".":
                    e = this.fieldSel();
                    break;
                case "[":
                    this.yIndex();
                    e = INDEXED;
                    break;
                case ":":
                    this.lex.next();
                    this.checkName();
                    // the method and self take two registers (luaK_self)
                    this.fs.freereg = start;
                    this.reserve(2);
                    this.funcArgs(line, start);
                    e = CALL;
                    break;
                case "(":
                case "<string>":
                case "{":
                    // the function takes a register (a call before it already has one)
                    if (e === CALL) this.fs.freereg = start + 1;
                    else {
                        this.fs.freereg = start;
                        this.reserve(1);
                    }
                    this.funcArgs(line, start);
                    e = CALL;
                    break;
                default:
                    return e;
            }
        }
    }

    private primaryExp(): Exp {
        if (this.tk() === "(") {
            const line = this.lex.line;
            this.lex.next();
            this.expr();
            this.checkMatch(")", "(", line);
            return OTHER;
        }
        if (this.tk() === "<name>") return this.singleVar();
        return this.syntaxError("unexpected symbol");
    }

    /** A name: a local (read-only if <const>/<close>), an upvalue, or a global. */
    private singleVar(): Exp {
        const name = this.checkName();
        const found = this.findVar(name);
        if (found !== undefined) return found.kind === REGULAR ? INDEXED : { kind: "var", readonly: name };
        this.findVar("_ENV"); // a global goes through _ENV, itself a local or an upvalue
        return INDEXED;
    }

    /** The variable `name` refers to, recording it as an upvalue of the functions in between (lparser's singlevaraux). */
    private findVar(name: string): Var | undefined {
        let through: Func[] = [];
        let target: Var | Func | undefined;
        let found: Var | undefined;
        for (let fs: Func | undefined = this.fs; fs; fs = fs.previous) {
            for (let i = fs.nactvar - 1; i >= 0; i--) {
                if (fs.vars[i]!.name === name) {
                    found = fs.vars[i]!;
                    break;
                }
            }
            if (found !== undefined) {
                target = found;
                break;
            }
            if (fs.previous === undefined && name === "_ENV") {
                target = fs;
                through.push(fs);
                break;
            }
            through.push(fs);
        }
        if (target === undefined) return undefined;
        // the function that owns the variable does not take it as an upvalue
        if (found !== undefined) through = through.filter((f) => !f.vars.includes(found));
        // lua5.4 adds the upvalue from the outermost function inwards
        for (const fs of through.reverse()) {
            if (fs.upvals.has(target)) continue;
            if (fs.upvals.size + 1 > MAX_UPVALUES) {
                const where = fs.lineDefined === 0 ? "main function" : `function at line ${fs.lineDefined}`;
                this.syntaxError(`too many upvalues (limit is ${MAX_UPVALUES}) in ${where}`);
            }
            fs.upvals.add(target);
        }
        return found;
    }

    private fieldSel(): Exp {
        this.lex.next();
        this.checkName();
        return INDEXED;
    }

    private yIndex(): void {
        this.lex.next();
        this.expr();
        this.checkNext("]");
    }

    /** `base`: the call's register, which holds its value afterwards. */
    private funcArgs(line: number, base: number): void {
        switch (this.tk()) {
            case "(": {
                this.lex.next();
                const last = this.tk() === ")" ? undefined : this.exprList().last;
                // a final `...` needs a register to start its values, before the ')'; another
                // final argument (not a call, which keeps its values where they are) after it
                if (last === VARARG) this.reserve(1);
                this.checkMatch(")", "(", line);
                if (last !== undefined && last !== CALL && last !== VARARG) this.reserve(1);
                break;
            }
            case "{":
                this.constructor_();
                break;
            case "<string>":
                this.lex.next();
                this.reserve(1);
                break;
            default:
                this.syntaxError("function arguments expected");
        }
        this.fs.freereg = base + 1;
    }

    /** Positional values wait in registers, stored 50 at a time (LFIELDS_PER_FLUSH); the table takes one. */
    private constructor_(): void {
        const line = this.lex.line;
        const table = this.fs.freereg;
        this.reserve(1);
        let pending = 0;
        let item: Exp | undefined; // the positional value not in a register yet
        this.checkNext("{");
        do {
            if (this.tk() === "}") break;
            if (item !== undefined) {
                if (item !== CALL) this.reserve(1);
                item = undefined;
                if (++pending === 50) {
                    this.fs.freereg = table + 1;
                    pending = 0;
                }
            }
            if (this.tk() === "[" || (this.tk() === "<name>" && this.lex.lookahead() === "=")) {
                const before = this.fs.freereg;
                if (this.tk() === "<name>") this.checkName();
                else this.yIndex();
                this.checkNext("=");
                this.expr();
                this.fs.freereg = before;
            } else item = this.expr();
        } while (this.testNext(",") || this.testNext(";"));
        this.checkMatch("}", "{", line);
        if (item !== undefined && item !== CALL) this.reserve(1);
        this.fs.freereg = table + 1;
    }
}

export interface FoundSyntaxError {
    line: number;
    /** lua5.4's message without the "chunk:line: " prefix. */
    message: string;
    /** 0-based column of the offending token, for code frames (lua does not report one). */
    column: number;
    /** lua reports this one without "chunk:line: " ("C stack overflow"). */
    bare?: boolean;
}

/** The first syntax error lua5.4 would report for `source`, or undefined if it compiles. */
export function luaSyntaxError(source: string): FoundSyntaxError | undefined {
    try {
        new Checker(source).mainFunc();
        return undefined;
    } catch (e) {
        if (!(e instanceof SyntaxFailure)) return undefined;
        const found: FoundSyntaxError = { line: e.line, message: e.message, column: e.column };
        if (e.bare) found.bare = true;
        return found;
    }
}
