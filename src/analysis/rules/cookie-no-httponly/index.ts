import { isKnown, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import {
  cookieCalls,
  cookieHeaders,
  cookieLabel,
  flagReport,
  isCsrfCookie,
  isSessionCookie,
  parameterOrigin,
  raiseSeverity,
} from "../pack-d-shared.js";

export default defineRule(
  {
    id: "PW-COOKIE-NO-HTTPONLY",
    title: "Cookie readable from JavaScript (no HttpOnly)",
    category: "configuration",
    severity: "LOW",
    confidence: "MEDIUM",
    cwe: "CWE-1004",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: [],
    description:
      "A response cookie is set with `httponly=False` or without `httponly` (off by default in Flask/Werkzeug, " +
      "Django, Starlette/FastAPI, aiohttp, Pyramid and Tornado; Falcon's `http_only` defaults to on), so any " +
      "script running in the page — including one injected through XSS — can read it from `document.cookie`. " +
      "Cookies named like a session or credential are reported at MEDIUM; CSRF cookies (`csrftoken`, " +
      "`XSRF-TOKEN`) are left out because double-submit schemes need script access to them. A `Set-Cookie` header written by hand whose attributes are all in the file and include no `HttpOnly` is reported at MEDIUM confidence.",
    remediation: "Pass `httponly=True` for every cookie that scripts in the page do not need to read.",
    example: {
      before: 'response.set_cookie("sessionid", sid, secure=True)',
      after: 'response.set_cookie("sessionid", sid, secure=True, httponly=True)',
    },
    references: [
      "https://owasp.org/www-community/HttpOnly",
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#httponly",
      "https://cwe.mitre.org/data/definitions/1004.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const c of cookieCalls(ctx.model)) {
      if (isCsrfCookie(c.cookieName)) continue;
      const h = c.httponly;
      let why: string;
      if (h.present) {
        if (!isKnown(h.value)) continue; // not constant: not reported
        if (truthy(h.value)) continue;
        why = h.fromDefault
          ? `with ${c.layout.httponlyKw}=${h.fromDefault}, ${parameterOrigin(h, "False")}`
          : `with ${c.layout.httponlyKw}=False`;
      } else if (h.missing) {
        if (c.layout.httponlyDefault) continue;
        why = `without ${c.layout.httponlyKw}=True`;
      } else continue;
      const session = isSessionCookie(c.cookieName);
      ctx.report(c.call.node, {
        severity: session ? raiseSeverity(ctx.rule.severity) : ctx.rule.severity,
        ...flagReport(h, c.confidence === "HIGH" ? ctx.rule.confidence : "LOW"),
        message: `${cookieLabel(c)} ${why}, so scripts in the page (and XSS payloads) can read it`,
      });
    }
    for (const h of cookieHeaders(ctx.model)) {
      if (h.attributes.has("httponly") || isCsrfCookie(h.cookieName)) continue;
      const label = `cookie '${h.cookieName}'`;
      ctx.report(h.node, {
        severity: isSessionCookie(h.cookieName) ? raiseSeverity(ctx.rule.severity) : ctx.rule.severity,
        confidence: "MEDIUM",
        message: `a Set-Cookie header for ${label} is written without the HttpOnly attribute, so scripts in the page (and XSS payloads) can read it`,
      });
    }
  },
  { liveCodeOnly: true },
);
