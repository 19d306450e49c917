import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

export const BIN = join(import.meta.dirname, "../dist/bundle/bin.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built command line like a user would. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: "", ...opts.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const created: string[] = [];

/** A new temporary directory, removed when the test file that made it is done. */
export function tempDir(prefix = "pw-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory with the given files (paths relative to it; string or raw bytes). */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

export interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  suppressed: boolean;
  suppression?: { kind: string; reason: string; line: number };
  [key: string]: unknown;
}

export interface JsonReport {
  security_issues: JsonFinding[];
  notices: { kind: string; file?: string; message: string }[];
  verdict: string;
  score: number;
  comments: string[];
  severity: string;
  stats: { files: number; lines: number; duration_ms?: number; cached_files?: number };
  [key: string]: unknown;
}

/** `rule file:line:column` for each finding, the form most tests compare. */
export function positions(report: JsonReport, opts: { suppressed?: boolean } = {}): string[] {
  return report.security_issues
    .filter((f) => opts.suppressed === undefined || f.suppressed === opts.suppressed)
    .map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`);
}
