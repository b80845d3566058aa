// Shell-style word splitting for command lines (`ptool.run("git commit -m 'a b'")`) and the
// display form of a command (`echo 'a b'`), both on byte strings. POSIX sh quoting rules, no
// expansions: whitespace separates words; '...' is literal; in "..." a backslash escapes only
// $ ` " \ and newline; outside quotes a backslash escapes any byte (and drops a newline).
// A '#' is an ordinary character. Returns an error description for an unterminated quote.

const BLANK = new Set([" ", "\t", "\n", "\r", "\f", "\v"]);

export function shlexSplit(line: string): string[] | { error: string } {
    const words: string[] = [];
    let word = "";
    let inWord = false;
    let i = 0;
    while (i < line.length) {
        const c = line[i]!;
        if (BLANK.has(c)) {
            if (inWord) words.push(word);
            word = "";
            inWord = false;
            i++;
        } else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0) return { error: "unterminated single quote" };
            word += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        } else if (c === '"') {
            i++;
            for (;;) {
                if (i >= line.length) return { error: "unterminated double quote" };
                const d = line[i]!;
                if (d === '"') break;
                if (d === "\\" && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
                    if (line[i + 1] !== "\n") word += line[i + 1];
                    i += 2;
                } else {
                    word += d;
                    i++;
                }
            }
            inWord = true;
            i++;
        } else if (c === "\\") {
            if (i + 1 >= line.length) return { error: "trailing backslash" };
            if (line[i + 1] !== "\n") {
                word += line[i + 1];
                inWord = true;
            }
            i += 2;
        } else {
            word += c;
            inWord = true;
            i++;
        }
    }
    if (inWord) words.push(word);
    return words;
}

/** A word as sh would need it written: as it is when it is plain, else single-quoted. */
export function shlexQuote(word: string): string {
    if (word !== "" && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
    return "'" + word.replace(/'/g, "'\\''") + "'";
}

export function displayCommand(words: string[]): string {
    return words.map(shlexQuote).join(" ");
}
