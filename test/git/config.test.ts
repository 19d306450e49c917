import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type ChangeSet,
  commitChanges,
  rangeChanges,
  readBlobs,
  stagedChanges,
} from "../../src/git/index.js";
import { cleanupScratch, numberedLines, scratchDir, TestRepo } from "./helpers.js";

afterAll(cleanupScratch);

/** A user configuration that changes nearly everything `git diff` prints. */
function writeHostileConfig(): string {
  const dir = scratchDir("hostile");
  const attributes = join(dir, "attributes");
  writeFileSync(attributes, "*.py diff=dup\n");
  const config = join(dir, "gitconfig");
  writeFileSync(
    config,
    [
      "[core]",
      "\tquotepath = true",
      "\tpager = echo PAGER",
      `\tattributesFile = ${attributes}`,
      "[color]",
      "\tui = always",
      "\tdiff = always",
      "[pager]",
      "\tdiff = true",
      "[diff]",
      "\texternal = echo HIJACKED",
      "\tnoprefix = true",
      "\tmnemonicPrefix = true",
      "\tsubmodule = log",
      "\tignoreSubmodules = all",
      "\tcontext = 7",
      "\tinterHunkContext = 20",
      "\trenames = false",
      "\trelative = true",
      "\talgorithm = patience",
      '[diff "dup"]',
      "\ttextconv = sed -e p",
      "",
    ].join("\n"),
  );
  return config;
}

function withEnvironment<T>(overrides: Record<string, string>, action: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(overrides).map((name) => [name, process.env[name]]));
  Object.assign(process.env, overrides);
  return action().finally(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}

describe("user configuration cannot change the result", () => {
  it("gives the same change sets and bytes under a hostile config and environment", async () => {
    const repo = TestRepo.init();
    const original = numberedLines(30);
    repo.write("ünï côde.py", original);
    repo.write("moved.py", numberedLines(12, "moved"));
    const base = repo.commitAll("base");
    const edited = original.replace("line 3\n", "line three\n").replace("line 9\n", "line nine\n");
    repo.write("ünï côde.py", edited);
    repo.move("moved.py", "dir/moved now.py");
    repo.git("update-index", "--add", "--cacheinfo", `160000,${base},vendor/sub`);
    repo.git("add", "ünï côde.py");

    const expectedStaged: ChangeSet = {
      kind: "staged",
      base,
      head: null,
      files: [
        {
          path: "dir/moved now.py",
          oldPath: "moved.py",
          status: "renamed",
          binary: false,
          submodule: false,
          modeOnly: false,
          oldMode: "100644",
          newMode: "100644",
          oldBlob: repo.oid(numberedLines(12, "moved")),
          newBlob: repo.oid(numberedLines(12, "moved")),
          addedLines: [],
          removedLines: [],
          similarity: 100,
        },
        {
          path: "vendor/sub",
          status: "added",
          binary: false,
          submodule: true,
          modeOnly: false,
          newMode: "160000",
          newBlob: base,
          addedLines: [],
          removedLines: [],
        },
        {
          path: "ünï côde.py",
          status: "modified",
          binary: false,
          submodule: false,
          modeOnly: false,
          oldMode: "100644",
          newMode: "100644",
          oldBlob: repo.oid(original),
          newBlob: repo.oid(edited),
          addedLines: [
            { start: 3, end: 3 },
            { start: 9, end: 9 },
          ],
          removedLines: [
            { start: 3, end: 3 },
            { start: 9, end: 9 },
          ],
        },
      ],
    };
    expect(await stagedChanges(repo.dir)).toStrictEqual(expectedStaged);
    repo.git("commit", "-q", "-m", "edit");
    const commit = repo.rev("HEAD");
    const plainCommit = await commitChanges(repo.dir, commit);
    const plainRange = await rangeChanges(repo.dir, `${base}..${commit}`);
    repo.git("reset", "-q", "--soft", "HEAD~1");

    const hostile = {
      GIT_CONFIG_GLOBAL: writeHostileConfig(),
      GIT_EXTERNAL_DIFF: "echo HIJACKED",
      GIT_DIFF_OPTS: "--unified=9",
      GIT_PAGER: "echo PAGER",
      PAGER: "echo PAGER",
    };
    // The configuration really is in effect for an ordinary `git diff`.
    const porcelain = await withEnvironment(hostile, async () => repo.git("diff", "--cached"));
    expect(porcelain).toContain("HIJACKED");

    await withEnvironment(hostile, async () => {
      expect(await stagedChanges(repo.dir)).toStrictEqual(expectedStaged);
      expect(await commitChanges(repo.dir, commit)).toStrictEqual(plainCommit);
      expect(await rangeChanges(repo.dir, `${base}..${commit}`)).toStrictEqual(plainRange);
      const blobs = await readBlobs(repo.dir, [repo.oid(edited)]);
      expect(blobs.get(repo.oid(edited))?.toString("utf8")).toBe(edited);
    });
    expect(plainCommit.files).toStrictEqual(expectedStaged.files);
  });
});
