// Accessors: get/set pairs with validation, computed getters, getters in subclasses,
// static accessors and object-literal accessors.
class Temperature {
    private _c = 0;
    get celsius(): number {
        return this._c;
    }
    set celsius(v: number) {
        if (v < -273) throw new Error(`below absolute zero: ${v}`);
        this._c = v;
    }
    get fahrenheit(): number {
        return (this._c * 9) / 5 + 32;
    }
    set fahrenheit(f: number) {
        this.celsius = ((f - 32) * 5) / 9;
    }
}

const t = new Temperature();
t.celsius = 100;
console.log(`${t.celsius}C = ${t.fahrenheit.toFixed(1)}F`);
t.fahrenheit = 212;
console.log(`212F = ${t.celsius.toFixed(1)}C`);
try {
    t.celsius = -300;
} catch (e) {
    console.log(`error: ${(e as Error).message}`);
}
console.log(`still ${t.celsius.toFixed(0)}`);

class Person {
    constructor(
        public first: string,
        public last: string,
    ) {}
    get full(): string {
        return `${this.first} ${this.last}`;
    }
    set full(v: string) {
        const parts = v.split(" ");
        this.first = parts[0];
        this.last = parts[1];
    }
}
class Employee extends Person {
    constructor(
        first: string,
        last: string,
        public title: string,
    ) {
        super(first, last);
    }
    get badge(): string {
        return `${this.full.toUpperCase()} (${this.title})`;
    }
}
const e = new Employee("grace", "hopper", "admiral");
console.log(e.badge);
e.full = "alan turing";
console.log(`${e.first}/${e.last}: ${e.badge}`);

class Counter {
    private static _count = 0;
    static get count(): number {
        return Counter._count;
    }
    static bump(): void {
        Counter._count++;
    }
}
Counter.bump();
Counter.bump();
Counter.bump();
console.log(`static count ${Counter.count}`);

// Accessors in object literals are rejected by TypeScriptToLua: a class expression instead.
let reads = 0;
const box = new (class {
    _v = 1;
    get v(): number {
        reads++;
        return this._v;
    }
    set v(x: number) {
        this._v = x * 10;
    }
})();
box.v = 4;
console.log(`box ${box.v} ${box.v} reads=${reads}`);

class Stack<T> {
    private items: T[] = [];
    get size(): number {
        return this.items.length;
    }
    get top(): T | undefined {
        return this.items[this.items.length - 1];
    }
    push(x: T): void {
        this.items.push(x);
    }
    pop(): T | undefined {
        return this.items.pop();
    }
    get empty(): boolean {
        return this.size === 0;
    }
}
const s = new Stack<string>();
s.push("a");
s.push("b");
console.log(`size ${s.size} top ${s.top} empty ${s.empty}`);
s.pop();
s.pop();
console.log(`size ${s.size} top ${s.top ?? "none"} empty ${s.empty}`);
