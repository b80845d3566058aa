// Dynamic programming: 0/1 knapsack with the chosen items, edit distance with the edit
// script, longest increasing subsequence, coin change counts and minimum coins, longest
// common substring, and matrix-chain multiplication order.
function knapsack(items: Array<[string, number, number]>, cap: number): [number, string[]] {
    const n = items.length;
    const dp: number[][] = [];
    for (let i = 0; i <= n; i++) {
        dp.push([]);
        for (let w = 0; w <= cap; w++) dp[i].push(0);
    }
    for (let i = 1; i <= n; i++) {
        const [, wt, val] = items[i - 1];
        for (let w = 0; w <= cap; w++) {
            dp[i][w] = dp[i - 1][w];
            if (wt <= w && dp[i - 1][w - wt] + val > dp[i][w]) dp[i][w] = dp[i - 1][w - wt] + val;
        }
    }
    const chosen: string[] = [];
    let w = cap;
    for (let i = n; i > 0; i--) {
        if (dp[i][w] !== dp[i - 1][w]) {
            chosen.push(items[i - 1][0]);
            w -= items[i - 1][1];
        }
    }
    return [dp[n][cap], chosen.reverse()];
}
const [best, chosen] = knapsack(
    [
        ["map", 9, 150],
        ["compass", 13, 35],
        ["water", 153, 200],
        ["sandwich", 50, 160],
        ["glucose", 15, 60],
        ["tin", 68, 45],
        ["banana", 27, 60],
        ["apple", 39, 40],
        ["cheese", 23, 30],
        ["beer", 52, 10],
        ["suntan", 11, 70],
        ["camera", 32, 30],
    ],
    400,
);
console.log(`knapsack value ${best} items ${chosen.join(",")}`);

function editDistance(a: string, b: string): [number, string] {
    const dp: number[][] = [];
    for (let i = 0; i <= a.length; i++) {
        dp.push([]);
        for (let j = 0; j <= b.length; j++) dp[i].push(i === 0 ? j : j === 0 ? i : 0);
    }
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
            dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    const ops: string[] = [];
    let i = a.length;
    let j = b.length;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && dp[i][j] === dp[i - 1][j - 1]) {
            ops.push("=");
            i--;
            j--;
        } else if (i > 0 && j > 0 && dp[i][j] === dp[i - 1][j - 1] + 1) {
            ops.push(`~${b[j - 1]}`);
            i--;
            j--;
        } else if (i > 0 && dp[i][j] === dp[i - 1][j] + 1) {
            ops.push(`-${a[i - 1]}`);
            i--;
        } else {
            ops.push(`+${b[j - 1]}`);
            j--;
        }
    }
    return [dp[a.length][b.length], ops.reverse().join("")];
}
for (const [x, y] of [
    ["kitten", "sitting"],
    ["flaw", "lawn"],
    ["intention", "execution"],
    ["", "abc"],
    ["same", "same"],
]) {
    const [d, script] = editDistance(x, y);
    console.log(`edit ${x}->${y}: ${d} ${script}`);
}

function lis(xs: number[]): number[] {
    const len: number[] = xs.map(() => 1);
    const prev: number[] = xs.map(() => -1);
    for (let i = 0; i < xs.length; i++)
        for (let j = 0; j < i; j++)
            if (xs[j] < xs[i] && len[j] + 1 > len[i]) {
                len[i] = len[j] + 1;
                prev[i] = j;
            }
    let end = 0;
    for (let i = 1; i < xs.length; i++) if (len[i] > len[end]) end = i;
    const out: number[] = [];
    for (let k = end; k !== -1; k = prev[k]) out.push(xs[k]);
    return out.reverse();
}
console.log(`lis ${lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]).join(",")}`);

function coinWays(coins: number[], amount: number): number {
    const ways = [1];
    for (let a = 1; a <= amount; a++) ways.push(0);
    for (const c of coins) for (let a = c; a <= amount; a++) ways[a] += ways[a - c];
    return ways[amount];
}
function minCoins(coins: number[], amount: number): string {
    const best: number[] = [0];
    const last: number[] = [0];
    for (let a = 1; a <= amount; a++) {
        best.push(amount + 1);
        last.push(0);
        for (const c of coins)
            if (c <= a && best[a - c] + 1 < best[a]) {
                best[a] = best[a - c] + 1;
                last[a] = c;
            }
    }
    if (best[amount] > amount) return "impossible";
    const used: number[] = [];
    for (let a = amount; a > 0; a -= last[a]) used.push(last[a]);
    return `${best[amount]} (${used.join("+")})`;
}
console.log(`coin ways ${coinWays([1, 2, 5], 11)} ${coinWays([2, 5, 3, 6], 10)} ${coinWays([1, 5, 10, 25, 50], 100)}`);
console.log(`min coins ${minCoins([1, 5, 6, 9], 11)} ${minCoins([2], 3)} ${minCoins([1, 7, 10], 14)}`);

function longestCommonSubstring(a: string, b: string): string {
    let best = 0;
    let endA = 0;
    let prevRow: number[] = [];
    for (let j = 0; j <= b.length; j++) prevRow.push(0);
    for (let i = 1; i <= a.length; i++) {
        const row = [0];
        for (let j = 1; j <= b.length; j++) {
            const v = a[i - 1] === b[j - 1] ? prevRow[j - 1] + 1 : 0;
            row.push(v);
            if (v > best) {
                best = v;
                endA = i;
            }
        }
        prevRow = row;
    }
    return a.slice(endA - best, endA);
}
console.log(`common substring "${longestCommonSubstring("xabxaabxa", "babxba")}" "${longestCommonSubstring("typescript", "javascript")}"`);

function matrixChain(dims: number[]): [number, string] {
    const n = dims.length - 1;
    const cost: number[][] = [];
    const split: number[][] = [];
    for (let i = 0; i < n; i++) {
        cost.push([]);
        split.push([]);
        for (let j = 0; j < n; j++) {
            cost[i].push(0);
            split[i].push(0);
        }
    }
    for (let len = 2; len <= n; len++)
        for (let i = 0; i + len - 1 < n; i++) {
            const j = i + len - 1;
            cost[i][j] = Number.MAX_SAFE_INTEGER;
            for (let k = i; k < j; k++) {
                const c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1];
                if (c < cost[i][j]) {
                    cost[i][j] = c;
                    split[i][j] = k;
                }
            }
        }
    const paren = (i: number, j: number): string =>
        i === j ? String.fromCharCode(65 + i) : `(${paren(i, split[i][j])}${paren(split[i][j] + 1, j)})`;
    return [cost[0][n - 1], paren(0, n - 1)];
}
const [mc, order] = matrixChain([40, 20, 30, 10, 30, 5, 50]);
console.log(`matrix chain ${mc} ${order}`);
