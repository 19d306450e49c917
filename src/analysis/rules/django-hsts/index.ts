import { isKnown, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { settingsEntries } from "../pack-d-shared.js";

export default defineRule(
  {
    id: "PW-DJANGO-HSTS",
    title: "Django HTTPS enforcement switched off",
    category: "tls",
    severity: "LOW",
    confidence: "MEDIUM",
    cwe: "CWE-319",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: [],
    description:
      "A Django settings module sets `SECURE_HSTS_SECONDS = 0` or `SECURE_SSL_REDIRECT = False`: the site does " +
      "not tell browsers to use HTTPS only and does not redirect plain HTTP requests, so a first visit or a " +
      "downgraded link can travel in clear text where it can be read or altered. Confidence is MEDIUM because " +
      "a proxy or load balancer in front of Django may enforce HTTPS instead; only explicit values are reported.",
    remediation:
      "Set `SECURE_SSL_REDIRECT = True` and `SECURE_HSTS_SECONDS` to at least a few months (e.g. 31536000) once " +
      "the whole site is served over HTTPS, or document that the proxy enforces both.",
    example: {
      before: "SECURE_HSTS_SECONDS = 0\nSECURE_SSL_REDIRECT = False",
      after: "SECURE_HSTS_SECONDS = 31536000\nSECURE_SSL_REDIRECT = True",
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/middleware/#http-strict-transport-security",
      "https://docs.djangoproject.com/en/stable/ref/settings/#secure-ssl-redirect",
      "https://cwe.mitre.org/data/definitions/319.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const e of settingsEntries(ctx.model)) {
      if (e.source === "flask" || !isKnown(e.value)) continue;
      if (e.key === "SECURE_HSTS_SECONDS" && (e.value === 0 || e.value === false || e.value === null)) {
        ctx.report(e.node, {
          confidence: e.sure ? "MEDIUM" : "LOW",
          message:
            "SECURE_HSTS_SECONDS = 0 sends no Strict-Transport-Security header, so browsers may fall back to HTTP",
        });
      } else if (e.key === "SECURE_SSL_REDIRECT" && !truthy(e.value)) {
        ctx.report(e.node, {
          confidence: e.sure ? "MEDIUM" : "LOW",
          message: "SECURE_SSL_REDIRECT = False leaves plain-HTTP requests unredirected",
        });
      }
    }
  },
);
