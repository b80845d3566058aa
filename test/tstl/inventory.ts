// A small inventory and order system: classes with Maps, Object.entries/fromEntries/assign
// (on sorted keys: Lua tables keep no key order), reports with padding, validation errors,
// undo by snapshots, and money in integer cents.
class OutOfStock extends Error {
    constructor(
        public sku: string,
        public wanted: number,
        public have: number,
    ) {
        super(`not enough ${sku}: wanted ${wanted}, have ${have}`);
        this.name = "OutOfStock";
    }
}
class UnknownItem extends Error {
    constructor(public sku: string) {
        super(`unknown item ${sku}`);
        this.name = "UnknownItem";
    }
}

interface Item {
    sku: string;
    name: string;
    cents: number;
    qty: number;
    tags: string[];
}

const cents = (c: number) => `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, "0")}`;

class Inventory {
    private items = new Map<string, Item>();
    private history: Array<Map<string, Item>> = [];
    add(item: Item): void {
        this.snapshot();
        const existing = this.items.get(item.sku);
        if (existing) existing.qty += item.qty;
        else this.items.set(item.sku, { ...item, tags: [...item.tags] });
    }
    private snapshot(): void {
        const copy = new Map<string, Item>();
        for (const [k, v] of this.items) copy.set(k, { ...v, tags: [...v.tags] });
        this.history.push(copy);
    }
    undo(): boolean {
        const prev = this.history.pop();
        if (!prev) return false;
        this.items = prev;
        return true;
    }
    take(sku: string, n: number): Item {
        const it = this.items.get(sku);
        if (!it) throw new UnknownItem(sku);
        if (it.qty < n) throw new OutOfStock(sku, n, it.qty);
        this.snapshot();
        it.qty -= n;
        return it;
    }
    value(): number {
        let v = 0;
        for (const it of this.items.values()) v += it.cents * it.qty;
        return v;
    }
    byTag(): Record<string, string[]> {
        const out: Record<string, string[]> = {};
        for (const it of this.items.values()) for (const t of it.tags) (out[t] ??= []).push(it.sku);
        return out;
    }
    report(): string {
        const rows = [...this.items.values()].sort((a, b) => (a.sku < b.sku ? -1 : 1));
        return rows
            .map(
                (r) =>
                    `${r.sku.padEnd(6)}${r.name.padEnd(14)}${String(r.qty).padStart(4)} x ${cents(r.cents).padStart(7)} = ${cents(r.qty * r.cents).padStart(9)}`,
            )
            .join("\n");
    }
}

const inv = new Inventory();
inv.add({ sku: "A100", name: "widget", cents: 250, qty: 40, tags: ["metal", "small"] });
inv.add({ sku: "B200", name: "gadget", cents: 1999, qty: 5, tags: ["electronic"] });
inv.add({ sku: "C300", name: "doohickey", cents: 75, qty: 300, tags: ["small", "plastic"] });
inv.add({ sku: "A100", name: "widget", cents: 250, qty: 10, tags: [] });
console.log(inv.report());
console.log(`total value ${cents(inv.value())}`);

type Order = Array<[string, number]>;
const orders: Order[] = [
    [
        ["A100", 5],
        ["C300", 100],
    ],
    [["B200", 6]],
    [["Z999", 1]],
    [
        ["B200", 2],
        ["A100", 45],
        ["C300", 1],
    ],
];
orders.forEach((order, i) => {
    const taken: Order = [];
    try {
        let total = 0;
        for (const [sku, n] of order) {
            const it = inv.take(sku, n);
            taken.push([sku, n]);
            total += it.cents * n;
        }
        console.log(`order ${i + 1}: ok ${cents(total)}`);
    } catch (e) {
        for (let k = 0; k < taken.length; k++) inv.undo();
        if (e instanceof OutOfStock)
            console.log(`order ${i + 1}: ${e.name} ${e.sku} short by ${e.wanted - e.have} (rolled back ${taken.length})`);
        else if (e instanceof UnknownItem) console.log(`order ${i + 1}: ${e.message}`);
        else throw e;
    }
});
console.log(inv.report());
const tags = inv.byTag();
console.log(
    `tags ${Object.keys(tags)
        .sort()
        .map((t) => `${t}=[${tags[t].join(",")}]`)
        .join(" ")}`,
);

const prices = Object.fromEntries([
    ["A100", 250],
    ["B200", 1999],
]);
const discounted = Object.fromEntries(
    Object.entries(prices)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([k, v]) => [k, Math.floor((v * 90) / 100)]),
);
console.log(
    `discounted ${Object.keys(discounted)
        .sort()
        .map((k) => `${k}:${cents(discounted[k])}`)
        .join(" ")}`,
);
const merged = Object.assign({}, { a: 1, b: 2 }, { b: 3, c: 4 });
console.log(
    `assign ${Object.entries(merged)
        .sort((x, y) => (x[0] < y[0] ? -1 : 1))
        .map(([k, v]) => `${k}=${v}`)
        .join(",")} values sum ${Object.values(merged).reduce((s, v) => s + v, 0)}`,
);
console.log(`undo all: ${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter(() => inv.undo()).length} steps, value now ${cents(inv.value())}`);
