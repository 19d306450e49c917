import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { limitsFromConfig, settingsFromConfig } from "../api.js";
import { effectiveJobs, isReviewed, type ResolvedConfig, UsageError } from "../config/index.js";
import {
  confidenceRank,
  type Finding,
  type FindingStatus,
  type Notice,
  type ReportTarget,
  severityRank,
} from "../core/types.js";
import {
  type ChangeSet,
  commitChanges,
  gitPath,
  pythonFiles,
  rangeChanges,
  readBlobs,
  repoPaths,
  repoRoot,
  stagedChanges,
} from "../git/index.js";
import { loadBaseline } from "../review/baseline.js";
import { neededBlobs, reviewableFiles, reviewChangeSet } from "../review/changes.js";
import { buildReport } from "../review/finalize.js";
import type { ProjectAccess } from "../review/flows.js";
import { messageFindings } from "../review/secrets.js";
import {
  type CommonOptions,
  findRoot,
  progressReporter,
  RuntimeError,
  resolveConfig,
  ruleMetas,
  verdictExit,
  writeReport,
} from "./common.js";

export interface ReviewCliOptions extends CommonOptions {
  show?: string;
  cacheDir?: string;
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

export type ReviewKind = "staged" | "commit" | "range" | "complete";

/** Message text and its label, from FILE or the repository's COMMIT_EDITMSG. */
async function readMessage(file: string | undefined, root: string): Promise<{ text: string; label: string }> {
  const path = file ?? (await gitPath(root, "COMMIT_EDITMSG"));
  try {
    return { text: readFileSync(path, "utf8"), label: file ?? "COMMIT_EDITMSG" };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new RuntimeError(`${file ?? path}: cannot read the commit message (${code})`);
  }
}

/** Message findings the config keeps: enabled rules at or above the minimum severity and confidence. */
function keepMessageFindings(findings: Finding[], config: ResolvedConfig): Finding[] {
  const off = new Set(config.security.disable);
  return findings.filter(
    (f) =>
      !off.has(f.rule) &&
      severityRank(f.severity) >= severityRank(config.min_severity) &&
      confidenceRank(f.confidence) >= confidenceRank(config.min_confidence),
  );
}

/** `review-message [FILE]`: secrets and vulnerability disclosure in a commit message. */
export async function runMessageReview(file: string | undefined, opts: ReviewCliOptions): Promise<number> {
  const root = file
    ? findRoot(opts.repoPath)
    : await repoRoot(opts.repoPath ? resolve(opts.repoPath) : process.cwd());
  const config = resolveConfig(opts, root);
  const { text, label } = await readMessage(file, root);
  const { findings, notices } = messageFindings(label, text);
  const rules = ruleMetas();
  const report = buildReport({
    target: { kind: "message", paths: [label], files_reviewed: 1 },
    findings: keepMessageFindings(findings, config),
    notices,
    stats: { files: 1, lines: text.split("\n").length },
    settings: settingsFromConfig(config, rules),
  });
  writeReport(report, opts, rules);
  return verdictExit(report, !config.soft_mode);
}

/** Run one review of a git change and write the report; returns the exit code. */
export async function runChangeReview(
  kind: ReviewKind,
  arg: string | undefined,
  opts: ReviewCliOptions,
): Promise<number> {
  const show = parseShow(opts.show);
  const paths = await repoPaths(opts.repoPath ? resolve(opts.repoPath) : process.cwd(), "patchwarden-cache");
  const root = paths.root;
  const config = resolveConfig(opts, root);
  const baseline = opts.baseline ? loadBaseline(opts.baseline) : undefined;
  let changeSet: ChangeSet;
  if (kind === "staged" || kind === "complete") changeSet = await stagedChanges(root);
  else if (kind === "commit") changeSet = await commitChanges(root, arg ?? "HEAD");
  else changeSet = await rangeChanges(root, arg ?? "HEAD");

  const accept = (rel: string) => isReviewed(config, rel);
  // by default the cache lives in the git directory, so hooks leave nothing untracked in the work tree
  const defaultDir = resolve(root, ".patchwarden-cache");
  const cacheDir =
    opts.cache === false || !config.cache
      ? undefined
      : opts.cacheDir
        ? resolve(opts.cacheDir)
        : config.cache_dir === defaultDir
          ? (paths.gitPath ?? (await gitPath(root, "patchwarden-cache")))
          : config.cache_dir;
  let extra: { findings: Finding[]; notices: Notice[] } | undefined;
  if (kind === "complete") {
    const { text, label } = await readMessage(arg, root);
    const message = messageFindings(label, text);
    extra = { findings: keepMessageFindings(message.findings, config), notices: message.notices };
  }
  const listings = new Map<"base" | "head", Promise<Map<string, string>>>();
  const project: ProjectAccess = {
    files: (side) => {
      let listing = listings.get(side);
      if (!listing) {
        const rev = side === "base" ? changeSet.base : changeSet.head;
        // the base of a first commit is the empty tree; the head of a staged change is the index
        listing = side === "base" && rev === null ? Promise.resolve(new Map()) : pythonFiles(root, rev);
        listings.set(side, listing);
      }
      return listing;
    },
    read: (oids) => readBlobs(root, oids),
    ...(cacheDir ? { indexFile: join(cacheDir, "web-index.json") } : {}),
  };
  const { files, textFiles } = reviewableFiles(changeSet, accept);
  // the head tree's file list is needed to look for callers of changed modules: list it while reading blobs
  if (files.length > 0) project.files("head").catch(() => {});
  const oids = neededBlobs(files, textFiles);
  const blobs = oids.length > 0 ? await readBlobs(root, oids) : new Map<string, Buffer>();
  const target: Omit<ReportTarget, "files_reviewed"> = {
    kind,
    ...(changeSet.head ? { revision: changeSet.head } : {}),
    ...(changeSet.base ? { base: changeSet.base } : {}),
  };
  const rules = ruleMetas();
  const progress = progressReporter(!opts.quiet, "files");
  const report = await reviewChangeSet({
    project,
    changeSet,
    blobs,
    settings: settingsFromConfig(config, rules),
    accept,
    maxFileSize: config.max_file_size,
    target,
    show,
    ...(baseline ? { baseline } : {}),
    jobs: effectiveJobs(config),
    limits: limitsFromConfig(config),
    ...(cacheDir ? { cacheDir } : {}),
    onProgress: progress.update,
    ...(extra ? { extra } : {}),
  });
  progress.end();
  writeReport(report, opts, rules);
  // the pre-commit review blocks unless soft; reviews of history are soft unless --hard is given
  const hard = kind === "staged" || kind === "complete" ? !config.soft_mode : opts.hard === true;
  return verdictExit(report, hard);
}
