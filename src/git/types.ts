/** A run of lines, 1-based, both ends included. */
export interface LineRange {
  start: number;
  end: number;
}

export type ChangeStatus = "added" | "modified" | "deleted" | "renamed" | "copied" | "type-changed";

/** One file pair of a change set, as git's raw diff reports it. */
export interface ChangedFile {
  /** Path after the change (for deletions: the deleted path). */
  path: string;
  /** Source path of a rename or copy. */
  oldPath?: string;
  status: ChangeStatus;
  binary: boolean;
  /** Either side is a gitlink (mode 160000); its "blob" ids are then submodule commit ids. */
  submodule: boolean;
  /** Same content, same path, only the file mode changed. */
  modeOnly: boolean;
  oldMode?: string;
  newMode?: string;
  oldBlob?: string;
  newBlob?: string;
  /** New-side lines the change added or modified. */
  addedLines: LineRange[];
  /** Old-side lines the change removed or modified. */
  removedLines: LineRange[];
  /** Rename/copy similarity in percent. */
  similarity?: number;
}

export type ChangeSetKind = "staged" | "commit" | "range";

export interface ChangeSet {
  kind: ChangeSetKind;
  /** Full object id of the base commit; null means the empty tree. */
  base: string | null;
  /** Full object id of the head commit; null means the index. */
  head: string | null;
  files: ChangedFile[];
}
