import { defineRule } from "../../rule.js";
import { settingsEntries } from "../pack-d-shared.js";

export default defineRule(
  {
    id: "PW-DJANGO-ALLOWED-HOSTS",
    title: "Django accepts any Host header (ALLOWED_HOSTS wildcard)",
    category: "configuration",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-183",
    owasp: "A04:2021-Insecure Design",
    bandit: [],
    description:
      '`ALLOWED_HOSTS` in a Django settings module contains `"*"`, which turns off Django\'s Host header ' +
      "validation. Absolute URLs the site builds from the request — password-reset and activation links in " +
      "e-mails, redirects, cache keys — can then point at a host the attacker chooses (Host header poisoning). " +
      "Only lists that fold to constants are checked; `.example.com` subdomain patterns are not reported.",
    remediation:
      'List the exact host names the site serves (`ALLOWED_HOSTS = ["shop.example.com"]`), read from the ' +
      "environment if they differ per deployment.",
    example: {
      before: 'ALLOWED_HOSTS = ["*"]',
      after: 'ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")',
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts",
      "https://docs.djangoproject.com/en/stable/topics/security/#host-header-validation",
      "https://cwe.mitre.org/data/definitions/183.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const e of settingsEntries(ctx.model)) {
      if (e.key !== "ALLOWED_HOSTS" || e.source === "flask") continue;
      const v = e.value;
      const hosts = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
      if (!hosts.some((h) => typeof h === "string" && h.trim() === "*")) continue;
      ctx.report(e.node, {
        confidence: e.sure ? "HIGH" : "MEDIUM",
        message: 'ALLOWED_HOSTS contains "*", so Django accepts any Host header and builds links to it',
      });
    }
  },
);
