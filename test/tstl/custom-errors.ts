// Custom Error subclasses: instanceof through two levels, name and message, extra fields,
// methods on errors, errors carrying causes, error dispatch tables.
class AppError extends Error {
    constructor(
        message: string,
        public code: number,
    ) {
        super(message);
        this.name = "AppError";
    }
    describe(): string {
        return `[${this.code}] ${this.name}: ${this.message}`;
    }
}

class NotFoundError extends AppError {
    constructor(public resource: string) {
        super(`${resource} not found`, 404);
        this.name = "NotFoundError";
    }
}

class ValidationError extends AppError {
    constructor(
        public field: string,
        problem: string,
    ) {
        super(`${field}: ${problem}`, 422);
        this.name = "ValidationError";
    }
}

class WrappedError extends Error {
    constructor(
        message: string,
        public inner: Error,
    ) {
        super(message);
        this.name = "WrappedError";
    }
}

function classify(e: unknown): string {
    if (e instanceof NotFoundError) return `not found (${e.resource})`;
    if (e instanceof ValidationError) return `invalid field ${e.field}`;
    if (e instanceof AppError) return `app error ${e.code}`;
    if (e instanceof WrappedError) return `wrapped: ${classify(e.inner)}`;
    if (e instanceof Error) return `plain error ${e.message}`;
    return "not an error";
}

const failures: Array<() => void> = [
    () => {
        throw new NotFoundError("user/7");
    },
    () => {
        throw new ValidationError("email", "missing @");
    },
    () => {
        throw new AppError("quota exceeded", 429);
    },
    () => {
        throw new Error("generic");
    },
    () => {
        throw new WrappedError("while loading", new NotFoundError("config"));
    },
    () => {
        throw "just a string";
    },
];

for (const f of failures) {
    try {
        f();
    } catch (e) {
        console.log(classify(e));
        if (e instanceof AppError) console.log(`  ${e.describe()}`);
        if (e instanceof Error)
            console.log(`  name=${e.name} message=${e.message} isAppError=${e instanceof AppError} isError=${e instanceof Error}`);
    }
}

function validate(user: { name?: string; age?: number }): string[] {
    const errors: ValidationError[] = [];
    if (!user.name) errors.push(new ValidationError("name", "required"));
    else if (user.name.length < 3) errors.push(new ValidationError("name", "too short"));
    if (user.age === undefined) errors.push(new ValidationError("age", "required"));
    else if (user.age < 0) errors.push(new ValidationError("age", "negative"));
    return errors.map((e) => e.message);
}
console.log(`validate 1: ${validate({ name: "al", age: -1 }).join("; ")}`);
console.log(`validate 2: ${validate({}).join("; ")}`);
console.log(`validate 3: ${validate({ name: "alice", age: 30 }).length} errors`);

const handlers = new Map<string, (e: AppError) => string>([
    ["NotFoundError", (e) => `404 page for ${(e as NotFoundError).resource}`],
    ["ValidationError", (e) => `form error on ${(e as ValidationError).field}`],
]);
for (const e of [new NotFoundError("/x"), new ValidationError("zip", "bad"), new AppError("other", 500)]) {
    const h = handlers.get(e.name);
    console.log(h ? h(e) : `default handler ${e.code}`);
}

const err = new NotFoundError("thing");
console.log(`fields ${err.code} ${err.resource} ${err.name} ${err.message}`);
const plain = new Error("plain message");
console.log(`plain ${plain.name} ${plain.message}`);
