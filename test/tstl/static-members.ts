// Static fields and methods, static counters shared by instances, static inheritance,
// class-level registries and factory methods.
class Id {
    static next = 1;
    static issued: string[] = [];
    readonly id: number;
    constructor(public prefix: string) {
        this.id = Id.next++;
        Id.issued.push(`${prefix}${this.id}`);
    }
    static reset(): void {
        Id.next = 1;
        Id.issued = [];
    }
    static create(prefix: string): Id {
        return new Id(prefix);
    }
}

Id.create("a");
Id.create("b");
new Id("c");
console.log(`issued ${Id.issued.join(",")} next ${Id.next}`);
Id.reset();
Id.create("z");
console.log(`after reset ${Id.issued.join(",")}`);

class Base {
    static kind = "base";
    static describe(): string {
        return `kind=${this.kind}`;
    }
    whoami(): string {
        return "Base";
    }
}
class Derived extends Base {
    static override kind = "derived";
    override whoami(): string {
        return `Derived<${super.whoami()}>`;
    }
}
console.log(Base.describe());
console.log(Derived.describe());
console.log(new Derived().whoami());

class Temperature {
    private constructor(private kelvin: number) {}
    static fromCelsius(c: number): Temperature {
        return new Temperature(c + 273);
    }
    static fromKelvin(k: number): Temperature {
        return new Temperature(k);
    }
    static compare(a: Temperature, b: Temperature): number {
        return a.kelvin - b.kelvin;
    }
    celsius(): number {
        return this.kelvin - 273;
    }
}
const temps = [Temperature.fromCelsius(20), Temperature.fromKelvin(300), Temperature.fromCelsius(-5), Temperature.fromKelvin(250)];
temps.sort(Temperature.compare);
console.log(temps.map((t) => `${t.celsius()}C`).join(" < "));

class Registry {
    private static items = new Map<string, () => string>();
    static register(name: string, f: () => string): void {
        Registry.items.set(name, f);
    }
    static run(name: string): string {
        const f = Registry.items.get(name);
        return f ? f() : `no ${name}`;
    }
}
Registry.register("hello", () => "hello world");
Registry.register("count", () => `${Id.issued.length} ids`);
console.log(Registry.run("hello"));
console.log(Registry.run("count"));
console.log(Registry.run("missing"));
