// Buffered standard output shared by print and io.write: strings are bytes (latin1), written
// with fs.writeSync so output order with stderr and os.exit is deterministic.
import { writeSync } from "node:fs";

const LIMIT = 1 << 16;

class BufferedOutput {
    private parts: string[] = [];
    private size = 0;
    constructor(private readonly fd: number) {}

    write(s: string): void {
        this.parts.push(s);
        this.size += s.length;
        if (this.size >= LIMIT) this.flush();
    }

    flush(): void {
        if (this.size === 0 && this.parts.length === 0) return;
        const buf = Buffer.from(this.parts.join(""), "latin1");
        this.parts = [];
        this.size = 0;
        let off = 0;
        while (off < buf.length) {
            try {
                off += writeSync(this.fd, buf, off);
            } catch (e) {
                if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
                if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
                throw e;
            }
        }
    }
}

export const stdout = new BufferedOutput(1);

/** Write to stderr after flushing stdout, so interleaving matches an unbuffered C program. */
export function writeStderr(s: string): void {
    stdout.flush();
    const buf = Buffer.from(s, "latin1");
    let off = 0;
    while (off < buf.length) {
        try {
            off += writeSync(2, buf, off);
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
            return;
        }
    }
}
