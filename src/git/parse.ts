import { GitError } from "./errors.js";
import type { ChangedFile, ChangeStatus, LineRange } from "./types.js";

const NUL = 0x00;
const LF = 0x0a;
const COLON = 0x3a;
const TAB = 0x09;
const DIFF_HEADER = Buffer.from("diff --git ", "latin1");
const HUNK_HEADER = Buffer.from("@@ ", "latin1");
const HUNK_RE = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const RAW_RE = /^:([0-7]{6}) ([0-7]{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/;
const GITLINK_MODE = "160000";

const STATUS_BY_LETTER: Record<string, ChangeStatus> = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "type-changed",
};

interface RawEntry {
  oldMode: string;
  newMode: string;
  oldOid: string;
  newOid: string;
  letter: string;
  score: string;
  path: Buffer;
  oldPath?: Buffer;
}

/**
 * Parses the output of `git diff-* -z --raw --numstat -p -U0 --full-index`: NUL-terminated raw
 * records, then numstat records, then a NUL, then the patch. Raw and numstat records give the file
 * list (one record per file pair); the patch is only read for its hunks and is matched to the file
 * list by order, since every file pair prints its patch in the same order. File names are never
 * parsed out of the patch text, where git may quote them.
 */
export function parseDiffOutput(out: Buffer): ChangedFile[] {
  const cursor = new TokenCursor(out);
  const entries: RawEntry[] = [];
  while (!cursor.done() && out[cursor.pos] === COLON) entries.push(readRawEntry(cursor));

  const binary: boolean[] = [];
  while (!cursor.done() && out[cursor.pos] !== NUL) {
    const entry = entries[binary.length];
    const stat = readNumstat(cursor);
    if (entry === undefined || !stat.path.equals(entry.path)) {
      throw malformed("numstat does not match the file list");
    }
    binary.push(stat.binary);
  }
  if (binary.length !== entries.length) throw malformed("numstat does not match the file list");
  if (!cursor.done()) cursor.pos += 1;

  for (const entry of entries) {
    if (entry.letter === "U") {
      throw new GitError(
        "git-failed",
        `unresolved merge conflict in the index: ${entry.path.toString("utf8")}; resolve it before reviewing staged changes`,
      );
    }
  }

  const lines = entries.map(() => ({ added: new RangeList(), removed: new RangeList() }));
  readPatch(out, cursor.pos, entries, lines);

  return entries.map((entry, index) => {
    const ranges = lines[index]!;
    return toChangedFile(entry, binary[index] ?? false, ranges.added.ranges, ranges.removed.ranges);
  });
}

function toChangedFile(
  entry: RawEntry,
  binary: boolean,
  added: LineRange[],
  removed: LineRange[],
): ChangedFile {
  const status = STATUS_BY_LETTER[entry.letter];
  if (status === undefined) throw malformed(`unexpected change status ${entry.letter}`);
  const oldMode = isAbsentMode(entry.oldMode) ? undefined : entry.oldMode;
  const newMode = isAbsentMode(entry.newMode) ? undefined : entry.newMode;
  const oldBlob = isNullOid(entry.oldOid) ? undefined : entry.oldOid;
  const newBlob = isNullOid(entry.newOid) ? undefined : entry.newOid;
  const submodule = oldMode === GITLINK_MODE || newMode === GITLINK_MODE;
  const modeOnly =
    status === "modified" && oldBlob !== undefined && oldBlob === newBlob && oldMode !== newMode;
  const hasSimilarity = (status === "renamed" || status === "copied") && entry.score !== "";
  return {
    path: entry.path.toString("utf8"),
    ...(entry.oldPath !== undefined ? { oldPath: entry.oldPath.toString("utf8") } : {}),
    status,
    binary,
    submodule,
    modeOnly,
    ...(oldMode !== undefined ? { oldMode } : {}),
    ...(newMode !== undefined ? { newMode } : {}),
    ...(oldBlob !== undefined ? { oldBlob } : {}),
    ...(newBlob !== undefined ? { newBlob } : {}),
    // The "Subproject commit" lines git prints for a gitlink are not lines of any file.
    addedLines: submodule ? [] : added,
    removedLines: submodule ? [] : removed,
    ...(hasSimilarity ? { similarity: Number(entry.score) } : {}),
  };
}

function readRawEntry(cursor: TokenCursor): RawEntry {
  const header = cursor.next().toString("latin1");
  const match = RAW_RE.exec(header);
  if (!match) throw malformed(`unexpected raw diff record ${JSON.stringify(header)}`);
  const [, oldMode = "", newMode = "", oldOid = "", newOid = "", letter = "", score = ""] = match;
  const first = cursor.next();
  if (letter === "R" || letter === "C") {
    return { oldMode, newMode, oldOid, newOid, letter, score, oldPath: first, path: cursor.next() };
  }
  return { oldMode, newMode, oldOid, newOid, letter, score, path: first };
}

function readNumstat(cursor: TokenCursor): { binary: boolean; path: Buffer } {
  const token = cursor.next();
  const firstTab = token.indexOf(TAB);
  const secondTab = firstTab === -1 ? -1 : token.indexOf(TAB, firstTab + 1);
  if (secondTab === -1) throw malformed("unexpected numstat record");
  const binary = token.subarray(0, secondTab).toString("latin1") === "-\t-";
  const rest = token.subarray(secondTab + 1);
  if (rest.length > 0) return { binary, path: rest };
  // Renames and copies: an empty name, then the source and destination as their own records.
  cursor.next();
  return { binary, path: cursor.next() };
}

/** How many `diff --git` sections a file pair prints: a type change is shown as a deletion plus a creation. */
function patchSections(entry: RawEntry): number {
  if (entry.letter === "U") return 0;
  return entry.letter === "T" ? 2 : 1;
}

function readPatch(
  out: Buffer,
  start: number,
  entries: RawEntry[],
  lines: { added: RangeList; removed: RangeList }[],
): void {
  let entryIndex = -1;
  let sectionsLeft = 0;
  let pos = start;
  while (pos < out.length) {
    const lineEnd = endOfLine(out, pos);
    if (startsWith(out, pos, DIFF_HEADER)) {
      if (sectionsLeft === 0) {
        do entryIndex += 1;
        while (entryIndex < entries.length && patchSections(entries[entryIndex]!) === 0);
        if (entryIndex >= entries.length) throw malformed("more patches than files");
        sectionsLeft = patchSections(entries[entryIndex]!);
      }
      sectionsLeft -= 1;
      pos = lineEnd + 1;
    } else if (startsWith(out, pos, HUNK_HEADER)) {
      const target = lines[entryIndex];
      if (target === undefined) throw malformed("hunk before any file header");
      pos = readHunk(out, pos, lineEnd, target.added, target.removed);
    } else {
      pos = lineEnd + 1;
    }
  }
  for (let rest = entryIndex + 1; rest < entries.length; rest += 1) {
    if (patchSections(entries[rest]!) > 0) sectionsLeft += 1;
  }
  if (sectionsLeft !== 0) throw malformed("fewer patches than files");
}

/** Reads one hunk starting at its header line; returns the offset just past its last line. */
function readHunk(out: Buffer, pos: number, headerEnd: number, added: RangeList, removed: RangeList): number {
  const header = out.subarray(pos, Math.min(headerEnd, pos + 200)).toString("latin1");
  const match = HUNK_RE.exec(header);
  if (!match) throw malformed(`unexpected hunk header ${JSON.stringify(header)}`);
  let oldLine = Number(match[1]);
  let oldLeft = match[2] === undefined ? 1 : Number(match[2]);
  let newLine = Number(match[3]);
  let newLeft = match[4] === undefined ? 1 : Number(match[4]);
  let cursor = headerEnd + 1;
  // Walk the body rather than trusting -U0: context lines (" ") are counted but not recorded.
  while (cursor < out.length) {
    const marker = out[cursor];
    if (marker === 0x5c /* "\" no newline at end of file */) {
      cursor = endOfLine(out, cursor) + 1;
      continue;
    }
    if (oldLeft === 0 && newLeft === 0) break;
    if (marker === 0x2d /* - */ && oldLeft > 0) {
      removed.add(oldLine);
      oldLine += 1;
      oldLeft -= 1;
    } else if (marker === 0x2b /* + */ && newLeft > 0) {
      added.add(newLine);
      newLine += 1;
      newLeft -= 1;
    } else if (marker === 0x20 /* space */ && oldLeft > 0 && newLeft > 0) {
      oldLine += 1;
      newLine += 1;
      oldLeft -= 1;
      newLeft -= 1;
    } else {
      throw malformed("hunk body shorter than its header says");
    }
    cursor = endOfLine(out, cursor) + 1;
  }
  if (oldLeft !== 0 || newLeft !== 0) throw malformed("hunk body shorter than its header says");
  return cursor;
}

/** Collects line numbers given in ascending order into ranges. */
class RangeList {
  readonly ranges: LineRange[] = [];

  add(line: number): void {
    const last = this.ranges[this.ranges.length - 1];
    if (last !== undefined && line <= last.end + 1) {
      if (line > last.end) last.end = line;
      return;
    }
    this.ranges.push({ start: line, end: line });
  }
}

class TokenCursor {
  pos = 0;

  constructor(private readonly buf: Buffer) {}

  done(): boolean {
    return this.pos >= this.buf.length;
  }

  next(): Buffer {
    const end = this.buf.indexOf(NUL, this.pos);
    if (end === -1) throw malformed("truncated NUL-separated record");
    const token = this.buf.subarray(this.pos, end);
    this.pos = end + 1;
    return token;
  }
}

function endOfLine(buf: Buffer, from: number): number {
  const end = buf.indexOf(LF, from);
  return end === -1 ? buf.length : end;
}

function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean {
  return (
    buf.length - at >= prefix.length && buf.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0
  );
}

function isAbsentMode(mode: string): boolean {
  return /^0+$/.test(mode);
}

function isNullOid(oid: string): boolean {
  return /^0+$/.test(oid);
}

function malformed(detail: string): GitError {
  return new GitError("git-failed", `could not read git diff output: ${detail}`);
}
