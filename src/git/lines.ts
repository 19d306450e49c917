import type { ChangedFile, LineRange } from "./types.js";

/** Every new-side line number the change added or modified. */
export function changedLineSet(file: Pick<ChangedFile, "addedLines">): Set<number> {
  const lines = new Set<number>();
  for (const range of file.addedLines) {
    for (let line = range.start; line <= range.end; line += 1) lines.add(line);
  }
  return lines;
}

/** Whether `line` falls in one of the sorted, non-overlapping `ranges` (binary search). */
export function lineInRanges(ranges: readonly LineRange[], line: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const range = ranges[middle]!;
    if (line < range.start) high = middle - 1;
    else if (line > range.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Whether the change added or modified new-side line `line` of `file`. */
export function isLineAdded(file: Pick<ChangedFile, "addedLines">, line: number): boolean {
  return lineInRanges(file.addedLines, line);
}

/** Whether the change removed or modified old-side line `line` of `file`. */
export function isLineRemoved(file: Pick<ChangedFile, "removedLines">, line: number): boolean {
  return lineInRanges(file.removedLines, line);
}
