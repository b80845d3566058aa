// Concurrent async tasks on a virtual clock that the program drives itself. sleep() returns
// a promise the driver resolves in (time, sequence) order; after each wake-up the driver
// awaits a few times, which lets Node run the woken task's microtasks up to its next sleep
// (under TypeScriptToLua the task has already run that far inside resolve()).
type Timer = { at: number; seq: number; wake: () => void };

const timers: Timer[] = [];
let now = 0;
let seq = 0;
const events: string[] = [];

function sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
        timers.push({ at: now + ms, seq: seq++, wake: resolve });
    });
}

function log(msg: string): void {
    events.push(`[t=${now}] ${msg}`);
    console.log(`[t=${now}] ${msg}`);
}

async function settle(): Promise<void> {
    for (let i = 0; i < 20; i++) await undefined;
}

async function runLoop(): Promise<void> {
    await settle();
    while (timers.length > 0) {
        timers.sort((a, b) => (a.at !== b.at ? a.at - b.at : a.seq - b.seq));
        const t = timers.shift()!;
        now = t.at;
        t.wake();
        await settle();
    }
}

async function worker(name: string, period: number, rounds: number): Promise<number> {
    let done = 0;
    for (let i = 1; i <= rounds; i++) {
        await sleep(period);
        done++;
        log(`${name} round ${i}`);
    }
    return done * period;
}

class Channel<T> {
    private items: T[] = [];
    private waiters: Array<(v: T) => void> = [];
    send(v: T): void {
        const w = this.waiters.shift();
        if (w) w(v);
        else this.items.push(v);
    }
    receive(): Promise<T> {
        const item = this.items.shift();
        if (item !== undefined) return Promise.resolve(item);
        return new Promise<T>((resolve) => this.waiters.push(resolve));
    }
}

async function producer(ch: Channel<number>): Promise<void> {
    for (let i = 1; i <= 4; i++) {
        await sleep(7);
        log(`produce ${i * i}`);
        ch.send(i * i);
    }
    await sleep(1);
    ch.send(-1);
}

async function consumer(ch: Channel<number>): Promise<number> {
    let sum = 0;
    for (;;) {
        const v = await ch.receive();
        if (v < 0) break;
        sum += v;
        log(`consume ${v} (sum ${sum})`);
    }
    return sum;
}

async function main(): Promise<void> {
    const ch = new Channel<number>();
    const results: number[] = [];
    const tasks = [
        worker("fast", 3, 4).then((r) => {
            results.push(r);
        }),
        worker("slow", 5, 3).then((r) => {
            results.push(r);
        }),
        producer(ch),
        consumer(ch).then((s) => {
            log(`consumer total ${s}`);
        }),
    ];
    const loop = runLoop();
    await Promise.all(tasks);
    await loop;
    log(`results ${results.join(",")} after ${events.length} events`);
}

void main();
