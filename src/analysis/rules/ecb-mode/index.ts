import { argument, defineRule, hasDynamicArgs } from "../../rule.js";
import { resolveDeep } from "../pack-b-shared.js";

const BLOCK_CIPHERS = ["AES", "DES", "DES3", "Blowfish", "ARC2", "CAST"];

const NEW_FUNCTIONS = ["Crypto.Cipher", "Cryptodome.Cipher"].flatMap((root) =>
  BLOCK_CIPHERS.map((c) => `${root}.${c}.new`),
);

export default defineRule(
  {
    id: "PW-ECB-MODE",
    title: "Block cipher used in ECB mode",
    category: "crypto",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-327",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B305"],
    description:
      "Electronic codebook (ECB) mode encrypts each block on its own, so equal plaintext blocks give equal " +
      "ciphertext blocks: the structure of the data shows through, and blocks can be cut, reordered and " +
      "replayed without the key. It also provides no integrity. PyCrypto's `AES.new(key)` without a mode " +
      "falls back to ECB and is reported too.",
    remediation:
      "Use an authenticated mode such as GCM (`AESGCM` in `cryptography`, `AES.MODE_GCM` in PyCryptodome) " +
      "with a fresh nonce per message.",
    example: {
      before: "cipher = AES.new(key, AES.MODE_ECB)",
      after: "cipher = AES.new(key, AES.MODE_GCM)",
    },
    references: [
      "https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#cryptography.hazmat.primitives.ciphers.modes.ECB",
      "https://pycryptodome.readthedocs.io/en/latest/src/cipher/classic.html#ecb-mode",
      "https://cwe.mitre.org/data/definitions/327.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("cryptography.hazmat.primitives.ciphers.modes.ECB")) {
      ctx.report(call.node, { message: "cryptography's modes.ECB encrypts every block independently" });
    }
    for (const call of ctx.calls(...NEW_FUNCTIONS)) {
      const name = call.name as string;
      const mode = argument(call, 1, "mode");
      if (!mode) {
        // PyCrypto 2.x falls back to ECB; PyCryptodome rejects the call
        if (name === "Crypto.Cipher.AES.new" && !hasDynamicArgs(call) && call.args.length === 1) {
          ctx.report(call.node, { message: `${name} without a mode uses ECB in PyCrypto` });
        }
        continue;
      }
      const q = resolveDeep(ctx.model, mode, call.scope);
      const ecb = q ? q.endsWith(".MODE_ECB") : ctx.const(mode, call.scope) === 1;
      if (ecb)
        ctx.report(call.node, {
          message: `${name} is called with MODE_ECB, which encrypts every block independently`,
        });
    }
  },
);
