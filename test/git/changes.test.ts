import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import {
  type ChangeSet,
  commitChanges,
  hasCommits,
  rangeChanges,
  readBlobs,
  repoRoot,
  resolveRevision,
  stagedChanges,
} from "../../src/git/index.js";
import { cleanupScratch, numberedLines, scratchDir, TestRepo } from "./helpers.js";

afterAll(cleanupScratch);

describe("stagedChanges", () => {
  it("reports added, modified and deleted files against HEAD with their line ranges", async () => {
    const repo = TestRepo.init();
    repo.write("a.py", "one\ntwo\nthree\n");
    repo.write("c.py", "gone\n");
    const head = repo.commitAll("base");
    repo.write("a.py", "one\nTWO\nthree\nfour\n");
    repo.remove("c.py");
    repo.write("d.py", "brand\nnew\n");
    repo.git("add", "-A");

    const expected: ChangeSet = {
      kind: "staged",
      base: head,
      head: null,
      files: [
        {
          path: "a.py",
          status: "modified",
          binary: false,
          submodule: false,
          modeOnly: false,
          oldMode: "100644",
          newMode: "100644",
          oldBlob: repo.oid("one\ntwo\nthree\n"),
          newBlob: repo.oid("one\nTWO\nthree\nfour\n"),
          addedLines: [
            { start: 2, end: 2 },
            { start: 4, end: 4 },
          ],
          removedLines: [{ start: 2, end: 2 }],
        },
        {
          path: "c.py",
          status: "deleted",
          binary: false,
          submodule: false,
          modeOnly: false,
          oldMode: "100644",
          oldBlob: repo.oid("gone\n"),
          addedLines: [],
          removedLines: [{ start: 1, end: 1 }],
        },
        {
          path: "d.py",
          status: "added",
          binary: false,
          submodule: false,
          modeOnly: false,
          newMode: "100644",
          newBlob: repo.oid("brand\nnew\n"),
          addedLines: [{ start: 1, end: 2 }],
          removedLines: [],
        },
      ],
    };
    expect(await stagedChanges(repo.dir)).toStrictEqual(expected);
  });

  it("ignores unstaged edits: only the index counts", async () => {
    const repo = TestRepo.init();
    repo.write("a.py", "one\n");
    repo.commitAll("base");
    repo.write("a.py", "one\ntwo\n");
    repo.git("add", "a.py");
    repo.write("a.py", "one\ntwo\nthree\n");
    repo.write("untracked.py", "x\n");
    const changes = await stagedChanges(repo.dir);
    expect(changes.files.map((f) => [f.path, f.newBlob, f.addedLines])).toStrictEqual([
      ["a.py", repo.oid("one\ntwo\n"), [{ start: 2, end: 2 }]],
    ]);
  });

  it("reads the index named by GIT_INDEX_FILE, as git sets it for hooks during `git commit -a`", async () => {
    const repo = TestRepo.init();
    repo.write("a.py", "one\n");
    repo.commitAll("base");
    repo.write("b.py", "b\n");
    const altIndex = `${repo.dir}/.git/alt-index`;
    repo.git("read-tree", `--index-output=${altIndex}`, "HEAD");
    const env = { ...process.env, GIT_INDEX_FILE: altIndex };
    execFileSync("git", ["add", "b.py"], { cwd: repo.dir, env });
    expect((await stagedChanges(repo.dir)).files).toStrictEqual([]);
    process.env.GIT_INDEX_FILE = altIndex;
    try {
      expect((await stagedChanges(repo.dir)).files.map((f) => f.path)).toStrictEqual(["b.py"]);
    } finally {
      delete process.env.GIT_INDEX_FILE;
    }
  });

  it("compares against the empty tree before the first commit", async () => {
    const repo = TestRepo.init();
    repo.write("app.py", numberedLines(3));
    repo.write("pkg/empty.py", "");
    repo.git("add", "-A");
    expect(await hasCommits(repo.dir)).toBe(false);
    expect(await stagedChanges(repo.dir)).toStrictEqual({
      kind: "staged",
      base: null,
      head: null,
      files: [
        {
          path: "app.py",
          status: "added",
          binary: false,
          submodule: false,
          modeOnly: false,
          newMode: "100644",
          newBlob: repo.oid(numberedLines(3)),
          addedLines: [{ start: 1, end: 3 }],
          removedLines: [],
        },
        {
          path: "pkg/empty.py",
          status: "added",
          binary: false,
          submodule: false,
          modeOnly: false,
          newMode: "100644",
          newBlob: repo.oid(""),
          addedLines: [],
          removedLines: [],
        },
      ],
    } satisfies ChangeSet);
  });

  it("returns an empty change set when nothing is staged", async () => {
    const repo = TestRepo.init();
    expect(await stagedChanges(repo.dir)).toStrictEqual({
      kind: "staged",
      base: null,
      head: null,
      files: [],
    });
    repo.write("a.py", "x\n");
    const head = repo.commitAll("one");
    expect(await stagedChanges(repo.dir)).toStrictEqual({
      kind: "staged",
      base: head,
      head: null,
      files: [],
    });
  });

  it("works on a detached HEAD", async () => {
    const repo = TestRepo.init();
    repo.write("a.py", "x\n");
    const first = repo.commitAll("one");
    repo.write("a.py", "y\n");
    repo.commitAll("two");
    repo.git("checkout", "-q", "--detach", first);
    repo.write("b.py", "new\n");
    repo.git("add", "b.py");
    const changes = await stagedChanges(repo.dir);
    expect(changes.base).toBe(first);
    expect(changes.files.map((f) => [f.path, f.status])).toStrictEqual([["b.py", "added"]]);
    expect(await resolveRevision(repo.dir, "HEAD")).toBe(first);
  });

  it("reports a merge conflict in the index as an error instead of dropping the file", async () => {
    const repo = TestRepo.init();
    repo.write("f.py", "base\n");
    repo.commitAll("base");
    repo.git("checkout", "-q", "-b", "other");
    repo.write("f.py", "other\n");
    repo.commitAll("other");
    repo.git("checkout", "-q", "main");
    repo.write("f.py", "main\n");
    repo.commitAll("main");
    expect(() => repo.git("merge", "-q", "other")).toThrow();
    await expect(stagedChanges(repo.dir)).rejects.toMatchObject({
      kind: "git-failed",
      message: expect.stringContaining("f.py"),
    });
  });
});

describe("commitChanges", () => {
  it("compares a root commit with the empty tree", async () => {
    const repo = TestRepo.init();
    repo.write("main.py", "print('hi')\n");
    const root = repo.commitAll("root");
    expect(await commitChanges(repo.dir, root)).toStrictEqual({
      kind: "commit",
      base: null,
      head: root,
      files: [
        {
          path: "main.py",
          status: "added",
          binary: false,
          submodule: false,
          modeOnly: false,
          newMode: "100644",
          newBlob: repo.oid("print('hi')\n"),
          addedLines: [{ start: 1, end: 1 }],
          removedLines: [],
        },
      ],
    } satisfies ChangeSet);
  });

  it("compares an ordinary commit with its parent and accepts any revision syntax", async () => {
    const repo = TestRepo.init();
    repo.write("a.py", numberedLines(10));
    const parent = repo.commitAll("one");
    repo.write("a.py", numberedLines(10).replace("line 5\n", "line five\nline 5b\n"));
    const commit = repo.commitAll("two");
    repo.git("tag", "-a", "-m", "annotated", "v1");
    const fromSha = await commitChanges(repo.dir, commit);
    expect(fromSha.base).toBe(parent);
    expect(fromSha.head).toBe(commit);
    expect(fromSha.files[0]?.addedLines).toStrictEqual([{ start: 5, end: 6 }]);
    expect(fromSha.files[0]?.removedLines).toStrictEqual([{ start: 5, end: 5 }]);
    // An annotated tag and a short id resolve to the same commit.
    expect(await commitChanges(repo.dir, "v1")).toStrictEqual(fromSha);
    expect(await commitChanges(repo.dir, commit.slice(0, 10))).toStrictEqual(fromSha);
    expect(await commitChanges(repo.dir, "HEAD")).toStrictEqual(fromSha);
  });

  it("compares a merge commit with its first parent only", async () => {
    const repo = TestRepo.init();
    repo.write("base.py", "base\n");
    repo.commitAll("base");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write("feature.py", "feature\n");
    const featureTip = repo.commitAll("feature");
    repo.git("checkout", "-q", "main");
    repo.write("main.py", "main\n");
    const mainTip = repo.commitAll("main");
    repo.git("merge", "-q", "--no-ff", "-m", "merge feature", "feature");
    const merge = repo.rev("HEAD");
    expect(repo.git("rev-list", "--parents", "-n", "1", merge).trim()).toBe(
      `${merge} ${mainTip} ${featureTip}`,
    );

    expect(await commitChanges(repo.dir, merge)).toStrictEqual({
      kind: "commit",
      base: mainTip,
      head: merge,
      files: [
        {
          path: "feature.py",
          status: "added",
          binary: false,
          submodule: false,
          modeOnly: false,
          newMode: "100644",
          newBlob: repo.oid("feature\n"),
          addedLines: [{ start: 1, end: 1 }],
          removedLines: [],
        },
      ],
    } satisfies ChangeSet);
  });
});

describe("rangeChanges", () => {
  function branchedRepo() {
    const repo = TestRepo.init();
    repo.write("shared.py", numberedLines(5));
    const fork = repo.commitAll("fork point");
    repo.git("checkout", "-q", "-b", "feature");
    repo.write("feature.py", "feature\n");
    repo.write("shared.py", numberedLines(5).replace("line 3", "line three"));
    const featureTip = repo.commitAll("feature");
    repo.git("checkout", "-q", "main");
    repo.write("main_only.py", "main\n");
    repo.commitAll("main moves on");
    return { repo, fork, featureTip };
  }

  it("diffs merge-base(A, B)..B, so later commits on A do not show up as deletions", async () => {
    const { repo, fork, featureTip } = branchedRepo();
    const expected: ChangeSet = {
      kind: "range",
      base: fork,
      head: featureTip,
      files: [
        {
          path: "feature.py",
          status: "added",
          binary: false,
          submodule: false,
          modeOnly: false,
          newMode: "100644",
          newBlob: repo.oid("feature\n"),
          addedLines: [{ start: 1, end: 1 }],
          removedLines: [],
        },
        {
          path: "shared.py",
          status: "modified",
          binary: false,
          submodule: false,
          modeOnly: false,
          oldMode: "100644",
          newMode: "100644",
          oldBlob: repo.oid(numberedLines(5)),
          newBlob: repo.oid(numberedLines(5).replace("line 3", "line three")),
          addedLines: [{ start: 3, end: 3 }],
          removedLines: [{ start: 3, end: 3 }],
        },
      ],
    };
    expect(await rangeChanges(repo.dir, "main..feature")).toStrictEqual(expected);
    expect(await rangeChanges(repo.dir, "main...feature")).toStrictEqual(expected);
    repo.git("checkout", "-q", "feature");
    expect(await rangeChanges(repo.dir, "main")).toStrictEqual(expected);
    expect(await rangeChanges(repo.dir, "main..")).toStrictEqual(expected);
  });

  it("is empty when B is already contained in A", async () => {
    const { repo } = branchedRepo();
    const changes = await rangeChanges(repo.dir, "main..main~1");
    expect(changes.files).toStrictEqual([]);
    expect(changes.base).toBe(repo.rev("main~1"));
  });

  it("names the unknown side of a range", async () => {
    const { repo } = branchedRepo();
    await expect(rangeChanges(repo.dir, "main..no-such-branch")).rejects.toMatchObject({
      kind: "unknown-revision",
      message: "unknown revision: no-such-branch",
    });
    await expect(rangeChanges(repo.dir, "nope...feature")).rejects.toMatchObject({
      kind: "unknown-revision",
      message: "unknown revision: nope",
    });
  });

  it("rejects unrelated histories instead of inventing a base", async () => {
    const { repo } = branchedRepo();
    repo.git("checkout", "-q", "--orphan", "island");
    repo.git("rm", "-q", "-r", "--cached", ".");
    repo.write("island.py", "alone\n");
    repo.git("add", "island.py");
    repo.git("commit", "-q", "-m", "island");
    await expect(rangeChanges(repo.dir, "main..island")).rejects.toMatchObject({
      kind: "missing-base",
      message: "main and island have no common ancestor (unrelated histories)",
    });
  });
});

describe("SHA-256 repositories", () => {
  it("handles 64-character object ids and their empty tree", async () => {
    const repo = new TestRepo(scratchDir("sha256"));
    repo.git("init", "-q", "-b", "main", "--object-format=sha256");
    repo.write("a.py", "x\n");
    repo.git("add", "a.py");
    const staged = await stagedChanges(repo.dir);
    expect(staged.files.map((f) => [f.path, f.newBlob, f.addedLines])).toStrictEqual([
      ["a.py", repo.oid("x\n"), [{ start: 1, end: 1 }]],
    ]);
    expect(staged.files[0]?.newBlob).toMatch(/^[0-9a-f]{64}$/);
    const root = repo.commitAll("root");
    const commit = await commitChanges(repo.dir, root);
    expect(commit.base).toBeNull();
    expect(commit.files).toStrictEqual(staged.files);
    const blobs = await readBlobs(repo.dir, [repo.oid("x\n")]);
    expect(blobs.get(repo.oid("x\n"))?.toString()).toBe("x\n");
  });
});

describe("repoRoot", () => {
  it("finds the top of the work tree from a subdirectory", async () => {
    const repo = TestRepo.init();
    repo.write("deep/er/x.py", "x\n");
    const top = await repoRoot(repo.dir);
    expect(await repoRoot(`${repo.dir}/deep/er`)).toBe(top);
    expect(top).toBe(repo.git("rev-parse", "--show-toplevel").trim());
  });
});
