import type { Notice } from "../core/types.js";

export type DecodedSource = { ok: true; text: string; notice?: Notice } | { ok: false; notice: Notice };

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * Turn file bytes into source text the way Python reads it: UTF-8 (a BOM is dropped) unless a
 * PEP 263 coding line says otherwise. Binary files and files above the size limit are refused.
 */
export function decodePythonSource(path: string, bytes: Uint8Array, maxSize: number): DecodedSource {
  if (bytes.length > maxSize) {
    return {
      ok: false,
      notice: {
        kind: "too-large",
        file: path,
        message: `file is ${bytes.length} bytes, above the ${maxSize}-byte limit (max_file_size); skipped`,
      },
    };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, notice: { kind: "binary", file: path, message: "binary content (NUL bytes); skipped" } };
  }
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  const declared = declaredEncoding(body);
  if (declared && !/^utf-?8(?:[-_].*)?$/i.test(declared)) {
    try {
      return { ok: true, text: new TextDecoder(declared, { fatal: true }).decode(body) };
    } catch {
      // unknown label or invalid bytes for it: fall through to UTF-8, then to a lossy read
    }
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder("utf-8").decode(body),
      notice: {
        kind: "decode-error",
        file: path,
        message: "not valid UTF-8 and no usable coding declaration; invalid bytes were replaced and the rest analysed",
      },
    };
  }
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // PEP 263: the declaration must be on the first or second line
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 400)).split(/\r?\n/).slice(0, 2);
  for (const line of head) {
    const m = CODING.exec(line);
    if (m?.[1]) return m[1];
  }
  return undefined;
}
