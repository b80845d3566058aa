// A fresh global environment with the standard library (manual §6).
import { LuaTable } from "../value/table.js";
import { setStringMetatable } from "../value/metatable.js";
import { stringArithMetamethods } from "../value/arith.js";
import { openBase } from "./base.js";
import { openMath } from "./math.js";

export function createGlobals(): LuaTable {
    const G = new LuaTable();
    openBase(G);
    openMath(G);
    const stringMeta = new LuaTable();
    for (const [event, f] of stringArithMetamethods()) stringMeta.setStr(event, f);
    setStringMetatable(stringMeta);
    return G;
}
