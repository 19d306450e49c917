import type { Notice } from "../core/types.js";

export type DecodedSource = { ok: true; text: string; notice?: Notice } | { ok: false; notice: Notice };

/** The notice for a file above `max_file_size`. */
export function tooLarge(path: string, size: number, maxSize: number): Notice {
  return {
    kind: "too-large",
    file: path,
    message: `file is ${size} bytes, above the ${maxSize}-byte limit (max_file_size); skipped`,
  };
}

/** Decoders keep no state between `decode` calls without `stream`: one serves every file. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * Turn file bytes into source text the way Python reads it: UTF-8 (a BOM is dropped) unless a
 * PEP 263 coding line says otherwise. Binary files and files above the size limit are refused.
 */
export function decodePythonSource(path: string, bytes: Uint8Array, maxSize: number): DecodedSource {
  if (bytes.length > maxSize) return { ok: false, notice: tooLarge(path, bytes.length, maxSize) };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return {
      ok: false,
      notice: { kind: "binary", file: path, message: "binary content (NUL bytes); skipped" },
    };
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
    return { ok: true, text: strictUtf8.decode(body) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder("utf-8").decode(body),
      notice: {
        kind: "decode-error",
        file: path,
        message:
          "not valid UTF-8 and no usable coding declaration; invalid bytes were replaced and the rest analysed",
      },
    };
  }
}

/** Python codec names that WHATWG encoding labels spell differently. */
const PYTHON_CODECS: Record<string, string> = {
  "latin-1": "latin1",
  "iso-latin-1": "latin1",
  l1: "latin1",
  "8859": "latin1",
  cp819: "latin1",
  "iso8859-1": "latin1",
  "iso-8859-1": "latin1",
  cp1252: "windows-1252",
  "windows-1252": "windows-1252",
  ascii: "windows-1252",
  "us-ascii": "windows-1252",
  cp1251: "windows-1251",
  cp1250: "windows-1250",
  cp932: "shift_jis",
  "shift-jis": "shift_jis",
  sjis: "shift_jis",
  "euc-jp": "euc-jp",
  "euc-kr": "euc-kr",
  gbk: "gbk",
  gb2312: "gbk",
  gb18030: "gb18030",
  big5: "big5",
  "koi8-r": "koi8-r",
};

function codecLabel(name: string): string {
  const n = name.toLowerCase().replace(/_/g, "-");
  return PYTHON_CODECS[n] ?? n;
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // PEP 263: the declaration must be on the first or second line
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 400)).split(/\r?\n/).slice(0, 2);
  for (const line of head) {
    const m = CODING.exec(line);
    if (m?.[1]) return codecLabel(m[1]);
  }
  return undefined;
}
