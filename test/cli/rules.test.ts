import { describe, expect, it } from "vitest";
import { makeTree, runCli } from "../helpers.js";

/** Every Bandit check in section 1 of the rule catalogue must map to one of our rules. */
const CATALOGUE_BANDIT_IDS = [
  "B101",
  "B102",
  "B103",
  "B104",
  "B105",
  "B106",
  "B107",
  "B108",
  "B110",
  "B112",
  "B113",
  "B201",
  "B202",
  "B301",
  "B302",
  "B303",
  "B304",
  "B305",
  "B306",
  "B307",
  "B308",
  "B310",
  "B311",
  "B312",
  "B313",
  "B314",
  "B315",
  "B316",
  "B317",
  "B318",
  "B319",
  "B320",
  "B321",
  "B323",
  "B324",
  "B401",
  "B402",
  "B403",
  "B404",
  "B405",
  "B406",
  "B407",
  "B408",
  "B409",
  "B410",
  "B411",
  "B412",
  "B413",
  "B415",
  "B501",
  "B502",
  "B503",
  "B504",
  "B505",
  "B506",
  "B507",
  "B508",
  "B509",
  "B601",
  "B602",
  "B603",
  "B604",
  "B605",
  "B606",
  "B607",
  "B608",
  "B609",
  "B610",
  "B611",
  "B612",
  "B613",
  "B614",
  "B615",
  "B701",
  "B702",
  "B703",
  "B704",
];

interface RuleJson {
  id: string;
  bandit: string[];
  default_enabled: boolean;
}

describe("rules and explain", () => {
  it("lists every rule, and every catalogue Bandit id maps to exactly one rule", () => {
    const r = runCli(["rules", "--format", "json"]);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as RuleJson[];
    const ids = rules.map((x) => x.id);
    expect(ids).toEqual([...ids].sort());
    for (const b of CATALOGUE_BANDIT_IDS) {
      const owners = rules.filter((x) => x.bandit.includes(b)).map((x) => x.id);
      expect(owners.length, `${b} is covered by ${owners.join(", ") || "no rule"}`).toBe(1);
    }
    const text = runCli(["rules"]);
    expect(text.stdout).toMatch(/^RULE\s+SEVERITY\s+CONF\s+CWE\s+BANDIT\s+TITLE$/m);
    expect(text.stdout).toMatch(/^PW-EVAL\s+MEDIUM\s+HIGH\s+CWE-95\s+B307\s+Use of eval$/m);
    // columns line up even for the longest id and Bandit list; consecutive Bandit ids are folded
    const table = text.stdout.split("\n\n")[0]?.split("\n") ?? [];
    const titleAt = (table[0] ?? "").indexOf("TITLE");
    const severityAt = (table[0] ?? "").indexOf("SEVERITY");
    expect(table).toHaveLength(rules.length + 1);
    for (const row of table.slice(1)) {
      expect(row.slice(severityAt - 2, severityAt), row).toBe("  ");
      expect(row.slice(titleAt - 2, titleAt), row).toBe("  ");
      expect(row[titleAt], row).not.toBe(" ");
    }
    expect(text.stdout).toMatch(/^PW-XML-UNSAFE\s+MEDIUM\s+HIGH\s+CWE-611\s+B313-B320\s+XML parsed/m);
    expect(text.stdout).toMatch(/^PW-INSECURE-IMPORT\s.*\sB401,B402,B411-B413,B415\s+Import/m);
  });

  it("explains a rule by our id or a Bandit id", () => {
    const r = runCli(["explain", "PW-EVAL"]);
    expect(r.code).toBe(0);
    for (const part of [
      "PW-EVAL  Use of eval",
      "CWE-95",
      "A03:2021-Injection",
      "What it finds",
      "How to fix it",
      "Before",
      "After",
      "Compliance",
      "PCI-DSS",
    ]) {
      expect(r.stdout).toContain(part);
    }
    expect(r.stdout).not.toContain("\u001b[");
    const bandit = runCli(["explain", "b602"]);
    expect(bandit.code).toBe(0);
    expect(bandit.stdout.startsWith("PW-SUBPROCESS-SHELL  Process started through a shell")).toBe(true);
  });

  it("exits 2 on an unknown rule and suggests the nearest ids", () => {
    const r = runCli(["explain", "PW-EVLA"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "PW-EVLA"; did you mean PW-EVAL');
    expect(runCli(["explain"]).code).toBe(2);
  });

  it("init writes a starter config and refuses to overwrite without --force", () => {
    const root = makeTree({});
    const first = runCli(["init", "--repo-path", root]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(".patchwarden.toml");
    const again = runCli(["init", "--repo-path", root]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists; use --force");
    expect(runCli(["init", "--repo-path", root, "--force"]).code).toBe(0);
    // the starter config is valid: a scan with it succeeds
    expect(runCli(["scan", "--repo-path", root, root]).code).toBe(0);
  });
});
