// String methods on ASCII text: split/join, replace/replaceAll with strings, indexOf (TypeScriptToLua
// has no lastIndexOf), slice/substring/substr with negative and swapped bounds, case, trim,
// padStart/padEnd, repeat, startsWith/endsWith/includes, charAt/charCodeAt, fromCharCode.
const s = "Hello, World! Hello, TypeScript!";
console.log(`length ${s.length}`);
console.log(`split ${s.split(" ").join("|")} ; ${s.split(", ").length} ; ${"a,b,,c".split(",").join("/")} ; ${"abc".split("").join(" ")}`);
console.log(`replace ${s.replace("Hello", "Bye")} ; replaceAll ${s.replaceAll("Hello", "Bye")}`);
console.log(`replace special chars ${"a.b.c".replaceAll(".", "%")} ${"(x)".replace("(", "[")} ${"100%".replace("%", " percent")}`);
console.log(`indexOf ${s.indexOf("o")} ${s.indexOf("o", 5)} ${s.indexOf("zzz")} ${s.indexOf("")}`);
console.log(`slice ${s.slice(7, 12)} ; ${s.slice(-11)} ; ${s.slice(-11, -1)} ; ${s.slice(20, 10)}|`);
console.log(`substring ${s.substring(7, 12)} ; ${s.substring(12, 7)} ; ${s.substring(27)} ; ${s.substring(-5, 5)}`);
console.log(`case ${s.toUpperCase()} ; ${s.toLowerCase()}`);
console.log(`trim [${"  padded \t ".trim()}] [${"  left".trimStart()}] [${"right  ".trimEnd()}]`);
console.log(`pad ${"7".padStart(3, "0")} ${"abc".padEnd(6, ".")}| ${"x".padStart(5)}| ${"long".padStart(2)} ${"ab".padStart(7, "123")}`);
console.log(`repeat ${"ab".repeat(3)} [${"x".repeat(0)}] ${"-".repeat(10)}`);
console.log(
    `starts ${s.startsWith("Hello")} ${s.startsWith("World", 7)} ends ${s.endsWith("!")} ${s.endsWith("Hello", 5)} includes ${s.includes("World")} ${s.includes("world")}`,
);
console.log(`charAt ${s.charAt(4)} [${s.charAt(100)}] code ${s.charCodeAt(0)} ${s.charCodeAt(7)} from ${String.fromCharCode(72, 105, 33)}`);
console.log(`index ${s[0]}${s[7]}${s[s.length - 1]}`);
console.log(`concat ${"a".concat("b", "c")} compare ${"apple" < "banana"} ${"Zebra" < "apple"} ${"abc" === "ab" + "c"}`);

function titleCase(t: string): string {
    return t
        .split(" ")
        .filter((w) => w.length > 0)
        .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
        .join(" ");
}
console.log(`title ${titleCase("the  QUICK brown   fOX")}`);

function reverse(t: string): string {
    let out = "";
    for (let i = t.length - 1; i >= 0; i--) out += t[i];
    return out;
}
function isPalindrome(t: string): boolean {
    const clean = t
        .toLowerCase()
        .split("")
        .filter((c) => (c >= "a" && c <= "z") || (c >= "0" && c <= "9"))
        .join("");
    return clean === reverse(clean);
}
for (const p of ["A man, a plan, a canal: Panama", "hello", "No lemon, no melon", ""]) console.log(`palindrome "${p}" ${isPalindrome(p)}`);

function caesar(t: string, k: number): string {
    let out = "";
    for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + k) % 26) + 65);
        else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + k) % 26) + 97);
        else out += t[i];
    }
    return out;
}
const secret = caesar("Attack at Dawn!", 13);
console.log(`caesar ${secret} -> ${caesar(secret, 13)}`);

function countOccurrences(hay: string, needle: string): number {
    let n = 0;
    let i = hay.indexOf(needle);
    while (i !== -1) {
        n++;
        i = hay.indexOf(needle, i + needle.length);
    }
    return n;
}
console.log(`occurrences ${countOccurrences("abababab", "aba")} ${countOccurrences(s, "l")} ${countOccurrences(s, "Hello")}`);

const csv = "name;age;city\nann;31;oslo\nbob;25;rome\n";
const rows = csv
    .trim()
    .split("\n")
    .map((l) => l.split(";"));
const [header, ...data] = rows;
for (const r of data) console.log(header.map((h, i) => `${h}=${r[i]}`).join(" "));
console.log(`table\n${rows.map((r) => r.map((c) => c.padEnd(6)).join("|")).join("\n")}`);
