import { type CallSite, type ConstValue, isKnown, type ModuleModel, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { type ArgState, callArg, dictGet, foldMapping, isDict } from "../pack-d-shared.js";

/** PyJWT's decoders (module functions and `PyJWT()`/`PyJWS()` instances). */
const PYJWT_DECODE = [
  "jwt.decode",
  "jwt.decode_complete",
  "jwt.api_jwt.decode",
  "jwt.api_jwt.decode_complete",
  "jwt.api_jws.decode",
  "jwt.api_jws.decode_complete",
  "jwt.PyJWT().decode",
  "jwt.PyJWT().decode_complete",
  "jwt.api_jwt.PyJWT().decode",
  "jwt.api_jwt.PyJWT().decode_complete",
  "jwt.PyJWS().decode",
  "jwt.PyJWS().decode_complete",
  "jwt.api_jws.PyJWS().decode",
  "jwt.api_jws.PyJWS().decode_complete",
];
const JOSE_DECODE = ["jose.jwt.decode"];
const JOSE_VERIFY = ["jose.jws.verify"];

const off = (a: ArgState) => a.present && isKnown(a.value) && !truthy(a.value);

/** The `verify_signature` option of an `options=` argument: false, true/absent, or unknown. */
function signatureOption(
  ctx: { model: ModuleModel },
  call: CallSite,
  index: number,
): "off" | "on" | "unknown" {
  const a = callArg(ctx.model, call, index, "options");
  if (a.missing) return "on";
  if (!a.present) return "unknown";
  const written = call.keywords.get("options") ?? (index >= 0 ? call.args[index] : undefined);
  const folded = isKnown(a.value) ? a.value : written ? foldMapping(ctx.model, written, call.scope) : a.value;
  if (!isKnown(folded)) return "unknown";
  if (folded === null) return "on";
  const v = dictGet(folded, "verify_signature");
  if (!isKnown(v)) return isDict(folded) && !folded.dict.has("verify_signature") ? "on" : "unknown";
  return truthy(v) ? "on" : "off";
}

/** True when an algorithms value names the unsigned `none` algorithm. */
function allowsNone(v: ConstValue): boolean {
  if (typeof v === "string") return v.trim().toLowerCase() === "none";
  if (Array.isArray(v)) return v.some((x) => allowsNone(x));
  return false;
}

export default defineRule(
  {
    id: "PW-JWT-NO-VERIFY",
    title: "JWT decoded without verifying its signature",
    category: "crypto",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-347",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: [],
    description:
      "A JSON Web Token is decoded without checking its signature — PyJWT or python-jose with " +
      '`options={"verify_signature": False}`, PyJWT 1\'s `verify=False`, `jose.jws.verify(..., verify=False)` — ' +
      "or with the unsigned `none` algorithm allowed, so anyone can write the claims (user id, roles, expiry) " +
      "the code then trusts. `jwt.decode` with a key but no `algorithms=` is reported at MEDIUM: PyJWT before " +
      "2.0 and python-jose then accept whatever algorithm the token names, which enables algorithm-confusion " +
      "forgeries. `get_unverified_header`/`get_unverified_claims` are not reported.",
    remediation:
      "Decode with the verification key and an explicit list of the algorithms you issue " +
      '(`jwt.decode(token, key, algorithms=["RS256"])`); read unverified headers only to pick the key.',
    example: {
      before: 'claims = jwt.decode(token, options={"verify_signature": False})',
      after: 'claims = jwt.decode(token, public_key, algorithms=["RS256"], audience="api")',
    },
    references: [
      "https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode",
      "https://python-jose.readthedocs.io/en/latest/jwt/api.html",
      "https://cwe.mitre.org/data/definitions/347.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const m = ctx.model;
    const decoders = [...ctx.calls(...PYJWT_DECODE), ...ctx.calls(...JOSE_DECODE)];
    const verifying = new Set<CallSite>();
    const findings: { call: CallSite; severity: "HIGH" | "MEDIUM"; message: string }[] = [];

    for (const call of decoders) {
      const jose = call.name === "jose.jwt.decode";
      const lib = jose
        ? "jwt.decode (python-jose)"
        : `jwt.${call.name?.split(".").pop() ?? "decode"} (PyJWT)`;
      // PyJWT 1: decode(jwt, key, verify, algorithms, options); PyJWT 2: decode(jwt, key, algorithms, options)
      const third = call.args[2] ? ctx.const(call.args[2], call.scope) : undefined;
      const legacy = !jose && typeof third === "boolean";
      const verify = jose ? undefined : callArg(m, call, legacy ? 2 : -1, "verify");
      const optIndex = jose ? 3 : legacy ? 4 : 3;
      const sig = signatureOption(ctx, call, optIndex);
      const algorithms = callArg(m, call, jose ? 2 : legacy ? 3 : 2, "algorithms");
      if (verify && off(verify)) {
        findings.push({
          call,
          severity: "HIGH",
          message: `${lib} with verify=False accepts tokens with any signature`,
        });
      } else if (sig === "off") {
        findings.push({
          call,
          severity: "HIGH",
          message: `${lib} with verify_signature=False accepts tokens with any signature, so their claims can be forged`,
        });
      } else if (algorithms.present && allowsNone(algorithms.value)) {
        findings.push({
          call,
          severity: "HIGH",
          message: `${lib} allows the "none" algorithm, so unsigned tokens are accepted`,
        });
      } else if (algorithms.missing && sig === "on" && (!verify || verify.missing)) {
        const key = callArg(m, call, 1, "key");
        if (key.present && key.value !== null && key.value !== "") {
          findings.push({
            call,
            severity: "MEDIUM",
            message: `${lib} without algorithms= lets the token choose its algorithm (algorithm confusion on older versions)`,
          });
        } else verifying.add(call);
      } else if (sig === "on") verifying.add(call);
    }
    for (const call of ctx.calls(...JOSE_VERIFY)) {
      const verify = callArg(m, call, 3, "verify");
      const algorithms = callArg(m, call, 2, "algorithms");
      if (off(verify)) {
        findings.push({
          call,
          severity: "HIGH",
          message: "jose.jws.verify with verify=False does not check the signature",
        });
      } else if (algorithms.present && allowsNone(algorithms.value)) {
        findings.push({ call, severity: "HIGH", message: 'jose.jws.verify allows the "none" algorithm' });
      } else verifying.add(call);
    }

    for (const f of findings) {
      // decoding without verification to read the key id, then verifying in the same function, is a common idiom
      const peek =
        f.severity === "HIGH" &&
        [...verifying].some((v) => v.scope === f.call.scope && v.node.start > f.call.node.start);
      ctx.report(f.call.node, {
        severity: f.severity,
        confidence: peek ? "MEDIUM" : f.severity === "HIGH" ? "HIGH" : "MEDIUM",
        message: peek ? `${f.message} (a verified decode follows in the same function)` : f.message,
      });
    }
  },
);
