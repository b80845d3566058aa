// Less common features that TypeScriptToLua supports: symbols as keys, WeakMap and WeakSet,
// Object.defineProperty with accessors, super in static methods, method decorators
// (experimentalDecorators), Promise.race and Promise.any, Array.from with a map function,
// instanceof across class expressions, and function properties.
const tag = Symbol("tag");
const bag: Record<symbol | string, number> = { [tag]: 1, plain: 2 };
bag[tag] += 10;
console.log(`symbol key ${bag[tag]} plain ${bag["plain"]} description ${tag.description}`);

const meta = new WeakMap<object, string>();
const seen = new WeakSet<object>();
const a = { id: 1 };
const b = { id: 2 };
meta.set(a, "first");
seen.add(b);
console.log(`weak ${meta.get(a)} ${meta.has(b)} ${seen.has(b)} ${seen.has(a)}`);
meta.delete(a);
console.log(`weak after delete ${meta.has(a)}`);

const point = { x: 3, y: 4 };
let reads = 0;
Object.defineProperty(point, "length", {
    get: () => {
        reads++;
        return Math.sqrt(point.x * point.x + point.y * point.y);
    },
});
const withLength = point as { x: number; y: number; length: number };
console.log(`defineProperty ${withLength.length.toFixed(1)} ${withLength.length.toFixed(1)} reads ${reads}`);
withLength.x = 6;
withLength.y = 8;
console.log(`after update ${withLength.length.toFixed(1)}`);

class Shape {
    static create(): string {
        return "shape";
    }
    static describe(): string {
        return `I make a ${this.create()}`;
    }
}
class Circle extends Shape {
    static override create(): string {
        return `circle (not just a ${super.create()})`;
    }
}
console.log(`static super: ${Shape.describe()} / ${Circle.describe()}`);

const calls: string[] = [];
function traced(_target: unknown, key: string, desc: PropertyDescriptor): PropertyDescriptor {
    const orig = desc.value as (...args: unknown[]) => unknown;
    desc.value = function (this: unknown, ...args: unknown[]) {
        calls.push(`${key}(${args.join(",")})`);
        return orig.apply(this, args);
    };
    return desc;
}
class Calculator {
    constructor(private base: number) {}
    @traced
    add(n: number): number {
        return this.base + n;
    }
    @traced
    scale(k: number, m: number): number {
        return this.base * k * m;
    }
}
const calc = new Calculator(10);
console.log(`decorated ${calc.add(5)} ${calc.scale(2, 3)} calls ${calls.join(" ")}`);

async function promises(): Promise<void> {
    const first = await Promise.race([Promise.resolve("race winner"), new Promise<string>(() => {})]);
    const any = await Promise.any([Promise.reject(new Error("no")), Promise.resolve("any winner")]);
    let none = "";
    try {
        await Promise.any([Promise.reject(new Error("a")), Promise.reject(new Error("b"))]);
    } catch {
        none = "all rejected";
    }
    console.log(`promises ${first} / ${any} / ${none}`);
}

const m = new Map([
    ["one", 1],
    ["two", 2],
    ["three", 3],
]);
console.log(
    `Array.from ${Array.from(m.keys()).join(",")} ${Array.from(m.values(), (v) => v * v).join(",")} ${Array.from({ length: 4 }, (_, i) => 2 * i).join(",")}`,
);

function makeClass(prefix: string) {
    return class Named {
        constructor(public name: string) {}
        label(): string {
            return `${prefix}:${this.name}`;
        }
    };
}
const Animal = makeClass("animal");
const Plant = makeClass("plant");
const cat = new Animal("cat");
console.log(`class expressions ${cat.label()} ${new Plant("fern").label()} ${cat instanceof Animal} ${cat instanceof Plant}`);

interface Counter {
    (): number;
    count: number;
    reset(): void;
}
function makeCounter(): Counter {
    const f = (() => ++f.count) as Counter;
    f.count = 0;
    f.reset = () => {
        f.count = 0;
    };
    return f;
}
const counter = makeCounter();
counter();
counter();
const third = counter();
counter.reset();
console.log(`function properties ${third} after reset ${counter.count} then ${counter()}`);

// last: Node prints what follows an await after the synchronous code, TypeScriptToLua at once
void promises();
