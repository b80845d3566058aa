// Types of the luaparse AST nodes that the compiler reads (luaparse 0.3, with locations and ranges).

export interface Position {
    line: number;
    column: number;
}

export interface BaseNode {
    type: string;
    loc: { start: Position; end: Position };
    range: [number, number];
}

export interface Identifier extends BaseNode {
    type: "Identifier";
    name: string;
}
export interface StringLiteral extends BaseNode {
    type: "StringLiteral";
    value: string | null;
    raw: string;
}
export interface NumericLiteral extends BaseNode {
    type: "NumericLiteral";
    value: number;
    raw: string;
}
export interface BooleanLiteral extends BaseNode {
    type: "BooleanLiteral";
    value: boolean;
    raw: string;
}
export interface NilLiteral extends BaseNode {
    type: "NilLiteral";
    raw: string;
}
export interface VarargLiteral extends BaseNode {
    type: "VarargLiteral";
    raw: string;
}
export interface FunctionDeclaration extends BaseNode {
    type: "FunctionDeclaration";
    identifier: Identifier | MemberExpression | null;
    isLocal: boolean;
    parameters: Array<Identifier | VarargLiteral>;
    body: Statement[];
}
export interface TableKey extends BaseNode {
    type: "TableKey";
    key: Expression;
    value: Expression;
}
export interface TableKeyString extends BaseNode {
    type: "TableKeyString";
    key: Identifier;
    value: Expression;
}
export interface TableValue extends BaseNode {
    type: "TableValue";
    value: Expression;
}
export interface TableConstructorExpression extends BaseNode {
    type: "TableConstructorExpression";
    fields: Array<TableKey | TableKeyString | TableValue>;
}
export interface BinaryExpression extends BaseNode {
    type: "BinaryExpression";
    operator: string;
    left: Expression;
    right: Expression;
}
export interface LogicalExpression extends BaseNode {
    type: "LogicalExpression";
    operator: "and" | "or";
    left: Expression;
    right: Expression;
}
export interface UnaryExpression extends BaseNode {
    type: "UnaryExpression";
    operator: "not" | "-" | "#" | "~";
    argument: Expression;
}
export interface MemberExpression extends BaseNode {
    type: "MemberExpression";
    indexer: "." | ":";
    identifier: Identifier;
    base: Expression;
}
export interface IndexExpression extends BaseNode {
    type: "IndexExpression";
    base: Expression;
    index: Expression;
}
export interface CallExpression extends BaseNode {
    type: "CallExpression";
    base: Expression;
    arguments: Expression[];
}
export interface TableCallExpression extends BaseNode {
    type: "TableCallExpression";
    base: Expression;
    arguments: TableConstructorExpression;
}
export interface StringCallExpression extends BaseNode {
    type: "StringCallExpression";
    base: Expression;
    argument: StringLiteral;
}

export type CallLike = CallExpression | TableCallExpression | StringCallExpression;

export type Expression =
    | Identifier
    | StringLiteral
    | NumericLiteral
    | BooleanLiteral
    | NilLiteral
    | VarargLiteral
    | FunctionDeclaration
    | TableConstructorExpression
    | BinaryExpression
    | LogicalExpression
    | UnaryExpression
    | MemberExpression
    | IndexExpression
    | CallLike;

export interface LabelStatement extends BaseNode {
    type: "LabelStatement";
    label: Identifier;
}
export interface BreakStatement extends BaseNode {
    type: "BreakStatement";
}
export interface GotoStatement extends BaseNode {
    type: "GotoStatement";
    label: Identifier;
}
export interface ReturnStatement extends BaseNode {
    type: "ReturnStatement";
    arguments: Expression[];
}
export interface IfClause extends BaseNode {
    type: "IfClause" | "ElseifClause";
    condition: Expression;
    body: Statement[];
}
export interface ElseClause extends BaseNode {
    type: "ElseClause";
    body: Statement[];
}
export interface IfStatement extends BaseNode {
    type: "IfStatement";
    clauses: Array<IfClause | ElseClause>;
}
export interface WhileStatement extends BaseNode {
    type: "WhileStatement";
    condition: Expression;
    body: Statement[];
}
export interface DoStatement extends BaseNode {
    type: "DoStatement";
    body: Statement[];
}
export interface RepeatStatement extends BaseNode {
    type: "RepeatStatement";
    condition: Expression;
    body: Statement[];
}
export interface LocalStatement extends BaseNode {
    type: "LocalStatement";
    variables: Identifier[];
    init: Expression[];
}
export interface AssignmentStatement extends BaseNode {
    type: "AssignmentStatement";
    variables: Array<Identifier | MemberExpression | IndexExpression>;
    init: Expression[];
}
export interface CallStatement extends BaseNode {
    type: "CallStatement";
    expression: CallLike;
}
export interface ForNumericStatement extends BaseNode {
    type: "ForNumericStatement";
    variable: Identifier;
    start: Expression;
    end: Expression;
    step: Expression | null;
    body: Statement[];
}
export interface ForGenericStatement extends BaseNode {
    type: "ForGenericStatement";
    variables: Identifier[];
    iterators: Expression[];
    body: Statement[];
}

export type Statement =
    | LabelStatement
    | BreakStatement
    | GotoStatement
    | ReturnStatement
    | IfStatement
    | WhileStatement
    | DoStatement
    | RepeatStatement
    | LocalStatement
    | AssignmentStatement
    | CallStatement
    | FunctionDeclaration
    | ForNumericStatement
    | ForGenericStatement;

export interface Chunk extends BaseNode {
    type: "Chunk";
    body: Statement[];
}

export type Node = Statement | Expression | Chunk | IfClause | ElseClause | TableKey | TableKeyString | TableValue;
