import { describe, expect, it } from "vitest";
import { type PyNode, parsePython, walk } from "../../src/python/ast.js";

/** Every named node as `type[field]@start-end`, in source order. */
function nodes(src: string): string[] {
  const out: string[] = [];
  walk(parsePython(src).root, (n: PyNode) => {
    out.push(`${n.type}${n.field ? `[${n.field}]` : ""}@${n.start}-${n.end}`);
    return undefined;
  });
  return out;
}

describe("syntax tree copy", () => {
  it("records fields only where the grammar has them, and exact identifier ends", () => {
    expect(nodes("f(a_1, k=v)\n")).toEqual([
      "module@0-12",
      "expression_statement@0-11",
      "call@0-11",
      "identifier[function]@0-1",
      "argument_list[arguments]@1-11",
      "identifier@2-5",
      "keyword_argument@7-10",
      "identifier[name]@7-8",
      "identifier[value]@9-10",
    ]);
  });

  it("reads `type(self).x = v` as an assignment through a call of type, not a type alias", () => {
    expect(nodes("type(self).a[k] = f(x)\n")).toEqual([
      "module@0-23",
      "expression_statement@0-22",
      "assignment@0-22",
      "subscript[left]@0-15",
      "attribute[value]@0-12",
      "call[object]@0-10",
      "identifier[function]@0-4",
      "argument_list[arguments]@4-10",
      "identifier@5-9",
      "identifier[attribute]@11-12",
      "identifier[subscript]@13-14",
      "call[right]@18-22",
      "identifier[function]@18-19",
      "argument_list[arguments]@19-22",
      "identifier@20-21",
    ]);
    // a real alias stays one
    expect(nodes("type Pair = tuple[int, int]\n").slice(0, 3)).toEqual([
      "module@0-28",
      "type_alias_statement@0-27",
      "type[left]@5-9",
    ]);
  });

  it("takes the end of a non-ASCII identifier from the parser", () => {
    const src = "café = eval(naïve)";
    const ids = nodes(src).filter((n) => n.startsWith("identifier"));
    expect(ids).toEqual(["identifier[left]@0-4", "identifier[function]@7-11", "identifier@12-17"]);
    expect(src.slice(12, 17)).toBe("naïve");
  });

  it("ends an identifier at the end of a file without a newline", () => {
    expect(nodes("x = yy").slice(-2)).toEqual(["identifier[left]@0-1", "identifier[right]@4-6"]);
  });

  it("asks the parser for fields and ends when the file has syntax errors", () => {
    const parsed = parsePython("def f(:\n    return os.system(cmd\n");
    expect(parsed.hasErrors).toBe(true);
    const out: string[] = [];
    walk(parsed.root, (n) => {
      if (n.type === "identifier") out.push(`${n.field ?? ""}@${n.start}-${n.end}`);
      return undefined;
    });
    // the recovered tree keeps the identifiers with their exact ranges
    expect(out).toEqual(["name@4-5", "object@19-21", "attribute@22-28", "@29-32"]);
  });
});
