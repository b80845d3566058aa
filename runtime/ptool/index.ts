// The ptool scripting API: the global `ptool` and its alias `p` (the same table).
import { LuaTable } from "../value/table.js";
import { openCore } from "./core.js";
import { openJson } from "./json.js";
import { openHttp } from "./http.js";
import { openEtcd } from "./etcd.js";
import { openOs } from "./os.js";
import { openProc } from "./proc.js";
import { openAsk } from "./ask.js";

export { setScriptPath } from "./core.js";

export function openPtool(G: LuaTable): LuaTable {
    const ptool = new LuaTable();
    openCore(ptool);
    openProc(ptool);
    ptool.setStr("ask", openAsk());
    ptool.setStr("json", openJson());
    ptool.setStr("http", openHttp());
    ptool.setStr("etcd", openEtcd());
    ptool.setStr("os", openOs());
    G.setStr("ptool", ptool);
    G.setStr("p", ptool);
    return ptool;
}
