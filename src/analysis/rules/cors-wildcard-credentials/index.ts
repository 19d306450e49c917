import { child, type PyNode } from "../../../python/ast.js";
import { type CallSite, type ConstValue, isKnown, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import {
  type ArgState,
  callArg,
  classAssignments,
  dictGet,
  flaskConfigWrites,
  foldMapping,
  isDict,
  moduleAssignments,
  settingsEntries,
} from "../pack-d-shared.js";

const CORS_MIDDLEWARE = new Set([
  "starlette.middleware.cors.CORSMiddleware",
  "fastapi.middleware.cors.CORSMiddleware",
]);
const MIDDLEWARE_WRAPPERS = ["starlette.middleware.Middleware", "fastapi.middleware.Middleware"];
const FLASK_CORS = [
  "flask_cors.CORS",
  "flask_cors.cross_origin",
  "flask_cors.extension.CORS",
  "flask_cors.decorator.cross_origin",
  "flask_cors.CORS().init_app",
  "sanic_cors.CORS",
  "sanic_cors.cross_origin",
];
const LITESTAR_CORS = ["litestar.config.cors.CORSConfig", "litestar.config.CORSConfig"];

/** Origins no site chooses on purpose: a regex must accept these for it to count as a wildcard. */
const PROBE_ORIGINS = ["https://attacker.example", "http://evil.invalid:8443"];

/** True when a regular expression (Python syntax, full match) accepts any origin. */
export function regexMatchesAnyOrigin(pattern: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${pattern.replace(/^\(\?i\)/, "")})$`, "i");
  } catch {
    return false;
  }
  return PROBE_ORIGINS.every((o) => re.test(o));
}

/** True when an origins setting folds to the wildcard (`"*"`, `["*"]`) or, if `regex`, a catch-all pattern. */
function isWildcard(v: ConstValue, regex: boolean): boolean {
  if (typeof v === "string") return v.trim() === "*" || (regex && regexMatchesAnyOrigin(v));
  if (Array.isArray(v)) return v.some((x) => isWildcard(x, regex));
  return false;
}

const on = (a: ArgState) => a.present && isKnown(a.value) && truthy(a.value);

export default defineRule(
  {
    id: "PW-CORS-WILDCARD-CREDENTIALS",
    title: "CORS allows any origin together with credentials",
    category: "configuration",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-942",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: [],
    description:
      'Cross-origin requests are allowed from every origin (`"*"` or a catch-all regex such as `".*"`) while ' +
      'credentials are allowed too: Starlette/FastAPI `CORSMiddleware(allow_origins=["*"], ' +
      "allow_credentials=True)`, flask-cors/sanic-cors `CORS(app, supports_credentials=True)` (whose default " +
      'origins are `"*"`), django-cors-headers `CORS_ALLOW_ALL_ORIGINS = True` with `CORS_ALLOW_CREDENTIALS = ' +
      'True`, aiohttp-cors `"*"` defaults with `allow_credentials=True`, Litestar `CORSConfig`. These libraries ' +
      "then echo the caller's origin, so any web site can read authenticated responses with the visitor's " +
      "cookies. A wildcard without credentials is not reported: browsers send no cookies to it.",
    remediation:
      'List the exact origins that may call the API with credentials (`allow_origins=["https://app.example.com"]`), ' +
      "or drop `allow_credentials` for endpoints that are truly public.",
    example: {
      before: 'app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)',
      after:
        'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)',
    },
    references: [
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#requests_with_credentials",
      "https://www.starlette.io/middleware/#corsmiddleware",
      "https://flask-cors.readthedocs.io/en/latest/api.html",
      "https://github.com/adamchainz/django-cors-headers#configuration",
      "https://cwe.mitre.org/data/definitions/942.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const m = ctx.model;
    const isCors = (n: PyNode | undefined, call: CallSite) =>
      n !== undefined && CORS_MIDDLEWARE.has(ctx.resolve(n, call.scope) ?? "");

    /** Starlette-style options: allow_origins / allow_origin_regex / allow_credentials as keywords. */
    const checkStarlette = (call: CallSite, label: string) => {
      if (!on(callArg(m, call, -1, "allow_credentials"))) return;
      const origins = callArg(m, call, -1, "allow_origins");
      const regex = callArg(m, call, -1, "allow_origin_regex");
      const wildcard =
        (origins.present && isWildcard(origins.value, false)) ||
        (regex.present && typeof regex.value === "string" && regexMatchesAnyOrigin(regex.value));
      if (!wildcard) return;
      ctx.report(call.node, {
        message: `${label} allows every origin with allow_credentials=True, so any site can read authenticated responses`,
      });
    };
    for (const call of ctx.methodCalls("add_middleware")) {
      if (isCors(call.args[0] ?? call.keywords.get("middleware_class"), call))
        checkStarlette(call, "CORSMiddleware");
    }
    for (const call of ctx.calls(...MIDDLEWARE_WRAPPERS)) {
      if (isCors(call.args[0] ?? call.keywords.get("cls"), call))
        checkStarlette(call, "Middleware(CORSMiddleware)");
    }
    for (const call of ctx.calls(...CORS_MIDDLEWARE)) checkStarlette(call, "CORSMiddleware");

    // Litestar: CORSConfig(allow_origins=["*"] by default, allow_credentials=False by default)
    for (const call of ctx.calls(...LITESTAR_CORS)) {
      if (!on(callArg(m, call, -1, "allow_credentials"))) continue;
      const origins = callArg(m, call, 0, "allow_origins");
      if (origins.present ? !isWildcard(origins.value, false) : !origins.missing) continue;
      ctx.report(call.node, {
        message:
          "CORSConfig allows every origin with allow_credentials=True, so any site can read authenticated responses",
      });
    }

    // flask-cors / sanic-cors: origins default to "*"; settings may also come from app.config CORS_*
    const config = new Map<string, ConstValue>();
    for (const w of flaskConfigWrites(m)) if (w.key.startsWith("CORS_")) config.set(w.key, w.value);
    for (const call of ctx.calls(...FLASK_CORS)) {
      const credsArg = callArg(m, call, -1, "supports_credentials");
      const originsArg = callArg(m, call, -1, "origins");
      if ((!credsArg.present && !credsArg.missing) || (!originsArg.present && !originsArg.missing)) continue;
      const creds: ConstValue = credsArg.present
        ? credsArg.value
        : (config.get("CORS_SUPPORTS_CREDENTIALS") ?? false);
      const origins: ConstValue = originsArg.present ? originsArg.value : (config.get("CORS_ORIGINS") ?? "*");
      const resourcesArg = callArg(m, call, -1, "resources");
      const wildcardWithCreds = (o: ConstValue, c: ConstValue) =>
        isKnown(c) && truthy(c) && isWildcard(o, true);
      let hit: boolean;
      if (resourcesArg.missing) hit = wildcardWithCreds(origins, creds);
      else {
        if (!resourcesArg.present) continue;
        const written = call.keywords.get("resources");
        const res = isKnown(resourcesArg.value)
          ? resourcesArg.value
          : written
            ? foldMapping(m, written, call.scope)
            : resourcesArg.value;
        if (!isKnown(res)) continue; // per-resource options the file does not show
        if (isDict(res)) {
          // {pattern: {origins, supports_credentials, ...}}: each resource may override the defaults
          hit = [...res.dict.values()].some((opts) => {
            const ro = isDict(opts) && opts.dict.has("origins") ? dictGet(opts, "origins") : origins;
            const rc =
              isDict(opts) && opts.dict.has("supports_credentials")
                ? dictGet(opts, "supports_credentials")
                : creds;
            return wildcardWithCreds(ro, rc);
          });
        } else hit = wildcardWithCreds(origins, creds); // resource patterns only
      }
      if (!hit) continue;
      const fn = call.name?.endsWith("cross_origin") ? "cross_origin" : "CORS";
      ctx.report(call.node, {
        message: `${fn}() allows every origin${originsArg.present ? "" : " (the default)"} together with supports_credentials=True, so any site can read authenticated responses`,
      });
    }

    // aiohttp-cors: defaults={"*": ResourceOptions(allow_credentials=True, ...)}
    for (const call of ctx.calls("aiohttp_cors.ResourceOptions")) {
      if (!on(callArg(m, call, 0, "allow_credentials"))) continue;
      let n: PyNode = call.node;
      while (n.parent?.type === "parenthesized_expression") n = n.parent;
      const pair = n.parent;
      if (pair?.type !== "pair" || n.field !== "value") continue;
      const key = child(pair, "key");
      if (!key || ctx.const(key, call.scope) !== "*") continue;
      ctx.report(call.node, {
        message:
          'aiohttp-cors options for origin "*" allow credentials, so any site can read authenticated responses',
      });
    }

    // django-cors-headers settings: allow-all (or a catch-all regex) and credentials in the same module or class
    const checkDjangoCors = (group: { name: string; node: PyNode; value: ConstValue }[]) => {
      const last = (name: string) => [...group].reverse().find((a) => a.name === name);
      const creds = last("CORS_ALLOW_CREDENTIALS");
      if (!creds || !isKnown(creds.value) || !truthy(creds.value)) return;
      for (const a of group) {
        const allowAll = a.name === "CORS_ALLOW_ALL_ORIGINS" || a.name === "CORS_ORIGIN_ALLOW_ALL";
        const regexes = a.name === "CORS_ALLOWED_ORIGIN_REGEXES" || a.name === "CORS_ORIGIN_REGEX_WHITELIST";
        if (allowAll && isKnown(a.value) && truthy(a.value)) {
          ctx.report(a.node, {
            message: `${a.name} = True with CORS_ALLOW_CREDENTIALS = True lets any site read authenticated responses`,
          });
        } else if (regexes && isWildcard(a.value, true)) {
          ctx.report(a.node, {
            message: `${a.name} matches every origin while CORS_ALLOW_CREDENTIALS = True, so any site can read authenticated responses`,
          });
        }
      }
    };
    const groups: { name: string; node: PyNode; value: ConstValue }[][] = [
      moduleAssignments(m).map((a) => ({
        name: a.name,
        node: a.node,
        value: ctx.const(a.value, m.moduleScope),
      })),
    ];
    const classes = new Set(
      settingsEntries(m)
        .filter((e) => e.scope.kind === "class")
        .map((e) => e.scope.node),
    );
    for (const cls of m.classes) {
      if (!classes.has(cls.node)) continue;
      groups.push(
        classAssignments(m, cls.node).map((a) => ({
          name: a.name,
          node: a.node,
          value: ctx.const(a.value, cls.scope),
        })),
      );
    }
    for (const group of groups) checkDjangoCors(group);
  },
);
