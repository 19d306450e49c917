import { resolve } from "node:path";
import { settingsFromConfig } from "../api.js";
import { effectiveJobs, isReviewed, UsageError } from "../config/index.js";
import type { FindingStatus, ReportTarget } from "../core/types.js";
import {
  type ChangeSet,
  commitChanges,
  rangeChanges,
  readBlobs,
  repoRoot,
  stagedChanges,
} from "../git/index.js";
import { loadBaseline } from "../review/baseline.js";
import { reviewableFiles, reviewChangeSet } from "../review/changes.js";
import {
  type CommonOptions,
  progressReporter,
  resolveConfig,
  ruleMetas,
  verdictExit,
  writeReport,
} from "./common.js";

export interface ReviewCliOptions extends CommonOptions {
  show?: string;
}

const STATUSES: readonly FindingStatus[] = ["new", "existing", "fixed"];

/** `--show new|existing|fixed|all`, or a comma-separated list of statuses. */
export function parseShow(value: string | undefined): Set<FindingStatus> {
  if (value === undefined || value === "all") return new Set(STATUSES);
  const parts = value.split(",").map((s) => s.trim().toLowerCase());
  const out = new Set<FindingStatus>();
  for (const p of parts) {
    if (p === "all") return new Set(STATUSES);
    if (!(STATUSES as readonly string[]).includes(p)) {
      throw new UsageError(
        "--show",
        `--show must be new, existing, fixed or all, or a comma-separated list of them (got "${value}")`,
      );
    }
    out.add(p as FindingStatus);
  }
  return out;
}

export type ReviewKind = "staged" | "commit" | "range";

/** Run one review of a git change and write the report; returns the exit code. */
export async function runChangeReview(
  kind: ReviewKind,
  arg: string | undefined,
  opts: ReviewCliOptions,
): Promise<number> {
  const show = parseShow(opts.show);
  const root = await repoRoot(opts.repoPath ? resolve(opts.repoPath) : process.cwd());
  const config = resolveConfig(opts, root);
  const baseline = opts.baseline ? loadBaseline(opts.baseline) : undefined;
  let changeSet: ChangeSet;
  if (kind === "staged") changeSet = await stagedChanges(root);
  else if (kind === "commit") changeSet = await commitChanges(root, arg ?? "HEAD");
  else changeSet = await rangeChanges(root, arg ?? "HEAD");

  const accept = (rel: string) => isReviewed(config, rel);
  const { files } = reviewableFiles(changeSet, accept);
  const oids = new Set<string>();
  for (const f of files) {
    if (f.oldBlob && f.status !== "added" && f.status !== "copied") oids.add(f.oldBlob);
    if (f.newBlob && f.status !== "deleted") oids.add(f.newBlob);
  }
  const blobs = oids.size > 0 ? await readBlobs(root, [...oids].sort()) : new Map<string, Buffer>();
  const target: Omit<ReportTarget, "files_reviewed"> = {
    kind,
    ...(changeSet.head ? { revision: changeSet.head } : {}),
    ...(changeSet.base ? { base: changeSet.base } : {}),
  };
  const rules = ruleMetas();
  const progress = progressReporter(!opts.quiet, "files");
  const report = await reviewChangeSet({
    changeSet,
    blobs,
    settings: settingsFromConfig(config, rules),
    accept,
    maxFileSize: config.max_file_size,
    target,
    show,
    ...(baseline ? { baseline } : {}),
    jobs: effectiveJobs(config),
    onProgress: progress.update,
  });
  progress.end();
  writeReport(report, opts, rules);
  // the pre-commit review blocks unless soft; reviews of history are soft unless --hard is given
  const hard = kind === "staged" ? !config.soft_mode : opts.hard === true;
  return verdictExit(report, hard);
}
