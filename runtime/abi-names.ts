// The names that generated code may use to reach the runtime (the ABI between compiler/ and
// runtime/). Dependency-free so that both sides can import it; runtime/abi.ts implements
// exactly these names and a test checks both directions.
//
// Inline fast paths in generated code also read LuaTable's layout (runtime/value/table.ts):
// `arr` (array part: arr[i - 1] is t[i], never ending in undefined), `strs` (string keys),
// `hash` (other keys, null when there are none) and `metatable`.
export const ABI_NAMES = [
    "$index",
    "$indexStr",
    "$setindex",
    "$setindexStr",
    "$fn",
    "$iter",
    "$first",
    "$mv",
    "$truthy",
    "$EMPTY",
    "$add",
    "$sub",
    "$mul",
    "$div",
    "$mod",
    "$pow",
    "$idiv",
    "$unm",
    "$band",
    "$bor",
    "$bxor",
    "$shl",
    "$shr",
    "$bnot",
    "$concat",
    "$len",
    "$eq",
    "$lt",
    "$le",
    "$gt",
    "$ge",
    "$tbl",
    "$tblm",
    "$tblb",
    "$Bag",
    "$float",
    "$Table",
    "$forlimit",
    "$forprep",
    "$checkclose",
    "$closevar",
    "$NOERR",
] as const;

export type AbiName = (typeof ABI_NAMES)[number];
