/**
 * The commented `.patchwarden.toml` that `patchwarden init` writes. Every setting appears with its
 * default value; settings that have no default value (the team contact, path contexts) are shown
 * commented out with an example. Tests load this text, so it must stay valid.
 */

import { DEFAULTS } from "./schema.js";

const d = DEFAULTS;

function tomlList(items: readonly string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(", ")}]`;
}

function tomlFloat(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

function tomlInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "_");
}

export function starterConfigToml(): string {
  return `# PatchWarden configuration. Each setting below is shown with its default value.
# The keys are PatchPatrol's: settings from a .patchpatrol.toml [patchpatrol] table can be
# copied here under [patchwarden]. Command-line flags override these values.

[patchwarden]
# What to review for: "security" or "code-quality".
mode = ${JSON.stringify(d.mode)}
# Risk score from 0 to 1 above which a review fails (unless soft mode is on).
threshold = ${tomlFloat(d.threshold)}
# true: report findings but never block (same as --soft; --hard turns it off).
soft_mode = ${d.soft_mode}
# Files reviewed as Python source. A glob without "/" matches the file name at any depth.
include = ${tomlList(d.include)}
# Paths never reviewed, e.g. ["migrations/**", "vendor/**"]. Globs with "/" start at the
# repository root ("**/migrations/**" matches at any depth); a match on a folder covers its files.
exclude = ${tomlList(d.exclude)}
# Report only findings at or above this severity: LOW, MEDIUM, HIGH or CRITICAL.
min_severity = ${JSON.stringify(d.min_severity)}
# Report only findings at or above this confidence: LOW, MEDIUM or HIGH.
min_confidence = ${JSON.stringify(d.min_confidence)}
# Reuse results for files whose content has not changed.
cache = ${d.cache}
# Where those results are kept, relative to the repository root.
cache_dir = ${JSON.stringify(d.cache_dir)}
# Files larger than this many bytes are skipped, with a notice in the report.
max_file_size = ${tomlInt(d.max_file_size)}
# Parallel workers: a positive integer, or "auto" for one per CPU core.
jobs = ${JSON.stringify(d.jobs)}

# Optional AI triage. "none" means rules only; nothing leaves the machine.
model = ${JSON.stringify(d.model)}
# Model backend; "auto" picks it from the model name.
backend = ${JSON.stringify(d.backend)}
# Where the model runs, e.g. "cpu"; "auto" picks for you.
device = ${JSON.stringify(d.device)}
# Sampling temperature, 0 to 2; 0 keeps answers repeatable.
temperature = ${tomlFloat(d.temperature)}
# Most tokens the model may write per answer (a positive integer).
max_new_tokens = ${tomlInt(d.max_new_tokens)}
# Nucleus sampling cut-off, above 0 and at most 1.
top_p = ${tomlFloat(d.top_p)}

# How exposed the code under some paths is: web, service, cli, library or test.
# Add one section per group of paths; the first section whose paths match a file applies.
# [[patchwarden.context]]
# paths = ["app/**", "api/**"]
# exposure = "web"

[patchwarden.security]
# Tie findings to the OWASP Top 10 (2021) categories in reports.
enforce_owasp_top10 = ${d.security.enforce_owasp_top10}
# Give every finding a CWE id.
require_cwe_mapping = ${d.security.require_cwe_mapping}
# Compliance frameworks to report impact on: any of SOC2, PCI-DSS, GDPR, HIPAA.
compliance_frameworks = ${tomlList(d.security.compliance_frameworks)}
# Rules to turn off, by PatchWarden id or Bandit id, e.g. ["PW-ASSERT", "B101"].
disable = ${tomlList(d.security.disable)}
# Rules that are off by default to turn on, by id.
enable = ${tomlList(d.security.enable)}

[patchwarden.analysis]
# Data-flow bound: statements analysed per function (a notice names the file when it is hit).
max_statements_per_function = ${d.analysis.max_statements_per_function}
# Data-flow bound: function analyses per file, all passes together (the scan goes on after it).
max_function_analyses_per_file = ${d.analysis.max_function_analyses_per_file}

[patchwarden.team]
# Who to escalate serious findings to.
# security_champion = "security@example.com"
# Findings at or above this severity call for escalation.
escalation_threshold = ${JSON.stringify(d.team.escalation_threshold)}
`;
}
