import { afterAll, describe, expect, it } from "vitest";
import { type ChangedFile, commitChanges, readBlobs, stagedChanges } from "../../src/git/index.js";
import { cleanupScratch, numberedLines, TestRepo } from "./helpers.js";

afterAll(cleanupScratch);

const ORIGINAL = numberedLines(20);

function repoWith(files: Record<string, string | Buffer>): TestRepo {
  const repo = TestRepo.init();
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.commitAll("base");
  return repo;
}

describe("renames and copies", () => {
  it("keeps the old path and similarity of an edited rename and lists only the edited lines", async () => {
    const repo = repoWith({ "old_name.py": ORIGINAL });
    const edited = ORIGINAL.replace("line 7\n", "line seven\n");
    repo.move("old_name.py", "new_name.py");
    repo.write("new_name.py", edited);
    repo.git("add", "-A");
    const files = (await stagedChanges(repo.dir)).files;
    expect(files).toStrictEqual([
      {
        path: "new_name.py",
        oldPath: "old_name.py",
        status: "renamed",
        binary: false,
        submodule: false,
        modeOnly: false,
        oldMode: "100644",
        newMode: "100644",
        oldBlob: repo.oid(ORIGINAL),
        newBlob: repo.oid(edited),
        addedLines: [{ start: 7, end: 7 }],
        removedLines: [{ start: 7, end: 7 }],
        similarity: 92,
      },
    ] satisfies ChangedFile[]);
  });

  it("reports a pure rename with no changed lines", async () => {
    const repo = repoWith({ "src/a.py": ORIGINAL });
    repo.move("src/a.py", "lib/b.py");
    const files = (await stagedChanges(repo.dir)).files;
    expect(files).toStrictEqual([
      {
        path: "lib/b.py",
        oldPath: "src/a.py",
        status: "renamed",
        binary: false,
        submodule: false,
        modeOnly: false,
        oldMode: "100644",
        newMode: "100644",
        oldBlob: repo.oid(ORIGINAL),
        newBlob: repo.oid(ORIGINAL),
        addedLines: [],
        removedLines: [],
        similarity: 100,
      },
    ] satisfies ChangedFile[]);
  });

  it("detects a copy of a file modified in the same change", async () => {
    const repo = repoWith({ "orig.py": ORIGINAL });
    const modifiedOriginal = ORIGINAL.replace("line 1\n", "line one\n");
    const copy = ORIGINAL.replace("line 20\n", "line twenty\n");
    repo.write("orig.py", modifiedOriginal);
    repo.write("copy.py", copy);
    const commit = repo.commitAll("copy");
    const files = (await commitChanges(repo.dir, commit)).files;
    expect(files).toStrictEqual([
      {
        path: "copy.py",
        oldPath: "orig.py",
        status: "copied",
        binary: false,
        submodule: false,
        modeOnly: false,
        oldMode: "100644",
        newMode: "100644",
        oldBlob: repo.oid(ORIGINAL),
        newBlob: repo.oid(copy),
        addedLines: [{ start: 20, end: 20 }],
        removedLines: [{ start: 20, end: 20 }],
        similarity: 92,
      },
      {
        path: "orig.py",
        status: "modified",
        binary: false,
        submodule: false,
        modeOnly: false,
        oldMode: "100644",
        newMode: "100644",
        oldBlob: repo.oid(ORIGINAL),
        newBlob: repo.oid(modifiedOriginal),
        addedLines: [{ start: 1, end: 1 }],
        removedLines: [{ start: 1, end: 1 }],
      },
    ] satisfies ChangedFile[]);
  });
});

describe("special entries", () => {
  it("marks binary files and gives them no line ranges", async () => {
    const before = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x0a, 0x02]);
    const after = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x07, 0x0a, 0x03, 0x0a]);
    const repo = repoWith({ "logo.png": before });
    repo.write("logo.png", after);
    repo.write("data.bin", Buffer.from([0x00, 0x00, 0x0a]));
    repo.git("add", "-A");
    expect((await stagedChanges(repo.dir)).files).toStrictEqual([
      {
        path: "data.bin",
        status: "added",
        binary: true,
        submodule: false,
        modeOnly: false,
        newMode: "100644",
        newBlob: repo.oid(Buffer.from([0x00, 0x00, 0x0a])),
        addedLines: [],
        removedLines: [],
      },
      {
        path: "logo.png",
        status: "modified",
        binary: true,
        submodule: false,
        modeOnly: false,
        oldMode: "100644",
        newMode: "100644",
        oldBlob: repo.oid(before),
        newBlob: repo.oid(after),
        addedLines: [],
        removedLines: [],
      },
    ] satisfies ChangedFile[]);
  });

  it("reports a mode-only change", async () => {
    const repo = repoWith({ "run.sh": "echo hi\n" });
    repo.git("update-index", "--chmod=+x", "run.sh");
    expect((await stagedChanges(repo.dir)).files).toStrictEqual([
      {
        path: "run.sh",
        status: "modified",
        binary: false,
        submodule: false,
        modeOnly: true,
        oldMode: "100644",
        newMode: "100755",
        oldBlob: repo.oid("echo hi\n"),
        newBlob: repo.oid("echo hi\n"),
        addedLines: [],
        removedLines: [],
      },
    ] satisfies ChangedFile[]);
  });

  it("does not call a mode change with an edit mode-only", async () => {
    const repo = repoWith({ "run.sh": "echo hi\n" });
    repo.write("run.sh", "echo bye\n", true);
    repo.git("add", "-A");
    const [file] = (await stagedChanges(repo.dir)).files;
    expect(file).toMatchObject({ modeOnly: false, oldMode: "100644", newMode: "100755" });
    expect(file?.addedLines).toStrictEqual([{ start: 1, end: 1 }]);
  });

  it("represents submodule entries without inventing line ranges", async () => {
    const repo = repoWith({ "a.py": "x\n" });
    const pinned = repo.rev("HEAD");
    repo.git("update-index", "--add", "--cacheinfo", `160000,${pinned},vendor/lib`);
    const staged = await stagedChanges(repo.dir);
    expect(staged.files).toStrictEqual([
      {
        path: "vendor/lib",
        status: "added",
        binary: false,
        submodule: true,
        modeOnly: false,
        newMode: "160000",
        newBlob: pinned,
        addedLines: [],
        removedLines: [],
      },
    ] satisfies ChangedFile[]);

    // Not commitAll: `git add -A` would drop the gitlink, which has no directory in the work tree.
    repo.git("commit", "-q", "-m", "pin submodule");
    const bumpedTo = repo.rev("HEAD");
    repo.git("update-index", "--cacheinfo", `160000,${bumpedTo},vendor/lib`);
    const bumped = await stagedChanges(repo.dir);
    expect(bumped.files).toStrictEqual([
      {
        path: "vendor/lib",
        status: "modified",
        binary: false,
        submodule: true,
        modeOnly: false,
        oldMode: "160000",
        newMode: "160000",
        oldBlob: pinned,
        newBlob: bumpedTo,
        addedLines: [],
        removedLines: [],
      },
    ] satisfies ChangedFile[]);
  });

  it("reports a file that became a symlink as one type change carrying both sides' lines", async () => {
    const repo = repoWith({ "conf.py": "a\nb\nc\n" });
    const target = repo.gitWithInput("settings/real.py", "hash-object", "-w", "--stdin").trim();
    repo.git("update-index", "--cacheinfo", `120000,${target},conf.py`);
    repo.write("after.py", "z\n");
    repo.git("add", "after.py");
    expect((await stagedChanges(repo.dir)).files).toStrictEqual([
      {
        path: "after.py",
        status: "added",
        binary: false,
        submodule: false,
        modeOnly: false,
        newMode: "100644",
        newBlob: repo.oid("z\n"),
        addedLines: [{ start: 1, end: 1 }],
        removedLines: [],
      },
      {
        path: "conf.py",
        status: "type-changed",
        binary: false,
        submodule: false,
        modeOnly: false,
        oldMode: "100644",
        newMode: "120000",
        oldBlob: repo.oid("a\nb\nc\n"),
        newBlob: target,
        addedLines: [{ start: 1, end: 1 }],
        removedLines: [{ start: 1, end: 3 }],
      },
    ] satisfies ChangedFile[]);
  });
});

describe("file names and content", () => {
  const names = [
    "with space.py",
    "ünïcødé/名前.py",
    "new\nline.py",
    "-leading-dash.py",
    "tab\there.py",
    'double"quote.py',
    "single'quote.py",
    "back\\slash.py",
    ":colon.py",
  ];

  it("returns odd file names exactly as they are in the tree", async () => {
    const repo = TestRepo.init();
    names.forEach((name, i) => {
      repo.write(name, numberedLines(i + 1));
    });
    repo.git("add", "-A");
    const files = (await stagedChanges(repo.dir)).files;
    expect(files.map((f) => f.path).sort()).toStrictEqual([...names].sort());
    for (const file of files) {
      const count = names.indexOf(file.path) + 1;
      expect(file.status).toBe("added");
      expect(file.newBlob).toBe(repo.oid(numberedLines(count)));
      expect(file.addedLines).toStrictEqual([{ start: 1, end: count }]);
    }
  });

  it("keeps odd names on both sides of a rename", async () => {
    const repo = TestRepo.init();
    repo.write("-from\tdir/a b.py", ORIGINAL);
    repo.commitAll("base");
    repo.move("-from\tdir/a b.py", 'to\n"dir"/ü -.py');
    const commit = repo.commitAll("move");
    const [file] = (await commitChanges(repo.dir, commit)).files;
    expect(file).toMatchObject({
      path: 'to\n"dir"/ü -.py',
      oldPath: "-from\tdir/a b.py",
      status: "renamed",
      similarity: 100,
    });
  });

  it("counts CRLF and non-UTF-8 lines like any others and keeps their bytes", async () => {
    const crlfBefore = "a = 1\r\nb = 2\r\nc = 3\r\n";
    const crlfAfter = "a = 1\r\nb = 20\r\nc = 3\r\nd = 4\r\n";
    const latin1 = Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a, 0x78, 0x20, 0x3d, 0x20, 0xff, 0x0a]);
    const lone = Buffer.from("x = 1\ry = 2\nz = 3\n");
    const repo = repoWith({ "crlf.py": crlfBefore });
    repo.write("crlf.py", crlfAfter);
    repo.write("latin1.py", latin1);
    repo.write("lone_cr.py", lone);
    repo.git("add", "-A");
    const files = (await stagedChanges(repo.dir)).files;
    expect(files.map((f) => [f.path, f.binary, f.addedLines, f.removedLines])).toStrictEqual([
      [
        "crlf.py",
        false,
        [
          { start: 2, end: 2 },
          { start: 4, end: 4 },
        ],
        [{ start: 2, end: 2 }],
      ],
      ["latin1.py", false, [{ start: 1, end: 2 }], []],
      ["lone_cr.py", false, [{ start: 1, end: 2 }], []],
    ]);
    const blobs = await readBlobs(
      repo.dir,
      files.map((f) => f.newBlob!),
    );
    expect(blobs.get(files[0]!.newBlob!)).toStrictEqual(Buffer.from(crlfAfter));
    expect(blobs.get(files[1]!.newBlob!)).toStrictEqual(latin1);
    expect(blobs.get(files[2]!.newBlob!)).toStrictEqual(lone);
  });

  it("handles a file without a trailing newline", async () => {
    const repo = repoWith({ "a.py": "x\ny" });
    repo.write("a.py", "x\nY");
    repo.write("b.py", "only");
    repo.git("add", "-A");
    const files = (await stagedChanges(repo.dir)).files;
    expect(files.map((f) => [f.path, f.addedLines, f.removedLines])).toStrictEqual([
      ["a.py", [{ start: 2, end: 2 }], [{ start: 2, end: 2 }]],
      ["b.py", [{ start: 1, end: 1 }], []],
    ]);
  });
});
