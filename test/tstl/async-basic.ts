// async/await on one chain of calls: TypeScriptToLua runs async functions as coroutines and
// settles its promises synchronously, Node settles them in microtasks. The outputs agree as
// long as only one logical thread prints (concurrent tasks here only compute), and nothing
// runs at top level after main() starts.
async function double(x: number): Promise<number> {
    return x * 2;
}

async function sumAsync(xs: number[]): Promise<number> {
    let total = 0;
    for (const x of xs) total += await double(x);
    return total;
}

class HttpError extends Error {
    constructor(
        public status: number,
        message: string,
    ) {
        super(message);
        this.name = "HttpError";
    }
}

async function fetchFake(path: string): Promise<string> {
    const v = await Promise.resolve(path.length);
    if (path.startsWith("/missing")) throw new HttpError(404, `not found: ${path}`);
    return `<${path}:${v}>`;
}

function delayValue<T>(v: T): Promise<T> {
    return new Promise<T>((resolve) => resolve(v));
}

async function main(): Promise<string> {
    console.log(`double: ${await double(21)}`);
    console.log(`sum: ${await sumAsync([1, 2, 3, 4])}`);
    console.log(`fetch: ${await fetchFake("/index")}`);
    // No `finally` here: TypeScriptToLua lowers try/catch/finally in an async function to
    // promise callbacks and registers the finally one first, so it would print before the
    // catch block (lua5.4 does the same). try/catch alone is faithful.
    try {
        await fetchFake("/missing/page");
        console.log("unreachable");
    } catch (e) {
        if (e instanceof HttpError) console.log(`caught HttpError ${e.status}: ${e.message}`);
        else console.log("caught something else");
    }
    const all = await Promise.all([double(1), delayValue(10), sumAsync([5, 5]), fetchFake("/a")]);
    console.log(`all: ${all.join(" ")}`);
    const chained = await double(3)
        .then((x) => x + 1)
        .then((x) => `${x}!`);
    console.log(`chained: ${chained}`);
    const recovered = await fetchFake("/missing").catch((e: HttpError) => `recovered ${e.status}`);
    console.log(`catch: ${recovered}`);
    const settled = await Promise.allSettled([fetchFake("/ok"), fetchFake("/missing/x")]);
    console.log(
        `settled: ${settled.map((s) => (s.status === "fulfilled" ? `ok ${s.value}` : `err ${(s.reason as Error).message}`)).join(", ")}`,
    );
    let rejections = 0;
    for (const p of ["/a", "/missing/1", "/b", "/missing/2"]) {
        try {
            await fetchFake(p);
        } catch {
            rejections++;
        }
    }
    console.log(`rejections: ${rejections}`);
    // TypeScriptToLua rejects `await (async () => {...})()` and await in an async arrow's
    // expression body ("Await can only be used inside async functions"): a block body here.
    const inner = async (n: number): Promise<number> => {
        return n <= 0 ? 0 : n + (await inner(n - 1));
    };
    const nested = await inner(10);
    console.log(`nested recursion: ${nested}`);
    // 90 levels: under TypeScriptToLua each level nests a pcall and a resume, and lua5.4 stops
    // at 200 nested C calls ("C stack overflow" from about 99 levels), Node does not
    console.log(`deep recursion: ${await inner(90)}`);
    return "main done";
}

main().then(
    (v) => console.log(v),
    (e) => console.log(`main failed: ${e}`),
);
