import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BatchReader } from "../../src/git/blobs.js";
import { GitError, readBlobs, stagedChanges } from "../../src/git/index.js";
import { cleanupScratch, scratch, TestRepo } from "./helpers.js";

afterAll(cleanupScratch);

/** Runs `action` with GIT_TRACE on and returns the git commands it started. */
async function gitCommandsStartedBy(action: () => Promise<unknown>): Promise<string[]> {
  const traceFile = join(scratch, `trace-${Date.now()}-${Math.random()}.txt`);
  process.env.GIT_TRACE = traceFile;
  try {
    await action();
  } finally {
    delete process.env.GIT_TRACE;
  }
  const trace = readFileSync(traceFile, "utf8");
  rmSync(traceFile);
  return [...trace.matchAll(/trace: built-in: git (\S+)/g)].map((m) => m[1]!);
}

function sampleContent(i: number): Buffer {
  switch (i % 6) {
    case 0:
      return Buffer.from(`line ${i}\r\nsecond\r\n`);
    case 1:
      return Buffer.from([0xff, 0xfe, 0x80, i % 256, 0x0a, 0xc3, 0x28, 0x0a]);
    case 2:
      return Buffer.from([0x00, 0x01, 0x02, i % 256, 0x00, 0x0a, 0x0a, 0x00]);
    case 3:
      return Buffer.alloc(0);
    case 4:
      return Buffer.from(`${"x".repeat(100_000)} ${i}\n`);
    default:
      return Buffer.from(`ünïcødé ${i}\nno trailing newline`);
  }
}

describe("readBlobs", () => {
  it("returns the exact bytes of many objects through one cat-file process", async () => {
    const repo = TestRepo.init();
    const contents = Array.from({ length: 300 }, (_, i) => sampleContent(i));
    contents.forEach((content, i) => {
      repo.write(`f${i}`, content);
    });
    const paths = contents.map((_, i) => `f${i}`).join("\n");
    const oids = repo
      .gitWithInput(paths, "hash-object", "-w", "--no-filters", "--stdin-paths")
      .trim()
      .split("\n");
    expect(oids).toHaveLength(300);

    const missing = "0123456789abcdef0123456789abcdef01234567";
    let blobs = new Map<string, Buffer>();
    const started = await gitCommandsStartedBy(async () => {
      blobs = await readBlobs(repo.dir, [...oids, missing, oids[0]!]);
    });
    expect(started).toStrictEqual(["cat-file"]);
    expect(blobs.size).toBe(new Set(oids).size);
    oids.forEach((oid, i) => {
      expect(blobs.get(oid)?.equals(contents[i]!), `object ${i}`).toBe(true);
    });
    expect(blobs.has(missing)).toBe(false);
  });

  it("keys results by the id as asked, including abbreviated ids", async () => {
    const repo = TestRepo.init();
    const oid = repo.gitWithInput("hello\n", "hash-object", "-w", "--stdin").trim();
    const short = oid.slice(0, 12);
    const blobs = await readBlobs(repo.dir, [short]);
    expect([...blobs.keys()]).toStrictEqual([short]);
    expect(blobs.get(short)?.toString()).toBe("hello\n");
  });

  it("starts no process for an empty request and rejects ids that are not hex", async () => {
    const repo = TestRepo.init();
    expect(await readBlobs(repo.dir, [])).toStrictEqual(new Map());
    for (const bad of ["HEAD", "abcd\nHEAD", "", "abc", "--batch"]) {
      await expect(readBlobs(repo.dir, [bad])).rejects.toMatchObject({
        kind: "git-failed",
        message: `invalid object id: ${JSON.stringify(bad)}`,
      });
    }
  });
});

describe("BatchReader", () => {
  it("parses frames split at every possible byte boundary", () => {
    const body = Buffer.from([0x61, 0x0a, 0x00, 0xff, 0x0d, 0x0a]);
    const stream = Buffer.concat([
      Buffer.from(`${"a".repeat(40)} blob ${body.length}\n`),
      body,
      Buffer.from("\n"),
      Buffer.from(`${"b".repeat(40)} missing\n`),
      Buffer.from(`${"c".repeat(40)} blob 0\n\n`),
      Buffer.from(`${"d".repeat(40)} tree 3\nxyz\n`),
    ]);
    for (let split = 0; split <= stream.length; split += 1) {
      const frames: (string | null)[] = [];
      const reader = new BatchReader((content) =>
        frames.push(content === null ? null : content.toString("hex")),
      );
      reader.push(stream.subarray(0, split));
      reader.push(stream.subarray(split));
      expect(frames).toStrictEqual([body.toString("hex"), null, "", Buffer.from("xyz").toString("hex")]);
      expect(reader.idle()).toBe(true);
    }
  });

  it("rejects output that is out of step", () => {
    const reader = new BatchReader(() => {});
    expect(() => reader.push(Buffer.from(`${"a".repeat(40)} blob 1\nxy`))).toThrow(GitError);
    expect(() => new BatchReader(() => {}).push(Buffer.from("what is this\n"))).toThrow(GitError);
  });
});

describe("large changes", () => {
  it("reads a 5,000-file staged change with two git processes and its blobs with one more", async () => {
    const repo = TestRepo.init();
    repo.write("README.md", "readme\n");
    const head = repo.commitAll("base");
    const count = 5000;
    const contentOf = (i: number) => `value_${i} = ${i}\n${"# filler\n".repeat(i % 7)}`;
    for (let i = 0; i < count; i += 1) repo.write(`pkg/sub${i % 50}/mod_${i}.py`, contentOf(i));
    repo.git("add", "-A");

    let changes = await stagedChanges(repo.dir);
    const started = await gitCommandsStartedBy(async () => {
      changes = await stagedChanges(repo.dir);
    });
    expect(started).toStrictEqual(["rev-parse", "diff-index"]);
    expect(changes.base).toBe(head);
    expect(changes.files).toHaveLength(count);
    const byPath = new Map(changes.files.map((f) => [f.path, f]));
    for (let i = 0; i < count; i += 1) {
      const file = byPath.get(`pkg/sub${i % 50}/mod_${i}.py`);
      expect(file?.status).toBe("added");
      expect(file?.addedLines).toStrictEqual([{ start: 1, end: 1 + (i % 7) }]);
    }

    let blobs = new Map<string, Buffer>();
    const catFiles = await gitCommandsStartedBy(async () => {
      blobs = await readBlobs(
        repo.dir,
        changes.files.map((f) => f.newBlob!),
      );
    });
    expect(catFiles).toStrictEqual(["cat-file"]);
    for (let i = 0; i < count; i += 1) {
      const file = byPath.get(`pkg/sub${i % 50}/mod_${i}.py`)!;
      expect(blobs.get(file.newBlob!)?.toString("utf8")).toBe(contentOf(i));
    }
  });
});
