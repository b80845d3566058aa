// Observer and mixin patterns: an event emitter with once/off, subclasses that emit events,
// mixins built from class expressions, method binding and `this` in callbacks, and
// function-valued properties versus methods.
type Handler = (...args: unknown[]) => void;
class Emitter {
    private handlers = new Map<string, Handler[]>();
    on(event: string, h: Handler): () => void {
        const list = this.handlers.get(event) ?? [];
        list.push(h);
        this.handlers.set(event, list);
        return () => this.off(event, h);
    }
    once(event: string, h: Handler): void {
        const wrapper: Handler = (...args) => {
            this.off(event, wrapper);
            h(...args);
        };
        this.on(event, wrapper);
    }
    off(event: string, h: Handler): void {
        const list = this.handlers.get(event);
        if (!list) return;
        const i = list.indexOf(h);
        if (i >= 0) list.splice(i, 1);
    }
    emit(event: string, ...args: unknown[]): number {
        const list = [...(this.handlers.get(event) ?? [])];
        for (const h of list) h(...args);
        return list.length;
    }
}

const out: string[] = [];
const em = new Emitter();
const unsub = em.on("data", (x) => out.push(`A got ${x}`));
em.on("data", (x) => out.push(`B got ${x}`));
em.once("data", (x) => out.push(`once got ${x}`));
em.emit("data", 1);
unsub();
em.emit("data", 2);
console.log(`${out.join("; ")} | handlers for nothing: ${em.emit("nothing")}`);

class Thermostat extends Emitter {
    private temp = 20;
    constructor(
        private low: number,
        private high: number,
    ) {
        super();
    }
    set(t: number): void {
        const old = this.temp;
        this.temp = t;
        if (t < this.low && old >= this.low) this.emit("alarm", "cold", t);
        else if (t > this.high && old <= this.high) this.emit("alarm", "hot", t);
        else if (t >= this.low && t <= this.high && (old < this.low || old > this.high)) this.emit("alarm", "normal", t);
    }
}
const alarms: string[] = [];
const th = new Thermostat(15, 25);
th.on("alarm", (kind, t) => alarms.push(`${kind}@${t}`));
for (const t of [18, 12, 10, 16, 30, 31, 22]) th.set(t);
console.log(`alarms ${alarms.join(" ")}`);

type Ctor<T = object> = new (...args: any[]) => T;
function Timestamped<B extends Ctor>(Base: B) {
    return class extends Base {
        stamps: number[] = [];
        stamp(t: number): void {
            this.stamps.push(t);
        }
    };
}
function Named<B extends Ctor>(Base: B) {
    return class extends Base {
        label = "unnamed";
        rename(n: string): this {
            this.label = n;
            return this;
        }
    };
}
class Point {
    constructor(
        public x = 0,
        public y = 0,
    ) {}
    norm1(): number {
        return Math.abs(this.x) + Math.abs(this.y);
    }
}
const Fancy = Named(Timestamped(Point));
const fp = new Fancy(3, -4).rename("fancy");
fp.stamp(1);
fp.stamp(5);
console.log(
    `mixins ${fp.label} (${fp.x},${fp.y}) norm ${fp.norm1()} stamps ${fp.stamps.join(",")} instanceof Point ${fp instanceof Point}`,
);

class Counter {
    count = 0;
    increment(): void {
        this.count++;
    }
    incrementArrow = (): void => {
        this.count += 10;
    };
}
const ctr = new Counter();
const bound = ctr.increment.bind(ctr);
bound();
bound();
const arrow = ctr.incrementArrow;
arrow();
[1, 2, 3].forEach(() => ctr.increment());
console.log(`binding count ${ctr.count}`);

class Greeter {
    constructor(private greeting: string) {}
    greet(this: Greeter, name: string): string {
        return `${this.greeting}, ${name}`;
    }
}
const g = new Greeter("hello");
const names = ["ann", "bob"].map((n) => g.greet(n));
const viaCall = g.greet.call(new Greeter("hi"), "cid");
const viaApply = g.greet.apply(new Greeter("hey"), ["dan"]);
console.log(`this ${names.join(" / ")} / ${viaCall} / ${viaApply}`);

interface Plugin {
    name: string;
    init?(host: Host): void;
    transform(s: string): string;
}
class Host {
    private plugins: Plugin[] = [];
    log: string[] = [];
    use(p: Plugin): this {
        this.plugins.push(p);
        p.init?.(this);
        return this;
    }
    run(s: string): string {
        return this.plugins.reduce((acc, p) => {
            const r = p.transform(acc);
            this.log.push(`${p.name}:${r}`);
            return r;
        }, s);
    }
}
const host = new Host()
    .use({ name: "trim", transform: (s) => s.trim() })
    .use({
        name: "upper",
        init: (h) => h.log.push("upper ready"),
        transform: (s) => s.toUpperCase(),
    })
    .use({ name: "exclaim", transform: (s) => `${s}!` });
console.log(`plugins ${host.run("  hello plugins  ")} log ${host.log.join(", ")}`);
