// A fresh global environment with the standard library (manual §6).
import { LuaTable } from "../value/table.js";
import { setStringMetatable } from "../value/metatable.js";
import { stringArithMetamethods } from "../value/arith.js";
import { openBase, registerQualifiedNames } from "./base.js";
import { openPackage, registerLoaded } from "./package.js";
import { openDebug } from "./debug.js";
import { openIo } from "./io.js";
import { openOs } from "./os.js";
import { openMath } from "./math.js";
import { openTable } from "./table.js";
import { openUtf8 } from "./utf8.js";
import { openCoroutine } from "./coroutine.js";
import { openString } from "./string.js";
import { openPtool } from "../ptool/index.js";

export function createGlobals(): LuaTable {
    const G = new LuaTable();
    openBase(G);
    openPackage(G);
    openCoroutine(G);
    openDebug(G);
    openIo(G);
    openOs(G);
    openMath(G);
    openTable(G);
    openUtf8(G);
    const stringMeta = new LuaTable();
    for (const [event, f] of stringArithMetamethods()) stringMeta.setStr(event, f);
    openString(G, stringMeta);
    setStringMetatable(stringMeta);
    registerQualifiedNames(G);
    openPtool(G);
    registerLoaded(G);
    return G;
}
