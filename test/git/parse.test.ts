import { describe, expect, it } from "vitest";
import {
  changedLineSet,
  GitError,
  isLineAdded,
  isLineRemoved,
  lineInRanges,
  parseDiffOutput,
  splitRange,
} from "../../src/git/index.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const ZERO = "0".repeat(40);

/** Assembles `-z --raw --numstat -p` output the way git lays it out. */
function diffOutput(raw: string[], numstat: string[], patch: string): Buffer {
  return Buffer.from(`${raw.join("")}${numstat.join("")}\0${patch}`, "utf8");
}

describe("parseDiffOutput", () => {
  it("returns nothing for empty output", () => {
    expect(parseDiffOutput(Buffer.alloc(0))).toStrictEqual([]);
  });

  it("records only + and - lines when a hunk carries context lines", () => {
    const out = diffOutput(
      [`:100644 100644 ${A} ${B} M\0f.py\0`],
      ["2\t1\tf.py\0"],
      [
        "diff --git a/f.py b/f.py",
        `index ${A}..${B} 100644`,
        "--- a/f.py",
        "+++ b/f.py",
        "@@ -3,4 +3,5 @@ def f():",
        " same",
        "-old",
        "+new",
        " same again",
        "+added",
        " tail",
        "",
      ].join("\n"),
    );
    expect(parseDiffOutput(out)).toStrictEqual([
      {
        path: "f.py",
        status: "modified",
        binary: false,
        submodule: false,
        modeOnly: false,
        oldMode: "100644",
        newMode: "100644",
        oldBlob: A,
        newBlob: B,
        addedLines: [
          { start: 4, end: 4 },
          { start: 6, end: 6 },
        ],
        removedLines: [{ start: 4, end: 4 }],
      },
    ]);
  });

  it("does not mistake hunk content that looks like a header for a new file", () => {
    const out = diffOutput(
      [`:000000 100644 ${ZERO} ${A} A\0x.py\0`, `:000000 100644 ${ZERO} ${B} A\0y.py\0`],
      ["3\t0\tx.py\0", "1\t0\ty.py\0"],
      [
        "diff --git a/x.py b/x.py",
        "new file mode 100644",
        "--- /dev/null",
        "+++ b/x.py",
        "@@ -0,0 +1,3 @@",
        "+diff --git a/y.py b/y.py",
        "+@@ -1 +1 @@",
        "+\r",
        "\\ No newline at end of file",
        "diff --git a/y.py b/y.py",
        "new file mode 100644",
        "--- /dev/null",
        "+++ b/y.py",
        "@@ -0,0 +1 @@",
        "+y",
        "",
      ].join("\n"),
    );
    const files = parseDiffOutput(out);
    expect(files.map((f) => [f.path, f.addedLines])).toStrictEqual([
      ["x.py", [{ start: 1, end: 3 }]],
      ["y.py", [{ start: 1, end: 1 }]],
    ]);
  });

  it("takes the names from the NUL-separated records, not from the patch", () => {
    const name = 'we"ird\tname\n.py';
    const out = diffOutput(
      [`:000000 100644 ${ZERO} ${A} A\0${name}\0`],
      [`1\t0\t${name}\0`],
      'diff --git "a/we\\"ird\\tname\\n.py" "b/we\\"ird\\tname\\n.py"\nnew file mode 100644\n@@ -0,0 +1 @@\n+x\n',
    );
    expect(parseDiffOutput(out)[0]?.path).toBe(name);
  });

  it("fails loudly when the patch and the file list disagree", () => {
    const raw = [`:100644 100644 ${A} ${B} M\0a.py\0`, `:100644 100644 ${A} ${B} M\0b.py\0`];
    const numstat = ["1\t1\ta.py\0", "1\t1\tb.py\0"];
    const onePatch = "diff --git a/a.py b/a.py\n@@ -1 +1 @@\n-x\n+y\n";
    expect(() => parseDiffOutput(diffOutput(raw, numstat, onePatch))).toThrow(GitError);
    expect(() => parseDiffOutput(diffOutput(raw, ["1\t1\ta.py\0", "1\t1\tc.py\0"], onePatch))).toThrow(
      /numstat does not match/,
    );
    const shortHunk = "diff --git a/a.py b/a.py\n@@ -1,2 +1,2 @@\n-x\n+y\ndiff --git a/b.py b/b.py\n";
    expect(() => parseDiffOutput(diffOutput(raw, numstat, shortHunk))).toThrow(GitError);
  });
});

describe("line helpers", () => {
  const file = {
    addedLines: [
      { start: 2, end: 4 },
      { start: 10, end: 10 },
    ],
    removedLines: [{ start: 7, end: 8 }],
  };

  it("answers whether a line was added or removed", () => {
    expect([...changedLineSet(file)]).toStrictEqual([2, 3, 4, 10]);
    expect([1, 2, 4, 5, 9, 10, 11].map((n) => isLineAdded(file, n))).toStrictEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
    expect([6, 7, 8, 9].map((n) => isLineRemoved(file, n))).toStrictEqual([false, true, true, false]);
    expect(lineInRanges([], 1)).toBe(false);
  });
});

describe("splitRange", () => {
  it("accepts A..B, A...B, a bare A and empty sides meaning HEAD", () => {
    expect(splitRange("origin/main..HEAD")).toStrictEqual({ from: "origin/main", to: "HEAD" });
    expect(splitRange("v1.0...feature/x")).toStrictEqual({ from: "v1.0", to: "feature/x" });
    expect(splitRange("main")).toStrictEqual({ from: "main", to: "HEAD" });
    expect(splitRange("main..")).toStrictEqual({ from: "main", to: "HEAD" });
    expect(splitRange("..topic")).toStrictEqual({ from: "HEAD", to: "topic" });
    expect(() => splitRange("  ")).toThrow(GitError);
  });
});
