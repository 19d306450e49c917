import { isKnown, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import {
  cookieCalls,
  cookieHeaders,
  cookieLabel,
  flagReport,
  isSessionCookie,
  parameterOrigin,
  raiseSeverity,
} from "../pack-d-shared.js";

export default defineRule(
  {
    id: "PW-COOKIE-INSECURE",
    title: "Cookie set without the Secure flag",
    category: "configuration",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-614",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: [],
    description:
      "A response cookie is set with `secure=False` or without `secure` at all (the default of Flask/Werkzeug, " +
      "Django, Starlette/FastAPI, aiohttp, Pyramid and Tornado), so the browser also sends it over plain HTTP " +
      "where anyone on the network path can read it. Covered: `set_cookie` on responses built by those " +
      "frameworks (through variables and annotated parameters), Django's `set_signed_cookie`, Tornado " +
      "handlers, and receivers named like a response (MEDIUM confidence). A `secure` value the file does not " +
      'determine is not reported, except a parameter of a helper (`secure=secure`) whose constant default a call of the module relies on (one confidence level lower); cookies named like a session or credential are one severity level higher. A `Set-Cookie` header written by hand (`resp.headers.add("Set-Cookie", ...)`, `response["Set-Cookie"] = ...`) whose attributes are all in the file and include no `Secure` is reported at MEDIUM confidence.',
    remediation:
      "Pass `secure=True` (and serve the site over HTTPS only), or set it for all cookies through the " +
      "framework's configuration.",
    example: {
      before: 'resp.set_cookie("session", token, httponly=True, samesite="Lax")',
      after: 'resp.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")',
    },
    references: [
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#restrict_access_to_cookies",
      "https://flask.palletsprojects.com/en/stable/security/#set-cookie-options",
      "https://docs.djangoproject.com/en/stable/ref/request-response/#django.http.HttpResponse.set_cookie",
      "https://cwe.mitre.org/data/definitions/614.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const c of cookieCalls(ctx.model)) {
      const s = c.secure;
      let why: string;
      if (s.present) {
        if (!isKnown(s.value)) continue; // not constant: not reported
        if (truthy(s.value)) continue;
        why = s.fromDefault
          ? `with secure=${s.fromDefault}, ${parameterOrigin(s, "False")}`
          : "with secure=False";
      } else if (s.missing) {
        if (c.layout.secureDefault) continue;
        why = "without secure=True";
      } else continue; // may come from *args/**kwargs
      const session = isSessionCookie(c.cookieName);
      ctx.report(c.call.node, {
        severity: session ? raiseSeverity(ctx.rule.severity) : ctx.rule.severity,
        ...flagReport(s, c.confidence),
        message: `${cookieLabel(c)} ${why}, so browsers also send it over unencrypted HTTP`,
      });
    }
    for (const h of cookieHeaders(ctx.model)) {
      if (h.attributes.has("secure")) continue;
      const label = `cookie '${h.cookieName}'`;
      ctx.report(h.node, {
        severity: isSessionCookie(h.cookieName) ? raiseSeverity(ctx.rule.severity) : ctx.rule.severity,
        confidence: "MEDIUM",
        message: `a Set-Cookie header for ${label} is written without the Secure attribute, so browsers also send it over unencrypted HTTP`,
      });
    }
  },
  { liveCodeOnly: true },
);
