/**
 * Credentials in URLs: `scheme://user:password@host`. Any scheme counts (database, cache, broker,
 * HTTP, FTP…); the password must be a literal, not a placeholder.
 */
import { isHighEntropy } from "./entropy.js";
import { isPlaceholderValue } from "./placeholder.js";
import { containsTokenShape } from "./providers.js";

export interface UrlCredential {
  scheme: string;
  /** The user name, or `…` when it looks like a credential itself (it is shown in reports). */
  user: string;
  password: string;
  host: string;
  /** 0-based UTF-16 offsets of the password in the line. */
  start: number;
  end: number;
  /** The host is this machine: usually a developer default. */
  local: boolean;
}

const URL_WITH_PASSWORD =
  /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/([^\s:/?#@'"`<>]*):([^\s/?#@'"`<>]+)@([^\s/?#'"`<>@:]+)/g;

/** Passwords that are placeholders in URLs even though they would pass as short literals. */
const PLACEHOLDER_PASSWORDS = new Set([
  "pass",
  "pw",
  "pwd",
  "password",
  "passwd",
  "secret",
  "changeme",
  "x",
  // GitHub's convention for "the token is the user name": the token itself is reported by its rule.
  "x-oauth-basic",
]);

/** Documentation-only hosts (RFC 2606 / RFC 6761) and obvious stand-ins. */
function isDocumentationHost(host: string): boolean {
  const h = host.toLowerCase();
  return (
    /(?:^|\.)example(?:\.(?:com|org|net))?$/.test(h) ||
    /\.(?:invalid|test)$/.test(h) ||
    ["host", "hostname", "server", "your-host", "yourhost", "dbhost", "db-host"].includes(h)
  );
}

function isLocalHost(host: string): boolean {
  const h = host.toLowerCase();
  return (
    h === "localhost" ||
    h.endsWith(".localhost") ||
    h.endsWith(".local") ||
    h === "0.0.0.0" ||
    /^127\.\d+\.\d+\.\d+$/.test(h) ||
    h === "[::1]"
  );
}

/** Password-bearing URLs on a line, placeholders and documentation hosts excluded. */
export function findUrlCredentials(line: string): UrlCredential[] {
  const out: UrlCredential[] = [];
  for (const m of line.matchAll(URL_WITH_PASSWORD)) {
    const [, scheme = "", user = "", password = "", host = ""] = m;
    if (PLACEHOLDER_PASSWORDS.has(password.toLowerCase()) || isPlaceholderValue(password)) continue;
    if (/^[*x•.]+$/i.test(password) || /[%{}$]/.test(password.replace(/%[0-9A-Fa-f]{2}/g, ""))) continue;
    if (isDocumentationHost(host)) continue;
    const start = m.index + scheme.length + 3 + user.length + 1;
    out.push({
      scheme,
      user: containsTokenShape(user) || (user.length >= 16 && isHighEntropy(user)) ? "…" : user,
      password,
      host,
      start,
      end: start + password.length,
      local: isLocalHost(host),
    });
  }
  return out;
}
