// Conway's game of life on a torus, with a glider and a blinker, generation counts,
// population history, and cycle detection by hashing boards into a Map.
class Board {
    cells: boolean[][];
    constructor(
        public w: number,
        public h: number,
    ) {
        this.cells = [];
        for (let y = 0; y < h; y++) {
            const row: boolean[] = [];
            for (let x = 0; x < w; x++) row.push(false);
            this.cells.push(row);
        }
    }
    static parse(rows: string[]): Board {
        const b = new Board(rows[0].length, rows.length);
        rows.forEach((r, y) => {
            for (let x = 0; x < r.length; x++) b.cells[y][x] = r[x] === "#";
        });
        return b;
    }
    alive(x: number, y: number): boolean {
        return this.cells[(y + this.h) % this.h][(x + this.w) % this.w];
    }
    neighbours(x: number, y: number): number {
        let n = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if ((dx !== 0 || dy !== 0) && this.alive(x + dx, y + dy)) n++;
        return n;
    }
    step(): Board {
        const next = new Board(this.w, this.h);
        for (let y = 0; y < this.h; y++)
            for (let x = 0; x < this.w; x++) {
                const n = this.neighbours(x, y);
                next.cells[y][x] = n === 3 || (n === 2 && this.cells[y][x]);
            }
        return next;
    }
    population(): number {
        return this.cells.reduce((s, row) => s + row.filter((c) => c).length, 0);
    }
    key(): string {
        return this.cells.map((r) => r.map((c) => (c ? "1" : "0")).join("")).join("/");
    }
    toString(): string {
        return this.cells.map((r) => r.map((c) => (c ? "#" : ".")).join("")).join("\n");
    }
}

let board = Board.parse(["..........", "..#.......", "...#......", ".###......", "..........", "..........", "......###.", ".........."]);
console.log(`generation 0, population ${board.population()}\n${board.toString()}`);
const history: number[] = [];
for (let g = 1; g <= 12; g++) {
    board = board.step();
    history.push(board.population());
    if (g % 4 === 0) console.log(`generation ${g}\n${board.toString()}`);
}
console.log(`populations ${history.join(",")}`);

function findCycle(start: Board, limit: number): string {
    const seen = new Map<string, number>();
    let b = start;
    for (let g = 0; g <= limit; g++) {
        const k = b.key();
        const prev = seen.get(k);
        if (prev !== undefined) return `state at ${g} repeats ${prev} (period ${g - prev})`;
        seen.set(k, g);
        b = b.step();
    }
    return "no cycle";
}
console.log(`blinker: ${findCycle(Board.parse([".....", "..#..", "..#..", "..#..", "....."]), 10)}`);
console.log(`block: ${findCycle(Board.parse(["....", ".##.", ".##.", "...."]), 10)}`);
console.log(`glider on 6x6: ${findCycle(Board.parse([".#....", "..#...", "###...", "......", "......", "......"]), 40)}`);
console.log(
    `r-pentomino on 12x12: ${findCycle(Board.parse(["............", "............", "............", "............", ".....##.....", "....##......", ".....#......", "............", "............", "............", "............", "............"]), 200)}`,
);
