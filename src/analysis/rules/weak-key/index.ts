import type { PyNode } from "../../../python/ast.js";
import type { CallSite } from "../../../python/model.js";
import { argMissing, argument, defineRule, type RuleContext } from "../../rule.js";
import { lastSegment, resolveDeep, withoutCall } from "../pack-b-shared.js";

const ASYM = "cryptography.hazmat.primitives.asymmetric";

interface SizedApi {
  kind: "RSA" | "DSA" | "ElGamal";
  index: number;
  keyword: string;
  /** Size used when the argument is absent. */
  defaultBits?: number;
}

/** Factories taking an RSA/DSA key size. */
const SIZED: Record<string, SizedApi> = {
  [`${ASYM}.rsa.generate_private_key`]: { kind: "RSA", index: 1, keyword: "key_size" },
  [`${ASYM}.dsa.generate_private_key`]: { kind: "DSA", index: 0, keyword: "key_size" },
  [`${ASYM}.dsa.generate_parameters`]: { kind: "DSA", index: 0, keyword: "key_size" },
  "Crypto.PublicKey.RSA.generate": { kind: "RSA", index: 0, keyword: "bits" },
  "Crypto.PublicKey.DSA.generate": { kind: "DSA", index: 0, keyword: "bits" },
  "Crypto.PublicKey.ElGamal.generate": { kind: "ElGamal", index: 0, keyword: "bits" },
  "Cryptodome.PublicKey.RSA.generate": { kind: "RSA", index: 0, keyword: "bits" },
  "Cryptodome.PublicKey.DSA.generate": { kind: "DSA", index: 0, keyword: "bits" },
  "Cryptodome.PublicKey.ElGamal.generate": { kind: "ElGamal", index: 0, keyword: "bits" },
  "paramiko.RSAKey.generate": { kind: "RSA", index: 0, keyword: "bits" },
  "paramiko.rsakey.RSAKey.generate": { kind: "RSA", index: 0, keyword: "bits" },
  "paramiko.DSSKey.generate": { kind: "DSA", index: 0, keyword: "bits", defaultBits: 1024 },
  "paramiko.dsskey.DSSKey.generate": { kind: "DSA", index: 0, keyword: "bits", defaultBits: 1024 },
  "rsa.newkeys": { kind: "RSA", index: 0, keyword: "nbits" },
  "OpenSSL.crypto.PKey().generate_key": { kind: "RSA", index: 1, keyword: "bits" },
};

/** Key sizes in bits of cryptography's named elliptic curves. */
const CURVE_BITS: Record<string, number> = {
  SECP192R1: 192,
  SECP224R1: 224,
  SECP256K1: 256,
  SECP256R1: 256,
  SECP384R1: 384,
  SECP521R1: 521,
  SECT163K1: 163,
  SECT163R2: 163,
  SECT233K1: 233,
  SECT233R1: 233,
  SECT283K1: 283,
  SECT283R1: 283,
  SECT409K1: 409,
  SECT409R1: 409,
  SECT571K1: 571,
  SECT571R1: 571,
  BrainpoolP256R1: 256,
  BrainpoolP384R1: 384,
  BrainpoolP512R1: 512,
};

const EC_FACTORIES: Record<string, { index: number; keyword: string }> = {
  [`${ASYM}.ec.generate_private_key`]: { index: 0, keyword: "curve" },
  [`${ASYM}.ec.derive_private_key`]: { index: 1, keyword: "curve" },
};

export default defineRule(
  {
    id: "PW-WEAK-KEY",
    title: "Asymmetric key too small (RSA/DSA < 2048 bits, EC < 224 bits)",
    category: "crypto",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-326",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B505"],
    description:
      "RSA and DSA keys shorter than 2048 bits and elliptic-curve keys on curves under 224 bits are within " +
      "reach of well-funded attackers, and keys under 1024 bits can be factored with modest resources. " +
      "Anything signed or encrypted with such a key can be forged or read. Keys below 1024 bits are reported " +
      "at HIGH severity, the rest at MEDIUM.",
    remediation:
      "Generate RSA/DSA keys of at least 2048 bits (3072 for data that must stay secret past 2030) or use an " +
      "elliptic curve of 256 bits or more (`ec.SECP256R1()`, Ed25519).",
    example: {
      before: "key = rsa.generate_private_key(public_exponent=65537, key_size=1024)",
      after: "key = rsa.generate_private_key(public_exponent=65537, key_size=3072)",
    },
    references: [
      "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/#generation",
      "https://csrc.nist.gov/pubs/sp/800/131/a/r2/final",
      "https://cwe.mitre.org/data/definitions/326.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...Object.keys(SIZED))) {
      const api = SIZED[call.name as string] as SizedApi;
      const sizeNode = argument(call, api.index, api.keyword);
      let bits: number | undefined;
      if (sizeNode) {
        const v = ctx.const(sizeNode, call.scope);
        if (typeof v === "number") bits = v;
      } else if (api.defaultBits !== undefined && argMissing(call, api.index, api.keyword)) {
        bits = api.defaultBits;
      }
      if (bits === undefined || bits >= 2048) continue;
      let kind: string = api.kind;
      if (call.name === "OpenSSL.crypto.PKey().generate_key") {
        const typeNode = argument(call, 0, "type");
        const t = typeNode ? resolveDeep(ctx.model, typeNode, call.scope) : undefined;
        kind = t?.endsWith(".TYPE_DSA") ? "DSA" : t?.endsWith(".TYPE_RSA") ? "RSA" : "RSA/DSA";
      }
      reportSize(ctx, call, `${call.name} generates a ${bits}-bit ${kind} key`, bits < 1024);
    }
    for (const call of ctx.calls(...Object.keys(EC_FACTORIES))) {
      const api = EC_FACTORIES[call.name as string] as { index: number; keyword: string };
      const curveNode = argument(call, api.index, api.keyword);
      if (!curveNode) continue;
      const curve = curveName(ctx, curveNode, call);
      if (!curve) continue;
      const bits = CURVE_BITS[curve];
      if (bits === undefined || bits >= 224) continue;
      reportSize(ctx, call, `${call.name} uses ${curve}, a ${bits}-bit curve`, bits < 160);
    }
  },
);

function reportSize(ctx: RuleContext, call: CallSite, message: string, high: boolean): void {
  ctx.report(call.node, { severity: high ? "HIGH" : "MEDIUM", message });
}

/** Name of a cryptography curve class or instance (`ec.SECP192R1` or `ec.SECP192R1()`). */
function curveName(ctx: RuleContext, node: PyNode, call: CallSite): string | undefined {
  const q = resolveDeep(ctx.model, node, call.scope);
  if (!q?.startsWith(`${ASYM}.ec.`)) return undefined;
  return lastSegment(withoutCall(q));
}
