import type { ConstValue } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { isTemplatePlaceholder, readsEnvironment, settingsEntries } from "../pack-d-shared.js";

/** Settings that hold the key a framework signs sessions, tokens or cookies with. */
const KEY_SETTINGS = new Set(["SECRET_KEY", "SECRET_KEY_FALLBACKS", "JWT_SECRET_KEY"]);

/** The literal secrets in a folded value: a non-empty string or bytes, or such items of a list. */
function literalSecrets(v: ConstValue): string[] {
  if (typeof v === "string") return v.trim() && !isTemplatePlaceholder(v) ? [v] : [];
  if (typeof v === "object" && v !== null && "bytes" in v) return v.bytes.length > 0 ? [v.bytes] : [];
  if (Array.isArray(v)) return v.flatMap((x) => literalSecrets(x));
  return [];
}

export default defineRule(
  {
    id: "PW-HARDCODED-SECRET-KEY",
    title: "Framework secret key hard-coded in the source",
    category: "secrets",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-798",
    owasp: "A07:2021-Identification and Authentication Failures",
    bandit: [],
    description:
      "The key Django or Flask signs sessions, password-reset tokens and signed cookies with is a string " +
      'literal: `SECRET_KEY = "..."` (or `SECRET_KEY_FALLBACKS`) in a Django settings module, ' +
      '`app.secret_key = "..."`, `app.config["SECRET_KEY"] = "..."` or `JWT_SECRET_KEY` in Flask ' +
      "configuration. Anyone who can read the repository can forge sessions and tokens for any user. Values " +
      "read from the environment (even with a literal fallback), computed at run time, empty, or template " +
      "placeholders such as `{{ secret_key }}` are not reported.",
    remediation:
      'Load the key from the environment or a secret store (`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`), ' +
      "and rotate the key that was committed.",
    example: {
      before: 'SECRET_KEY = "django-insecure-q1w2e3r4t5y6"',
      after: 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key",
      "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY",
      "https://cwe.mitre.org/data/definitions/798.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const e of settingsEntries(ctx.model)) {
      if (!KEY_SETTINGS.has(e.key)) continue;
      if (e.valueNode && readsEnvironment(ctx.model, e.valueNode, e.scope)) continue;
      if (literalSecrets(e.value).length === 0) continue;
      const framework = e.source === "flask" ? "Flask" : e.source === "django" ? "Django" : "The application";
      ctx.report(e.node, {
        confidence: e.sure ? "HIGH" : "MEDIUM",
        message: `${framework} ${e.key} is a literal in the source, so anyone with the code can forge signed sessions and tokens`,
      });
    }
  },
);
