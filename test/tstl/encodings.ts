// Encodings: Roman numerals both ways, base64 of ASCII text, hex dumps, Huffman coding with
// a deterministic tree (ties broken by symbol order), URL-style percent encoding, and
// splitting and joining on separators that are special in Lua patterns.
const romanTable: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
];
function toRoman(n: number): string {
    let out = "";
    for (const [v, s] of romanTable)
        while (n >= v) {
            out += s;
            n -= v;
        }
    return out;
}
function fromRoman(s: string): number {
    const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
    let total = 0;
    for (let i = 0; i < s.length; i++) {
        const v = val[s[i]];
        const next = i + 1 < s.length ? val[s[i + 1]] : 0;
        total += v < next ? -v : v;
    }
    return total;
}
const years = [1, 4, 9, 14, 40, 90, 400, 1666, 1987, 2024, 3999];
console.log(years.map((y) => `${y}=${toRoman(y)}`).join(" "));
console.log(`round trip ${years.every((y) => fromRoman(toRoman(y)) === y)}`);

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64(s: string): string {
    let out = "";
    for (let i = 0; i < s.length; i += 3) {
        const a = s.charCodeAt(i);
        const b = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        const c = i + 2 < s.length ? s.charCodeAt(i + 2) : 0;
        const n = a * 65536 + b * 256 + c;
        out += B64[Math.floor(n / 262144) % 64] + B64[Math.floor(n / 4096) % 64];
        out += i + 1 < s.length ? B64[Math.floor(n / 64) % 64] : "=";
        out += i + 2 < s.length ? B64[n % 64] : "=";
    }
    return out;
}
function unbase64(s: string): string {
    let out = "";
    for (let i = 0; i < s.length; i += 4) {
        const idx = [0, 1, 2, 3].map((k) => (s[i + k] === "=" ? 0 : B64.indexOf(s[i + k])));
        const n = idx[0] * 262144 + idx[1] * 4096 + idx[2] * 64 + idx[3];
        out += String.fromCharCode(Math.floor(n / 65536));
        if (s[i + 2] !== "=") out += String.fromCharCode(Math.floor(n / 256) % 256);
        if (s[i + 3] !== "=") out += String.fromCharCode(n % 256);
    }
    return out;
}
for (const s of ["", "f", "fo", "foo", "foobar", "Hello, World!", "ptool + tstl = 2 oracles"]) {
    const e = base64(s);
    console.log(`base64 "${s}" -> ${e} -> ${unbase64(e) === s}`);
}

function hexdump(s: string): string {
    const lines: string[] = [];
    for (let off = 0; off < s.length; off += 8) {
        const chunk = s.slice(off, off + 8);
        const hex = chunk
            .split("")
            .map((ch) => ch.charCodeAt(0).toString(16).padStart(2, "0"))
            .join(" ");
        lines.push(`${off.toString(16).padStart(4, "0")}  ${hex.padEnd(23)}  |${chunk}|`);
    }
    return lines.join("\n");
}
console.log(hexdump("The quick brown fox jumps!"));

type HNode = { sym: string; w: number; l?: HNode; r?: HNode };
function huffman(text: string): Map<string, string> {
    const freq = new Map<string, number>();
    for (const ch of text) freq.set(ch, (freq.get(ch) ?? 0) + 1);
    let nodes: HNode[] = [...freq].map(([sym, w]) => ({ sym, w }));
    const order = (a: HNode, b: HNode) => (a.w !== b.w ? a.w - b.w : a.sym < b.sym ? -1 : a.sym > b.sym ? 1 : 0);
    while (nodes.length > 1) {
        nodes.sort(order);
        const [a, b] = nodes;
        nodes = [{ sym: a.sym < b.sym ? a.sym : b.sym, w: a.w + b.w, l: a, r: b }, ...nodes.slice(2)];
    }
    const codes = new Map<string, string>();
    const walk = (n: HNode, prefix: string) => {
        if (!n.l || !n.r) codes.set(n.sym, prefix === "" ? "0" : prefix);
        else {
            walk(n.l, prefix + "0");
            walk(n.r, prefix + "1");
        }
    };
    walk(nodes[0], "");
    return codes;
}
const sample = "abracadabra alakazam";
const codes = huffman(sample);
const encoded = sample
    .split("")
    .map((c) => codes.get(c)!)
    .join("");
const decodeTable = new Map([...codes].map(([k, v]) => [v, k]));
let decoded = "";
let buf = "";
for (const bit of encoded) {
    buf += bit;
    const sym = decodeTable.get(buf);
    if (sym !== undefined) {
        decoded += sym;
        buf = "";
    }
}
console.log(
    `huffman codes ${[...codes]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([k, v]) => `${k === " " ? "_" : k}:${v}`)
        .join(" ")}`,
);
console.log(`huffman bits ${encoded.length} vs ${sample.length * 8}, decoded ok ${decoded === sample}`);

function percentEncode(s: string): string {
    let out = "";
    for (const ch of s) {
        const c = ch.charCodeAt(0);
        const plain = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || "-_.~".includes(ch);
        out += plain ? ch : "%" + c.toString(16).toUpperCase().padStart(2, "0");
    }
    return out;
}
console.log(`percent ${percentEncode("a b&c=d/e?f%g+h.i~j")}`);

const specials = ["a.b.c", "1%2%3", "x(y)z", "p+q+r", "m*n", "[a][b]", "^start$", "dash-es-"];
const seps = [".", "%", "(", "+", "*", "][", "$", "-"];
specials.forEach((s, i) => {
    const parts = s.split(seps[i]);
    console.log(
        `split "${s}" on "${seps[i]}": ${parts.length} [${parts.join("|")}] rejoined ${parts.join(seps[i]) === s} replaced ${s.replaceAll(seps[i], "_")} index ${s.indexOf(seps[i])} includes ${s.includes(seps[i])}`,
    );
});
