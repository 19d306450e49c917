import type { Rule } from "../rule.js";
import ecbMode from "./ecb-mode/index.js";
import fastPasswordHash from "./fast-password-hash/index.js";
import hfUnpinned from "./hf-unpinned/index.js";
import insecureRandom from "./insecure-random/index.js";
import marshal from "./marshal/index.js";
import noCertValidation from "./no-cert-validation/index.js";
import pickle from "./pickle/index.js";
import snmpInsecure from "./snmp-insecure/index.js";
import sshHostKey from "./ssh-host-key/index.js";
import sslBadVersion from "./ssl-bad-version/index.js";
import sslWrapNoVersion from "./ssl-wrap-no-version/index.js";
import torchLoad from "./torch-load/index.js";
import unverifiedSslContext from "./unverified-ssl-context/index.js";
import weakCipher from "./weak-cipher/index.js";
import weakHash from "./weak-hash/index.js";
import weakKey from "./weak-key/index.js";
import xmlUnsafe from "./xml-unsafe/index.js";

/** Rules of pack b; see index.ts for the full catalogue. */
export const PACK_B: Rule[] = [
  ecbMode,
  fastPasswordHash,
  hfUnpinned,
  insecureRandom,
  marshal,
  noCertValidation,
  pickle,
  snmpInsecure,
  sshHostKey,
  sslBadVersion,
  sslWrapNoVersion,
  torchLoad,
  unverifiedSslContext,
  weakCipher,
  weakHash,
  weakKey,
  xmlUnsafe,
];
