import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DEFAULTS,
  defaultConfig,
  loadConfig,
  type ResolvedConfig,
} from "../../src/config/index.js";
import { tempRepo, thrown } from "./helpers.js";

const PW = ".patchwarden.toml";
const PP = ".patchpatrol.toml";
const PY = "pyproject.toml";

function expectedDefaults(repo: string): ResolvedConfig {
  return {
    mode: "security",
    threshold: 0.3,
    soft_mode: false,
    include: ["**/*.py"],
    exclude: [],
    min_severity: "LOW",
    min_confidence: "LOW",
    cache: true,
    cache_dir: path.join(repo, ".patchwarden-cache"),
    max_file_size: 2_000_000,
    jobs: "auto",
    context: [],
    security: {
      enforce_owasp_top10: true,
      require_cwe_mapping: true,
      compliance_frameworks: [],
      disable: [],
      enable: [],
    },
    team: { security_champion: null, escalation_threshold: "HIGH" },
    analysis: { max_statements_per_function: 5000, max_function_analyses_per_file: 3000 },
    model: "none",
    backend: "auto",
    device: "auto",
    temperature: 0,
    max_new_tokens: 512,
    top_p: 1,
  };
}

/** Load a repo holding only `.patchwarden.toml` with `body`; return the ConfigError. */
function pwError(body: string, name = PW): ConfigError {
  const repo = tempRepo({ [name]: body });
  const err = thrown(() => loadConfig({ repoRoot: repo }));
  expect(err).toBeInstanceOf(ConfigError);
  expect(err.message).not.toContain("\n");
  expect((err as unknown as ConfigError).file).toBe(path.join(repo, name));
  return err as unknown as ConfigError;
}

function pwMessage(body: string, name = PW): string {
  return pwError(body, name).message;
}

describe("lookup order", () => {
  it("uses built-in defaults when no config file exists", () => {
    const repo = tempRepo();
    const loaded = loadConfig({ repoRoot: repo });
    expect(loaded.source).toBe("defaults");
    expect(loaded.config).toEqual(expectedDefaults(repo));
    expect(defaultConfig(repo)).toEqual(expectedDefaults(repo));
  });

  it("prefers .patchwarden.toml over pyproject.toml and .patchpatrol.toml", () => {
    const repo = tempRepo({
      [PW]: "[patchwarden]\nthreshold = 0.1\n",
      [PY]: "[tool.patchwarden]\nthreshold = 0.2\n",
      [PP]: "[patchpatrol]\nthreshold = 0.4\n",
    });
    const loaded = loadConfig({ repoRoot: repo });
    expect(loaded.source).toBe(path.join(repo, PW));
    expect(loaded.config.threshold).toBe(0.1);
  });

  it("prefers [tool.patchwarden] in pyproject.toml over .patchpatrol.toml", () => {
    const repo = tempRepo({
      [PY]: '[project]\nname = "demo"\n\n[tool.patchwarden]\nthreshold = 0.2\n',
      [PP]: "[patchpatrol]\nthreshold = 0.4\n",
    });
    const loaded = loadConfig({ repoRoot: repo });
    expect(loaded.source).toBe(path.join(repo, PY));
    expect(loaded.config.threshold).toBe(0.2);
  });

  it("skips a pyproject.toml without [tool.patchwarden] and ignores its other tables", () => {
    const repo = tempRepo({
      [PY]: '[project]\nname = "demo"\n\n[tool.ruff]\nline-length = 100\n',
      [PP]: "[patchpatrol]\nthreshold = 0.4\n",
    });
    const loaded = loadConfig({ repoRoot: repo });
    expect(loaded.source).toBe(path.join(repo, PP));
    expect(loaded.config.threshold).toBe(0.4);
  });

  it("falls back to defaults when pyproject.toml has no [tool.patchwarden]", () => {
    const repo = tempRepo({ [PY]: '[project]\nname = "demo"\n' });
    expect(loadConfig({ repoRoot: repo })).toEqual({ config: expectedDefaults(repo), source: "defaults" });
  });

  it("an empty .patchwarden.toml still wins and gives the defaults", () => {
    const repo = tempRepo({ [PW]: "", [PP]: "[patchpatrol]\nthreshold = 0.4\n" });
    const loaded = loadConfig({ repoRoot: repo });
    expect(loaded.source).toBe(path.join(repo, PW));
    expect(loaded.config).toEqual(expectedDefaults(repo));
  });

  it("an explicit config file beats the lookup", () => {
    const repo = tempRepo({ [PW]: "threshold = 0.1\n", "custom.toml": "[patchwarden]\nthreshold = 0.9\n" });
    const loaded = loadConfig({ repoRoot: repo, configFile: path.join(repo, "custom.toml") });
    expect(loaded.source).toBe(path.join(repo, "custom.toml"));
    expect(loaded.config.threshold).toBe(0.9);
  });

  it("resolves a relative explicit config file against the current directory", () => {
    const repo = tempRepo({ "custom.toml": "threshold = 0.9\n" });
    const rel = path.relative(process.cwd(), path.join(repo, "custom.toml"));
    const loaded = loadConfig({ repoRoot: repo, configFile: rel });
    expect(loaded.source).toBe(path.join(repo, "custom.toml"));
    expect(loaded.config.threshold).toBe(0.9);
  });

  it("reads [tool.patchwarden] from an explicit pyproject.toml", () => {
    const repo = tempRepo({
      "other.toml": '[tool.black]\nx = 1\n[tool.patchwarden]\nmode = "code-quality"\n',
    });
    const loaded = loadConfig({ repoRoot: repo, configFile: path.join(repo, "other.toml") });
    expect(loaded.config.mode).toBe("code-quality");
  });

  it("reads [patchpatrol] from an explicit file", () => {
    const repo = tempRepo({ "legacy.toml": "[patchpatrol]\nsoft_mode = true\n" });
    const loaded = loadConfig({ repoRoot: repo, configFile: path.join(repo, "legacy.toml") });
    expect(loaded.config.soft_mode).toBe(true);
  });
});

describe("values", () => {
  it("reads every key from .patchwarden.toml", () => {
    const repo = tempRepo({
      [PW]: `
[patchwarden]
mode = "code-quality"
threshold = 0.55
soft_mode = true
include = ["src/**/*.py", "*.pyw"]
exclude = ["migrations/**", "vendor/**", "vendor/**"]
min_severity = "medium"
min_confidence = "High"
cache = false
cache_dir = "build/pw-cache"
max_file_size = 1_000
jobs = 3
model = "local-model"
backend = "onnx"
device = "cpu"
temperature = 0.7
max_new_tokens = 256
top_p = 0.9

[[patchwarden.context]]
paths = ["scripts/**", "tools/**"]
exposure = "cli"

[[patchwarden.context]]
paths = ["app/**"]
exposure = "WEB"

[patchwarden.security]
enforce_owasp_top10 = false
require_cwe_mapping = false
compliance_frameworks = ["SOC2", "pci-dss", "SOC2"]
disable = ["pw-assert", "B101"]
enable = ["PW-FLASK-DEBUG"]

[patchwarden.team]
security_champion = "security@example.com"
escalation_threshold = "critical"

[patchwarden.analysis]
max_statements_per_function = 400
`,
    });
    expect(loadConfig({ repoRoot: repo }).config).toEqual({
      mode: "code-quality",
      threshold: 0.55,
      soft_mode: true,
      include: ["src/**/*.py", "*.pyw"],
      exclude: ["migrations/**", "vendor/**"],
      min_severity: "MEDIUM",
      min_confidence: "HIGH",
      cache: false,
      cache_dir: path.join(repo, "build", "pw-cache"),
      max_file_size: 1000,
      jobs: 3,
      context: [
        { paths: ["scripts/**", "tools/**"], exposure: "cli" },
        { paths: ["app/**"], exposure: "web" },
      ],
      security: {
        enforce_owasp_top10: false,
        require_cwe_mapping: false,
        compliance_frameworks: ["SOC2", "PCI-DSS"],
        disable: ["PW-ASSERT", "B101"],
        enable: ["PW-FLASK-DEBUG"],
      },
      team: { security_champion: "security@example.com", escalation_threshold: "CRITICAL" },
      analysis: { max_statements_per_function: 400, max_function_analyses_per_file: 3000 },
      model: "local-model",
      backend: "onnx",
      device: "cpu",
      temperature: 0.7,
      max_new_tokens: 256,
      top_p: 0.9,
    } satisfies ResolvedConfig);
  });

  it("maps PatchPatrol's [patchpatrol] table and sub-tables", () => {
    const repo = tempRepo({
      [PP]: `
[patchpatrol]
mode = "security"
threshold = 0.6
soft_mode = true
model = "some-model"
temperature = 0.2

[[patchpatrol.context]]
paths = ["worker/**"]
exposure = "service"

[patchpatrol.security]
compliance_frameworks = ["HIPAA", "GDPR"]
disable = ["B603"]

[patchpatrol.team]
security_champion = "sec@example.org"
escalation_threshold = "MEDIUM"
`,
    });
    const { config, source } = loadConfig({ repoRoot: repo });
    expect(source).toBe(path.join(repo, PP));
    expect(config).toEqual({
      ...expectedDefaults(repo),
      threshold: 0.6,
      soft_mode: true,
      model: "some-model",
      temperature: 0.2,
      context: [{ paths: ["worker/**"], exposure: "service" }],
      security: {
        ...DEFAULTS.security,
        compliance_frameworks: ["HIPAA", "GDPR"],
        disable: ["B603"],
        enable: [],
      },
      team: { security_champion: "sec@example.org", escalation_threshold: "MEDIUM" },
    });
  });

  it("accepts top-level keys in .patchwarden.toml and .patchpatrol.toml", () => {
    const a = tempRepo({ [PW]: 'threshold = 0.8\n[security]\ndisable = ["B101"]\n' });
    expect(loadConfig({ repoRoot: a }).config.threshold).toBe(0.8);
    expect(loadConfig({ repoRoot: a }).config.security.disable).toEqual(["B101"]);
    const b = tempRepo({ [PP]: "threshold = 0.7\n" });
    expect(loadConfig({ repoRoot: b }).config.threshold).toBe(0.7);
  });

  it("keeps an absolute cache_dir and resolves a relative one against the repository root", () => {
    const abs = path.join(tempRepo(), "cache");
    const repo = tempRepo({ [PW]: `cache_dir = ${JSON.stringify(abs)}\n` });
    expect(loadConfig({ repoRoot: repo }).config.cache_dir).toBe(abs);
    const repo2 = tempRepo({ [PW]: 'cache_dir = "../shared-cache"\n' });
    expect(loadConfig({ repoRoot: repo2 }).config.cache_dir).toBe(path.resolve(repo2, "../shared-cache"));
  });

  it("accepts integer thresholds and the ends of every range", () => {
    const repo = tempRepo({ [PW]: "threshold = 1\ntemperature = 2\ntop_p = 1\nmax_file_size = 1\n" });
    const { config } = loadConfig({ repoRoot: repo });
    expect([config.threshold, config.temperature, config.top_p, config.max_file_size]).toEqual([1, 2, 1, 1]);
  });

  it("accepts known rule ids when knownRuleIds is given", () => {
    const repo = tempRepo({ [PW]: '[security]\ndisable = ["pw-sqli", "B602"]\n' });
    const loaded = loadConfig({ repoRoot: repo, knownRuleIds: ["PW-SQLI", "B602"] });
    expect(loaded.config.security.disable).toEqual(["PW-SQLI", "B602"]);
  });
});

describe("errors", () => {
  it("names the file, key, value and accepted range for a bad threshold", () => {
    const err = pwError('[patchwarden]\nthreshold = "high"\n');
    expect(err.message).toBe(
      '.patchwarden.toml: patchwarden.threshold must be a number from 0 to 1 (got "high")',
    );
    expect(err.key).toBe("patchwarden.threshold");
    expect(pwMessage("[patchwarden]\nthreshold = 1.5\n")).toBe(
      ".patchwarden.toml: patchwarden.threshold must be a number from 0 to 1 (got 1.5)",
    );
    expect(pwMessage("[patchwarden]\nthreshold = -0.1\n")).toBe(
      ".patchwarden.toml: patchwarden.threshold must be a number from 0 to 1 (got -0.1)",
    );
    expect(pwMessage("[patchwarden]\nthreshold = nan\n")).toBe(
      ".patchwarden.toml: patchwarden.threshold must be a number from 0 to 1 (got nan)",
    );
  });

  it("suggests the closest key for an unknown key", () => {
    const err = pwError("[patchwarden]\ntreshold = 0.5\n");
    expect(err.message).toBe(
      '.patchwarden.toml: patchwarden: unknown key "treshold" (did you mean "threshold"?)',
    );
    expect(err.key).toBe("patchwarden.treshold");
    expect(pwMessage("[patchwarden]\nsoft-mode = true\n")).toBe(
      '.patchwarden.toml: patchwarden: unknown key "soft-mode" (did you mean "soft_mode"?)',
    );
    expect(pwMessage("[patchwarden]\nminSeverity = 'HIGH'\n")).toBe(
      '.patchwarden.toml: patchwarden: unknown key "minSeverity" (did you mean "min_severity"?)',
    );
  });

  it("lists the accepted keys when nothing is close", () => {
    expect(pwMessage("[patchwarden]\ncolour = true\n")).toBe(
      '.patchwarden.toml: patchwarden: unknown key "colour" (accepted keys: mode, threshold, soft_mode, include, ' +
        "exclude, min_severity, min_confidence, cache, cache_dir, max_file_size, jobs, context, security, team, analysis, " +
        "model, backend, device, temperature, max_new_tokens, top_p)",
    );
  });

  it("reports unknown keys before other problems, and all of them", () => {
    expect(pwMessage('[patchwarden]\nthreshold = "x"\ntreshold = 1\nverbose = true\n')).toBe(
      '.patchwarden.toml: patchwarden: unknown key "treshold" (did you mean "threshold"?); also unknown: "verbose"',
    );
  });

  it("suggests keys within sub-tables", () => {
    const err = pwError('[patchwarden.security]\ndisabled = ["B101"]\n');
    expect(err.message).toBe(
      '.patchwarden.toml: patchwarden.security: unknown key "disabled" (did you mean "disable"?)',
    );
    expect(err.key).toBe("patchwarden.security.disabled");
    expect(pwMessage('[patchwarden.team]\nchampion = "a@b.c"\n')).toBe(
      '.patchwarden.toml: patchwarden.team: unknown key "champion" (accepted keys: security_champion, escalation_threshold)',
    );
    const ctx = pwError('[[patchwarden.context]]\npath = ["a/**"]\nexposure = "web"\n');
    expect(ctx.message).toBe(
      '.patchwarden.toml: patchwarden.context[0]: unknown key "path" (did you mean "paths"?)',
    );
    expect(ctx.key).toBe("patchwarden.context[0].path");
  });

  it("names the context entry for a bad exposure", () => {
    const err = pwError(
      '[[patchwarden.context]]\npaths = ["a/**"]\nexposure = "web"\n\n' +
        '[[patchwarden.context]]\npaths = ["b/**"]\nexposure = "public"\n',
    );
    expect(err.message).toBe(
      '.patchwarden.toml: patchwarden.context[1].exposure must be one of web, service, cli, library, test (got "public")',
    );
    expect(err.key).toBe("patchwarden.context[1].exposure");
  });

  it("reports missing and empty context paths", () => {
    expect(pwMessage('[[patchwarden.context]]\nexposure = "web"\n')).toBe(
      ".patchwarden.toml: patchwarden.context[0].paths is missing (it must be a non-empty list of glob strings)",
    );
    expect(pwMessage('[[patchwarden.context]]\npaths = []\nexposure = "web"\n')).toBe(
      ".patchwarden.toml: patchwarden.context[0].paths must be a non-empty list of glob strings (got [])",
    );
    expect(pwMessage('[[patchwarden.context]]\npaths = ["a/**", 3]\nexposure = "web"\n')).toBe(
      ".patchwarden.toml: patchwarden.context[0].paths[1] must be a non-empty glob string (got 3)",
    );
    expect(pwMessage('[[patchwarden.context]]\npaths = ["a/**"]\n')).toBe(
      ".patchwarden.toml: patchwarden.context[0].exposure is missing (it must be one of web, service, cli, library, test)",
    );
  });

  it("explains that context is an array of tables", () => {
    expect(pwMessage('[patchwarden.context]\npaths = ["a/**"]\nexposure = "web"\n')).toBe(
      ".patchwarden.toml: patchwarden.context must be a list of tables (one [[patchwarden.context]] section per entry) (got a table)",
    );
    expect(pwMessage('[context]\npaths = ["a/**"]\nexposure = "web"\n')).toBe(
      ".patchwarden.toml: context must be a list of tables (one [[context]] section per entry) (got a table)",
    );
  });

  it("names the list position of a bad rule id", () => {
    const err = pwError('[patchwarden.security]\ndisable = ["PW-ASSERT", "B101", "sql injection"]\n');
    expect(err.message).toBe(
      '.patchwarden.toml: patchwarden.security.disable[2] must be a rule id like "PW-SQLI" or a Bandit id like "B602" (got "sql injection")',
    );
    expect(err.key).toBe("patchwarden.security.disable[2]");
    expect(pwMessage("[patchwarden.security]\nenable = [101]\n")).toBe(
      '.patchwarden.toml: patchwarden.security.enable[0] must be a rule id like "PW-SQLI" or a Bandit id like "B602" (got 101)',
    );
    expect(pwMessage('[patchwarden.security]\ndisable = "B101"\n')).toBe(
      '.patchwarden.toml: patchwarden.security.disable must be a list of rule ids (got "B101")',
    );
  });

  it("checks rule ids against the known ones when given", () => {
    const repo = tempRepo({
      [PW]: '[patchwarden.security]\ndisable = ["B101", "PW-SQLX"]\nenable = ["PW-NOPE"]\n',
    });
    const known = ["PW-SQLI", "PW-ASSERT", "B101", "B602"];
    const err = thrown(() => loadConfig({ repoRoot: repo, knownRuleIds: known })) as unknown as ConfigError;
    expect(err.message).toBe(
      '.patchwarden.toml: patchwarden.security.disable[1] is not a known rule id or Bandit id (got "PW-SQLX"; did you mean "PW-SQLI"?)',
    );
    expect(err.key).toBe("patchwarden.security.disable[1]");
    const repo2 = tempRepo({ [PW]: '[patchwarden.security]\nenable = ["PW-ZZZZZZ"]\n' });
    expect(thrown(() => loadConfig({ repoRoot: repo2, knownRuleIds: known })).message).toBe(
      '.patchwarden.toml: patchwarden.security.enable[0] is not a known rule id or Bandit id (got "PW-ZZZZZZ"; run "patchwarden rules" for the list)',
    );
  });

  it("rejects a rule both enabled and disabled", () => {
    expect(
      pwMessage('[patchwarden.security]\ndisable = ["B101", "PW-ASSERT"]\nenable = ["pw-assert"]\n'),
    ).toBe(
      '.patchwarden.toml: patchwarden.security.enable[0] must not also be in patchwarden.security.disable (got "PW-ASSERT" in both)',
    );
  });

  it("lists the accepted values of every enumerated key", () => {
    expect(pwMessage('[patchwarden]\nmode = "strict"\n')).toBe(
      '.patchwarden.toml: patchwarden.mode must be one of security, code-quality (got "strict")',
    );
    expect(pwMessage('[patchwarden]\nmin_severity = "SEVERE"\n')).toBe(
      '.patchwarden.toml: patchwarden.min_severity must be one of LOW, MEDIUM, HIGH, CRITICAL (got "SEVERE")',
    );
    expect(pwMessage("[patchwarden]\nmin_confidence = 2\n")).toBe(
      ".patchwarden.toml: patchwarden.min_confidence must be one of LOW, MEDIUM, HIGH (got 2)",
    );
    expect(pwMessage('[patchwarden.security]\ncompliance_frameworks = ["SOC2", "ISO27001"]\n')).toBe(
      '.patchwarden.toml: patchwarden.security.compliance_frameworks[1] must be one of SOC2, PCI-DSS, GDPR, HIPAA (got "ISO27001")',
    );
    expect(pwMessage('[patchwarden.team]\nescalation_threshold = "urgent"\n')).toBe(
      '.patchwarden.toml: patchwarden.team.escalation_threshold must be one of LOW, MEDIUM, HIGH, CRITICAL (got "urgent")',
    );
  });

  it("explains the other scalar keys", () => {
    const cases: [string, string][] = [
      ['soft_mode = "yes"', 'patchwarden.soft_mode must be true or false (got "yes")'],
      ["cache = 1", "patchwarden.cache must be true or false (got 1)"],
      ['exclude = "vendor/**"', 'patchwarden.exclude must be a list of glob strings (got "vendor/**")'],
      ['exclude = ["", "a"]', 'patchwarden.exclude[0] must be a non-empty glob string (got "")'],
      ["include = [true]", "patchwarden.include[0] must be a non-empty glob string (got true)"],
      ['cache_dir = ""', 'patchwarden.cache_dir must be a non-empty path string (got "")'],
      ["max_file_size = 0", "patchwarden.max_file_size must be a positive whole number of bytes (got 0)"],
      ["max_file_size = 1.5", "patchwarden.max_file_size must be a positive whole number of bytes (got 1.5)"],
      ["jobs = 0", 'patchwarden.jobs must be a positive integer or "auto" (got 0)'],
      ['jobs = "many"', 'patchwarden.jobs must be a positive integer or "auto" (got "many")'],
      ['model = ""', 'patchwarden.model must be a non-empty model name ("none" turns AI off) (got "")'],
      [
        "backend = 1",
        'patchwarden.backend must be a non-empty string ("auto" lets PatchWarden choose) (got 1)',
      ],
      ["temperature = 2.5", "patchwarden.temperature must be a number from 0 to 2 (got 2.5)"],
      ["max_new_tokens = -1", "patchwarden.max_new_tokens must be a positive integer (got -1)"],
      ["top_p = 0", "patchwarden.top_p must be a number greater than 0 and at most 1 (got 0)"],
      ["security = 1", "patchwarden.security must be a table (got 1)"],
      ["team = [1, 2]", "patchwarden.team must be a table (got [1, 2])"],
      ["threshold = 1979-05-27", "patchwarden.threshold must be a number from 0 to 1 (got a date)"],
    ];
    for (const [line, message] of cases) {
      expect(pwMessage(`[patchwarden]\n${line}\n`)).toBe(`.patchwarden.toml: ${message}`);
    }
    expect(pwMessage('[patchwarden.team]\nsecurity_champion = " "\n')).toBe(
      '.patchwarden.toml: patchwarden.team.security_champion must be a non-empty string (got " ")',
    );
  });

  it("uses the key path of the table the settings came from", () => {
    const py = tempRepo({ [PY]: '[tool.patchwarden]\nthreshold = "high"\n' });
    const e1 = thrown(() => loadConfig({ repoRoot: py })) as unknown as ConfigError;
    expect(e1.message).toBe(
      'pyproject.toml: tool.patchwarden.threshold must be a number from 0 to 1 (got "high")',
    );
    expect(e1.key).toBe("tool.patchwarden.threshold");
    expect(e1.file).toBe(path.join(py, PY));

    expect(pwMessage('[[patchpatrol.context]]\npaths = ["a"]\nexposure = "public"\n', PP)).toBe(
      '.patchpatrol.toml: patchpatrol.context[0].exposure must be one of web, service, cli, library, test (got "public")',
    );
    expect(pwMessage("treshold = 0.2\n")).toBe(
      '.patchwarden.toml: unknown key "treshold" (did you mean "threshold"?)',
    );
    expect(pwMessage('threshold = "high"\n')).toBe(
      '.patchwarden.toml: threshold must be a number from 0 to 1 (got "high")',
    );
  });

  it("rejects settings outside the [patchwarden] table when it exists", () => {
    const err = pwError('mode = "security"\n[patchwarden]\nthreshold = 0.2\n');
    expect(err.message).toBe(
      '.patchwarden.toml: unknown key "mode" (with a [patchwarden] table, every setting goes inside it)',
    );
    expect(err.key).toBe("mode");
    expect(pwMessage("patchwarden = 3\n")).toBe(".patchwarden.toml: patchwarden must be a table (got 3)");
    expect(pwMessage("[tool]\npatchwarden = 3\n", PY)).toBe(
      "pyproject.toml: tool.patchwarden must be a table (got 3)",
    );
  });

  it("names the file and line of a TOML syntax error", () => {
    const err = pwError('[patchwarden]\nmode = "security"\nthreshold = = 0.3\n');
    expect(err.message).toMatch(/^\.patchwarden\.toml: TOML syntax error at line 3, column \d+: \S.*$/);
    expect(err.line).toBe(3);
    expect(err.key).toBeUndefined();
    const py = pwError('[project]\nname = "x"\nname = "y"\n', PY);
    expect(py.message).toMatch(/^pyproject\.toml: TOML syntax error at line 3, column \d+: \S.*$/);
  });

  it("requires an explicit config file to exist", () => {
    const repo = tempRepo({ [PW]: "" });
    const inside = thrown(() => loadConfig({ repoRoot: repo, configFile: path.join(repo, "nope.toml") }));
    expect(inside).toBeInstanceOf(ConfigError);
    expect(inside.message).toBe("nope.toml: config file not found");
    expect(inside.file).toBe(path.join(repo, "nope.toml"));
    const elsewhere = path.join(tempRepo(), "missing.toml");
    expect(thrown(() => loadConfig({ repoRoot: repo, configFile: elsewhere })).message).toBe(
      `${elsewhere}: config file not found`,
    );
  });

  it("rejects an explicit file with a [tool] table but no [tool.patchwarden]", () => {
    const repo = tempRepo({ [PY]: "[tool.black]\nline-length = 88\n" });
    expect(thrown(() => loadConfig({ repoRoot: repo, configFile: path.join(repo, PY) })).message).toBe(
      "pyproject.toml: has no [tool.patchwarden] table",
    );
  });

  it("reports a directory where the config file should be", () => {
    const repo = tempRepo();
    mkdirSync(path.join(repo, PW));
    expect(thrown(() => loadConfig({ repoRoot: repo })).message).toBe(
      ".patchwarden.toml: is a directory, not a config file",
    );
  });

  it("truncates long strings in messages", () => {
    const long = "x".repeat(200);
    const repo = tempRepo();
    writeFileSync(path.join(repo, PW), `mode = "${long}"\n`);
    expect(thrown(() => loadConfig({ repoRoot: repo })).message).toBe(
      `.patchwarden.toml: mode must be one of security, code-quality (got "${"x".repeat(59)}…")`,
    );
  });
});
