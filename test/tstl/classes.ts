// Classes: constructors with parameter properties, methods, inheritance with super calls,
// overriding, instanceof across a hierarchy, abstract classes.
abstract class Shape {
    constructor(public readonly name: string) {}
    abstract area(): number;
    describe(): string {
        return `${this.name} with area ${this.area().toFixed(2)}`;
    }
}

class Rect extends Shape {
    constructor(
        public w: number,
        public h: number,
    ) {
        super("rect");
    }
    area(): number {
        return this.w * this.h;
    }
}

class Square extends Rect {
    constructor(side: number) {
        super(side, side);
    }
    override describe(): string {
        return `square! ${super.describe()}`;
    }
}

class Circle extends Shape {
    constructor(private r: number) {
        super("circle");
    }
    area(): number {
        return Math.PI * this.r * this.r;
    }
    radius(): number {
        return this.r;
    }
}

const shapes: Shape[] = [new Rect(3, 4), new Square(5), new Circle(1), new Circle(2.5)];
for (const s of shapes) {
    console.log(s.describe());
    console.log(`  rect? ${s instanceof Rect} square? ${s instanceof Square} circle? ${s instanceof Circle} shape? ${s instanceof Shape}`);
}

let total = 0;
for (const s of shapes) total += s.area();
console.log(`total area ${total.toFixed(3)}`);

class Node2 {
    children: Node2[] = [];
    constructor(public label: string) {}
    add(...kids: Node2[]): this {
        for (const k of kids) this.children.push(k);
        return this;
    }
    depth(): number {
        let d = 0;
        for (const c of this.children) d = Math.max(d, c.depth());
        return d + 1;
    }
    render(indent = ""): string {
        let out = indent + this.label + "\n";
        for (const c of this.children) out += c.render(indent + "  ");
        return out;
    }
}

const tree = new Node2("root").add(new Node2("a").add(new Node2("a1"), new Node2("a2").add(new Node2("a2x"))), new Node2("b"));
console.log(tree.render().trimEnd());
console.log(`depth ${tree.depth()}`);

class Account {
    private history: string[] = [];
    constructor(
        private owner: string,
        private balance = 0,
    ) {}
    deposit(n: number): Account {
        this.balance += n;
        this.history.push(`+${n}`);
        return this;
    }
    withdraw(n: number): Account {
        if (n > this.balance) {
            this.history.push(`!${n}`);
        } else {
            this.balance -= n;
            this.history.push(`-${n}`);
        }
        return this;
    }
    toString(): string {
        return `${this.owner}: ${this.balance} [${this.history.join(" ")}]`;
    }
}
console.log(new Account("ann", 10).deposit(5).withdraw(30).withdraw(12).deposit(100).toString());
