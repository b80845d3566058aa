// Floating point computations printed through toFixed (JS prints doubles with the shortest
// round-trip form, Lua with %.14g, and Lua writes integral floats as "3.0"). Avoided: exact
// binary ties under toFixed (JS rounds them away from zero, C's printf to even), Infinity and
// NaN (printed "inf"/"nan" by Lua), and Math functions TypeScriptToLua does not map.
const f = (x: number, d = 6) => x.toFixed(d);

console.log(`sqrt ${f(Math.sqrt(2))} ${f(Math.sqrt(1e10), 1)} cbrt-ish ${f(27 ** (1 / 3))}`);
console.log(
    `trig ${f(Math.sin(Math.PI / 6))} ${f(Math.cos(Math.PI / 3))} ${f(Math.tan(Math.PI / 4))} ${f(Math.atan2(1, 1))} ${f(Math.asin(1))} ${f(Math.acos(0))}`,
);
console.log(`exp/log ${f(Math.exp(1))} ${f(Math.log(100))} ${f(Math.log10(1000))} ${f(Math.log2(1024))} ${f(2 ** 0.5)}`);
console.log(
    `rounding ${Math.round(2.4)} ${Math.round(2.6)} ${Math.round(-2.6)} ${Math.floor(-0.5)} ${Math.ceil(0.2)} ${Math.trunc(-3.7)} ${Math.trunc(3.7)} ${Math.sign(-4)} ${Math.sign(9)}`,
);
console.log(
    `toFixed ${(3.14159).toFixed(2)} ${(2 / 3).toFixed(4)} ${(1e6 / 7).toFixed(3)} ${(-1.23456).toFixed(1)} ${(123.456).toFixed(0)} ${(0.000123).toFixed(5)}`,
);
console.log(
    `parse ${f(parseFloat("3.25"), 2)} ${f(Number("1e3"), 1)} ${f(Number("  42.5  "), 1)} ${Number.isNaN(Number("abc"))} ${Number.isNaN(parseFloat("x1"))}`,
);
console.log(`finite ${Number.isFinite(1 / 3)} ${Number.isFinite(1 / 0)} ${1 / 0 > 1e308} ${-1 / 0 < -1e308}`);

function newtonSqrt(x: number): number {
    let g = x / 2;
    for (let i = 0; i < 30; i++) g = (g + x / g) / 2;
    return g;
}
console.log(`newton ${[2, 3, 10, 144, 0.25].map((x) => f(newtonSqrt(x), 8)).join(" ")}`);

function integrate(fn: (x: number) => number, a: number, b: number, n: number): number {
    const h = (b - a) / n;
    let s = (fn(a) + fn(b)) / 2;
    for (let i = 1; i < n; i++) s += fn(a + i * h);
    return s * h;
}
console.log(
    `integrals ${f(
        integrate((x) => x * x, 0, 3, 1000),
        4,
    )} ${f(
        integrate((x) => Math.sin(x), 0, Math.PI, 1000),
        5,
    )} ${f(
        integrate((x) => 1 / x, 1, Math.E, 2000),
        5,
    )}`,
);

function mean(xs: number[]): number {
    return xs.reduce((a, b) => a + b, 0) / xs.length;
}
function stddev(xs: number[]): number {
    const m = mean(xs);
    return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}
const samples = [2.5, 3.1, 4.7, 1.2, 5.9, 3.3, 2.8, 4.1];
console.log(
    `stats mean ${f(mean(samples), 4)} sd ${f(stddev(samples), 4)} min ${f(Math.min(...samples), 1)} max ${f(Math.max(...samples), 1)}`,
);

function compound(principal: number, rate: number, years: number): number {
    let p = principal;
    for (let y = 0; y < years; y++) p *= 1 + rate;
    return p;
}
console.log(`compound ${f(compound(1000, 0.05, 10), 2)} ${f(compound(250, 0.071, 30), 2)}`);

let kahan = 0;
let c = 0;
let naive = 0;
for (let i = 0; i < 100000; i++) {
    naive += 0.1;
    const y = 0.1 - c;
    const t = kahan + y;
    c = t - kahan - y;
    kahan = t;
}
console.log(`sums naive ${f(naive, 8)} kahan ${f(kahan, 8)} differ ${naive !== kahan}`);

type V = [number, number, number];
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: V) => Math.sqrt(dot(a, a));
const u: V = [1, 2, 3];
const v: V = [-2, 0.5, 4];
console.log(
    `vectors dot ${f(dot(u, v), 2)} cross ${cross(u, v)
        .map((x) => f(x, 2))
        .join(",")} |u| ${f(norm(u), 5)} angle ${f(Math.acos(dot(u, v) / (norm(u) * norm(v))), 5)}`,
);

function mandelRow(y: number): string {
    let row = "";
    for (let x = -2; x <= 0.5; x += 0.125) {
        let zr = 0;
        let zi = 0;
        let k = 0;
        while (k < 50 && zr * zr + zi * zi <= 4) {
            [zr, zi] = [zr * zr - zi * zi + x, 2 * zr * zi + y];
            k++;
        }
        row += k >= 50 ? "#" : k > 5 ? "+" : ".";
    }
    return row;
}
for (let y = -1; y <= 1; y += 0.25) console.log(mandelRow(y));

const celsius = [-40, 0, 37, 100];
console.log(`temps ${celsius.map((c2) => `${c2}C=${f((c2 * 9) / 5 + 32, 1)}F`).join(" ")}`);
console.log(
    `half-integers ${[0.5, 1.5, 2.5].map((x) => Math.floor(x * 2)).join(",")} products ${f(0.1 * 3, 17).slice(0, 6)} ${f(1e-7 * 1e7, 3)}`,
);
