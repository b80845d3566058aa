// Enums: numeric with implicit and explicit values, reverse mapping, string enums, const
// enums, enums as map keys and in switch statements, flag enums combined with bit operations.
enum Direction {
    Up,
    Down,
    Left = 10,
    Right,
}
console.log(`numeric ${Direction.Up} ${Direction.Down} ${Direction.Left} ${Direction.Right}`);
console.log(`reverse ${Direction[0]} ${Direction[11]} ${Direction[Direction.Left]}`);

enum Color {
    Red = "RED",
    Green = "GREEN",
    Blue = "BLUE",
}
console.log(`string enum ${Color.Red} ${Color.Blue}`);

const enum Level {
    Debug = 1,
    Info = 2,
    Warn = 3,
    Error = 4,
}
function levelName(l: Level): string {
    switch (l) {
        case Level.Debug:
            return "debug";
        case Level.Info:
            return "info";
        case Level.Warn:
            return "warn";
        default:
            return "error";
    }
}
console.log(`const enum ${[Level.Error, Level.Debug, Level.Warn, Level.Info].map(levelName).join(",")}`);

function move(pos: [number, number], d: Direction): [number, number] {
    switch (d) {
        case Direction.Up:
            return [pos[0], pos[1] - 1];
        case Direction.Down:
            return [pos[0], pos[1] + 1];
        case Direction.Left:
            return [pos[0] - 1, pos[1]];
        case Direction.Right:
            return [pos[0] + 1, pos[1]];
    }
}
let p: [number, number] = [0, 0];
const path = [Direction.Up, Direction.Up, Direction.Right, Direction.Down, Direction.Left, Direction.Left];
const visited: string[] = [];
for (const d of path) {
    p = move(p, d);
    visited.push(`${Direction[d]}->(${p[0]},${p[1]})`);
}
console.log(visited.join(" "));

enum Perm {
    None = 0,
    Read = 1 << 0,
    Write = 1 << 1,
    Exec = 1 << 2,
    All = Read | Write | Exec,
}
function perms(p: Perm): string {
    const names: string[] = [];
    // `!== 0`: under TypeScriptToLua `if (p & Perm.Read)` is always true (0 is true in Lua)
    names.push((p & Perm.Read) !== 0 ? "r" : "-");
    names.push((p & Perm.Write) !== 0 ? "w" : "-");
    names.push((p & Perm.Exec) !== 0 ? "x" : "-");
    return names.join("");
}
const combos = [Perm.None, Perm.Read, Perm.Read | Perm.Write, Perm.All, Perm.All & ~Perm.Write, Perm.Exec];
console.log(`flags ${combos.map((c) => `${c}:${perms(c)}`).join(" ")}`);

const colorCounts = new Map<Color, number>();
for (const c of [Color.Red, Color.Blue, Color.Red, Color.Green, Color.Red]) colorCounts.set(c, (colorCounts.get(c) ?? 0) + 1);
console.log(`counts ${[...colorCounts].map(([c, n]) => `${c}=${n}`).join(" ")}`);

enum State {
    Idle,
    Running,
    Paused,
    Stopped,
}
const transitions: Record<State, State[]> = {
    [State.Idle]: [State.Running],
    [State.Running]: [State.Paused, State.Stopped],
    [State.Paused]: [State.Running, State.Stopped],
    [State.Stopped]: [],
};
function tryMoves(moves: State[]): string {
    let s = State.Idle;
    const log = [State[s]];
    for (const m of moves) {
        if (transitions[s].includes(m)) {
            s = m;
            log.push(State[s]);
        } else log.push(`!${State[m]}`);
    }
    return log.join(" ");
}
console.log(tryMoves([State.Running, State.Paused, State.Idle, State.Running, State.Stopped, State.Running]));

function isColor(s: string): s is Color {
    return (Object.values(Color) as string[]).includes(s);
}
console.log(`isColor ${isColor("RED")} ${isColor("red")} ${isColor("BLUE")}`);
