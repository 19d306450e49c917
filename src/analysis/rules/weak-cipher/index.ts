import { defineRule } from "../../rule.js";

/** Qualified constructor → what is wrong with the cipher. */
const WEAK_CIPHERS = new Map<string, string>();

const PYCRYPTO: Record<string, string> = {
  ARC2: "RC2, a 64-bit block cipher with a weak key schedule",
  ARC4: "RC4, a stream cipher with biased output",
  Blowfish: "Blowfish, a 64-bit block cipher open to birthday attacks (Sweet32)",
  CAST: "CAST-128, a 64-bit block cipher open to birthday attacks (Sweet32)",
  DES: "DES, whose 56-bit key can be brute-forced",
  DES3: "Triple DES, a deprecated 64-bit block cipher open to birthday attacks (Sweet32)",
  XOR: "a repeating-key XOR, which is not encryption",
};
for (const root of ["Crypto.Cipher", "Cryptodome.Cipher"]) {
  for (const [mod, why] of Object.entries(PYCRYPTO)) WEAK_CIPHERS.set(`${root}.${mod}.new`, why);
}

const CRYPTOGRAPHY: Record<string, string> = {
  ARC4: "RC4, a stream cipher with biased output",
  Blowfish: "Blowfish, a 64-bit block cipher open to birthday attacks (Sweet32)",
  CAST5: "CAST5, a 64-bit block cipher open to birthday attacks (Sweet32)",
  IDEA: "IDEA, a 64-bit block cipher open to birthday attacks (Sweet32)",
  RC2: "RC2, a 64-bit block cipher with a weak key schedule",
  SEED: "SEED, a 128-bit cipher deprecated by cryptography for lack of review and use",
  TripleDES: "Triple DES, a deprecated 64-bit block cipher open to birthday attacks (Sweet32)",
};
for (const root of [
  "cryptography.hazmat.primitives.ciphers.algorithms",
  "cryptography.hazmat.decrepit.ciphers.algorithms",
]) {
  for (const [cls, why] of Object.entries(CRYPTOGRAPHY)) WEAK_CIPHERS.set(`${root}.${cls}`, why);
}

WEAK_CIPHERS.set("pyDes.des", "DES, whose 56-bit key can be brute-forced");
WEAK_CIPHERS.set("pyDes.triple_des", "Triple DES, a deprecated 64-bit block cipher open to birthday attacks");

export default defineRule(
  {
    id: "PW-WEAK-CIPHER",
    title: "Broken or deprecated cipher (DES, 3DES, RC2, RC4, Blowfish, IDEA)",
    category: "crypto",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-327",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B304"],
    description:
      "DES has a key small enough to brute-force; RC4 leaks plaintext through biased keystream bytes; the " +
      "64-bit block ciphers (3DES, Blowfish, RC2, CAST, IDEA) repeat blocks after a few gigabytes of traffic " +
      "under one key, which lets an observer recover data (Sweet32). Data encrypted with them should be " +
      "treated as readable by a determined attacker.",
    remediation:
      "Use an authenticated modern cipher: AES-GCM or ChaCha20-Poly1305 (`cryptography`'s `AESGCM`, " +
      "`ChaCha20Poly1305`, or `Fernet`).",
    example: {
      before: "cipher = DES.new(key, DES.MODE_CBC, iv)",
      after: "cipher = AES.new(key, AES.MODE_GCM)",
    },
    references: [
      "https://cryptography.io/en/latest/hazmat/decrepit/ciphers/",
      "https://sweet32.info/",
      "https://cwe.mitre.org/data/definitions/327.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...WEAK_CIPHERS.keys())) {
      ctx.report(call.node, {
        message: `${call.name} encrypts with ${WEAK_CIPHERS.get(call.name as string)}`,
      });
    }
  },
);
