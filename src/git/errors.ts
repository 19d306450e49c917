export type GitErrorKind = "not-a-repo" | "unknown-revision" | "missing-base" | "git-failed" | "git-missing";

/** Any failure of the git layer. The message is one line and names the path or revision involved. */
export class GitError extends Error {
  readonly kind: GitErrorKind;

  constructor(kind: GitErrorKind, message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
    this.name = "GitError";
    this.kind = kind;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
