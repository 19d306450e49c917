/**
 * Which compliance controls a weakness touches, for `compliance_impact` and `explain`.
 *
 * One data table (`COMPLIANCE_TABLE`): entries per OWASP Top 10 2021 category, extra entries per
 * CWE where a weakness touches more specific controls, and a one-line summary of every control id
 * used. The summaries are our own paraphrases, not the frameworks' text. The table is a review aid
 * that points at likely-affected controls; it is not an audit opinion.
 *
 * Pure data plus look-ups: no I/O, deterministic order everywhere (frameworks alphabetical,
 * control ids in natural order).
 */

import { normalizeCwe, owaspCategory, owaspForCwe } from "./taxonomy.js";
import type { Finding } from "./types.js";

/** Supported frameworks, in the (alphabetical) order every output uses. */
export const COMPLIANCE_FRAMEWORKS = ["GDPR", "HIPAA", "PCI-DSS", "SOC2"] as const;
export type ComplianceFramework = (typeof COMPLIANCE_FRAMEWORKS)[number];

export interface ComplianceImpact {
  framework: ComplianceFramework;
  controls: string[];
  why: string;
}

interface TableEntry {
  framework: ComplianceFramework;
  controls: readonly string[];
  why: string;
}

export interface ComplianceTable {
  /** Framework versions the control ids refer to. */
  versions: Readonly<Record<ComplianceFramework, string>>;
  /** Short paraphrase of every control id used below. */
  controls: Readonly<Record<ComplianceFramework, Readonly<Record<string, string>>>>;
  /** Keyed by OWASP 2021 code (`A01` … `A10`). */
  byOwasp: Readonly<Record<string, readonly TableEntry[]>>;
  /** Keyed by `CWE-n`; added on top of the category's entries. */
  byCwe: Readonly<Record<string, readonly TableEntry[]>>;
}

const STORED_SECRETS: readonly TableEntry[] = [
  { framework: "PCI-DSS", controls: ["3.5.1"], why: "sensitive data stored without strong cryptography" },
  { framework: "GDPR", controls: ["Art. 32(1)(a)"], why: "personal data stored without encryption" },
  { framework: "HIPAA", controls: ["§164.312(a)(2)(iv)"], why: "ePHI stored without encryption" },
];

const TRANSPORT: readonly TableEntry[] = [
  { framework: "SOC2", controls: ["CC6.7"], why: "data in transit is not protected" },
  {
    framework: "PCI-DSS",
    controls: ["4.2.1"],
    why: "data crosses networks without strong cryptography or trusted certificates",
  },
  { framework: "GDPR", controls: ["Art. 32(1)(a)"], why: "personal data in transit is not encrypted" },
  {
    framework: "HIPAA",
    controls: ["§164.312(e)(1)", "§164.312(e)(2)(ii)"],
    why: "ePHI transmission is not secured",
  },
];

const HARDCODED_CREDENTIALS: readonly TableEntry[] = [
  {
    framework: "SOC2",
    controls: ["CC6.1"],
    why: "credentials in source code defeat logical access controls",
  },
  {
    framework: "PCI-DSS",
    controls: ["8.3.2", "8.6.2"],
    why: "passwords or keys are hard-coded in source code",
  },
  {
    framework: "HIPAA",
    controls: ["§164.312(d)"],
    why: "authentication relies on a secret anyone with the code has",
  },
];

const PASSWORD_HASHING: readonly TableEntry[] = [
  {
    framework: "PCI-DSS",
    controls: ["8.3.2"],
    why: "authentication factors are not made unreadable in storage",
  },
];

const INFO_EXPOSURE: readonly TableEntry[] = [
  { framework: "GDPR", controls: ["Art. 5(1)(f)", "Art. 32(1)(b)"], why: "personal data may be disclosed" },
  { framework: "HIPAA", controls: ["§164.312(a)(1)"], why: "ePHI may reach people not allowed to see it" },
];

const SESSION_COOKIES: readonly TableEntry[] = [
  { framework: "SOC2", controls: ["CC6.1"], why: "session protection is part of logical access security" },
  { framework: "PCI-DSS", controls: ["6.2.4"], why: "session handling is open to common web attacks" },
];

const XML_ENTITIES: readonly TableEntry[] = [
  { framework: "PCI-DSS", controls: ["6.2.4"], why: "XML parsing is open to attacks on data structures" },
  {
    framework: "GDPR",
    controls: ["Art. 32(1)(b)"],
    why: "entity expansion can read local files or exhaust the service",
  },
];

const SUPPLY_CHAIN: readonly TableEntry[] = [
  { framework: "PCI-DSS", controls: ["6.3.2"], why: "third-party code must be inventoried and trusted" },
];

const VULNERABLE_DEPENDENCY: readonly TableEntry[] = [
  {
    framework: "PCI-DSS",
    controls: ["6.3.2"],
    why: "third-party components must be inventoried and patched",
  },
];

export const COMPLIANCE_TABLE: ComplianceTable = {
  versions: {
    GDPR: "Regulation (EU) 2016/679",
    HIPAA: "45 CFR Part 164 Subpart C (Security Rule)",
    "PCI-DSS": "PCI DSS v4.0",
    SOC2: "AICPA Trust Services Criteria (2017)",
  },
  controls: {
    GDPR: {
      "Art. 5(1)(f)": "Personal data is processed with appropriate security (integrity and confidentiality).",
      "Art. 25(1)": "Data protection is built into the design of processing.",
      "Art. 32(1)(a)": "Personal data is pseudonymised or encrypted where appropriate.",
      "Art. 32(1)(b)":
        "Processing systems keep their confidentiality, integrity, availability and resilience.",
    },
    HIPAA: {
      "§164.312(a)(1)": "Access control: only authorized people and software can reach ePHI.",
      "§164.312(a)(2)(iii)": "Automatic logoff: idle sessions end.",
      "§164.312(a)(2)(iv)": "Encryption and decryption of stored ePHI.",
      "§164.312(b)": "Audit controls: activity in systems holding ePHI is recorded and examined.",
      "§164.312(c)(1)": "Integrity: ePHI is protected from improper change or destruction.",
      "§164.312(d)": "Person or entity authentication: identities are verified before access.",
      "§164.312(e)(1)": "Transmission security: ePHI sent over networks is protected.",
      "§164.312(e)(2)(ii)": "Encryption of ePHI in transit.",
    },
    "PCI-DSS": {
      "2.2.1": "Configuration standards exist and are applied to system components.",
      "2.2.6": "System security parameters are set to prevent misuse.",
      "3.5.1": "Stored account numbers are unreadable (strong cryptography, hashing, truncation or tokens).",
      "3.6.1": "Keys that protect stored account data are protected from disclosure and misuse.",
      "4.2.1": "Strong cryptography and trusted certificates protect account data sent over public networks.",
      "6.2.4":
        "Engineering techniques prevent common software attacks (injection, data-structure attacks, crypto misuse, business-logic and access-control bypass).",
      "6.3.1": "Security vulnerabilities are identified, ranked by risk and managed.",
      "6.3.2": "Bespoke and third-party software components are inventoried.",
      "6.3.3": "Components are protected from known vulnerabilities by installing security patches.",
      "6.4.3": "Scripts loaded in payment pages are authorized and integrity-checked.",
      "7.2.1": "An access control model grants access according to need.",
      "7.2.2": "Access is assigned by job function with least privilege.",
      "8.2.8": "Idle sessions require re-authentication after 15 minutes.",
      "8.3.1": "User and administrator access is authenticated.",
      "8.3.2": "Authentication factors are unreadable in transit and in storage.",
      "8.3.6": "Passwords meet minimum length and complexity.",
      "8.6.2":
        "Application and system account passwords are not hard-coded in scripts, configuration or source code.",
      "10.2.1": "Audit logs are enabled and active.",
      "10.3.2": "Audit log files are protected from modification.",
    },
    SOC2: {
      "CC6.1": "Logical access security protects information assets (software, infrastructure, encryption).",
      "CC6.3": "Access is granted, changed and removed by role, with least privilege.",
      "CC6.6": "The system is protected against threats from outside its boundaries.",
      "CC6.7": "Information is protected while it is transmitted or moved.",
      "CC6.8": "Unauthorized or malicious software is prevented or detected.",
      "CC7.1": "Configuration changes and newly found vulnerabilities are detected and monitored.",
      "CC7.2": "System components are monitored for anomalies that indicate attacks.",
      "CC8.1": "Changes to software and infrastructure are designed, tested and approved.",
    },
  },
  byOwasp: {
    A01: [
      { framework: "SOC2", controls: ["CC6.1", "CC6.3"], why: "access control can be bypassed" },
      { framework: "PCI-DSS", controls: ["6.2.4", "7.2.1", "7.2.2"], why: "access control can be bypassed" },
      {
        framework: "GDPR",
        controls: ["Art. 32(1)(b)"],
        why: "personal data may be read or changed without authorization",
      },
      { framework: "HIPAA", controls: ["§164.312(a)(1)"], why: "ePHI may be reached without authorization" },
    ],
    A02: [
      {
        framework: "SOC2",
        controls: ["CC6.1", "CC6.7"],
        why: "data is protected by weak or missing cryptography",
      },
      {
        framework: "PCI-DSS",
        controls: ["3.5.1", "4.2.1", "6.2.4"],
        why: "cardholder data is protected by weak or missing cryptography",
      },
      { framework: "GDPR", controls: ["Art. 32(1)(a)"], why: "personal data is not effectively encrypted" },
      {
        framework: "HIPAA",
        controls: ["§164.312(a)(2)(iv)", "§164.312(e)(2)(ii)"],
        why: "ePHI is not effectively encrypted",
      },
    ],
    A03: [
      {
        framework: "SOC2",
        controls: ["CC6.6", "CC7.1"],
        why: "untrusted input can take control of an interpreter",
      },
      {
        framework: "PCI-DSS",
        controls: ["6.2.4"],
        why: "injection is a common software attack the code must prevent",
      },
      { framework: "GDPR", controls: ["Art. 32(1)(b)"], why: "injection can read or alter personal data" },
      { framework: "HIPAA", controls: ["§164.312(c)(1)"], why: "injection can alter or destroy ePHI" },
    ],
    A04: [
      { framework: "SOC2", controls: ["CC8.1"], why: "the design leaves a security gap" },
      {
        framework: "PCI-DSS",
        controls: ["6.2.4"],
        why: "business-logic weaknesses are common software attacks",
      },
      { framework: "GDPR", controls: ["Art. 25(1)"], why: "data protection is not built into the design" },
    ],
    A05: [
      { framework: "SOC2", controls: ["CC7.1"], why: "an insecure configuration is shipped" },
      { framework: "PCI-DSS", controls: ["2.2.1", "2.2.6"], why: "components are not configured securely" },
    ],
    A06: [
      { framework: "SOC2", controls: ["CC7.1"], why: "a known vulnerability is present in a component" },
      {
        framework: "PCI-DSS",
        controls: ["6.3.1", "6.3.3"],
        why: "a component with a known vulnerability is used",
      },
    ],
    A07: [
      { framework: "SOC2", controls: ["CC6.1"], why: "authentication can be bypassed or guessed" },
      { framework: "PCI-DSS", controls: ["8.3.1"], why: "authentication is weak or missing" },
      { framework: "GDPR", controls: ["Art. 32(1)(b)"], why: "weak authentication exposes personal data" },
      { framework: "HIPAA", controls: ["§164.312(d)"], why: "identities are not reliably verified" },
    ],
    A08: [
      {
        framework: "SOC2",
        controls: ["CC6.8", "CC8.1"],
        why: "untrusted code or data is accepted without integrity checks",
      },
      { framework: "PCI-DSS", controls: ["6.2.4"], why: "attacks on data structures must be prevented" },
      { framework: "GDPR", controls: ["Art. 32(1)(b)"], why: "processing integrity is not ensured" },
      { framework: "HIPAA", controls: ["§164.312(c)(1)"], why: "ePHI integrity is not ensured" },
    ],
    A09: [
      { framework: "SOC2", controls: ["CC7.2"], why: "security events are not reliably recorded" },
      { framework: "PCI-DSS", controls: ["10.2.1"], why: "audit logging is incomplete or unreliable" },
      { framework: "HIPAA", controls: ["§164.312(b)"], why: "audit records are incomplete or unreliable" },
    ],
    A10: [
      { framework: "SOC2", controls: ["CC6.6"], why: "the server can be driven to reach internal systems" },
      { framework: "PCI-DSS", controls: ["6.2.4"], why: "request forgery is a common software attack" },
      {
        framework: "GDPR",
        controls: ["Art. 32(1)(b)"],
        why: "internal services holding personal data become reachable",
      },
    ],
  },
  byCwe: {
    "CWE-117": [
      { framework: "SOC2", controls: ["CC7.2"], why: "forged log lines undermine monitoring" },
      { framework: "PCI-DSS", controls: ["10.3.2"], why: "audit logs can be falsified" },
      { framework: "HIPAA", controls: ["§164.312(b)"], why: "audit records can be falsified" },
    ],
    "CWE-200": INFO_EXPOSURE,
    "CWE-209": INFO_EXPOSURE,
    "CWE-215": INFO_EXPOSURE,
    "CWE-256": STORED_SECRETS,
    "CWE-259": HARDCODED_CREDENTIALS,
    "CWE-295": TRANSPORT,
    "CWE-297": TRANSPORT,
    "CWE-311": STORED_SECRETS,
    "CWE-312": STORED_SECRETS,
    "CWE-315": STORED_SECRETS,
    "CWE-319": TRANSPORT,
    "CWE-321": [
      { framework: "SOC2", controls: ["CC6.1"], why: "an encryption key is in source code" },
      {
        framework: "PCI-DSS",
        controls: ["3.6.1"],
        why: "a cryptographic key is not protected from disclosure",
      },
    ],
    "CWE-328": PASSWORD_HASHING,
    "CWE-352": SESSION_COOKIES,
    "CWE-384": SESSION_COOKIES,
    "CWE-489": INFO_EXPOSURE,
    "CWE-494": SUPPLY_CHAIN,
    "CWE-521": [{ framework: "PCI-DSS", controls: ["8.3.6"], why: "password rules are too weak" }],
    "CWE-523": TRANSPORT,
    "CWE-532": INFO_EXPOSURE,
    "CWE-611": XML_ENTITIES,
    "CWE-613": [
      { framework: "PCI-DSS", controls: ["8.2.8"], why: "sessions do not expire" },
      { framework: "HIPAA", controls: ["§164.312(a)(2)(iii)"], why: "idle sessions are not logged off" },
    ],
    "CWE-614": SESSION_COOKIES,
    "CWE-757": TRANSPORT,
    "CWE-759": PASSWORD_HASHING,
    "CWE-760": PASSWORD_HASHING,
    "CWE-776": XML_ENTITIES,
    "CWE-798": HARDCODED_CREDENTIALS,
    "CWE-829": SUPPLY_CHAIN,
    "CWE-830": [
      {
        framework: "PCI-DSS",
        controls: ["6.3.2", "6.4.3"],
        why: "web code is included from an untrusted source",
      },
    ],
    "CWE-916": PASSWORD_HASHING,
    "CWE-922": STORED_SECRETS,
    "CWE-1004": SESSION_COOKIES,
    "CWE-1104": VULNERABLE_DEPENDENCY,
    "CWE-1275": SESSION_COOKIES,
    "CWE-1395": VULNERABLE_DEPENDENCY,
  },
};

/** Compares control ids so that `8.3.2` < `10.2.1` and `(a)(1)` < `(a)(2)(iv)`. */
export function compareControls(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    if (xd && yd) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

function frameworkOrder(f: ComplianceFramework): number {
  return COMPLIANCE_FRAMEWORKS.indexOf(f);
}

/**
 * The compliance controls a weakness touches. `owasp` may be a full id (`A03:2021-Injection`),
 * a code (`A03`) or empty, in which case the CWE's own category is used. Category entries and
 * CWE entries are merged per framework; the CWE's reason wins because it is more specific.
 * Frameworks come out alphabetically, controls in natural order.
 */
export function complianceFor(cwe: string, owasp: string): ComplianceImpact[] {
  const cweId = normalizeCwe(cwe);
  const category = owaspCategory(owasp) ?? owaspCategory(owaspForCwe(cwe) ?? "");
  const categoryEntries = category ? (COMPLIANCE_TABLE.byOwasp[category.code] ?? []) : [];
  const cweEntries = cweId ? (COMPLIANCE_TABLE.byCwe[cweId] ?? []) : [];

  const merged = new Map<ComplianceFramework, { controls: Set<string>; why: string }>();
  for (const entry of [...categoryEntries, ...cweEntries]) {
    const slot = merged.get(entry.framework);
    if (slot) {
      for (const c of entry.controls) slot.controls.add(c);
      slot.why = entry.why;
    } else {
      merged.set(entry.framework, { controls: new Set(entry.controls), why: entry.why });
    }
  }

  return [...merged.entries()]
    .sort(([a], [b]) => frameworkOrder(a) - frameworkOrder(b))
    .map(([framework, slot]) => ({
      framework,
      controls: [...slot.controls].sort(compareControls),
      why: slot.why,
    }));
}

/** Accepts `pci-dss`, `PCI DSS`, `pci`, `soc 2`… and returns the canonical name, else undefined. */
export function normalizeFramework(name: string): ComplianceFramework | undefined {
  const key = name.toUpperCase().replace(/[^A-Z0-9]/g, "");
  switch (key) {
    case "SOC2":
      return "SOC2";
    case "PCI":
    case "PCIDSS":
      return "PCI-DSS";
    case "GDPR":
      return "GDPR";
    case "HIPAA":
      return "HIPAA";
    default:
      return undefined;
  }
}

/**
 * The sorted, unique frameworks touched by a report's findings, for `compliance_impact`.
 * Suppressed findings and findings the change fixed are not counted. When `frameworks` is given
 * (the `compliance_frameworks` config key), only those frameworks are reported.
 */
export function complianceFrameworksFor(
  findings: readonly Pick<Finding, "cwe" | "owasp" | "suppressed" | "status">[],
  opts: { frameworks?: readonly string[] } = {},
): ComplianceFramework[] {
  const allowed = opts.frameworks
    ? new Set(opts.frameworks.map(normalizeFramework).filter((f) => f !== undefined))
    : undefined;
  const found = new Set<ComplianceFramework>();
  for (const f of findings) {
    if (f.suppressed || f.status === "fixed") continue;
    for (const impact of complianceFor(f.cwe, f.owasp)) {
      if (!allowed || allowed.has(impact.framework)) found.add(impact.framework);
    }
  }
  return COMPLIANCE_FRAMEWORKS.filter((f) => found.has(f));
}
