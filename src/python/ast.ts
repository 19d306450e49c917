import { createRequire } from "node:module";
import type Parser from "tree-sitter";

// The native parser is CommonJS: a synchronous require skips the ES module loader's asynchronous
// resolution of both packages, which is measurable in the start-up of a short review.
const load = createRequire(import.meta.url);
const ParserClass = load("tree-sitter") as typeof Parser;
const Python = load("tree-sitter-python") as unknown;

/**
 * A compact, plain-object copy of the tree-sitter syntax tree. Reading properties of native
 * tree-sitter nodes crosses into C++ on every access; one cursor walk that copies what the
 * analyses need keeps every later pass in plain JavaScript.
 */
export interface PyNode {
  /** tree-sitter-python node type, e.g. `call`, `identifier`, `string`. */
  type: string;
  /** Field name under the parent (`function`, `arguments`, `left`…), if any. */
  field: string | undefined;
  /** UTF-16 offsets into the source; `end` is exclusive. */
  start: number;
  end: number;
  /** Named children, in source order. */
  children: PyNode[];
  /** Anonymous tokens directly under operator nodes and `async`-capable statements, in source order. */
  tokens: string[] | undefined;
  parent: PyNode | undefined;
}

export interface ParsedSource {
  root: PyNode;
  /** True when tree-sitter had to recover from syntax errors. */
  hasErrors: boolean;
  /** `ERROR` nodes and nodes tree-sitter inserted as missing. */
  errorNodes: PyNode[];
  /** `comment` nodes, in source order. */
  comments: PyNode[];
  nodeCount: number;
}

let sharedParser: Parser | undefined;

/**
 * A tiny tree and cursor kept for the life of the process. The binding adds properties to every
 * tree and cursor after creating it, so they have hidden classes of their own; when no tree or
 * cursor is alive at a full collection V8 drops those classes and discards the optimised code of
 * the tree copy below, which is then compiled again (17 times in a standard-library scan). One
 * small long-lived instance keeps the classes, without holding any file's tree.
 */
const keepClasses: { tree?: Parser.Tree; cursor?: Parser.TreeCursor; root?: Parser.SyntaxNode } = {};

function parser(): Parser {
  if (!sharedParser) {
    sharedParser = new ParserClass();
    sharedParser.setLanguage(Python as Parser.Language);
    keepClasses.tree = sharedParser.parse("x\n");
    keepClasses.cursor = keepClasses.tree.walk();
    keepClasses.root = keepClasses.tree.rootNode;
  }
  return sharedParser;
}

/** Parents whose anonymous tokens carry meaning (operators, `async`); other tokens are punctuation. */
const TOKEN_PARENTS = new Set([
  "binary_operator",
  "unary_operator",
  "comparison_operator",
  "boolean_operator",
  "augmented_assignment",
  "function_definition",
  "for_statement",
  "with_statement",
  "for_in_clause",
  "await",
  "print_statement",
  "exec_statement",
  "import_prefix",
]);

/** Named node types that never have children: no need to ask the native cursor. */
const LEAF_TYPES = new Set([
  "comment",
  "ellipsis",
  "escape_interpolation",
  "escape_sequence",
  "false",
  "float",
  "identifier",
  "integer",
  "line_continuation",
  "none",
  "string_end",
  "string_start",
  "true",
  "type_conversion",
]);

/**
 * Node types that have named fields, from the grammar's node types. Asking the cursor for a field
 * is a call into native code; children of other parents never have one.
 */
const FIELD_PARENTS = new Set(
  (
    (Python as { nodeTypeInfo?: { type: string; named: boolean; fields?: Record<string, unknown> }[] })
      .nodeTypeInfo ?? []
  )
    .filter((t) => t.named && t.fields && Object.keys(t.fields).length > 0)
    .map((t) => t.type),
);
/** When the grammar's node types are not available, every parent is asked. */
const KNOW_FIELD_PARENTS = FIELD_PARENTS.size > 0;

/** Shared by leaves until they get a first child, to avoid millions of empty arrays. */
const NO_CHILDREN: PyNode[] = [];

const typeNames: string[] = [];
const fieldNames: string[] = [];

/** What the copy needs to know of a node type, by grammar type id (one array read per node). */
const NAMED = 1;
const LEAF = 2;
const HAS_FIELDS = 4;
const KEEPS_TOKENS = 8;
const typeFlags: number[] = [];

function flagsOf(type: string, named: boolean): number {
  return (
    (named ? NAMED : 0) |
    (LEAF_TYPES.has(type) ? LEAF : 0) |
    (!KNOW_FIELD_PARENTS || FIELD_PARENTS.has(type) ? HAS_FIELDS : 0) |
    (TOKEN_PARENTS.has(type) ? KEEPS_TOKENS : 0)
  );
}

/** The bulk tree reader built from native/tree.c at install, when it built (see binding.gyp). */
interface NativeTree {
  parse(source: string, keepsTokens: Uint8Array): Int32Array;
  symbolNames(): (string | undefined)[];
  fieldNames(): (string | undefined)[];
}

interface NativeReader {
  tree: NativeTree;
  symbols: string[];
  fields: (string | undefined)[];
  /** Per grammar symbol: 1 when the node keeps its anonymous tokens (TOKEN_PARENTS). */
  keepsTokens: Uint8Array;
}

let nativeReader: NativeReader | null | undefined;

function loadNative(): NativeReader | null {
  if (nativeReader !== undefined) return nativeReader;
  nativeReader = null;
  if (process.env.PATCHWARDEN_NATIVE_TREE === "0") return null;
  // src/python, dist/python and dist/bundle all sit two levels below the package root
  try {
    const tree = load("../../build/Release/patchwarden_tree.node") as NativeTree;
    const symbols = tree.symbolNames().map((n) => n ?? "");
    const keepsTokens = new Uint8Array(symbols.length);
    symbols.forEach((name, i) => {
      if (TOKEN_PARENTS.has(name)) keepsTokens[i] = 1;
    });
    nativeReader = { tree, symbols, fields: tree.fieldNames(), keepsTokens };
  } catch {
    // not built (no compiler at install, or an unsupported platform): the cursor walk below reads the tree
  }
  return nativeReader;
}

/** True when trees are read by the native reader rather than the tree-sitter binding's cursor. */
export function nativeTreeReader(): boolean {
  return loadNative() !== null;
}

/** Parse Python source into the compact tree. Never throws on syntax errors; they are recorded. */
export function parsePython(source: string): ParsedSource {
  const native = loadNative();
  return native ? parseNative(native, source) : parseWithCursor(source);
}

const RECORD_WORDS = 5;
const HEADER_WORDS = 3;
const NAMED_BIT = 0x10000;
const MISSING_BIT = 0x20000;
const ERROR_SYMBOL = 0xffff;

/** Rebuild the compact tree from the native reader's flat records (see native/tree.c). */
function parseNative(native: NativeReader, source: string): ParsedSource {
  const words = native.tree.parse(source, native.keepsTokens);
  const hasErrors = words[0] === 1;
  const count = words[1] as number;
  const { symbols, fields } = native;
  const nodes: (PyNode | undefined)[] = new Array(count);
  const errorNodes: PyNode[] = [];
  const comments: PyNode[] = [];
  const aliases: PyNode[] = [];
  let root: PyNode | undefined;
  // each parent's named children, counted first so that its `children` array is made at its size
  // (an array grown by `push` keeps room for 16 more elements: most of a tree's memory)
  const kids = new Int32Array(count);
  for (let i = 0, at = HEADER_WORDS; i < count; i++, at += RECORD_WORDS) {
    const parentIndex = words[at + 4] as number;
    if (parentIndex >= 0 && (words[at] as number) & NAMED_BIT)
      kids[parentIndex] = (kids[parentIndex] as number) + 1;
  }
  const filled = new Int32Array(count);
  for (let i = 0, at = HEADER_WORDS; i < count; i++, at += RECORD_WORDS) {
    const head = words[at] as number;
    const symbol = head & 0xffff;
    const type = symbol === ERROR_SYMBOL ? "ERROR" : (symbols[symbol] as string);
    const start = words[at + 2] as number;
    const end = words[at + 3] as number;
    const parentIndex = words[at + 4] as number;
    const parent = parentIndex < 0 ? undefined : (nodes[parentIndex] as PyNode);
    if (head & NAMED_BIT) {
      const fid = words[at + 1] as number;
      const node: PyNode = {
        type,
        field: fid ? fields[fid] : undefined,
        start,
        end,
        children: kids[i] ? new Array(kids[i] as number) : parent ? NO_CHILDREN : [],
        tokens: undefined,
        parent,
      };
      nodes[i] = node;
      if (!parent) {
        root = node;
        continue;
      }
      const slot = filled[parentIndex] as number;
      parent.children[slot] = node;
      filled[parentIndex] = slot + 1;
      if (type === "type_alias_statement") aliases.push(node);
      if (type === "ERROR") errorNodes.push(node);
      else if (type === "comment") comments.push(node);
      else if (hasErrors && start === end && head & MISSING_BIT) errorNodes.push(node);
    } else if (parent) {
      // the reader sends anonymous nodes only under token-keeping parents, or when inserted as missing
      if (!(head & MISSING_BIT) || TOKEN_PARENTS.has(parent.type)) {
        if (parent.tokens === undefined) parent.tokens = [type];
        else parent.tokens.push(type);
      }
      if (hasErrors && head & MISSING_BIT)
        errorNodes.push({
          type: "MISSING",
          field: type,
          start,
          end: start,
          children: [],
          tokens: undefined,
          parent,
        });
    }
  }
  if (!root) return parseWithCursor(source);
  for (const a of aliases) fixTypeCallAssignment(source, a);
  return { root, hasErrors, errorNodes, comments, nodeCount: words[2] as number };
}

/** Parse Python source into the compact tree through the binding's cursor, one native call per question. */
export function parseWithCursor(source: string): ParsedSource {
  // the binding's read buffer counts UTF-16 units: the whole source (and its terminator) in one read
  const tree = parser().parse(source, undefined, { bufferSize: source.length + 1 });
  const hasErrors = tree.rootNode.hasError;
  const cursor = tree.walk();
  const errorNodes: PyNode[] = [];
  const comments: PyNode[] = [];
  const aliases: PyNode[] = [];
  const root: PyNode = {
    type: cursor.nodeType,
    field: undefined,
    start: cursor.startIndex,
    end: cursor.endIndex,
    children: [],
    tokens: undefined,
    parent: undefined,
  };
  let nodeCount = 1;
  let parent = root;
  // an error-free tree has no zero-width or recovered nodes: field and end can be derived safely
  const exact = hasErrors || !KNOW_FIELD_PARENTS;
  let parentFlags = flagsOf(root.type, true);
  // flags of the parents above `parent`, to restore when the walk climbs back up
  const flagStack: number[] = [];
  if (cursor.gotoFirstChild()) {
    for (;;) {
      const id = cursor.nodeTypeId;
      let flags = typeFlags[id];
      let type = typeNames[id];
      if (flags === undefined || type === undefined) {
        type = cursor.nodeType;
        typeNames[id] = type;
        flags = flagsOf(type, cursor.nodeIsNamed);
        typeFlags[id] = flags;
      }
      nodeCount++;
      let descended = false;
      if (flags & NAMED) {
        const fid = exact || parentFlags & HAS_FIELDS ? cursor.currentFieldId : 0;
        let field: string | undefined;
        if (fid) {
          field = fieldNames[fid];
          if (field === undefined) {
            field = cursor.currentFieldName;
            fieldNames[fid] = field;
          }
        }
        const start = cursor.startIndex;
        let end = exact || type !== "identifier" ? -1 : identifierEnd(source, start);
        if (end < 0) end = cursor.endIndex;
        const node: PyNode = { type, field, start, end, children: NO_CHILDREN, tokens: undefined, parent };
        if (parent.children === NO_CHILDREN) parent.children = [node];
        else parent.children.push(node);
        if (type === "type_alias_statement") aliases.push(node);
        if (type === "ERROR") errorNodes.push(node);
        else if (type === "comment") comments.push(node);
        else if (hasErrors && start === end && cursor.nodeIsMissing) errorNodes.push(node);
        // a string without interpolation is read from its text: its start/content/end nodes are not copied
        const plainString = type === "string" && !isFormatString(source, start);
        if (!(flags & LEAF) && !plainString && cursor.gotoFirstChild()) {
          parent = node;
          flagStack.push(parentFlags);
          parentFlags = flags;
          descended = true;
        }
      } else {
        if (parentFlags & KEEPS_TOKENS) {
          if (parent.tokens === undefined) parent.tokens = [type];
          else parent.tokens.push(type);
        }
        if (hasErrors && cursor.nodeIsMissing) {
          const at = cursor.startIndex;
          errorNodes.push({
            type: "MISSING",
            field: type,
            start: at,
            end: at,
            children: [],
            tokens: undefined,
            parent,
          });
        }
      }
      if (descended) continue;
      let done = false;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          done = true;
          break;
        }
        parent = parent.parent as PyNode;
        if (parent === undefined) {
          done = true;
          break;
        }
        parentFlags = flagStack.pop() as number;
      }
      if (done || parent === undefined) break;
    }
  }
  for (const a of aliases) fixTypeCallAssignment(source, a);
  return { root, hasErrors, errorNodes, comments, nodeCount };
}

/**
 * The grammar reads `type(self).cache = {}` as a `type` alias statement named `(self).cache`:
 * rebuild it as the assignment it is, with `type(self)` a call, so that the model sees the write.
 */
function fixTypeCallAssignment(source: string, stmt: PyNode): void {
  const [left, right] = stmt.children;
  const target = left?.children[0];
  const value = right?.children[0];
  if (!left || !right || !target || !value || left.children.length !== 1 || right.children.length !== 1)
    return;
  if (target.type !== "attribute" && target.type !== "subscript") return;
  if (!source.startsWith("type", stmt.start) || source.slice(stmt.start + 4, target.start).trim() !== "")
    return;
  // the leftmost operand: `(self)`, which becomes the arguments of a call of `type`
  let paren: PyNode = target;
  while (paren.type !== "parenthesized_expression") {
    const first = paren.children[0];
    if (!first || first.start !== target.start) return;
    paren = first;
  }
  const holder = paren.parent as PyNode;
  const call: PyNode = {
    type: "call",
    field: paren.field,
    start: stmt.start,
    end: paren.end,
    children: [],
    tokens: undefined,
    parent: holder,
  };
  const name: PyNode = {
    type: "identifier",
    field: "function",
    start: stmt.start,
    end: stmt.start + 4,
    children: NO_CHILDREN,
    tokens: undefined,
    parent: call,
  };
  paren.type = "argument_list";
  paren.field = "arguments";
  paren.parent = call;
  call.children = [name, paren];
  holder.children[holder.children.indexOf(paren)] = call;
  for (let n: PyNode | undefined = holder; n && n !== left; n = n.parent) n.start = stmt.start;
  const assignment: PyNode = {
    type: "assignment",
    field: undefined,
    start: stmt.start,
    end: stmt.end,
    children: [target, value],
    tokens: undefined,
    parent: stmt,
  };
  target.field = "left";
  target.parent = assignment;
  value.field = "right";
  value.parent = assignment;
  stmt.type = "expression_statement";
  stmt.children = [assignment];
}

/**
 * End of the ASCII identifier starting at `start`, or -1 when a non-ASCII character follows
 * (Unicode identifiers are left to the parser).
 */
function identifierEnd(source: string, start: number): number {
  let i = start;
  for (; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) continue;
    return c >= 128 ? -1 : i;
  }
  return i;
}

/** True when the string literal starting at `start` has an `f`/`t` prefix (it may interpolate). */
function isFormatString(source: string, start: number): boolean {
  for (let i = start; i < start + 3 && i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 102 || c === 70 || c === 116 || c === 84) return true; // f F t T
    if (c === 34 || c === 39) return false; // a quote ends the prefix
  }
  return false;
}

/** Prefix letters (`rb`, `f`…), quote length and body of a string literal's source text. */
export function splitStringLiteral(text: string): { prefix: string; body: string } {
  let i = 0;
  while (i < text.length && i < 3 && /[a-zA-Z]/.test(text[i] as string)) i++;
  const prefix = text.slice(0, i).toLowerCase();
  const rest = text.slice(i);
  const triple = rest.startsWith('"""') || rest.startsWith("'''");
  const q = triple ? 3 : 1;
  const closed = rest.length >= 2 * q && rest.slice(-q) === rest.slice(0, q);
  return { prefix, body: rest.slice(q, closed ? rest.length - q : rest.length) };
}

/** First named child under `field`. */
export function child(node: PyNode, field: string): PyNode | undefined {
  for (const c of node.children) if (c.field === field) return c;
  return undefined;
}

/** All named children under `field`. */
export function childrenOf(node: PyNode, field: string): PyNode[] {
  return node.children.filter((c) => c.field === field);
}

/**
 * Named children that are not comments. Without a comment among them this is the node's own
 * `children` array (no copy): read-only.
 */
export function codeChildren(node: PyNode): readonly PyNode[] {
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    if ((children[i] as PyNode).type === "comment") return children.filter((c) => c.type !== "comment");
  }
  return children;
}

/** Strip redundant parentheses: `((x))` → `x`. */
export function unparen(node: PyNode): PyNode {
  let n = node;
  while (n.type === "parenthesized_expression") {
    const inner = codeChildren(n);
    if (inner.length !== 1 || !inner[0]) break;
    n = inner[0];
  }
  return n;
}

/** Depth-first pre-order traversal; return `false` from `visit` to skip a subtree. */
export function walk(node: PyNode, visit: (n: PyNode) => boolean | undefined): void {
  const stack: PyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as PyNode;
    if (visit(n) === false) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as PyNode);
  }
}
