// A JSON-like value model: a serializer with sorted keys and indentation, a parser for the
// same syntax, round trips, and queries by path. What TypeScriptToLua cannot represent is
// left out: null (it is nil, so a null field vanishes), empty objects (an empty table is
// also an empty array), key order (Lua tables have none: the serializer sorts keys).
type Json = boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: Json): v is { [key: string]: Json } {
    return typeof v === "object" && !Array.isArray(v);
}

function quote(s: string): string {
    let out = '"';
    for (const c of s) {
        if (c === '"') out += '\\"';
        else if (c === "\\") out += "\\\\";
        else if (c === "\n") out += "\\n";
        else if (c === "\t") out += "\\t";
        else out += c;
    }
    return out + '"';
}

function stringify(v: Json, indent = "", step = "  "): string {
    if (typeof v === "boolean") return v ? "true" : "false";
    // Math.floor: Number() of "-125" is a Lua float, which would print as -125.0
    if (typeof v === "number") return Number.isInteger(v) ? `${Math.floor(v)}` : v.toFixed(3);
    if (typeof v === "string") return quote(v);
    const inner = indent + step;
    if (Array.isArray(v)) {
        if (v.length === 0) return "[]";
        return `[\n${v.map((x) => inner + stringify(x, inner, step)).join(",\n")}\n${indent}]`;
    }
    const keys = Object.keys(v).sort();
    if (keys.length === 0) return "{}";
    return `{\n${keys.map((k) => `${inner}${quote(k)}: ${stringify(v[k], inner, step)}`).join(",\n")}\n${indent}}`;
}

function compact(v: Json): string {
    if (typeof v !== "object") return stringify(v);
    if (Array.isArray(v)) return `[${v.map(compact).join(",")}]`;
    return `{${Object.keys(v)
        .sort()
        .map((k) => `${quote(k)}:${compact(v[k])}`)
        .join(",")}}`;
}

class Parser {
    private pos = 0;
    constructor(private src: string) {}
    parse(): Json {
        const v = this.value();
        this.ws();
        if (this.pos < this.src.length) throw new Error(`trailing input at ${this.pos}`);
        return v;
    }
    private ws(): void {
        while (this.pos < this.src.length && " \n\t\r".includes(this.src[this.pos])) this.pos++;
    }
    private expect(c: string): void {
        this.ws();
        if (this.src[this.pos] !== c) throw new Error(`expected '${c}' at ${this.pos}`);
        this.pos++;
    }
    private value(): Json {
        this.ws();
        const c = this.src[this.pos];
        if (c === "{") return this.object();
        if (c === "[") return this.array();
        if (c === '"') return this.string();
        if (c === "t" && this.src.startsWith("true", this.pos)) {
            this.pos += 4;
            return true;
        }
        if (c === "f" && this.src.startsWith("false", this.pos)) {
            this.pos += 5;
            return false;
        }
        return this.number();
    }
    private number(): number {
        const start = this.pos;
        while (this.pos < this.src.length && "+-0123456789.eE".includes(this.src[this.pos])) this.pos++;
        if (start === this.pos) throw new Error(`unexpected '${this.src[this.pos] ?? "end"}' at ${start}`);
        return Number(this.src.slice(start, this.pos));
    }
    private string(): string {
        this.pos++;
        let out = "";
        while (this.src[this.pos] !== '"') {
            if (this.pos >= this.src.length) throw new Error("unterminated string");
            let c = this.src[this.pos++];
            if (c === "\\") {
                const e = this.src[this.pos++];
                c = e === "n" ? "\n" : e === "t" ? "\t" : e;
            }
            out += c;
        }
        this.pos++;
        return out;
    }
    private array(): Json[] {
        this.pos++;
        const out: Json[] = [];
        this.ws();
        if (this.src[this.pos] === "]") {
            this.pos++;
            return out;
        }
        for (;;) {
            out.push(this.value());
            this.ws();
            if (this.src[this.pos] === ",") this.pos++;
            else break;
        }
        this.expect("]");
        return out;
    }
    private object(): { [key: string]: Json } {
        this.pos++;
        const out: { [key: string]: Json } = {};
        this.ws();
        if (this.src[this.pos] === "}") {
            this.pos++;
            return out;
        }
        for (;;) {
            this.ws();
            const k = this.string();
            this.expect(":");
            out[k] = this.value();
            this.ws();
            if (this.src[this.pos] === ",") this.pos++;
            else break;
        }
        this.expect("}");
        return out;
    }
}

function get(v: Json, path: string): Json | undefined {
    let cur: Json | undefined = v;
    for (const part of path.split(".")) {
        if (cur === undefined || typeof cur !== "object") return undefined;
        if (Array.isArray(cur)) cur = cur[Number(part)];
        else cur = cur[part];
    }
    return cur;
}

const doc: Json = {
    name: "ptool",
    version: 3,
    ratio: 0.25,
    tags: ["lua", "ts", "json"],
    nested: { deep: { deeper: [1, 2, { x: "y" }] }, list: [] },
    flags: { on: true, off: false },
    text: 'quote " and \\ and\nnewline',
};
const pretty = stringify(doc);
console.log(pretty);
const back = new Parser(pretty).parse();
console.log(`round trip equal: ${compact(back) === compact(doc)}`);
console.log(`compact: ${compact(back)}`);
for (const p of ["name", "tags.1", "nested.deep.deeper.2.x", "flags.off", "flags.nothing", "missing.path", "tags.9"]) {
    const v = get(back, p);
    console.log(`${p} -> ${v === undefined ? "undefined" : compact(v)}`);
}
for (const bad of ["[1, 2", '{"a" 1}', "[1,]", "tru", '"open']) {
    try {
        new Parser(bad).parse();
        console.log(`parsed?? ${bad}`);
    } catch (e) {
        console.log(`error for ${bad}: ${(e as Error).message}`);
    }
}
const parsed = new Parser(' { "n" : -12.5e1 , "arr" : [ true , false , "s" ] } ').parse();
console.log(`parsed ${compact(parsed)}`);
