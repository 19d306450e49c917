/**
 * OWASP Top 10 2021 categories, the CWE → category table and short CWE names.
 *
 * Pure data plus look-ups: no I/O. Every look-up is deterministic.
 *
 * The CWE lists per category follow the official OWASP Top 10 2021 mapping pages (each category
 * page lists its "mapped CWEs"). Those official lists are disjoint, so every CWE maps to at most
 * one category. A handful of CWEs that PatchWarden reports but that the 2021 lists do not name
 * (newer CWE entries, or ones the lists left out) are mapped in `EXTENSION_MAPPINGS` below, each
 * with the reason; `isOfficialOwaspMapping` tells the two apart.
 */

export interface OwaspCategory {
  /** Full id, e.g. `A03:2021-Injection`. */
  id: string;
  /** Short code, e.g. `A03`. */
  code: string;
  /** Human name, e.g. `Injection`. */
  name: string;
  /** CWE ids (`CWE-n`) from the official 2021 mapping list, in ascending numeric order. */
  cwes: readonly string[];
}

function cweList(numbers: readonly number[]): readonly string[] {
  return [...numbers].sort((a, b) => a - b).map((n) => `CWE-${n}`);
}

/** The ten categories in their official order. */
export const OWASP_CATEGORIES: readonly OwaspCategory[] = [
  {
    id: "A01:2021-Broken Access Control",
    code: "A01",
    name: "Broken Access Control",
    cwes: cweList([
      22, 23, 35, 59, 200, 201, 219, 264, 275, 276, 284, 285, 352, 359, 377, 402, 425, 441, 497, 538, 540,
      548, 552, 566, 601, 639, 651, 668, 706, 862, 863, 913, 922, 1275,
    ]),
  },
  {
    id: "A02:2021-Cryptographic Failures",
    code: "A02",
    name: "Cryptographic Failures",
    cwes: cweList([
      261, 296, 310, 319, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 335, 336, 337, 338, 340, 347,
      523, 720, 757, 759, 760, 780, 818, 916,
    ]),
  },
  {
    id: "A03:2021-Injection",
    code: "A03",
    name: "Injection",
    cwes: cweList([
      20, 74, 75, 77, 78, 79, 80, 83, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 100, 113, 116, 138, 184,
      470, 471, 564, 610, 643, 644, 652, 917,
    ]),
  },
  {
    id: "A04:2021-Insecure Design",
    code: "A04",
    name: "Insecure Design",
    cwes: cweList([
      73, 183, 209, 213, 235, 256, 257, 266, 269, 280, 311, 312, 313, 316, 419, 430, 434, 444, 451, 472, 501,
      522, 525, 539, 579, 598, 602, 642, 646, 650, 653, 656, 657, 799, 807, 840, 841, 927, 1021, 1173,
    ]),
  },
  {
    id: "A05:2021-Security Misconfiguration",
    code: "A05",
    name: "Security Misconfiguration",
    cwes: cweList([
      2, 11, 13, 15, 16, 260, 315, 520, 526, 537, 541, 547, 611, 614, 756, 776, 942, 1004, 1032, 1174,
    ]),
  },
  {
    id: "A06:2021-Vulnerable and Outdated Components",
    code: "A06",
    name: "Vulnerable and Outdated Components",
    cwes: cweList([937, 1035, 1104]),
  },
  {
    id: "A07:2021-Identification and Authentication Failures",
    code: "A07",
    name: "Identification and Authentication Failures",
    cwes: cweList([
      255, 259, 287, 288, 290, 294, 295, 297, 300, 302, 304, 306, 307, 346, 384, 521, 613, 620, 640, 798, 940,
      1216,
    ]),
  },
  {
    id: "A08:2021-Software and Data Integrity Failures",
    code: "A08",
    name: "Software and Data Integrity Failures",
    cwes: cweList([345, 353, 426, 494, 502, 565, 784, 829, 830, 915]),
  },
  {
    id: "A09:2021-Security Logging and Monitoring Failures",
    code: "A09",
    name: "Security Logging and Monitoring Failures",
    cwes: cweList([117, 223, 532, 778]),
  },
  {
    id: "A10:2021-Server-Side Request Forgery",
    code: "A10",
    name: "Server-Side Request Forgery",
    cwes: cweList([918]),
  },
];

/**
 * CWEs PatchWarden reports that the official 2021 lists do not name, with the category we file
 * them under and why. Kept small and explicit on purpose.
 */
export const EXTENSION_MAPPINGS: readonly { cwe: string; code: string; why: string }[] = [
  {
    cwe: "CWE-155",
    code: "A03",
    why: "shell wildcards expanded into command arguments are argument injection",
  },
  { cwe: "CWE-215", code: "A05", why: "debug output left switched on is a deployment setting" },
  { cwe: "CWE-250", code: "A04", why: "running with more privilege than needed is a design choice" },
  { cwe: "CWE-400", code: "A05", why: "missing timeouts and limits are unsafe defaults left in place" },
  { cwe: "CWE-489", code: "A05", why: "active debug code (debug servers, DEBUG=True) is a misconfiguration" },
  { cwe: "CWE-605", code: "A05", why: "binding every interface exposes a service by configuration" },
  {
    cwe: "CWE-676",
    code: "A04",
    why: "calling an inherently dangerous function is an insecure design choice",
  },
  { cwe: "CWE-703", code: "A04", why: "swallowing exceptions hides failures the design must handle" },
  { cwe: "CWE-732", code: "A01", why: "over-broad file permissions grant access to the wrong actors" },
  {
    cwe: "CWE-838",
    code: "A03",
    why: "bidirectional control characters make code read differently than it runs",
  },
  { cwe: "CWE-1188", code: "A05", why: "an insecure default initialization is a misconfiguration" },
  {
    cwe: "CWE-1333",
    code: "A03",
    why: "a pattern built from untrusted input lets the input control the regex engine",
  },
  { cwe: "CWE-1336", code: "A03", why: "template injection is listed with injection by the rule catalogue" },
  { cwe: "CWE-1395", code: "A06", why: "the newer CWE for depending on a vulnerable third-party component" },
];

const CATEGORY_BY_CODE = new Map<string, OwaspCategory>(OWASP_CATEGORIES.map((c) => [c.code, c]));

const OFFICIAL_BY_CWE = new Map<string, OwaspCategory>();
for (const category of OWASP_CATEGORIES) {
  for (const cwe of category.cwes) OFFICIAL_BY_CWE.set(cwe, category);
}

const EXTENSION_BY_CWE = new Map<string, OwaspCategory>();
for (const ext of EXTENSION_MAPPINGS) {
  const category = CATEGORY_BY_CODE.get(ext.code);
  if (category && !OFFICIAL_BY_CWE.has(ext.cwe)) EXTENSION_BY_CWE.set(ext.cwe, category);
}

/**
 * Normalizes `CWE-89`, `cwe-89`, `CWE 89`, `89` or `CWE-089` to `CWE-89`.
 * Returns undefined when the input is not a CWE id.
 */
export function normalizeCwe(cwe: string): string | undefined {
  const m = /^\s*(?:cwe[-\s_:]?)?0*(\d+)\s*$/i.exec(cwe);
  if (!m) return undefined;
  return `CWE-${m[1]}`;
}

/** The OWASP Top 10 2021 category id (e.g. `A03:2021-Injection`) for a CWE, if it has one. */
export function owaspForCwe(cwe: string): string | undefined {
  const id = normalizeCwe(cwe);
  if (!id) return undefined;
  return (OFFICIAL_BY_CWE.get(id) ?? EXTENSION_BY_CWE.get(id))?.id;
}

/** True when the CWE's category comes from the official 2021 lists (not from our extensions). */
export function isOfficialOwaspMapping(cwe: string): boolean {
  const id = normalizeCwe(cwe);
  return id !== undefined && OFFICIAL_BY_CWE.has(id);
}

/**
 * Finds a category by its full id (`A03:2021-Injection`), its code (`A03`, `a3`) or a prefix
 * such as `A03:2021`.
 */
export function owaspCategory(idOrCode: string): OwaspCategory | undefined {
  const m = /^\s*a0?(\d{1,2})\b/i.exec(idOrCode);
  if (!m) return undefined;
  const code = `A${m[1]!.padStart(2, "0")}`;
  return CATEGORY_BY_CODE.get(code);
}

/** Short official CWE names for the weaknesses PatchWarden reports or maps. */
export const CWE_TITLES: Readonly<Record<string, string>> = {
  "CWE-16": "Configuration",
  "CWE-20": "Improper Input Validation",
  "CWE-22": "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
  "CWE-23": "Relative Path Traversal",
  "CWE-35": "Path Traversal: '.../...//'",
  "CWE-59": "Improper Link Resolution Before File Access ('Link Following')",
  "CWE-73": "External Control of File Name or Path",
  "CWE-74":
    "Improper Neutralization of Special Elements in Output Used by a Downstream Component ('Injection')",
  "CWE-77": "Improper Neutralization of Special Elements used in a Command ('Command Injection')",
  "CWE-78": "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
  "CWE-79": "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
  "CWE-80": "Improper Neutralization of Script-Related HTML Tags in a Web Page (Basic XSS)",
  "CWE-88": "Improper Neutralization of Argument Delimiters in a Command ('Argument Injection')",
  "CWE-89": "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
  "CWE-90": "Improper Neutralization of Special Elements used in an LDAP Query ('LDAP Injection')",
  "CWE-91": "XML Injection (aka Blind XPath Injection)",
  "CWE-93": "Improper Neutralization of CRLF Sequences ('CRLF Injection')",
  "CWE-94": "Improper Control of Generation of Code ('Code Injection')",
  "CWE-95": "Improper Neutralization of Directives in Dynamically Evaluated Code ('Eval Injection')",
  "CWE-99": "Improper Control of Resource Identifiers ('Resource Injection')",
  "CWE-113": "Improper Neutralization of CRLF Sequences in HTTP Headers ('HTTP Request/Response Splitting')",
  "CWE-116": "Improper Encoding or Escaping of Output",
  "CWE-117": "Improper Output Neutralization for Logs",
  "CWE-155": "Improper Neutralization of Wildcards or Matching Symbols",
  "CWE-200": "Exposure of Sensitive Information to an Unauthorized Actor",
  "CWE-209": "Generation of Error Message Containing Sensitive Information",
  "CWE-215": "Insertion of Sensitive Information Into Debugging Code",
  "CWE-250": "Execution with Unnecessary Privileges",
  "CWE-256": "Plaintext Storage of a Password",
  "CWE-259": "Use of Hard-coded Password",
  "CWE-269": "Improper Privilege Management",
  "CWE-276": "Incorrect Default Permissions",
  "CWE-284": "Improper Access Control",
  "CWE-285": "Improper Authorization",
  "CWE-287": "Improper Authentication",
  "CWE-295": "Improper Certificate Validation",
  "CWE-297": "Improper Validation of Certificate with Host Mismatch",
  "CWE-306": "Missing Authentication for Critical Function",
  "CWE-311": "Missing Encryption of Sensitive Data",
  "CWE-312": "Cleartext Storage of Sensitive Information",
  "CWE-315": "Cleartext Storage of Sensitive Information in a Cookie",
  "CWE-319": "Cleartext Transmission of Sensitive Information",
  "CWE-321": "Use of Hard-coded Cryptographic Key",
  "CWE-326": "Inadequate Encryption Strength",
  "CWE-327": "Use of a Broken or Risky Cryptographic Algorithm",
  "CWE-328": "Use of Weak Hash",
  "CWE-329": "Generation of Predictable IV with CBC Mode",
  "CWE-330": "Use of Insufficiently Random Values",
  "CWE-331": "Insufficient Entropy",
  "CWE-338": "Use of Cryptographically Weak Pseudo-Random Number Generator (PRNG)",
  "CWE-345": "Insufficient Verification of Data Authenticity",
  "CWE-347": "Improper Verification of Cryptographic Signature",
  "CWE-352": "Cross-Site Request Forgery (CSRF)",
  "CWE-377": "Insecure Temporary File",
  "CWE-384": "Session Fixation",
  "CWE-400": "Uncontrolled Resource Consumption",
  "CWE-434": "Unrestricted Upload of File with Dangerous Type",
  "CWE-470": "Use of Externally-Controlled Input to Select Classes or Code ('Unsafe Reflection')",
  "CWE-489": "Active Debug Code",
  "CWE-494": "Download of Code Without Integrity Check",
  "CWE-501": "Trust Boundary Violation",
  "CWE-502": "Deserialization of Untrusted Data",
  "CWE-521": "Weak Password Requirements",
  "CWE-522": "Insufficiently Protected Credentials",
  "CWE-523": "Unprotected Transport of Credentials",
  "CWE-532": "Insertion of Sensitive Information into Log File",
  "CWE-601": "URL Redirection to Untrusted Site ('Open Redirect')",
  "CWE-605": "Multiple Binds to the Same Port",
  "CWE-611": "Improper Restriction of XML External Entity Reference",
  "CWE-613": "Insufficient Session Expiration",
  "CWE-614": "Sensitive Cookie in HTTPS Session Without 'Secure' Attribute",
  "CWE-639": "Authorization Bypass Through User-Controlled Key",
  "CWE-643": "Improper Neutralization of Data within XPath Expressions ('XPath Injection')",
  "CWE-668": "Exposure of Resource to Wrong Sphere",
  "CWE-676": "Use of Potentially Dangerous Function",
  "CWE-703": "Improper Check or Handling of Exceptional Conditions",
  "CWE-732": "Incorrect Permission Assignment for Critical Resource",
  "CWE-757": "Selection of Less-Secure Algorithm During Negotiation ('Algorithm Downgrade')",
  "CWE-759": "Use of a One-Way Hash without a Salt",
  "CWE-760": "Use of a One-Way Hash with a Predictable Salt",
  "CWE-776": "Improper Restriction of Recursive Entity References in DTDs ('XML Entity Expansion')",
  "CWE-778": "Insufficient Logging",
  "CWE-798": "Use of Hard-coded Credentials",
  "CWE-829": "Inclusion of Functionality from Untrusted Control Sphere",
  "CWE-838": "Inappropriate Encoding for Output Context",
  "CWE-862": "Missing Authorization",
  "CWE-863": "Incorrect Authorization",
  "CWE-915": "Improperly Controlled Modification of Dynamically-Determined Object Attributes",
  "CWE-916": "Use of Password Hash With Insufficient Computational Effort",
  "CWE-917":
    "Improper Neutralization of Special Elements used in an Expression Language Statement ('Expression Language Injection')",
  "CWE-918": "Server-Side Request Forgery (SSRF)",
  "CWE-922": "Insecure Storage of Sensitive Information",
  "CWE-942": "Permissive Cross-domain Policy with Untrusted Domains",
  "CWE-1004": "Sensitive Cookie Without 'HttpOnly' Flag",
  "CWE-1104": "Use of Unmaintained Third Party Components",
  "CWE-1188": "Initialization of a Resource with an Insecure Default",
  "CWE-1275": "Sensitive Cookie with Improper SameSite Attribute",
  "CWE-1333": "Inefficient Regular Expression Complexity",
  "CWE-1336": "Improper Neutralization of Special Elements Used in a Template Engine",
  "CWE-1395": "Dependency on Vulnerable Third-Party Component",
};

/** The short official name of a CWE we know, else undefined. */
export function cweTitle(cwe: string): string | undefined {
  const id = normalizeCwe(cwe);
  return id === undefined ? undefined : CWE_TITLES[id];
}

/** `https://cwe.mitre.org/data/definitions/89.html` for `CWE-89`, else undefined. */
export function cweUrl(cwe: string): string | undefined {
  const id = normalizeCwe(cwe);
  return id === undefined ? undefined : `https://cwe.mitre.org/data/definitions/${id.slice(4)}.html`;
}
