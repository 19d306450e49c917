import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isHighEntropy,
  isTestPath,
  MAX_LINE_LENGTH,
  scanText,
  scanTextForSecrets,
  shannonEntropy,
} from "../../src/secrets/index.js";
import { ALNUM, BASE64, b64json, col, fake, HEX, j, UPPER_DIGITS } from "./helpers.js";

const secret = fake("generic-value", 28);

describe("entropy", () => {
  it("computes bits per character", () => {
    expect(shannonEntropy("")).toBe(0);
    expect(shannonEntropy("aaaa")).toBe(0);
    expect(shannonEntropy("abcd")).toBe(2);
    expect(shannonEntropy("0123456789abcdef")).toBe(4);
  });

  it("applies the hex, base64 and short-value thresholds", () => {
    expect(isHighEntropy(fake("h", 32, HEX))).toBe(true);
    expect(isHighEntropy("deadbeefdeadbeef")).toBe(false);
    expect(isHighEntropy("abc123")).toBe(false); // shorter than 8
    expect(isHighEntropy("a1b2c3d4e5")).toBe(false); // hex under 16 digits
    expect(isHighEntropy(fake("b", 24, BASE64))).toBe(true);
    expect(isHighEntropy("Xk9#mP2$vL")).toBe(true);
    expect(isHighEntropy("aaaaaaaaab1")).toBe(false);
  });
});

describe("generic secrets bound to names", () => {
  const cases: { name: string; path: string; line: string }[] = [
    { name: ".env", path: ".env", line: `DB_PASSWORD=${secret}` },
    { name: ".env export", path: "deploy/prod.env", line: `export API_KEY=${secret}` },
    { name: "YAML", path: "config.yaml", line: `  api_key: ${secret}` },
    { name: "YAML quoted", path: "config.yml", line: `  client_secret: "${secret}"` },
    { name: "JSON", path: "settings.json", line: `{"user": "svc", "clientSecret": "${secret}"}` },
    { name: "Python assignment", path: "app/settings.py", line: `SECRET_KEY = '${secret}'` },
    { name: "Python annotated", path: "app/settings.py", line: `api_token: str = "${secret}"` },
    { name: "Python keyword", path: "app/db.py", line: `conn = connect(host="db", password="${secret}")` },
    { name: "Python subscript", path: "app/db.py", line: `config["auth_token"] = "${secret}"` },
    { name: "Python attribute", path: "app/db.py", line: `self.db_password = "${secret}"` },
    { name: "comparison", path: "app/auth.py", line: `if password == "${secret}":` },
    { name: "INI", path: "setup.cfg", line: `signing_key = ${secret}` },
    {
      name: "properties with dashes",
      path: "app.properties",
      line: `spring.datasource.db-password=${secret}`,
    },
    { name: "CLI flag", path: "run.sh", line: `./server --password=${secret} --port 80` },
    { name: "TOML", path: "pyproject.toml", line: `access_token = "${secret}"` },
    { name: "PHP arrow", path: "conf.php", line: `'api_key' => '${secret}',` },
    { name: "neutral suffix", path: "config/secrets.rb", line: `secret_key_base = "${secret}"` },
  ];

  it.each(cases)("$name", ({ path, line }) => {
    const hits = scanTextForSecrets(path, `\n${line}`);
    expect(hits.map((h) => h.rule)).toEqual(["PW-SECRET-GENERIC"]);
    const hit = hits[0]!;
    expect([hit.line, hit.column, hit.end_column]).toEqual([
      2,
      col(line, secret),
      col(line, secret) + secret.length,
    ]);
    expect(hit.severity).toBe("MEDIUM");
    expect(hit.confidence).toBe("MEDIUM");
    expect(hit.redacted).toBe(
      `…(28 chars, sha256:${hit.fingerprintKey.slice("PW-SECRET-GENERIC:".length, -56)})`,
    );
    expect(hit.redacted.includes(secret)).toBe(false);
    expect(hit.message.includes(secret)).toBe(false);
  });

  it("reports short passwords with LOW confidence", () => {
    const hit = scanTextForSecrets("app.py", `DB_PASSWORD = "${j("Tr0ub", "4dor&3")}"`)[0];
    expect(hit?.rule).toBe("PW-SECRET-GENERIC");
    expect(hit?.confidence).toBe("LOW");
    expect(hit?.redacted.startsWith("…(11 chars")).toBe(true);
  });

  it("treats bare values as references in source files, literals in config files", () => {
    const line = `API_TOKEN = ${secret}`;
    expect(scanTextForSecrets("app/settings.py", line)).toEqual([]);
    expect(scanTextForSecrets("settings.ini", line)).toHaveLength(1);
  });
});

describe("near misses (nothing reported)", () => {
  const uuid = [
    fake("u1", 8, HEX),
    fake("u2", 4, HEX),
    `4${fake("u3", 3, HEX)}`,
    `a${fake("u4", 3, HEX)}`,
    fake("u5", 12, HEX),
  ].join("-");
  const sha40 = fake("git-sha", 40, HEX);
  const awsExampleId = j("AKIA", "IOSFODNN7", "EXAMPLE");
  const awsExampleSecret = j("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY");
  const jwtIoSample = j(
    b64json({ alg: "HS256", typ: "JWT" }),
    ".",
    b64json({ sub: "1234567890", name: "John Doe", iat: 1516239022 }),
    ".",
    fake("jwt-io", 43),
  );
  const blob = fake("blob", 300, BASE64);
  const blobWithKeyShape = `${blob.slice(0, 150)}${j("AK", "IA", fake("in-blob", 16, UPPER_DIGITS))}${blob.slice(150)}`;

  const cases: { name: string; path: string; text: string }[] = [
    {
      name: "AWS documentation keys",
      path: "app.py",
      text: `aws_access_key_id = "${awsExampleId}"\naws_secret_access_key = "${awsExampleSecret}"`,
    },
    { name: "x-filled token", path: "app.py", text: `GITHUB_TOKEN = "${j("gh", "p_")}${"x".repeat(36)}"` },
    { name: "zero-filled token", path: "app.py", text: `GITHUB_TOKEN = "${j("gh", "p_")}${"0".repeat(36)}"` },
    {
      name: "sequence token",
      path: "app.py",
      text: `KEY = "${j("AI", "za")}${"0123456789abcdefghijklmnopqrstuvwxy"}"`,
    },
    { name: "angle placeholder", path: "app.py", text: 'token = "<token>"\napi_key = "<YOUR_API_KEY>"' },
    { name: "changeme", path: "app.py", text: 'password = "changeme"\nPASSWORD = "changeme123"' },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholders under test.
    { name: "${VAR}", path: ".env", text: "API_KEY=${API_KEY}\nDB_PASSWORD=${DB_PASSWORD:-dev}" },
    { name: "$VAR", path: "run.sh", text: 'curl -H "token: $TOKEN"\nexport PASSWORD=$DB_PASS1' },
    {
      name: "{{ var }}",
      path: "values.yaml",
      text: "secret: {{ .Values.secret }}\ntoken: '{{ vault_token }}'",
    },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholders under test.
    { name: "GitHub Actions expression", path: "ci.yml", text: "  token: ${{ secrets.GITHUB_TOKEN }}" },
    { name: "%(var)s", path: "alembic.ini", text: "password = %(db_password)s" },
    { name: "format fields", path: "app.py", text: 'password = "{password}"\ntoken = f"{prefix}{rest}"' },
    {
      name: "os.environ",
      path: "app.py",
      text: 'API_KEY = os.environ["API_KEY"]\ntoken = os.getenv("GITHUB_TOKEN")\nsecret = os.environ.get("S", "")',
    },
    {
      name: "env reference in config",
      path: "settings.ini",
      text: "api_key = os.environ[API_KEY]\ntoken = get_token(scope1)",
    },
    {
      name: "your_api_key_here",
      path: "README.md",
      text: 'client = Client(api_key="your_api_key_here")\nAPI_TOKEN=your-token-1',
    },
    { name: "EXAMPLE values", path: "docs/setup.md", text: `SECRET_KEY = "${fake("ex", 20)}EXAMPLE"` },
    {
      name: "repeated characters",
      path: "app.py",
      text: 'password = "aaaaaaaaaaaa1"\ntoken = "ab12ab12ab12ab12"',
    },
    { name: "short values", path: "app.py", text: 'password = "abc12"\ntoken = "v1"\napi_key = "k3y"' },
    {
      name: "words without digits",
      path: "app.py",
      text: 'password = "Authorization"\ntoken = "MySuperLongConfigurationValue"',
    },
    {
      name: "label values",
      path: "app.py",
      text: 'password_field = "password"\nsecret = "db-secret-2"\ntoken = "token_v2_name"',
    },
    {
      name: "non-secret names",
      path: "app.py",
      text: `token_type = "bearer"\nrequest_id = "${fake("rid", 24)}"\nSECRET_KEY_FILE = "/etc/app/${fake("p", 8)}.key"`,
    },
    {
      name: "pagination and tokenizer tokens",
      path: "app.py",
      text: `next_page_token = "${fake("npt", 30)}"\npad_token = "<pad>"`,
    },
    {
      name: "public keys",
      path: "app.py",
      text: `public_key = "${fake("pub", 40)}"\nSTRIPE_PUBLISHABLE_KEY = "${j("pk", "_live_")}${fake("pk", 24)}"`,
    },
    { name: "UUIDs", path: "app.py", text: `request_id = "${uuid}"\napi_token = "${uuid}"\nid: ${uuid}` },
    {
      name: "lockfile digests",
      path: "package-lock.json",
      text: `      "integrity": "sha512-${fake("int", 86, BASE64)}==",\n      "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz"`,
    },
    {
      name: "poetry and pip hashes",
      path: "poetry.lock",
      text: `{file = "pkg-1.0-py3-none-any.whl", hash = "sha256:${fake("ph", 64, HEX)}"},\n    --hash=sha256:${fake("pip", 64, HEX)}`,
    },
    {
      name: "git shas, even next to an AWS id",
      path: ".pre-commit-config.yaml",
      text: `  rev: ${sha40}\n# commit ${sha40}\n# aws_access_key_id=${awsExampleId}\nsha: ${fake("sha2", 40, HEX)}`,
    },
    {
      name: "data URIs and base64 blobs",
      path: "static/index.html",
      text: `<img src="data:image/png;base64,${blobWithKeyShape}">\n${blobWithKeyShape}`,
    },
    { name: "jwt.io sample", path: "docs/auth.md", text: `Authorization: Bearer ${jwtIoSample}` },
    {
      name: "unsigned JWT",
      path: "a.py",
      text: `t = "${b64json({ alg: "none" })}.${b64json({ sub: "u-1" })}.${fake("sig", 20)}"`,
    },
    {
      name: "URL placeholders",
      path: "app.py",
      text: [
        'DATABASE_URL = "postgres://user:password@localhost/db"',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholders under test.
        'URL = "postgres://app:${DB_PASSWORD}@db/app"',
        'URL = "https://user:pass@example.com/x"',
        `URL = "mysql://root:${fake("mx", 14)}@db.example.com/app"`,
        'URL = f"postgresql://{user}:{password}@{host}/db"',
        'URL = "redis://:%s@%s:6379" % (pw, host)',
        'REPO = "git+ssh://git@github.com/org/repo.git"',
        'URL = "amqp://guest:****@rabbit/"',
      ].join("\n"),
    },
    {
      name: "Stripe-like but too short",
      path: "a.py",
      text: `k = "${j("sk", "_live_")}${fake("short", 10)}"`,
    },
    { name: "token inside a longer word", path: "a.py", text: `v = "X${j("gh", "p_")}${fake("in", 36)}"` },
  ];

  it.each(cases)("$name", ({ path, text }) => {
    expect(scanTextForSecrets(path, text)).toEqual([]);
  });
});

describe("policies", () => {
  const ghp = j("gh", "p_", fake("policy", 36));

  it("lowers confidence to LOW in test and fixture paths, keeping severity", () => {
    for (const path of [
      "tests/test_api.py",
      "test/x.env",
      "pkg/fixtures/creds.json",
      "app/conftest.py",
      "src/auth_test.py",
      "web/login.spec.ts",
    ]) {
      expect(isTestPath(path)).toBe(true);
      const [hit] = scanTextForSecrets(path, `TOKEN = "${ghp}"`);
      expect(hit?.severity).toBe("HIGH");
      expect(hit?.confidence).toBe("LOW");
      expect(hit?.message).toMatch(/test or fixture path/);
    }
    for (const path of ["app/settings.py", "contest/app.py", "src/testing_utils.py"]) {
      expect(isTestPath(path)).toBe(false);
      expect(scanTextForSecrets(path, `TOKEN = "${ghp}"`)[0]?.confidence).toBe("HIGH");
    }
  });

  it("reports URL passwords for local hosts with LOW confidence", () => {
    const pw = fake("local-pw", 14);
    const [hit] = scanTextForSecrets(
      "docker-compose.yml",
      `  - DATABASE_URL=postgres://app:${pw}@localhost:5432/app`,
    );
    expect(hit?.rule).toBe("PW-SECRET-DB-URL");
    expect(hit?.confidence).toBe("LOW");
    expect(hit?.redacted).toMatch(/^postgres:\/\/app:…\(14 chars, sha256:[0-9a-f]{8}\)@localhost$/);
  });

  it("skips lines over 5,000 characters and says so", () => {
    const long = `var a="${fake("min", MAX_LINE_LENGTH, ALNUM)}";token="${ghp}"`;
    const result = scanText("dist/app.min.js", `${long}\nTOKEN = "${ghp}"\n${long}`);
    expect(result.hits.map((h) => h.line)).toEqual([2]);
    expect(result.notices).toEqual([
      {
        kind: "too-large",
        file: "dist/app.min.js",
        message:
          "2 line(s) longer than 5000 characters not scanned for secrets (minified or generated text; first: line 1)",
      },
    ]);
  });

  it("does not scan binary text", () => {
    const result = scanText("img.bin", `\u0000\u0001TOKEN = "${ghp}"`);
    expect(result.hits).toEqual([]);
    expect(result.notices[0]?.kind).toBe("binary");
  });
});

describe("output order and determinism", () => {
  it("sorts by line, column and rule, and is identical across runs", () => {
    const ghp = j("gh", "p_", fake("order-1", 36));
    const npm = j("np", "m_", fake("order-2", 36));
    const google = j("AI", "za", fake("order-3", 35));
    const pw = fake("order-4", 20);
    const text = [
      `b = "${npm}"; a = "${ghp}"`,
      `password = "${pw}"`,
      `url = "postgresql://svc:${pw}@db.internal/x"; k = "${google}"`,
      `first = "${ghp}"`,
    ].join("\n");
    const lines = text.split("\n");
    const hits = scanTextForSecrets("mixed.py", text);
    expect(hits.map((h) => [h.line, h.column, h.rule])).toEqual([
      [1, 6, "PW-SECRET-NPM-TOKEN"],
      [1, 54, "PW-SECRET-GITHUB-TOKEN"],
      [2, 13, "PW-SECRET-GENERIC"],
      [3, 25, "PW-SECRET-DB-URL"],
      [3, col(lines[2]!, google), "PW-SECRET-GOOGLE-API-KEY"],
      [4, 10, "PW-SECRET-GITHUB-TOKEN"],
    ]);
    expect(col(lines[0]!, ghp)).toBe(54);
    expect(col(lines[2]!, pw)).toBe(25);
    expect(scanTextForSecrets("mixed.py", text)).toEqual(hits);
    // Same secret on two lines: same fingerprint key.
    expect(hits[1]!.fingerprintKey).toBe(hits[5]!.fingerprintKey);
    for (const h of hits) {
      for (const s of [ghp, npm, google, pw]) {
        expect(h.redacted.includes(s)).toBe(false);
        expect(h.message.includes(s)).toBe(false);
      }
    }
  });
});

describe("redaction context", () => {
  it("never shows a token used as the user name of a URL", () => {
    const ghp = j("gh", "p_", fake("url-user", 36));
    const user = fake("url-user-2", 24);
    const pw = fake("url-pw", 16);
    const text = `git clone https://${ghp}:x-oauth-basic@github.com/org/repo.git\nURL = "https://${user}:${pw}@api.internal/"`;
    const hits = scanTextForSecrets("setup.sh", text);
    expect(hits.map((h) => h.rule)).toEqual(["PW-SECRET-GITHUB-TOKEN", "PW-SECRET-DB-URL"]);
    expect(hits[1]!.redacted).toMatch(/^https:\/\/…:…\(16 chars, sha256:[0-9a-f]{8}\)@api\.internal$/);
    for (const h of hits) {
      for (const s of [ghp, user, pw]) expect(`${h.redacted} ${h.message}`.includes(s)).toBe(false);
    }
  });
});

describe("this project's own files", () => {
  it("contain nothing the scanner reports (tokens in tests are built at run time)", () => {
    const roots = [new URL("../../src/secrets/", import.meta.url), new URL("./", import.meta.url)];
    for (const root of roots) {
      for (const name of readdirSync(root)) {
        const text = readFileSync(new URL(name, root), "utf8");
        expect(scanTextForSecrets(`${root.pathname}${name}`, text), name).toEqual([]);
      }
    }
  });
});
