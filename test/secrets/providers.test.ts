import { describe, expect, it } from "vitest";
import { owaspForCwe } from "../../src/core/taxonomy.js";
import { MESSAGE_RULES, SECRET_RULES, type SecretHit, scanTextForSecrets } from "../../src/secrets/index.js";
import { sha256Hex } from "../../src/secrets/redact.js";
import { ALNUM, b64json, col, fake, HEX, j, UPPER_DIGITS, URLSAFE } from "./helpers.js";

const DIGITS = "0123456789";

interface ProviderCase {
  name: string;
  rule: string;
  /** The secret value the hit must span. */
  secret: string;
  /** The line holding it. */
  line: string;
  path?: string;
  severity?: string;
  confidence?: string;
  /** Characters the redaction may show (the fixed vendor prefix, at most 6). */
  shown: string;
}

const awsId = j("AK", "IA", fake("aws-id", 16, UPPER_DIGITS));
const awsSecret = j(fake("aws-secret-a", 20, `${ALNUM}+/`), fake("aws-secret-b", 20, `${ALNUM}+/`));
const ghp = j("gh", "p_", fake("ghp", 36));
const ghs = j("gh", "s_", fake("ghs", 36));
const ghPat = j("github", "_pat_", fake("gpat-a", 22), "_", fake("gpat-b", 59));
const glpat = j("gl", "pat-", fake("glpat", 20));
const slack = j("xo", "xb-", fake("sl-a", 12, DIGITS), "-", fake("sl-b", 13, DIGITS), "-", fake("sl-c", 24));
const slackHookPath = j(
  "T",
  fake("hk-a", 8, UPPER_DIGITS),
  "/B",
  fake("hk-b", 10, UPPER_DIGITS),
  "/",
  fake("hk-c", 24),
);
const stripeLive = j("sk", "_live_", fake("stripe", 24));
const stripeTest = j("sk", "_test_", fake("stripe-test", 24));
const google = j("AI", "za", fake("gapi", 35, URLSAFE).replace(/^[-_]/, "Q"));
const openaiProj = j("sk", "-proj-", fake("oai", 56));
const openaiLegacy = j("sk", "-", fake("oai-a", 20), "T3Blbk", "FJ", fake("oai-b", 20));
const openaiPlain = j("sk", "-", fake("oai-plain", 48));
const anthropic = j("sk", "-ant-", "api03-", fake("ant", 93), "AA");
const twilioSid = j("S", "K", fake("tw-sid", 32, HEX));
const twilioToken = fake("tw-token", 32, HEX);
const sendgrid = j("S", "G.", fake("sg-a", 22), ".", fake("sg-b", 43));
const npm = j("np", "m_", fake("npm", 36));
const pypi = j("py", "pi-", "AgEIcHlwaS5vcmc", fake("pypi", 80));
const jwt = j(
  b64json({ alg: "HS256", typ: "JWT" }),
  ".",
  b64json({ sub: "svc-billing", scope: "admin", iat: 1_700_000_000 }),
  ".",
  fake("jwt-sig", 43),
);
const dbPassword = fake("db-pass", 18);
const generic = fake("generic", 32);

const CASES: ProviderCase[] = [
  {
    name: "AWS access key id",
    rule: "PW-SECRET-AWS-KEY",
    secret: awsId,
    line: `AWS_ACCESS_KEY_ID = "${awsId}"`,
    shown: "AKIA",
  },
  {
    name: "AWS secret bound to an aws name",
    rule: "PW-SECRET-AWS-KEY",
    secret: awsSecret,
    line: `aws_secret_access_key = ${awsSecret}`,
    path: "config/credentials.ini",
    shown: "",
  },
  {
    name: "GitHub classic token",
    rule: "PW-SECRET-GITHUB-TOKEN",
    secret: ghp,
    line: `    gh = Github("${ghp}")`,
    shown: "ghp_",
  },
  {
    name: "GitHub server token",
    rule: "PW-SECRET-GITHUB-TOKEN",
    secret: ghs,
    line: `GITHUB_TOKEN=${ghs}`,
    path: ".env",
    shown: "ghs_",
  },
  {
    name: "GitHub fine-grained token",
    rule: "PW-SECRET-GITHUB-TOKEN",
    secret: ghPat,
    line: `token: '${ghPat}'`,
    path: "deploy.yml",
    shown: "github",
  },
  {
    name: "GitLab",
    rule: "PW-SECRET-GITLAB-TOKEN",
    secret: glpat,
    line: `gl = Gitlab(url, private_token="${glpat}")`,
    shown: "glpat-",
  },
  {
    name: "Slack bot token",
    rule: "PW-SECRET-SLACK-TOKEN",
    secret: slack,
    line: `client = WebClient(token="${slack}")`,
    shown: "xoxb-",
  },
  {
    name: "Slack webhook",
    rule: "PW-SECRET-SLACK-TOKEN",
    secret: slackHookPath,
    line: `HOOK = "https://hooks.slack.com/services/${slackHookPath}"`,
    shown: "",
  },
  {
    name: "Stripe live",
    rule: "PW-SECRET-STRIPE-KEY",
    secret: stripeLive,
    line: `stripe.api_key = "${stripeLive}"`,
    shown: "sk_liv",
  },
  {
    name: "Stripe test mode",
    rule: "PW-SECRET-STRIPE-KEY",
    secret: stripeTest,
    line: `stripe.api_key = "${stripeTest}"`,
    severity: "LOW",
    confidence: "MEDIUM",
    shown: "sk_tes",
  },
  {
    name: "Google",
    rule: "PW-SECRET-GOOGLE-API-KEY",
    secret: google,
    line: `KEY = '${google}'`,
    shown: "AIza",
  },
  {
    name: "OpenAI project",
    rule: "PW-SECRET-OPENAI-KEY",
    secret: openaiProj,
    line: `OpenAI(api_key="${openaiProj}")`,
    shown: "sk-pro",
  },
  {
    name: "OpenAI marker",
    rule: "PW-SECRET-OPENAI-KEY",
    secret: openaiLegacy,
    line: `openai.api_key = "${openaiLegacy}"`,
    shown: "sk-",
  },
  {
    name: "OpenAI-style plain",
    rule: "PW-SECRET-OPENAI-KEY",
    secret: openaiPlain,
    line: `KEY = "${openaiPlain}"`,
    confidence: "MEDIUM",
    shown: "sk-",
  },
  {
    name: "Anthropic",
    rule: "PW-SECRET-ANTHROPIC-KEY",
    secret: anthropic,
    line: `Anthropic(api_key="${anthropic}")`,
    shown: "sk-ant",
  },
  {
    name: "Twilio API key SID",
    rule: "PW-SECRET-TWILIO",
    secret: twilioSid,
    line: `api_key_sid = "${twilioSid}"`,
    confidence: "MEDIUM",
    shown: "SK",
  },
  {
    name: "Twilio auth token bound to a twilio name",
    rule: "PW-SECRET-TWILIO",
    secret: twilioToken,
    line: `TWILIO_AUTH_TOKEN = "${twilioToken}"`,
    confidence: "HIGH",
    shown: "",
  },
  {
    name: "SendGrid",
    rule: "PW-SECRET-SENDGRID",
    secret: sendgrid,
    line: `sg = SendGridAPIClient("${sendgrid}")`,
    shown: "SG.",
  },
  {
    name: "npm token in .npmrc",
    rule: "PW-SECRET-NPM-TOKEN",
    secret: npm,
    line: `//registry.npmjs.org/:_authToken=${npm}`,
    path: ".npmrc",
    shown: "npm_",
  },
  {
    name: "PyPI token",
    rule: "PW-SECRET-PYPI-TOKEN",
    secret: pypi,
    line: `password = ${pypi}`,
    path: ".pypirc",
    shown: "pypi-",
  },
  {
    name: "JWT",
    rule: "PW-SECRET-JWT",
    secret: jwt,
    line: `headers = {"Authorization": "Bearer ${jwt}"}`,
    shown: "eyJ",
  },
  {
    name: "database URL",
    rule: "PW-SECRET-DB-URL",
    secret: dbPassword,
    line: `DATABASE_URL = "postgresql://app:${dbPassword}@db.prod.internal:5432/app"`,
    shown: "",
  },
  {
    name: "generic secret",
    rule: "PW-SECRET-GENERIC",
    secret: generic,
    line: `SECRET_KEY = "${generic}"`,
    shown: "",
  },
];

function only(hits: SecretHit[]): SecretHit {
  expect(hits.map((h) => h.rule)).toHaveLength(1);
  return hits[0]!;
}

describe("rule metadata", () => {
  it("describes every secret rule in the Python rules' shape", () => {
    const ids = SECRET_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of SECRET_RULES) {
      expect(r.id).toMatch(/^PW-SECRET-[A-Z0-9-]+$/);
      expect(r.category).toBe("secrets");
      expect(r.cwe).toBe("CWE-798");
      expect(r.owasp).toBe(owaspForCwe("CWE-798"));
      expect(r.bandit).toEqual([]);
      expect(r.description.length).toBeGreaterThan(40);
      expect(r.remediation.length).toBeGreaterThan(20);
      expect(r.example.before).not.toBe(r.example.after);
      expect(r.references.length).toBeGreaterThan(0);
      expect(r.defaultEnabled).toBe(true);
      // The examples themselves must not contain anything the scanner reports.
      expect(scanTextForSecrets("example.py", `${r.example.before}\n${r.example.after}`)).toEqual([]);
    }
    expect(ids).toEqual(
      expect.arrayContaining([
        "PW-SECRET-AWS-KEY",
        "PW-SECRET-GITHUB-TOKEN",
        "PW-SECRET-GITLAB-TOKEN",
        "PW-SECRET-SLACK-TOKEN",
        "PW-SECRET-STRIPE-KEY",
        "PW-SECRET-GOOGLE-API-KEY",
        "PW-SECRET-OPENAI-KEY",
        "PW-SECRET-ANTHROPIC-KEY",
        "PW-SECRET-TWILIO",
        "PW-SECRET-SENDGRID",
        "PW-SECRET-NPM-TOKEN",
        "PW-SECRET-PYPI-TOKEN",
        "PW-SECRET-JWT",
        "PW-SECRET-PRIVATE-KEY",
        "PW-SECRET-DB-URL",
        "PW-SECRET-GENERIC",
      ]),
    );
    expect(SECRET_RULES.find((r) => r.id === "PW-SECRET-GENERIC")?.severity).toBe("MEDIUM");
    expect(SECRET_RULES.find((r) => r.id === "PW-SECRET-PRIVATE-KEY")?.severity).toBe("HIGH");
  });

  it("describes the commit-message rule", () => {
    expect(MESSAGE_RULES.map((r) => r.id)).toEqual(["PW-MSG-VULN-DISCLOSURE"]);
    const r = MESSAGE_RULES[0]!;
    expect(r.cwe).toBe("CWE-200");
    expect(r.owasp).toBe(owaspForCwe("CWE-200"));
    expect(r.severity).toBe("LOW");
    expect(r.remediation).toMatch(/fix, not the exploit/);
  });
});

describe("provider shapes", () => {
  it.each(CASES)("$name", (c) => {
    const text = `# first line\n${c.line}\n`;
    const hit = only(scanTextForSecrets(c.path ?? "app/settings.py", text));
    const meta = SECRET_RULES.find((r) => r.id === c.rule)!;
    expect(hit.rule).toBe(c.rule);
    expect(hit.line).toBe(2);
    expect(hit.end_line).toBe(2);
    expect(hit.column).toBe(col(c.line, c.secret));
    expect(hit.end_column).toBe(col(c.line, c.secret) + c.secret.length);
    expect(hit.severity).toBe(c.severity ?? meta.severity);
    expect(hit.confidence).toBe(c.confidence ?? meta.confidence);
    expect(hit.fingerprintKey).toBe(`${c.rule}:${sha256Hex(c.secret)}`);
    // Redaction: the fixed prefix at most, then length and a short hash; never the value.
    expect(hit.redacted).toContain(
      `${c.shown}…(${c.secret.length} chars, sha256:${sha256Hex(c.secret).slice(0, 8)})`,
    );
    expect(hit.redacted.includes(c.secret)).toBe(false);
    expect(hit.message.includes(c.secret)).toBe(false);
    expect(hit.message).toContain(hit.redacted);
    // No more than 6 characters of the secret appear anywhere in the redaction.
    expect(hit.redacted.includes(c.secret.slice(0, 7))).toBe(false);
  });

  it("gives the same fingerprint key to the same secret anywhere, and no position", () => {
    const a = only(scanTextForSecrets("a.py", `T = "${ghp}"`));
    const b = only(scanTextForSecrets("dir/b.yml", `\n\n  token:   ${ghp}`));
    expect(a.fingerprintKey).toBe(b.fingerprintKey);
    expect(a.line).not.toBe(b.line);
  });

  it("reports a provider token once, under its own rule, even when bound to a secret name", () => {
    const hits = scanTextForSecrets("app.py", `GITHUB_TOKEN = "${ghp}"\nOPENAI_API_KEY = "${anthropic}"`);
    expect(hits.map((h) => h.rule)).toEqual(["PW-SECRET-GITHUB-TOKEN", "PW-SECRET-ANTHROPIC-KEY"]);
  });

  it("finds an AWS secret access key next to an access key id, not elsewhere", () => {
    const text = [`[default]`, `aws_access_key_id=${awsId}`, `key2=${awsSecret}`].join("\n");
    const hits = scanTextForSecrets("credentials", text);
    expect(hits.map((h) => [h.rule, h.line, h.column])).toEqual([
      ["PW-SECRET-AWS-KEY", 2, 19],
      ["PW-SECRET-AWS-KEY", 3, 6],
    ]);
    expect(hits[1]!.message).toMatch(/next to an access key id/);
    const far = ["[default]", `aws_access_key_id=${awsId}`, "", "", "", "", `other=${awsSecret}`].join("\n");
    expect(scanTextForSecrets("credentials", far).map((h) => h.line)).toEqual([2]);
  });

  it("uses UTF-16 columns", () => {
    const line = `msg = "😀 é ${ghp}"`;
    const hit = only(scanTextForSecrets("a.py", line));
    expect(hit.column).toBe(line.indexOf(ghp) + 1);
    expect(hit.column).toBe(13);
  });

  it("handles CRLF line endings", () => {
    const hit = only(scanTextForSecrets("a.env", `A=1\r\nTOKEN=${ghp}\r\nB=2\r\n`));
    expect([hit.line, hit.column, hit.end_column]).toEqual([2, 7, 7 + ghp.length]);
  });
});

describe("private keys", () => {
  const body = Array.from({ length: 6 }, (_, i) => fake(`pem-${i}`, 64, `${ALNUM}+/`));
  const begin = j("-----BEGIN RSA ", "PRIVATE KEY-----");
  const end = j("-----END RSA ", "PRIVATE KEY-----");

  it("spans a PEM block from BEGIN to the end of END", () => {
    const text = ["import x", "", begin, ...body, end, "tail"].join("\n");
    const hit = only(scanTextForSecrets("deploy/key.pem", text));
    expect(hit.rule).toBe("PW-SECRET-PRIVATE-KEY");
    expect([hit.line, hit.column, hit.end_line, hit.end_column]).toEqual([3, 1, 10, end.length + 1]);
    expect(hit.severity).toBe("HIGH");
    expect(hit.confidence).toBe("HIGH");
    expect(hit.fingerprintKey).toBe(`PW-SECRET-PRIVATE-KEY:${sha256Hex(body.join(""))}`);
    for (const l of body) expect(hit.redacted.includes(l.slice(0, 10))).toBe(false);
    expect(hit.message).toMatch(
      /^Private key block \(RSA PRIVATE KEY\): …\(384 chars, sha256:[0-9a-f]{8}\)$/,
    );
  });

  it("finds keys inside strings with \\n escapes, OpenSSH and PGP blocks", () => {
    const escaped = `KEY = "${begin}\\n${body.join("\\n")}\\n${end}\\n"`;
    const hit = only(scanTextForSecrets("app.py", escaped));
    expect([hit.line, hit.column, hit.end_line]).toEqual([1, 8, 1]);
    expect(hit.end_column).toBe(escaped.indexOf(end) + end.length + 1);
    // Same key, different wrapping: same fingerprint.
    const wrapped = only(scanTextForSecrets("k.pem", [begin, ...body, end].join("\n")));
    expect(hit.fingerprintKey).toBe(wrapped.fingerprintKey);

    const ssh = [
      j("-----BEGIN OPENSSH ", "PRIVATE KEY-----"),
      ...body,
      j("-----END OPENSSH ", "PRIVATE KEY-----"),
    ];
    expect(only(scanTextForSecrets("id_ed25519", ssh.join("\n"))).line).toBe(1);
    const pgp = [
      j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----"),
      "Version: GnuPG v2",
      "",
      ...body,
      `=${fake("crc", 4, ALNUM)}`,
      j("-----END PGP ", "PRIVATE KEY BLOCK-----"),
    ];
    expect(only(scanTextForSecrets("key.asc", pgp.join("\n"))).end_line).toBe(11);
  });

  it("reports a block without END at its BEGIN line with MEDIUM confidence", () => {
    const hit = only(scanTextForSecrets("k.pem", [begin, ...body].join("\n")));
    expect([hit.line, hit.end_line, hit.confidence]).toEqual([1, 1, "MEDIUM"]);
  });

  it("ignores elided bodies, placeholders and public keys", () => {
    const texts = [
      [begin, "MIIEowIBAAKCAQEA...", end].join("\n"),
      [begin, "<your key here>", end].join("\n"),
      [begin, "MIIE", end].join("\n"),
      [j("-----BEGIN ", "PUBLIC KEY-----"), ...body, j("-----END ", "PUBLIC KEY-----")].join("\n"),
      [j("-----BEGIN ", "CERTIFICATE-----"), ...body, j("-----END ", "CERTIFICATE-----")].join("\n"),
    ];
    for (const t of texts) expect(scanTextForSecrets("k.pem", t)).toEqual([]);
  });
});
