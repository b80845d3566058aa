// Calendar arithmetic without Date: leap years, days in months, day of the week (Zeller
// and a day count), day-of-year, adding days, ISO-like formatting, and month grids.
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const monthNames = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

function zeller(y: number, m: number, d: number): number {
    if (m < 3) {
        m += 12;
        y -= 1;
    }
    const k = y % 100;
    const j = Math.floor(y / 100);
    const h = (d + Math.floor((13 * (m + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
    return (h + 6) % 7; // 0 = Sunday
}
function daysFromCivil(y: number, m: number, d: number): number {
    // days since 1970-01-01 (valid for years >= 1)
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function civilFromDays(z: number): [number, number, number] {
    z += 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const y = yoe + era * 400;
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp + (mp < 10 ? 3 : -9);
    return [m <= 2 ? y + 1 : y, m, d];
}
const fmt = (y: number, m: number, d: number) =>
    `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

const dates: Array<[number, number, number]> = [
    [1970, 1, 1],
    [2000, 2, 29],
    [1969, 7, 20],
    [2024, 12, 25],
    [1900, 3, 1],
    [2038, 1, 19],
    [1600, 1, 1],
];
for (const [y, m, d] of dates) {
    const n = daysFromCivil(y, m, d);
    const dow = ((((n % 7) + 7 + 4) % 7) + 7) % 7;
    console.log(`${fmt(y, m, d)} ${dayNames[zeller(y, m, d)]} (count says ${dayNames[dow]}) day ${n} -> ${fmt(...civilFromDays(n))}`);
}
console.log(`leap years 1896-1912: ${[1896, 1900, 1904, 1908, 1912].filter(isLeap).join(",")} 2000 ${isLeap(2000)} 2100 ${isLeap(2100)}`);

function dayOfYear(y: number, m: number, d: number): number {
    let n = d;
    for (let k = 1; k < m; k++) n += monthDays(y, k);
    return n;
}
console.log(`day of year ${dayOfYear(2023, 12, 31)} ${dayOfYear(2024, 12, 31)} ${dayOfYear(2024, 3, 1)}`);

function addDays(y: number, m: number, d: number, k: number): string {
    return fmt(...civilFromDays(daysFromCivil(y, m, d) + k));
}
console.log(
    `add days ${addDays(2024, 2, 28, 1)} ${addDays(2023, 2, 28, 1)} ${addDays(1999, 12, 31, 1)} ${addDays(2024, 1, 31, 30)} ${addDays(2024, 3, 1, -1)} ${addDays(2000, 1, 1, 10000)}`,
);

function grid(y: number, m: number): string {
    const lines = [
        `${monthNames[m - 1]} ${y}`.padStart(14 + Math.floor((monthNames[m - 1].length + 5) / 2)).trimEnd(),
        "Su Mo Tu We Th Fr Sa",
    ];
    let line = "   ".repeat(zeller(y, m, 1));
    for (let d = 1; d <= monthDays(y, m); d++) {
        line += String(d).padStart(2) + " ";
        if (zeller(y, m, d) === 6) {
            lines.push(line.trimEnd());
            line = "";
        }
    }
    if (line !== "") lines.push(line.trimEnd());
    return lines.join("\n");
}
console.log(grid(2024, 2));
console.log(grid(2026, 12));

const fridays13: string[] = [];
for (let y = 2024; y <= 2026; y++) for (let m = 1; m <= 12; m++) if (zeller(y, m, 13) === 5) fridays13.push(fmt(y, m, 13));
console.log(`friday 13th ${fridays13.join(" ")}`);
const span = daysFromCivil(2026, 12, 8) - daysFromCivil(1994, 1, 1);
console.log(`days between 1994-01-01 and 2026-12-08: ${span} (${Math.floor(span / 7)} weeks and ${span % 7} days)`);
