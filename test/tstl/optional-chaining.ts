// Optional chaining and nullish coalescing: property, element and call chains, short
// circuits that skip side effects, ?? versus || on falsy values, ??= and ||= and &&=.
interface Address {
    street?: string;
    city: string;
    geo?: { lat: number; lng: number };
}
interface User {
    name: string;
    address?: Address;
    tags?: string[];
    greet?: (other: string) => string;
    manager?: User;
}

const users: User[] = [
    { name: "ann", address: { city: "oslo", geo: { lat: 59, lng: 10 } }, tags: ["admin"], greet: (o) => `hi ${o}, I am ann` },
    { name: "bob", address: { city: "rome" } },
    { name: "cid", manager: { name: "ann" } },
];

for (const u of users) {
    const lat = u.address?.geo?.lat ?? "no geo";
    const city = u.address?.city ?? "nowhere";
    const tag = u.tags?.[0] ?? "no tags";
    const greeting = u.greet?.("you") ?? "(silent)";
    const boss = u.manager?.name ?? "none";
    const bossCity = u.manager?.address?.city ?? "unknown";
    console.log(`${u.name}: lat=${lat} city=${city} tag=${tag} greet=${greeting} boss=${boss} bossCity=${bossCity}`);
}

let sideEffects = 0;
function effect(): number {
    sideEffects++;
    return 1;
}
function maybe(give: boolean): { f?: (n: number) => number } | undefined {
    return give ? { f: (n) => n * 100 } : undefined;
}
const none = maybe(false);
const r = none?.f?.(effect());
console.log(`short circuit: ${r ?? "undefined"} sideEffects=${sideEffects}`);
const some: { f?: (n: number) => number } = { f: (n) => n + 1 };
console.log(`call: ${some.f?.(effect())} sideEffects=${sideEffects}`);

const zero = 0;
const empty = "";
const falsy = false;
console.log(`?? keeps falsy: ${zero ?? 5} [${empty ?? "x"}] ${falsy ?? true}`);
// `||` only on booleans and possibly-undefined values: TypeScriptToLua emits `or`, and 0 and ""
// are true in Lua.
console.log(`|| replaces false and undefined: ${falsy || true} ${maybe(false)?.f?.(1) || "fallback"} ${maybe(true)?.f?.(2) || "fallback"}`);

const config: { retries?: number; name?: string; verbose?: boolean } = {};
config.retries ??= 3;
config.retries ??= 10;
config.name ||= "default";
config.verbose &&= false;
console.log(`assign ops: retries=${config.retries} name=${config.name} verbose=${config.verbose ?? "undefined"}`);
config.verbose = true;
config.verbose &&= false;
console.log(`and-assign: ${config.verbose}`);

function lookup(table: Record<string, number | undefined>, key: string): string {
    const v = table[key];
    return v === undefined ? `${key}: missing` : `${key}: ${v}`;
}
const t: Record<string, number | undefined> = { a: 1, z: 0 };
console.log([lookup(t, "a"), lookup(t, "z"), lookup(t, "q")].join(", "));

class LinkedNode {
    constructor(
        public value: number,
        public next?: LinkedNode,
    ) {}
}
const list = new LinkedNode(1, new LinkedNode(2, new LinkedNode(3)));
console.log(`chain: ${list.next?.next?.value} ${list.next?.next?.next?.value ?? "end"} ${list.next?.next?.next?.next?.value ?? "end"}`);

const matrix: number[][] | undefined = [[1, 2], [3]];
console.log(`elements: ${matrix?.[0]?.[1]} ${matrix?.[1]?.[1] ?? "none"} ${matrix?.[5]?.[0] ?? "none"}`);

function firstDefined<T>(...xs: Array<T | undefined>): T | undefined {
    for (const x of xs) if (x !== undefined) return x;
    return undefined;
}
// Not firstDefined(undefined, 0): undefined is nil in Lua, and a rest array starting with a
// hole looks empty to TypeScriptToLua's for..of.
console.log(`firstDefined ${firstDefined(0, 5)} ${firstDefined<string>() ?? "none"}`);
