import type { Severity } from "../../../core/types.js";
import { type ConstValue, isKnown, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { settingsEntries } from "../pack-d-shared.js";

interface Check {
  /** Which configuration systems read the key. */
  sources: readonly ("django" | "flask" | "config-class")[];
  severity: Severity;
  /** True when the folded value is the insecure one. */
  bad: (v: ConstValue) => boolean;
  why: string;
}

const FALSY = (v: ConstValue) => isKnown(v) && !truthy(v);
const SAMESITE_OFF = (v: ConstValue) =>
  v === null || v === false || (typeof v === "string" && v.toLowerCase() === "none");
const SAMESITE_NONE_STRING = (v: ConstValue) => typeof v === "string" && v.toLowerCase() === "none";
const ALL = ["django", "flask", "config-class"] as const;

/**
 * Cookie settings and their insecure values. Only explicit values are reported: Django and Flask
 * default `*_COOKIE_SECURE` to False, but flagging every settings file that omits them would
 * report the framework rather than the change.
 */
const CHECKS: ReadonlyMap<string, Check> = new Map([
  [
    "SESSION_COOKIE_SECURE",
    { sources: ALL, severity: "MEDIUM", bad: FALSY, why: "the session cookie is also sent over plain HTTP" },
  ],
  [
    "CSRF_COOKIE_SECURE",
    {
      sources: ["django", "config-class"],
      severity: "LOW",
      bad: FALSY,
      why: "the CSRF cookie is also sent over plain HTTP",
    },
  ],
  [
    "REMEMBER_COOKIE_SECURE",
    {
      sources: ["flask", "config-class"],
      severity: "MEDIUM",
      bad: FALSY,
      why: "the Flask-Login remember-me cookie is also sent over plain HTTP",
    },
  ],
  [
    "SESSION_COOKIE_HTTPONLY",
    { sources: ALL, severity: "MEDIUM", bad: FALSY, why: "scripts in the page can read the session cookie" },
  ],
  [
    "REMEMBER_COOKIE_HTTPONLY",
    {
      sources: ["flask", "config-class"],
      severity: "MEDIUM",
      bad: FALSY,
      why: "scripts in the page can read the remember-me cookie",
    },
  ],
  [
    "SESSION_COOKIE_SAMESITE",
    {
      sources: ["django", "config-class"],
      severity: "LOW",
      bad: SAMESITE_OFF,
      why: "the session cookie is sent on cross-site requests",
    },
  ],
  [
    "CSRF_COOKIE_SAMESITE",
    {
      sources: ["django", "config-class"],
      severity: "LOW",
      bad: SAMESITE_OFF,
      why: "the CSRF cookie is sent on cross-site requests",
    },
  ],
]);

/** Flask defaults SESSION_COOKIE_SAMESITE to None: only the explicit "None" string loosens it further. */
const FLASK_SAMESITE: Check = {
  sources: ["flask"],
  severity: "LOW",
  bad: SAMESITE_NONE_STRING,
  why: "the session cookie is sent on cross-site requests",
};

export default defineRule(
  {
    id: "PW-COOKIE-SETTINGS",
    title: "Session or CSRF cookie settings weakened",
    category: "configuration",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-614",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: [],
    description:
      "The framework's session (or CSRF, or remember-me) cookie is configured without its protections: " +
      "`SESSION_COOKIE_SECURE = False`, `CSRF_COOKIE_SECURE = False` (LOW), `SESSION_COOKIE_HTTPONLY = False`, " +
      "`SESSION_COOKIE_SAMESITE = None` (LOW) in a Django settings module, or the same keys (and Flask-Login's " +
      "`REMEMBER_COOKIE_*`) in Flask configuration. The cookie then travels over plain HTTP, is readable by " +
      "injected scripts, or rides along on cross-site requests. Only explicit constant values are reported.",
    remediation:
      "Set `SESSION_COOKIE_SECURE = True` and `CSRF_COOKIE_SECURE = True`, keep `SESSION_COOKIE_HTTPONLY` and " +
      "the SameSite defaults, and serve the site over HTTPS only.",
    example: {
      before: "SESSION_COOKIE_SECURE = False",
      after: "SESSION_COOKIE_SECURE = True",
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure",
      "https://flask.palletsprojects.com/en/stable/security/#set-cookie-options",
      "https://cwe.mitre.org/data/definitions/614.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const e of settingsEntries(ctx.model)) {
      const check =
        e.source === "flask" && e.key === "SESSION_COOKIE_SAMESITE" ? FLASK_SAMESITE : CHECKS.get(e.key);
      if (!check?.sources.includes(e.source) || !isKnown(e.value) || !check.bad(e.value)) continue;
      const shown =
        e.value === null
          ? "None"
          : e.value === false
            ? "False"
            : typeof e.value === "string"
              ? `"${e.value}"`
              : String(e.value);
      ctx.report(e.node, {
        severity: check.severity,
        confidence: e.sure ? "HIGH" : "MEDIUM",
        message: `${e.key} = ${shown}: ${check.why}`,
      });
    }
  },
);
