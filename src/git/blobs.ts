import { spawn } from "node:child_process";
import { GitError } from "./errors.js";
import { failure, gitArguments, gitEnvironment, startFailure } from "./run.js";

const OID_RE = /^[0-9a-fA-F]{4,64}$/;

/**
 * Reads objects by id through a single `git cat-file --batch` process. The map holds the exact bytes
 * of every object found, keyed by the id as requested; ids git does not have (or finds ambiguous) are
 * absent from it.
 */
export function readBlobs(root: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(oids)];
  // One id per line on stdin: anything else could smuggle in a second request.
  const invalid = wanted.find((oid) => !OID_RE.test(oid));
  if (invalid !== undefined) {
    return Promise.reject(new GitError("git-failed", `invalid object id: ${JSON.stringify(invalid)}`));
  }
  const blobs = new Map<string, Buffer>();
  if (wanted.length === 0) return Promise.resolve(blobs);

  return new Promise((resolve, reject) => {
    const args = ["cat-file", "--batch", "--buffer"];
    const child = spawn("git", gitArguments(args), {
      cwd: root,
      env: gitEnvironment(),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true,
    });
    let answered = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      child.kill();
      reject(error);
    };
    const reader = new BatchReader((content) => {
      const oid = wanted[answered];
      answered += 1;
      if (oid === undefined)
        throw new GitError("git-failed", "git cat-file answered more objects than asked");
      if (content !== null) blobs.set(oid, content);
    });
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      try {
        reader.push(chunk);
      } catch (error) {
        fail(error);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on("error", () => {});
    let started = true;
    child.on("error", (error) => {
      started = false;
      startFailure(root, error).then(fail, fail);
    });
    child.on("close", (code) => {
      if (settled || !started) return;
      if (code !== 0) return fail(failure(root, args, Buffer.concat(stderr).toString("utf8")));
      if (answered !== wanted.length || !reader.idle()) {
        return fail(new GitError("git-failed", `git cat-file stopped early in ${root}`));
      }
      settled = true;
      resolve(blobs);
    });
    child.stdin.end(`${wanted.join("\n")}\n`);
  });
}

/**
 * Splits cat-file --batch output into frames: `<oid> <type> <size>\n<content>\n`, or
 * `<name> missing\n` / `<name> ambiguous\n`, which are reported as null content.
 */
export class BatchReader {
  private header: Buffer[] = [];
  private body: Buffer | null = null;
  private filled = 0;
  private expectNewline = false;

  constructor(private readonly onFrame: (content: Buffer | null) => void) {}

  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.body !== null) {
        const take = Math.min(this.body.length - this.filled, chunk.length - offset);
        chunk.copy(this.body, this.filled, offset, offset + take);
        this.filled += take;
        offset += take;
        if (this.filled === this.body.length) this.finishBody();
      } else if (this.expectNewline) {
        if (chunk[offset] !== 0x0a) throw new GitError("git-failed", "git cat-file output is out of step");
        this.expectNewline = false;
        offset += 1;
      } else {
        const newline = chunk.indexOf(0x0a, offset);
        if (newline === -1) {
          this.header.push(chunk.subarray(offset));
          return;
        }
        this.header.push(chunk.subarray(offset, newline));
        offset = newline + 1;
        const line = Buffer.concat(this.header).toString("latin1");
        this.header = [];
        this.startFrame(line);
      }
    }
  }

  /** True between frames. */
  idle(): boolean {
    return this.body === null && !this.expectNewline && this.header.length === 0;
  }

  private startFrame(line: string): void {
    if (/^\S+ (missing|ambiguous)$/.test(line)) {
      this.onFrame(null);
      return;
    }
    const match = /^[0-9a-f]+ [a-z]+ (\d+)$/.exec(line);
    if (!match) throw new GitError("git-failed", `unexpected git cat-file output: ${JSON.stringify(line)}`);
    this.body = Buffer.allocUnsafe(Number(match[1]));
    this.filled = 0;
    if (this.body.length === 0) this.finishBody();
  }

  private finishBody(): void {
    const content = this.body!;
    this.body = null;
    this.expectNewline = true;
    this.onFrame(content);
  }
}
