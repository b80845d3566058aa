// Backtracking searches: all solutions of n-queens for n up to 8, a sudoku solver, subsets
// summing to a target, and permutations with pruning.
function queens(n: number): number[][] {
    const sols: number[][] = [];
    const cols: number[] = [];
    const used = new Set<number>();
    const d1 = new Set<number>();
    const d2 = new Set<number>();
    const place = (r: number) => {
        if (r === n) {
            sols.push([...cols]);
            return;
        }
        for (let c = 0; c < n; c++) {
            if (used.has(c) || d1.has(r + c) || d2.has(r - c)) continue;
            used.add(c);
            d1.add(r + c);
            d2.add(r - c);
            cols.push(c);
            place(r + 1);
            cols.pop();
            used.delete(c);
            d1.delete(r + c);
            d2.delete(r - c);
        }
    };
    place(0);
    return sols;
}
const counts: string[] = [];
for (let n = 1; n <= 8; n++) counts.push(`${n}:${queens(n).length}`);
console.log(`queens ${counts.join(" ")}`);
const first8 = queens(8)[0];
console.log(first8.map((c) => ".".repeat(c) + "Q" + ".".repeat(7 - c)).join("\n"));

function solveSudoku(grid: number[][]): boolean {
    for (let r = 0; r < 9; r++)
        for (let c = 0; c < 9; c++) {
            if (grid[r][c] !== 0) continue;
            for (let v = 1; v <= 9; v++) {
                if (ok(grid, r, c, v)) {
                    grid[r][c] = v;
                    if (solveSudoku(grid)) return true;
                    grid[r][c] = 0;
                }
            }
            return false;
        }
    return true;
}
function ok(g: number[][], r: number, c: number, v: number): boolean {
    for (let i = 0; i < 9; i++) if (g[r][i] === v || g[i][c] === v) return false;
    const br = r - (r % 3);
    const bc = c - (c % 3);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (g[br + i][bc + j] === v) return false;
    return true;
}
const puzzle = ["53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1", "7...2...6", ".6....28.", "...419..5", "....8..79"].map(
    (row) => row.split("").map((ch) => (ch === "." ? 0 : parseInt(ch, 10))),
);
console.log(`sudoku solved ${solveSudoku(puzzle)}`);
console.log(puzzle.map((r) => r.join("")).join("\n"));
const valid =
    puzzle.every((row) => new Set(row).size === 9) && [0, 1, 2, 3, 4, 5, 6, 7, 8].every((c) => new Set(puzzle.map((r) => r[c])).size === 9);
console.log(`valid ${valid}`);

function subsetSums(xs: number[], target: number): string[] {
    const out: string[] = [];
    const pick: number[] = [];
    const go = (i: number, remaining: number) => {
        if (remaining === 0) {
            out.push(pick.join("+"));
            return;
        }
        if (i >= xs.length || remaining < 0) return;
        pick.push(xs[i]);
        go(i + 1, remaining - xs[i]);
        pick.pop();
        go(i + 1, remaining);
    };
    go(0, target);
    return out;
}
console.log(
    `subsets of 15: ${subsetSums([1, 2, 3, 4, 5, 6, 7, 8], 15).length} e.g. ${subsetSums([1, 2, 3, 4, 5, 6, 7, 8], 15).slice(0, 5).join(" ")}`,
);

function wordSquares(letters: string): string[] {
    const out: string[] = [];
    const chars = letters.split("").sort();
    const usedIdx: boolean[] = chars.map(() => false);
    const cur: string[] = [];
    const go = () => {
        if (cur.length === chars.length) {
            out.push(cur.join(""));
            return;
        }
        for (let i = 0; i < chars.length; i++) {
            if (usedIdx[i]) continue;
            if (i > 0 && chars[i] === chars[i - 1] && !usedIdx[i - 1]) continue;
            usedIdx[i] = true;
            cur.push(chars[i]);
            go();
            cur.pop();
            usedIdx[i] = false;
        }
    };
    go();
    return out;
}
const ps = wordSquares("aabbc");
console.log(`distinct permutations of aabbc: ${ps.length}: ${ps.slice(0, 10).join(" ")}`);
