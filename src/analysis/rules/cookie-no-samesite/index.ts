import { isKnown } from "../../../python/model.js";
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
    id: "PW-COOKIE-NO-SAMESITE",
    title: "Cookie sent on cross-site requests (no SameSite)",
    category: "configuration",
    severity: "LOW",
    confidence: "MEDIUM",
    cwe: "CWE-1275",
    owasp: "A01:2021-Broken Access Control",
    bandit: [],
    description:
      'A response cookie is set without `samesite`, with `samesite=None`, or with `samesite="None"`, so ' +
      "browsers that do not default to Lax attach it to requests other sites trigger, which is what cross-site " +
      'request forgery relies on. Starlette/FastAPI default to `samesite="lax"`, so only an explicit `None` is ' +
      "reported there. Cookies named like a session or credential are reported at MEDIUM. A `Set-Cookie` header written by hand whose attributes are all in the file and include no `SameSite` (or `SameSite=None`) is reported at MEDIUM confidence.",
    remediation:
      'Pass `samesite="Lax"` (or `"Strict"`) unless the cookie must travel on cross-site requests; then keep ' +
      "`secure=True` and protect state-changing endpoints with CSRF tokens.",
    example: {
      before: 'resp.set_cookie("session", token, secure=True, httponly=True)',
      after: 'resp.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")',
    },
    references: [
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#samesitesamesite-value",
      "https://owasp.org/www-community/SameSite",
      "https://cwe.mitre.org/data/definitions/1275.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const c of cookieCalls(ctx.model)) {
      const s = c.samesite;
      const kw = c.layout.samesiteKw;
      let why: string;
      if (s.present) {
        const v = s.value;
        if (!isKnown(v)) continue; // not constant: not reported
        if (typeof v === "string" && v.toLowerCase() === "none") why = `with ${kw}="None"`;
        else if (v === null || v === false || v === "") why = `with ${kw}=None (no SameSite attribute)`;
        else continue;
        if (s.fromDefault)
          why = `with ${kw}=${s.fromDefault}, ${parameterOrigin(s, typeof v === "string" ? `"${v}"` : "None (no SameSite attribute)")}`;
      } else if (s.missing) {
        if (c.layout.samesiteDefault !== null) continue;
        why = `without ${kw}`;
      } else continue;
      const session = isSessionCookie(c.cookieName);
      ctx.report(c.call.node, {
        severity: session ? raiseSeverity(ctx.rule.severity) : ctx.rule.severity,
        ...flagReport(s, c.confidence === "HIGH" ? ctx.rule.confidence : "LOW"),
        message: `${cookieLabel(c)} ${why}, so browsers may attach it to requests made by other sites`,
      });
    }
    for (const h of cookieHeaders(ctx.model)) {
      if (h.sameSite !== undefined && h.sameSite !== "none") continue;
      const label = `cookie '${h.cookieName}'`;
      ctx.report(h.node, {
        severity: isSessionCookie(h.cookieName) ? raiseSeverity(ctx.rule.severity) : ctx.rule.severity,
        confidence: "MEDIUM",
        message: `a Set-Cookie header for ${label} is written ${h.sameSite === undefined ? "without the SameSite attribute" : "with SameSite=None"}, so browsers may attach it to requests made by other sites`,
      });
    }
  },
  { liveCodeOnly: true },
);
