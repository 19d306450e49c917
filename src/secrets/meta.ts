/**
 * Metadata of the secret rules and the commit-message rule, in the same shape as the Python
 * rules (`RuleMeta`). Every secret rule is CWE-798; its OWASP category is the one
 * `owaspForCwe("CWE-798")` returns (checked by a test). CWE-200 maps to A01 in the taxonomy.
 *
 * Examples never contain a value shaped like a live token (push protection and our own scanner
 * would flag them): they use `<…>` placeholders.
 */
import type { Confidence, RuleMeta, Severity } from "../core/types.js";

const CWE_798 = "CWE-798";
const OWASP_798 = "A07:2021-Identification and Authentication Failures";
const CWE_200 = "CWE-200";
const OWASP_200 = "A01:2021-Broken Access Control";

const COMMON_REFERENCES = [
  "https://cwe.mitre.org/data/definitions/798.html",
  "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
];

const ROTATE =
  "Revoke or rotate the credential now: removing it from the change does not remove it from history " +
  "or from anyone who already fetched it. Then load it at run time from the environment or a secret manager.";

interface SecretRuleSpec {
  id: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  description: string;
  remediation?: string;
  before: string;
  after: string;
  references: string[];
}

function secretRule(spec: SecretRuleSpec): RuleMeta {
  return {
    id: spec.id,
    title: spec.title,
    category: "secrets",
    severity: spec.severity,
    confidence: spec.confidence,
    cwe: CWE_798,
    owasp: OWASP_798,
    bandit: [],
    description: spec.description,
    remediation: spec.remediation ?? ROTATE,
    example: { before: spec.before, after: spec.after },
    references: [...spec.references, ...COMMON_REFERENCES],
    defaultEnabled: true,
  };
}

export const SECRET_RULES: RuleMeta[] = [
  secretRule({
    id: "PW-SECRET-AWS-KEY",
    title: "AWS access key",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "An AWS access key id (`AKIA…`, `ASIA…` and the other documented 4-letter prefixes followed by 16 " +
      "upper-case letters or digits), or a 40-character secret access key that is assigned to an AWS-like " +
      "name (`aws_secret_access_key`, `AWS_SECRET_KEY`, `secretAccessKey`) or sits within three lines of " +
      "an access key id. Values containing `EXAMPLE` (AWS's documentation keys) are ignored.",
    before: 'aws_secret_access_key = "<40 characters>"',
    after: 'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]  # or use an IAM role',
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"],
  }),
  secretRule({
    id: "PW-SECRET-GITHUB-TOKEN",
    title: "GitHub token",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "A GitHub token: classic personal access tokens and OAuth, user-to-server, server-to-server and " +
      "refresh tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` followed by 36 letters or digits) and " +
      "fine-grained personal access tokens (`github_pat_…`).",
    before: 'GITHUB_TOKEN = "ghp_<36 characters>"',
    after: 'GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]',
    references: [
      "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
    ],
  }),
  secretRule({
    id: "PW-SECRET-GITLAB-TOKEN",
    title: "GitLab token",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "A GitLab token with a documented prefix: personal, project and group access tokens (`glpat-`), " +
      "deploy tokens (`gldt-`), runner tokens (`glrt-`), pipeline trigger tokens (`glptt-`), feed tokens " +
      "(`glft-`) and similar `gl…-` tokens.",
    before: 'gitlab = Gitlab(url, private_token="glpat-<20 characters>")',
    after: 'gitlab = Gitlab(url, private_token=os.environ["GITLAB_TOKEN"])',
    references: ["https://docs.gitlab.com/ee/security/tokens/"],
  }),
  secretRule({
    id: "PW-SECRET-SLACK-TOKEN",
    title: "Slack token or webhook",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "A Slack API token (`xoxb-`, `xoxp-`, `xoxa-`, `xoxo-`, `xoxr-`, `xoxs-`, `xoxe-`), an app-level " +
      "token (`xapp-`) or an incoming-webhook URL (`https://hooks.slack.com/services/…`). Anyone holding " +
      "one can read or post to the workspace as the app.",
    before: 'client = WebClient(token="xoxb-<numbers>-<numbers>-<24 characters>")',
    after: 'client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])',
    references: ["https://api.slack.com/authentication/token-types"],
  }),
  secretRule({
    id: "PW-SECRET-STRIPE-KEY",
    title: "Stripe API key",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "A Stripe live secret or restricted key (`sk_live_`, `rk_live_`) or a webhook signing secret " +
      "(`whsec_`). Test-mode keys (`sk_test_`, `rk_test_`) only reach test data and are reported at LOW " +
      "severity.",
    before: 'stripe.api_key = "sk_live_<24+ characters>"',
    after: 'stripe.api_key = os.environ["STRIPE_API_KEY"]',
    references: ["https://docs.stripe.com/keys"],
  }),
  secretRule({
    id: "PW-SECRET-GOOGLE-API-KEY",
    title: "Google API key",
    severity: "HIGH",
    confidence: "HIGH",
    description: "A Google Cloud / Firebase API key: `AIza` followed by 35 letters, digits, `-` or `_`.",
    before: 'GOOGLE_API_KEY = "AIza<35 characters>"',
    after: 'GOOGLE_API_KEY = os.environ["GOOGLE_API_KEY"]  # and restrict the key in the console',
    references: ["https://cloud.google.com/docs/authentication/api-keys"],
  }),
  secretRule({
    id: "PW-SECRET-OPENAI-KEY",
    title: "OpenAI API key",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "An OpenAI API key: project, service-account and admin keys (`sk-proj-`, `sk-svcacct-`, `sk-admin-`) " +
      "and keys carrying OpenAI's `T3BlbkFJ` marker are reported with HIGH confidence; the older plain " +
      "`sk-` + 48 characters shape with MEDIUM confidence, since other services use `sk-` too.",
    before: 'client = OpenAI(api_key="sk-proj-<characters>")',
    after: "client = OpenAI()  # reads OPENAI_API_KEY from the environment",
    references: ["https://platform.openai.com/docs/api-reference/authentication"],
  }),
  secretRule({
    id: "PW-SECRET-ANTHROPIC-KEY",
    title: "Anthropic API key",
    severity: "HIGH",
    confidence: "HIGH",
    description: "An Anthropic API or admin key (`sk-ant-api03-…`, `sk-ant-admin01-…`).",
    before: 'client = Anthropic(api_key="sk-ant-api03-<characters>")',
    after: "client = Anthropic()  # reads ANTHROPIC_API_KEY from the environment",
    references: ["https://docs.anthropic.com/en/api/overview"],
  }),
  secretRule({
    id: "PW-SECRET-TWILIO",
    title: "Twilio credential",
    severity: "HIGH",
    confidence: "MEDIUM",
    description:
      "A Twilio auth token or API secret (32 letters or digits) assigned to a name mentioning Twilio " +
      "(HIGH confidence), or a Twilio API key SID (`SK` + 32 hex digits, MEDIUM confidence: the SID names " +
      "the key and is usually stored next to its secret).",
    before: 'client = Client(account_sid, "<32 hex digits>")',
    after: 'client = Client(account_sid, os.environ["TWILIO_AUTH_TOKEN"])',
    references: ["https://www.twilio.com/docs/iam/api-keys"],
  }),
  secretRule({
    id: "PW-SECRET-SENDGRID",
    title: "SendGrid API key",
    severity: "HIGH",
    confidence: "HIGH",
    description: "A SendGrid API key: `SG.` + 22 characters + `.` + 43 characters.",
    before: 'sg = SendGridAPIClient("SG.<22 characters>.<43 characters>")',
    after: 'sg = SendGridAPIClient(os.environ["SENDGRID_API_KEY"])',
    references: ["https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"],
  }),
  secretRule({
    id: "PW-SECRET-NPM-TOKEN",
    title: "npm access token",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "An npm access token (`npm_` + 36 characters), or a literal value of `_authToken` in an `.npmrc` " +
      "(MEDIUM confidence: older tokens have no prefix).",
    before: "//registry.npmjs.org/:_authToken=npm_<36 characters>",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell-style placeholder, not a template.
    after: "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
    references: ["https://docs.npmjs.com/about-access-tokens"],
  }),
  secretRule({
    id: "PW-SECRET-PYPI-TOKEN",
    title: "PyPI upload token",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "A PyPI or TestPyPI API token (`pypi-AgEIcHlwaS5vcmc…`, `pypi-AgENdGVzdC5weXBpLm9yZw…`): it can " +
      "upload new releases of the projects it is scoped to.",
    before: "password = pypi-<macaroon>",
    after: "# use trusted publishing, or TWINE_PASSWORD from the CI secret store",
    references: ["https://pypi.org/help/#apitoken", "https://docs.pypi.org/trusted-publishers/"],
  }),
  secretRule({
    id: "PW-SECRET-JWT",
    title: "JSON Web Token",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    description:
      "A signed JSON Web Token (`eyJ…`.`eyJ…`.signature) whose header decodes to JSON naming an `alg`. " +
      "A JWT is a bearer credential until it expires; whether it has expired is not checked, so that the " +
      "result does not depend on the clock. The jwt.io sample token is ignored.",
    remediation:
      "Do not commit bearer tokens. If it may still be valid, revoke it (or rotate the signing key); " +
      "create tokens at run time or load them from the environment.",
    before: 'headers = {"Authorization": "Bearer eyJ<header>.eyJ<claims>.<signature>"}',
    after: 'headers = {"Authorization": f"Bearer {os.environ[\'API_TOKEN\']}"}',
    references: ["https://datatracker.ietf.org/doc/html/rfc7519"],
  }),
  secretRule({
    id: "PW-SECRET-PRIVATE-KEY",
    title: "Private key",
    severity: "HIGH",
    confidence: "HIGH",
    description:
      "A private key block: PEM (`-----BEGIN RSA PRIVATE KEY-----`, `EC`, `DSA`, `ENCRYPTED`, PKCS#8), " +
      "OpenSSH (`-----BEGIN OPENSSH PRIVATE KEY-----`) or PGP (`-----BEGIN PGP PRIVATE KEY BLOCK-----`), " +
      "including keys embedded in strings with `\\n` escapes. Blocks whose body is elided (`...`) or too " +
      "short to be a key are ignored.",
    remediation:
      "Remove the key and treat it as compromised: issue a new key pair and revoke the old one. Load keys " +
      "from a file outside the repository or from a secret manager.",
    before: 'KEY = """-----BEGIN PRIVATE KEY-----\n<base64>\n-----END PRIVATE KEY-----"""',
    after: 'KEY = Path(os.environ["SIGNING_KEY_FILE"]).read_bytes()',
    references: ["https://cwe.mitre.org/data/definitions/321.html"],
  }),
  secretRule({
    id: "PW-SECRET-DB-URL",
    title: "Password in a connection URL",
    severity: "HIGH",
    confidence: "MEDIUM",
    description:
      "A URL with a user and a literal password (`scheme://user:password@host`), typically a database, " +
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell-style placeholder, not a template.
      "cache or broker URL. Placeholders (`password`, `${DB_PASSWORD}`, `{password}`, `%s`, `***`) and " +
      "documentation hosts (`example.com`, `*.example`, `*.invalid`) are ignored; passwords for " +
      "`localhost` are reported with LOW confidence.",
    before: 'DATABASE_URL = "postgresql://app:<password>@db.internal:5432/app"',
    after: 'DATABASE_URL = os.environ["DATABASE_URL"]',
    references: ["https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1"],
  }),
  secretRule({
    id: "PW-SECRET-GENERIC",
    title: "Hard-coded secret",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    description:
      "A random-looking literal assigned to a name that ends in password, secret, token, api_key, " +
      "access_key, private_key and similar words, in any syntax (`NAME=value`, `name: value`, " +
      '`"name": "value"`, `name = "value"`, keyword arguments). The value must contain a letter and a ' +
      "digit and pass an entropy threshold; short values (under 16 characters) are reported with LOW " +
      "confidence.",
    before: 'SECRET_KEY = "<random characters>"',
    after: 'SECRET_KEY = os.environ["SECRET_KEY"]',
    references: [],
  }),
];

export const MESSAGE_RULES: RuleMeta[] = [
  {
    id: "PW-MSG-VULN-DISCLOSURE",
    title: "Vulnerability details in a commit message",
    category: "disclosure",
    severity: "LOW",
    confidence: "MEDIUM",
    cwe: CWE_200,
    owasp: OWASP_200,
    bandit: [],
    description:
      "The commit message spells out how to attack the code: a working payload (SQL, script, path " +
      "traversal, shell, JNDI, template or XXE strings), reproduction or proof-of-concept steps for a " +
      "security bug, exploit language (`exploit`, `RCE`, `auth bypass`, `an attacker can…`) or a statement " +
      "that the issue is not yet public (`0day`, `embargoed`, `unpatched`). Commit messages are public as " +
      "soon as the branch is pushed, often before a fixed release exists. A plain fix note (`fix SQL " +
      "injection in login`) and references to published advisories (`bump requests to fix CVE-2023-32681`) " +
      "are not reported. This is advisory: LOW severity.",
    remediation:
      "Describe the fix, not the exploit: say what was wrong and what changed, without payloads or steps. " +
      "Keep reproduction details in the private security advisory, and link the advisory (or the CVE) once " +
      "it is public.",
    example: {
      before: "Fix login: ' OR 1=1 -- in the username field let anyone in as admin",
      after: "Fix SQL injection in login by using a parameterised query (advisory to follow)",
    },
    references: [
      "https://cwe.mitre.org/data/definitions/200.html",
      "https://docs.github.com/en/code-security/security-advisories/working-with-repository-security-advisories/about-repository-security-advisories",
    ],
    defaultEnabled: true,
  },
];

const BY_ID = new Map<string, RuleMeta>([...SECRET_RULES, ...MESSAGE_RULES].map((r) => [r.id, r]));

/** The metadata of a secret or message rule. Throws on an unknown id (a programming error). */
export function secretRuleMeta(id: string): RuleMeta {
  const meta = BY_ID.get(id);
  if (!meta) throw new Error(`unknown secret rule ${id}`);
  return meta;
}
