import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  commitChanges,
  GitError,
  hasCommits,
  isShallow,
  rangeChanges,
  readBlobs,
  repoRoot,
  resolveRevision,
  stagedChanges,
} from "../../src/git/index.js";
import { cleanupScratch, numberedLines, scratchDir, TestRepo } from "./helpers.js";

afterAll(cleanupScratch);

async function caught(promise: Promise<unknown>): Promise<GitError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GitError);
    return error as GitError;
  }
  throw new Error("expected a GitError");
}

describe("not a repository", () => {
  it("names the directory that is not a repository", async () => {
    const dir = scratchDir("plain");
    for (const attempt of [
      () => repoRoot(dir),
      () => stagedChanges(dir),
      () => commitChanges(dir, "HEAD"),
      () => rangeChanges(dir, "main..HEAD"),
      () => hasCommits(dir),
      () => readBlobs(dir, ["0123456789abcdef0123456789abcdef01234567"]),
    ]) {
      const error = await caught(attempt());
      expect(error.kind).toBe("not-a-repo");
      expect(error.message).toBe(`not a git repository: ${dir}`);
    }
  });

  it("treats a directory that does not exist as not a repository, not as missing git", async () => {
    const dir = join(scratchDir("parent"), "absent");
    const error = await caught(repoRoot(dir));
    expect(error.kind).toBe("not-a-repo");
    expect(error.message).toBe(`not a git repository: ${dir} (no such directory)`);
  });

  it("refuses the inside of a .git directory as a work tree", async () => {
    const repo = TestRepo.init();
    const error = await caught(repoRoot(join(repo.dir, ".git")));
    expect(error.kind).toBe("not-a-repo");
  });
});

describe("git missing", () => {
  it("reports git-missing when git is not on PATH", async () => {
    const repo = TestRepo.init();
    const saved = process.env.PATH;
    process.env.PATH = scratchDir("empty-path");
    try {
      const error = await caught(repoRoot(repo.dir));
      expect(error.kind).toBe("git-missing");
      expect(error.message).toBe("git executable not found on PATH");
      expect((await caught(readBlobs(repo.dir, ["abcd"]))).kind).toBe("git-missing");
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe("unknown revisions", () => {
  it("names the revision it could not resolve", async () => {
    const repo = TestRepo.init();
    repo.write("a.py", "x\n");
    repo.commitAll("one");
    for (const rev of ["abc123", "no-such-branch", "HEAD~5", "--output=/tmp/pwned", "main\nHEAD"]) {
      const error = await caught(resolveRevision(repo.dir, rev));
      expect(error.kind).toBe("unknown-revision");
      expect(error.message).toBe(`unknown revision: ${rev}`.replace("\n", " "));
      expect((await caught(commitChanges(repo.dir, rev))).kind).toBe("unknown-revision");
    }
  });

  it("does not accept an object that is not a commit", async () => {
    const repo = TestRepo.init();
    repo.write("a.py", "x\n");
    repo.commitAll("one");
    const blob = repo.oid("x\n");
    const error = await caught(resolveRevision(repo.dir, blob));
    expect(error).toMatchObject({ kind: "unknown-revision", message: `unknown revision: ${blob}` });
  });

  it("resolves to the full commit id", async () => {
    const repo = TestRepo.init();
    repo.write("a.py", "x\n");
    const sha = repo.commitAll("one");
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await resolveRevision(repo.dir, "main")).toBe(sha);
    expect(await resolveRevision(repo.dir, sha.slice(0, 7))).toBe(sha);
  });

  it("explains HEAD in a repository without commits", async () => {
    const repo = TestRepo.init();
    const error = await caught(resolveRevision(repo.dir, "HEAD"));
    expect(error).toMatchObject({
      kind: "unknown-revision",
      message: "unknown revision: HEAD (the repository has no commits yet)",
    });
    expect((await caught(commitChanges(repo.dir, "HEAD"))).kind).toBe("unknown-revision");
    expect((await caught(rangeChanges(repo.dir, "main"))).kind).toBe("unknown-revision");
  });
});

describe("shallow clones", () => {
  function shallowClone() {
    const origin = TestRepo.init("origin");
    origin.write("app.py", numberedLines(4));
    const fork = origin.commitAll("fork point");
    origin.write("main.py", "main\n");
    origin.commitAll("main 1");
    origin.write("main.py", "main 2\n");
    origin.commitAll("main 2");
    origin.git("checkout", "-q", "-b", "feature", fork);
    origin.write("feature.py", "feature\n");
    origin.commitAll("feature 1");
    origin.write("feature.py", "feature 2\n");
    const featureTip = origin.commitAll("feature 2");
    origin.git("checkout", "-q", "main");

    const clone = new TestRepo(scratchDir("clone"));
    clone.git("clone", "-q", "--depth", "1", "--no-single-branch", `file://${origin.dir}`, ".");
    return { origin, clone, fork, featureTip };
  }

  it("reports a missing merge base with a hint to deepen, and works once history is fetched", async () => {
    const { clone, fork, featureTip } = shallowClone();
    expect(await isShallow(clone.dir)).toBe(true);
    const error = await caught(rangeChanges(clone.dir, "origin/main..origin/feature"));
    expect(error.kind).toBe("missing-base");
    expect(error.message).toBe(
      "the base of origin/main..origin/feature is not in this shallow clone; fetch more history (git fetch --deepen=...)",
    );

    clone.git("fetch", "-q", "--deepen=5");
    const changes = await rangeChanges(clone.dir, "origin/main..origin/feature");
    expect(changes.base).toBe(fork);
    expect(changes.head).toBe(featureTip);
    expect(changes.files.map((f) => [f.path, f.status])).toStrictEqual([["feature.py", "added"]]);
  });

  it("does not mistake a commit at the shallow boundary for a root commit", async () => {
    const { clone } = shallowClone();
    const error = await caught(commitChanges(clone.dir, "origin/feature"));
    expect(error.kind).toBe("missing-base");
    expect(error.message).toMatch(
      /^the parent of origin\/feature \([0-9a-f]{40}\) is not in this shallow clone;/,
    );
  });

  it("is not shallow in an ordinary repository", async () => {
    const repo = TestRepo.init();
    expect(await isShallow(repo.dir)).toBe(false);
  });
});
