// Integer matrices: multiplication, transpose, identity, powers by squaring (Fibonacci
// numbers), determinant by cofactor expansion and by fraction-free Bareiss elimination,
// rotation, spiral order, and a small linear recurrence.
type M = number[][];
const zeros = (r: number, c: number): M => Array.from({ length: r }, () => Array.from({ length: c }, () => 0));
const identity = (n: number): M => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
function mul(a: M, b: M): M {
    const out = zeros(a.length, b[0].length);
    for (let i = 0; i < a.length; i++)
        for (let j = 0; j < b[0].length; j++) for (let k = 0; k < b.length; k++) out[i][j] += a[i][k] * b[k][j];
    return out;
}
const transpose = (a: M): M => a[0].map((_, j) => a.map((row) => row[j]));
function power(a: M, e: number): M {
    let result = identity(a.length);
    let base = a;
    while (e > 0) {
        if (e % 2 === 1) result = mul(result, base);
        base = mul(base, base);
        e = Math.floor(e / 2);
    }
    return result;
}
const show = (a: M) => a.map((r) => r.map((x) => String(x).padStart(5)).join("")).join("\n");

const A = [
    [1, 2, 3],
    [4, 5, 6],
];
const B = [
    [7, 8],
    [9, 10],
    [11, 12],
];
console.log(`A x B =\n${show(mul(A, B))}`);
console.log(`B x A =\n${show(mul(B, A))}`);
console.log(`transpose A =\n${show(transpose(A))}`);
const fib = power(
    [
        [1, 1],
        [1, 0],
    ],
    70,
);
console.log(`fib(70) = ${fib[0][1]} fib(71) = ${fib[0][0]}`);

function detCofactor(a: M): number {
    if (a.length === 1) return a[0][0];
    let d = 0;
    for (let j = 0; j < a.length; j++) {
        const minor = a.slice(1).map((row) => row.filter((_, k) => k !== j));
        d += (j % 2 === 0 ? 1 : -1) * a[0][j] * detCofactor(minor);
    }
    return d;
}
function detBareiss(input: M): number {
    const a = input.map((r) => [...r]);
    const n = a.length;
    let sign = 1;
    let prev = 1;
    for (let k = 0; k < n - 1; k++) {
        if (a[k][k] === 0) {
            let swap = -1;
            for (let i = k + 1; i < n; i++)
                if (a[i][k] !== 0) {
                    swap = i;
                    break;
                }
            if (swap < 0) return 0;
            [a[k], a[swap]] = [a[swap], a[k]];
            sign = -sign;
        }
        for (let i = k + 1; i < n; i++)
            for (let j = k + 1; j < n; j++) {
                const num = a[i][j] * a[k][k] - a[i][k] * a[k][j];
                // exact division (Bareiss): the quotient is an integer, computed without floats
                a[i][j] = num >= 0 === prev > 0 ? Math.floor(Math.abs(num) / Math.abs(prev)) : -Math.floor(Math.abs(num) / Math.abs(prev));
            }
        prev = a[k][k];
    }
    return sign * a[n - 1][n - 1];
}
const mats: M[] = [
    [[5]],
    [
        [1, 2],
        [3, 4],
    ],
    [
        [2, -3, 1],
        [2, 0, -1],
        [1, 4, 5],
    ],
    [
        [0, 1, 2, 3],
        [4, 5, 6, 7],
        [8, 9, 10, 11],
        [12, 13, 14, 15],
    ],
    [
        [3, 2, 0, 1],
        [4, 0, 1, 2],
        [3, 0, 2, 1],
        [9, 2, 3, 1],
    ],
    [
        [0, 2, 1, 4, 3],
        [1, 0, 5, 2, 2],
        [7, 3, 0, 1, 1],
        [2, 6, 1, 0, 9],
        [4, 1, 3, 8, 0],
    ],
];
for (const m of mats) console.log(`det ${m.length}x${m.length}: cofactor ${detCofactor(m)} bareiss ${detBareiss(m)}`);

const rotate = (a: M): M => a[0].map((_, j) => a.map((row) => row[j]).reverse());
const sq = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
];
console.log(`rotated\n${show(rotate(sq))}\nrotated four times equal ${JSONish(rotate(rotate(rotate(rotate(sq))))) === JSONish(sq)}`);
function JSONish(a: M): string {
    return a.map((r) => r.join(",")).join(";");
}

function spiral(a: M): number[] {
    const out: number[] = [];
    let top = 0;
    let bottom = a.length - 1;
    let left = 0;
    let right = a[0].length - 1;
    while (top <= bottom && left <= right) {
        for (let j = left; j <= right; j++) out.push(a[top][j]);
        top++;
        for (let i = top; i <= bottom; i++) out.push(a[i][right]);
        right--;
        if (top <= bottom) {
            for (let j = right; j >= left; j--) out.push(a[bottom][j]);
            bottom--;
        }
        if (left <= right) {
            for (let i = bottom; i >= top; i--) out.push(a[i][left]);
            left++;
        }
    }
    return out;
}
console.log(`spiral ${spiral(mats[3]).join(" ")}`);
console.log(`spiral 2x3 ${spiral(A).join(" ")}`);

const tribonacciStep = [
    [1, 1, 1],
    [1, 0, 0],
    [0, 1, 0],
];
const t = power(tribonacciStep, 30);
console.log(
    `tribonacci(32) ${t[0][0] + t[0][1] * 0 + t[0][2] * 0} trace of M^10 ${power(tribonacciStep, 10).reduce((s, row, i) => s + row[i], 0)}`,
);
