// Text processing: word frequencies, line wrapping to a width, justification, a simple
// template engine, run-length encoding, a diff of two line lists by longest common
// subsequence, and an INI-style config parser.
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.`;

function words(t: string): string[] {
    const out: string[] = [];
    let cur = "";
    for (const c of t.toLowerCase()) {
        if (c >= "a" && c <= "z") cur += c;
        else if (cur.length > 0) {
            out.push(cur);
            cur = "";
        }
    }
    if (cur.length > 0) out.push(cur);
    return out;
}
const freq = new Map<string, number>();
for (const w of words(text)) freq.set(w, (freq.get(w) ?? 0) + 1);
const top = [...freq].sort((a, b) => (a[1] !== b[1] ? b[1] - a[1] : a[0] < b[0] ? -1 : 1)).slice(0, 8);
console.log(`words ${words(text).length} distinct ${freq.size}`);
console.log(`top ${top.map(([w, n]) => `${w}:${n}`).join(" ")}`);

function wrap(t: string, width: number): string[] {
    const lines: string[] = [];
    let line = "";
    for (const w of t.split(/* whitespace-separated */ " ").flatMap((x) => x.split("\n"))) {
        if (w === "") continue;
        if (line.length === 0) line = w;
        else if (line.length + 1 + w.length <= width) line += " " + w;
        else {
            lines.push(line);
            line = w;
        }
    }
    if (line.length > 0) lines.push(line);
    return lines;
}
function justify(line: string, width: number): string {
    const ws = line.split(" ");
    if (ws.length === 1) return line;
    let gaps = ws.length - 1;
    let spaces = width - ws.reduce((s, w) => s + w.length, 0);
    let out = ws[0];
    for (let i = 1; i < ws.length; i++) {
        const n = Math.ceil(spaces / gaps);
        out += " ".repeat(n) + ws[i];
        spaces -= n;
        gaps--;
    }
    return out;
}
const wrapped = wrap(text, 36);
console.log(wrapped.map((l, i) => (i < wrapped.length - 1 ? justify(l, 36) : l) + "|").join("\n"));

function render(tpl: string, vars: Record<string, string | number>): string {
    let out = "";
    let i = 0;
    while (i < tpl.length) {
        const open = tpl.indexOf("{{", i);
        if (open < 0) {
            out += tpl.slice(i);
            break;
        }
        const close = tpl.indexOf("}}", open);
        if (close < 0) throw new Error(`unclosed tag at ${open}`);
        out += tpl.slice(i, open);
        const [name, filter] = tpl
            .slice(open + 2, close)
            .trim()
            .split("|")
            .map((s) => s.trim());
        const v = vars[name];
        let s = v === undefined ? `<${name}?>` : String(v);
        if (filter === "upper") s = s.toUpperCase();
        else if (filter === "pad") s = s.padStart(6, ".");
        out += s;
        i = close + 2;
    }
    return out;
}
console.log(render("Dear {{ name | upper }}, you owe {{amount|pad}} coins. {{missing}}!", { name: "Ada", amount: 125 }));
try {
    render("broken {{ tag", {});
} catch (e) {
    console.log(`template error: ${(e as Error).message}`);
}

function rle(s: string): string {
    let out = "";
    for (let i = 0; i < s.length;) {
        let j = i;
        while (j < s.length && s[j] === s[i]) j++;
        out += (j - i > 1 ? String(j - i) : "") + s[i];
        i = j;
    }
    return out;
}
function unrle(s: string): string {
    let out = "";
    let n = "";
    for (const c of s) {
        if (c >= "0" && c <= "9") n += c;
        else {
            out += c.repeat(n === "" ? 1 : parseInt(n, 10));
            n = "";
        }
    }
    return out;
}
for (const s of ["aaabccddddde", "abc", "zzzzzzzzzzzz", ""]) console.log(`rle "${s}" -> "${rle(s)}" -> ok ${unrle(rle(s)) === s}`);

function lcsDiff(a: string[], b: string[]): string[] {
    const n = a.length;
    const m = b.length;
    const dp: number[][] = [];
    for (let i = 0; i <= n; i++) {
        dp.push([]);
        for (let j = 0; j <= m; j++) dp[i].push(0);
    }
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    const out: string[] = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (a[i] === b[j]) {
            out.push(`  ${a[i]}`);
            i++;
            j++;
        } else if (dp[i + 1][j] >= dp[i][j + 1]) out.push(`- ${a[i++]}`);
        else out.push(`+ ${b[j++]}`);
    }
    while (i < n) out.push(`- ${a[i++]}`);
    while (j < m) out.push(`+ ${b[j++]}`);
    return out;
}
const before = ["apple", "banana", "cherry", "date", "elderberry", "fig"];
const after = ["apple", "blueberry", "cherry", "date", "fig", "grape"];
console.log(lcsDiff(before, after).join("\n"));

const ini = `
; comment line
name = demo
[server]
host = example.org
port = 8080
[client]
retries=3
  timeout = 30   
[empty]
`;
const sections = new Map<string, Map<string, string>>([["", new Map()]]);
let current = "";
for (const raw of ini.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith(";")) continue;
    if (line.startsWith("[") && line.endsWith("]")) {
        current = line.slice(1, -1);
        sections.set(current, new Map());
        continue;
    }
    const eq = line.indexOf("=");
    sections.get(current)!.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
}
for (const [name, kv] of sections) console.log(`[${name}] ${[...kv].map(([k, v]) => `${k}=${v}`).join(", ")}`);
