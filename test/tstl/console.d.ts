// The only output the programs use. TypeScriptToLua turns console.log into print when
// Console has no value declaration, which is the case here (lib "dom" is not loaded).
// One string argument: print separates several arguments with tabs, Node with spaces, and
// a literal first argument containing "%" would become string.format.
interface Console {
    log(message: string): void;
}
declare var console: Console;
