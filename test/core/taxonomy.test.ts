import { describe, expect, it } from "vitest";
import {
  COMPLIANCE_FRAMEWORKS,
  COMPLIANCE_TABLE,
  compareControls,
  complianceFor,
  complianceFrameworksFor,
  normalizeFramework,
} from "../../src/core/compliance.js";
import {
  CWE_TITLES,
  cweTitle,
  EXTENSION_MAPPINGS,
  isOfficialOwaspMapping,
  normalizeCwe,
  OWASP_CATEGORIES,
  owaspCategory,
  owaspForCwe,
} from "../../src/core/taxonomy.js";
import type { Finding } from "../../src/core/types.js";

/** CWE numbers the rule catalogue names, by the category its section 5 puts them in. */
const CATALOGUE: Record<string, number[]> = {
  A01: [22, 23, 35, 352, 601, 639],
  A02: [319, 326, 327, 328, 330, 338],
  A03: [20, 74, 77, 78, 79, 89, 90, 94, 95, 113, 643, 1336],
  A04: [209, 501],
  A05: [16, 611, 614, 1004],
  A06: [1104, 1395],
  A07: [287, 798, 259, 384],
  A08: [502, 829],
  A09: [117, 532, 778],
  A10: [918],
};

describe("owaspForCwe", () => {
  it.each([
    ["CWE-89", "A03:2021-Injection"],
    ["CWE-22", "A01:2021-Broken Access Control"],
    ["CWE-502", "A08:2021-Software and Data Integrity Failures"],
    ["CWE-918", "A10:2021-Server-Side Request Forgery"],
    ["CWE-611", "A05:2021-Security Misconfiguration"],
    ["CWE-798", "A07:2021-Identification and Authentication Failures"],
    ["CWE-327", "A02:2021-Cryptographic Failures"],
    ["CWE-209", "A04:2021-Insecure Design"],
    ["CWE-1104", "A06:2021-Vulnerable and Outdated Components"],
    ["CWE-532", "A09:2021-Security Logging and Monitoring Failures"],
  ])("%s → %s", (cwe, owasp) => {
    expect(owaspForCwe(cwe)).toBe(owasp);
  });

  it("accepts bare numbers and loose spellings", () => {
    expect(owaspForCwe("89")).toBe("A03:2021-Injection");
    expect(owaspForCwe("cwe-89")).toBe("A03:2021-Injection");
    expect(owaspForCwe(" CWE 089 ")).toBe("A03:2021-Injection");
    expect(normalizeCwe("CWE-079")).toBe("CWE-79");
  });

  it("returns undefined for unknown or malformed ids", () => {
    expect(owaspForCwe("CWE-999999")).toBeUndefined();
    expect(owaspForCwe("")).toBeUndefined();
    expect(owaspForCwe("CWE-89x")).toBeUndefined();
    expect(owaspForCwe("A03")).toBeUndefined();
  });

  it("maps every CWE the rule catalogue names to the catalogue's category", () => {
    for (const [code, cwes] of Object.entries(CATALOGUE)) {
      for (const n of cwes) expect(owaspForCwe(`CWE-${n}`)?.slice(0, 3), `CWE-${n}`).toBe(code);
    }
  });

  it("follows the official lists where the catalogue names a CWE twice", () => {
    // The catalogue lists these under two categories; the official 2021 lists name one.
    expect(owaspForCwe("CWE-295")).toBe("A07:2021-Identification and Authentication Failures");
    expect(owaspForCwe("CWE-259")).toBe("A07:2021-Identification and Authentication Failures");
    expect(owaspForCwe("CWE-117")).toBe("A09:2021-Security Logging and Monitoring Failures");
  });

  it("tells official mappings from PatchWarden's extensions", () => {
    expect(isOfficialOwaspMapping("CWE-89")).toBe(true);
    expect(isOfficialOwaspMapping("CWE-1336")).toBe(false);
    expect(owaspForCwe("CWE-1336")).toBe("A03:2021-Injection");
    for (const ext of EXTENSION_MAPPINGS) {
      expect(isOfficialOwaspMapping(ext.cwe), ext.cwe).toBe(false);
      expect(owaspForCwe(ext.cwe)?.slice(0, 3), ext.cwe).toBe(ext.code);
    }
  });
});

describe("OWASP_CATEGORIES", () => {
  it("has the ten 2021 categories in order with full ids", () => {
    expect(OWASP_CATEGORIES.map((c) => c.code)).toEqual([
      "A01",
      "A02",
      "A03",
      "A04",
      "A05",
      "A06",
      "A07",
      "A08",
      "A09",
      "A10",
    ]);
    for (const c of OWASP_CATEGORIES) expect(c.id).toBe(`${c.code}:2021-${c.name}`);
    expect(OWASP_CATEGORIES[2]?.id).toBe("A03:2021-Injection");
  });

  it("carries the official list sizes and never puts a CWE in two categories", () => {
    expect(OWASP_CATEGORIES.map((c) => c.cwes.length)).toEqual([34, 29, 33, 40, 20, 3, 22, 10, 4, 1]);
    const all = OWASP_CATEGORIES.flatMap((c) => c.cwes);
    expect(new Set(all).size).toBe(all.length);
  });

  it("finds a category by id, code or prefix", () => {
    expect(owaspCategory("A03:2021-Injection")?.code).toBe("A03");
    expect(owaspCategory("a3")?.code).toBe("A03");
    expect(owaspCategory("A10:2021")?.name).toBe("Server-Side Request Forgery");
    expect(owaspCategory("Z1")).toBeUndefined();
    expect(owaspCategory("A11")).toBeUndefined();
  });
});

describe("cweTitle", () => {
  it("returns short official names", () => {
    expect(cweTitle("CWE-89")).toBe(
      "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
    );
    expect(cweTitle("22")).toBe(
      "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
    );
    expect(cweTitle("CWE-918")).toBe("Server-Side Request Forgery (SSRF)");
    expect(cweTitle("CWE-424242")).toBeUndefined();
  });

  it("knows every CWE the catalogue names and every extension", () => {
    const named = Object.values(CATALOGUE).flat();
    for (const n of [...named, 312, 1333, 330, 338, 328, 352, 117, 113, 209, 532]) {
      expect(cweTitle(`CWE-${n}`), `CWE-${n}`).toBeTruthy();
    }
    for (const ext of EXTENSION_MAPPINGS) expect(CWE_TITLES[ext.cwe], ext.cwe).toBeTruthy();
  });
});

describe("complianceFor", () => {
  it("maps SQL injection to all four frameworks, alphabetically, with 6.2.4", () => {
    const impact = complianceFor("CWE-89", "A03:2021-Injection");
    expect(impact.map((i) => i.framework)).toEqual(["GDPR", "HIPAA", "PCI-DSS", "SOC2"]);
    const pci = impact.find((i) => i.framework === "PCI-DSS");
    expect(pci?.controls).toEqual(["6.2.4"]);
    expect(impact.find((i) => i.framework === "SOC2")?.controls).toEqual(["CC6.6", "CC7.1"]);
    expect(impact.find((i) => i.framework === "HIPAA")?.controls).toEqual(["§164.312(c)(1)"]);
    for (const i of impact) expect(i.why.length).toBeGreaterThan(0);
  });

  it("adds CWE-specific controls to the category's", () => {
    const creds = complianceFor("CWE-798", "A07:2021-Identification and Authentication Failures");
    expect(creds.find((i) => i.framework === "PCI-DSS")?.controls).toEqual(["8.3.1", "8.3.2", "8.6.2"]);
    const tls = complianceFor("CWE-319", "A02:2021-Cryptographic Failures");
    expect(tls.find((i) => i.framework === "PCI-DSS")?.controls).toEqual(["3.5.1", "4.2.1", "6.2.4"]);
    expect(tls.find((i) => i.framework === "HIPAA")?.controls).toEqual([
      "§164.312(a)(2)(iv)",
      "§164.312(e)(1)",
      "§164.312(e)(2)(ii)",
    ]);
    expect(tls.find((i) => i.framework === "SOC2")?.controls).toEqual(["CC6.1", "CC6.7"]);
  });

  it("falls back to the CWE's own category when owasp is empty", () => {
    expect(complianceFor("CWE-89", "")).toEqual(complianceFor("89", "A03:2021-Injection"));
    expect(complianceFor("CWE-999999", "")).toEqual([]);
  });

  it("orders control ids naturally", () => {
    expect(["10.2.1", "8.3.2", "3.5.1"].sort(compareControls)).toEqual(["3.5.1", "8.3.2", "10.2.1"]);
    expect(["§164.312(e)(1)", "§164.312(a)(2)(iv)", "§164.312(a)(1)"].sort(compareControls)).toEqual([
      "§164.312(a)(1)",
      "§164.312(a)(2)(iv)",
      "§164.312(e)(1)",
    ]);
    const logs = complianceFor("CWE-117", "");
    expect(logs.find((i) => i.framework === "PCI-DSS")?.controls).toEqual(["10.2.1", "10.3.2"]);
  });

  it("describes every control id it uses and covers every category", () => {
    const entries = [
      ...Object.values(COMPLIANCE_TABLE.byOwasp),
      ...Object.values(COMPLIANCE_TABLE.byCwe),
    ].flat();
    for (const e of entries) {
      for (const c of e.controls)
        expect(COMPLIANCE_TABLE.controls[e.framework][c], `${e.framework} ${c}`).toBeTruthy();
    }
    for (const c of OWASP_CATEGORIES)
      expect(COMPLIANCE_TABLE.byOwasp[c.code]?.length, c.code).toBeGreaterThan(0);
    for (const cwe of Object.keys(COMPLIANCE_TABLE.byCwe)) expect(owaspForCwe(cwe), cwe).toBeDefined();
  });
});

describe("complianceFrameworksFor", () => {
  const f = (cwe: string, owasp: string, extra: Partial<Finding> = {}) =>
    ({ cwe, owasp, suppressed: false, status: "new", ...extra }) as const;

  it("returns sorted unique frameworks", () => {
    expect(
      complianceFrameworksFor([f("CWE-89", "A03:2021-Injection"), f("CWE-79", "A03:2021-Injection")]),
    ).toEqual(["GDPR", "HIPAA", "PCI-DSS", "SOC2"]);
    expect(complianceFrameworksFor([f("CWE-16", "A05:2021-Security Misconfiguration")])).toEqual([
      "PCI-DSS",
      "SOC2",
    ]);
    expect(complianceFrameworksFor([])).toEqual([]);
  });

  it("ignores suppressed and fixed findings", () => {
    const findings = [
      f("CWE-16", "A05:2021-Security Misconfiguration"),
      f("CWE-89", "A03:2021-Injection", { suppressed: true }),
      f("CWE-89", "A03:2021-Injection", { status: "fixed" }),
    ];
    expect(complianceFrameworksFor(findings)).toEqual(["PCI-DSS", "SOC2"]);
  });

  it("limits the list to configured frameworks", () => {
    const findings = [f("CWE-89", "A03:2021-Injection")];
    expect(complianceFrameworksFor(findings, { frameworks: ["soc2", "PCI DSS"] })).toEqual([
      "PCI-DSS",
      "SOC2",
    ]);
    expect(normalizeFramework("pci")).toBe("PCI-DSS");
    expect(normalizeFramework("ISO27001")).toBeUndefined();
    expect([...COMPLIANCE_FRAMEWORKS]).toEqual([...COMPLIANCE_FRAMEWORKS].sort());
  });
});
