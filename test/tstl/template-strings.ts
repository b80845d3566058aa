// Template strings: interpolation of numbers, strings, booleans and expressions, nesting,
// multi-line templates, tagged templates, escapes, building reports.
const name = "world";
const n = 42;
console.log(`hello ${name}, n=${n}, n*2=${n * 2}, even=${n % 2 === 0}, ${n > 40 ? "big" : "small"}`);
console.log(`nested: ${`inner ${`innermost ${n + 1}`}`}`);
console.log(`escapes: \`backticks\` \${not interpolated} tab[\t] backslash[\\] quote["']`);
const multi = `line one
line two with ${name}
  indented line three`;
console.log(multi);
console.log(`lines ${multi.split("\n").length}`);

function tag(strings: TemplateStringsArray, ...values: unknown[]): string {
    let out = "";
    strings.forEach((s, i) => {
        out += s;
        if (i < values.length) out += `<${String(values[i]).toUpperCase()}>`;
    });
    return out;
}
console.log(tag`a ${"b"} c ${"d"} e`);
console.log(tag`${"start"} only`);
console.log(tag`no values`);

function html(strings: TemplateStringsArray, ...values: string[]): string {
    const escape = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    return strings.reduce((acc, s, i) => acc + s + (i < values.length ? escape(values[i]) : ""), "");
}
console.log(
    html`<p>${"fish & chips"}</p>
        <b>${"<script>"}</b>`,
);

interface Row {
    item: string;
    qty: number;
    cents: number;
}
const rows: Row[] = [
    { item: "coffee", qty: 2, cents: 350 },
    { item: "bagel", qty: 3, cents: 225 },
    { item: "juice", qty: 1, cents: 499 },
];
function money(cents: number): string {
    const whole = Math.floor(cents / 100);
    const frac = cents % 100;
    return `$${whole}.${String(frac).padStart(2, "0")}`;
}
const width = 10;
const report = [
    `${"item".padEnd(width)}${"qty".padStart(5)}${"total".padStart(10)}`,
    ...rows.map((r) => `${r.item.padEnd(width)}${String(r.qty).padStart(5)}${money(r.qty * r.cents).padStart(10)}`),
    `${"".padEnd(width + 15, "=")}`,
    `${"sum".padEnd(width)}${String(rows.reduce((s, r) => s + r.qty, 0)).padStart(5)}${money(rows.reduce((s, r) => s + r.qty * r.cents, 0)).padStart(10)}`,
];
console.log(report.join("\n"));

const list = ["x", "y", "z"];
console.log(`items: ${list.map((x, i) => `${i + 1}.${x}`).join(" ")}`);
console.log(`empty interpolation [${""}] [${[].join(",")}]`);
console.log(`arithmetic ${7 - 10} ${3 * -4} ${2 ** 10 === 1024} ${Math.floor(17 / 5)} ${17 % 5}`);
// Not String(obj) with a toString method: TypeScriptToLua calls Lua's tostring, which prints
// a table address.
