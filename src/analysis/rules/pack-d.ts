import type { Rule } from "../rule.js";
import cookieInsecure from "./cookie-insecure/index.js";
import cookieNoHttponly from "./cookie-no-httponly/index.js";
import cookieNoSamesite from "./cookie-no-samesite/index.js";
import cookieSettings from "./cookie-settings/index.js";
import corsWildcardCredentials from "./cors-wildcard-credentials/index.js";
import csrfDisabled from "./csrf-disabled/index.js";
import debugEnabled from "./debug-enabled/index.js";
import djangoAllowedHosts from "./django-allowed-hosts/index.js";
import djangoHsts from "./django-hsts/index.js";
import hardcodedSecretKey from "./hardcoded-secret-key/index.js";
import jwtNoVerify from "./jwt-no-verify/index.js";

/** Rules of pack d; see index.ts for the full catalogue. */
export const PACK_D: Rule[] = [
  cookieInsecure,
  cookieNoHttponly,
  cookieNoSamesite,
  cookieSettings,
  corsWildcardCredentials,
  csrfDisabled,
  debugEnabled,
  djangoAllowedHosts,
  djangoHsts,
  hardcodedSecretKey,
  jwtNoVerify,
];
