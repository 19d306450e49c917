import type { Rule } from "../rule.js";
import assertRule from "./assert/index.js";
import bindAll from "./bind-all/index.js";
import chmod from "./chmod/index.js";
import flaskDebug from "./flask-debug/index.js";
import ftp from "./ftp/index.js";
import hardcodedPassword from "./hardcoded-password/index.js";
import insecureImport from "./insecure-import/index.js";
import mktemp from "./mktemp/index.js";
import requestNoTimeout from "./request-no-timeout/index.js";
import riskyImport from "./risky-import/index.js";
import tarExtract from "./tar-extract/index.js";
import telnet from "./telnet/index.js";
import tmpPath from "./tmp-path/index.js";
import trojanSource from "./trojan-source/index.js";
import tryExceptContinue from "./try-except-continue/index.js";
import tryExceptPass from "./try-except-pass/index.js";
import urlopenScheme from "./urlopen-scheme/index.js";

/** Rules of pack c; see index.ts for the full catalogue. */
export const PACK_C: Rule[] = [
  assertRule,
  bindAll,
  chmod,
  flaskDebug,
  ftp,
  hardcodedPassword,
  mktemp,
  requestNoTimeout,
  riskyImport,
  insecureImport,
  tarExtract,
  telnet,
  tmpPath,
  trojanSource,
  tryExceptContinue,
  tryExceptPass,
  urlopenScheme,
];
