import type { RuleMeta } from "../../core/types.js";
import type { SinkKind } from "./spec.js";

export interface TaintRule {
  meta: RuleMeta;
  kind: SinkKind | "stacktrace";
  /** Single-site rules reporting the same call: a data-flow finding replaces them (it has the path). */
  supersedes: readonly string[];
}

function rule(
  kind: TaintRule["kind"],
  supersedes: readonly string[],
  meta: Omit<RuleMeta, "confidence" | "defaultEnabled" | "bandit"> & { bandit?: string[] },
): TaintRule {
  return { kind, supersedes, meta: { confidence: "HIGH", defaultEnabled: true, bandit: [], ...meta } };
}

const DATA_FLOW =
  "PatchWarden follows the value from where it enters the program (a request parameter, header, cookie, " +
  "body or route parameter; command-line input in non-CLI code) through assignments, string building, " +
  "containers and helper functions of the same module to the operation, and shows that path.";

/** Data-flow rules: untrusted input reaching a dangerous operation. */
export const TAINT_RULES: readonly TaintRule[] = [
  rule("sql", ["PW-SQL-STRING", "PW-DJANGO-RAWSQL", "PW-DJANGO-EXTRA"], {
    id: "PW-SQLI",
    title: "SQL built from request data",
    category: "injection",
    severity: "HIGH",
    cwe: "CWE-89",
    owasp: "A03:2021-Injection",
    description: `Request data reaches a SQL statement as text (DB-API \`execute\`, SQLAlchemy \`text()\`, Django \`raw()\`). Quotes in the value end the literal and the rest runs as SQL: reading or changing any table. ${DATA_FLOW} Parameter binding and numeric casts clear it; HTML escaping does not.`,
    remediation: "Pass values as query parameters and keep the SQL text constant.",
    example: {
      before: 'cur.execute("SELECT * FROM users WHERE name = \'%s\'" % request.args["name"])',
      after: 'cur.execute("SELECT * FROM users WHERE name = %s", (request.args["name"],))',
    },
    references: [
      "https://cwe.mitre.org/data/definitions/89.html",
      "https://peps.python.org/pep-0249/#paramstyle",
    ],
  }),
  rule(
    "cmd",
    ["PW-OS-SHELL", "PW-SUBPROCESS-SHELL", "PW-SUBPROCESS-NO-SHELL", "PW-OS-EXEC", "PW-SHELL-KWARG"],
    {
      id: "PW-CMDI",
      title: "OS command built from request data",
      category: "injection",
      severity: "HIGH",
      cwe: "CWE-78",
      owasp: "A03:2021-Injection",
      description: `Request data reaches a shell command (\`os.system\`, \`subprocess\` with \`shell=True\`) or chooses the program to run. Shell metacharacters in the value run further commands. ${DATA_FLOW} \`shlex.quote\` clears it for shell strings; a list argv with a fixed program is not command injection.`,
      remediation:
        "Run a fixed program with a list of arguments and no shell; quote with `shlex.quote` if a shell is unavoidable.",
      example: {
        before: 'os.system("ping -c 1 " + request.args["host"])',
        after: 'subprocess.run(["ping", "-c", "1", request.args["host"]], check=True)',
      },
      references: ["https://cwe.mitre.org/data/definitions/78.html"],
    },
  ),
  rule("code", ["PW-EVAL", "PW-EXEC"], {
    id: "PW-CODE-INJECTION",
    title: "Code evaluated from request data",
    category: "injection",
    severity: "CRITICAL",
    cwe: "CWE-94",
    owasp: "A03:2021-Injection",
    description: `Request data reaches \`eval\`, \`exec\`, \`compile\` or a dynamic import. The sender runs any Python code in the server process. ${DATA_FLOW}`,
    remediation:
      "Never evaluate request data: parse literals with `ast.literal_eval` or `json.loads`, and map names to functions with a dictionary.",
    example: {
      before: 'result = eval(request.args["expr"])',
      after: 'result = ast.literal_eval(request.args["expr"])',
    },
    references: ["https://cwe.mitre.org/data/definitions/94.html"],
  }),
  rule("path", [], {
    id: "PW-PATH-TRAVERSAL",
    title: "File path built from request data",
    category: "filesystem",
    severity: "HIGH",
    cwe: "CWE-22",
    owasp: "A01:2021-Broken Access Control",
    description: `Request data chooses a file to open, send, delete or extract. \`../\` segments or an absolute path reach files outside the intended directory. ${DATA_FLOW} \`os.path.basename\`, \`secure_filename\` and a normalize-then-prefix check clear it.`,
    remediation:
      "Reduce the name with `werkzeug.utils.secure_filename` or `os.path.basename`, or resolve the path and check it stays under the base directory.",
    example: {
      before: 'return open(os.path.join(UPLOADS, request.args["name"])).read()',
      after: 'return open(os.path.join(UPLOADS, secure_filename(request.args["name"]))).read()',
    },
    references: ["https://cwe.mitre.org/data/definitions/22.html"],
  }),
  rule("xss", ["PW-MARK-SAFE"], {
    id: "PW-XSS",
    title: "Request data written into an HTML response",
    category: "injection",
    severity: "HIGH",
    cwe: "CWE-79",
    owasp: "A03:2021-Injection",
    description: `Request data is returned as an HTML response body (a string returned from a Flask view, \`make_response\`, \`HttpResponse\`) or marked safe (\`Markup\`, \`mark_safe\`) without escaping. Script in the value runs in other users' browsers. ${DATA_FLOW} \`html.escape\` and \`markupsafe.escape\` clear it; templates rendered with autoescaping are safe.`,
    remediation:
      "Render through an autoescaping template, or escape with `markupsafe.escape` before building HTML.",
    example: {
      before: "return f\"<p>Hello {request.args['name']}</p>\"",
      after: 'return render_template("hello.html", name=request.args["name"])',
    },
    references: ["https://cwe.mitre.org/data/definitions/79.html"],
  }),
  rule("ssti", [], {
    id: "PW-SSTI",
    title: "Template built from request data",
    category: "injection",
    severity: "CRITICAL",
    cwe: "CWE-1336",
    owasp: "A03:2021-Injection",
    description: `Request data becomes template source (\`render_template_string\`, \`jinja2.Template\`, \`Environment.from_string\`). Template expressions in it run with the template engine's access to Python objects, which usually means running code. ${DATA_FLOW}`,
    remediation: "Keep templates constant and pass request data as context variables.",
    example: {
      before: 'render_template_string("Hello " + request.args["name"])',
      after: 'render_template_string("Hello {{ name }}", name=request.args["name"])',
    },
    references: ["https://cwe.mitre.org/data/definitions/1336.html"],
  }),
  rule("deserialization", ["PW-PICKLE", "PW-MARSHAL", "PW-YAML-LOAD", "PW-TORCH-LOAD"], {
    id: "PW-UNSAFE-DESERIALIZATION",
    title: "Request data deserialized with an unsafe loader",
    category: "deserialization",
    severity: "CRITICAL",
    cwe: "CWE-502",
    owasp: "A08:2021-Software and Data Integrity Failures",
    description: `Request data is loaded with pickle, marshal, dill, jsonpickle or an unsafe YAML loader. Those formats can name functions to call while loading, so the sender runs code. ${DATA_FLOW}`,
    remediation:
      "Accept JSON (`json.loads`) or `yaml.safe_load` from clients; sign and verify anything that must be pickled.",
    example: { before: "obj = pickle.loads(request.data)", after: "obj = json.loads(request.data)" },
    references: ["https://cwe.mitre.org/data/definitions/502.html"],
  }),
  rule("xxe", ["PW-XML-UNSAFE"], {
    id: "PW-XXE",
    title: "Request XML parsed with external entities enabled",
    category: "xml",
    severity: "HIGH",
    cwe: "CWE-611",
    owasp: "A05:2021-Security Misconfiguration",
    description: `Request data is parsed by lxml with entity resolution on (the default parser, or \`XMLParser(resolve_entities=True)\`). An external entity reads local files or makes the server fetch URLs. ${DATA_FLOW}`,
    remediation:
      "Parse with `defusedxml`, or with `lxml.etree.XMLParser(resolve_entities=False, no_network=True)`.",
    example: {
      before: "root = etree.fromstring(request.data)",
      after:
        "root = etree.fromstring(request.data, etree.XMLParser(resolve_entities=False, no_network=True))",
    },
    references: ["https://cwe.mitre.org/data/definitions/611.html"],
  }),
  rule("xpath", [], {
    id: "PW-XPATH-INJECTION",
    title: "XPath expression built from request data",
    category: "injection",
    severity: "HIGH",
    cwe: "CWE-643",
    owasp: "A03:2021-Injection",
    description: `Request data is spliced into an XPath expression (lxml \`xpath()\`, \`XPath\`, ElementTree \`find*\`). Quotes in the value change the query and expose other nodes. ${DATA_FLOW}`,
    remediation: 'Pass values as XPath variables: `tree.xpath("//user[@name=$name]", name=value)`.',
    example: {
      before: 'tree.xpath("//user[@name=\'" + request.args["u"] + "\']")',
      after: 'tree.xpath("//user[@name=$name]", name=request.args["u"])',
    },
    references: ["https://cwe.mitre.org/data/definitions/643.html"],
  }),
  rule("ldap", [], {
    id: "PW-LDAP-INJECTION",
    title: "LDAP filter built from request data",
    category: "injection",
    severity: "HIGH",
    cwe: "CWE-90",
    owasp: "A03:2021-Injection",
    description: `Request data is spliced into an LDAP search filter or base DN. Filter syntax in the value (\`*\`, \`)(\`) widens the search or bypasses checks; DN syntax (\`,\`, \`=\`) in a base DN moves the search elsewhere. ${DATA_FLOW} \`escape_filter_chars\` clears a filter value, \`escape_rdn\`/\`escape_dn_chars\` a DN value (and not a filter value).`,
    remediation:
      "Escape values with `ldap3.utils.conv.escape_filter_chars` (or `ldap.filter.escape_filter_chars`).",
    example: {
      before: 'conn.search(BASE, "(uid=" + request.args["u"] + ")")',
      after: 'conn.search(BASE, "(uid=" + escape_filter_chars(request.args["u"]) + ")")',
    },
    references: ["https://cwe.mitre.org/data/definitions/90.html"],
  }),
  rule("redirect", [], {
    id: "PW-OPEN-REDIRECT",
    title: "Redirect to a URL from request data",
    category: "access-control",
    severity: "MEDIUM",
    cwe: "CWE-601",
    owasp: "A01:2021-Broken Access Control",
    description: `Request data chooses where a redirect goes. Links to the site can then send users to a look-alike site. ${DATA_FLOW} \`url_has_allowed_host_and_scheme\` checks and allow-lists clear it.`,
    remediation:
      "Redirect only to paths of this site or to allow-listed hosts; check with `url_has_allowed_host_and_scheme`.",
    example: {
      before: 'return redirect(request.args["next"])',
      after:
        'nxt = request.args.get("next", "/")\nreturn redirect(nxt if url_has_allowed_host_and_scheme(nxt, None) else "/")',
    },
    references: ["https://cwe.mitre.org/data/definitions/601.html"],
  }),
  rule("ssrf", ["PW-URLOPEN-SCHEME"], {
    id: "PW-SSRF",
    title: "Server-side request to a URL from request data",
    category: "network",
    severity: "HIGH",
    cwe: "CWE-918",
    owasp: "A10:2021-Server-Side Request Forgery",
    description: `Request data chooses the URL the server fetches (requests, httpx, urllib, aiohttp). The sender reaches internal services and cloud metadata endpoints through the server. ${DATA_FLOW}`,
    remediation: "Fetch only allow-listed hosts and schemes, and block private and link-local addresses.",
    example: {
      before: 'requests.get(request.args["url"], timeout=5)',
      after:
        'url = request.args["url"]\nif urlparse(url).hostname not in ALLOWED_HOSTS: abort(400)\nrequests.get(url, timeout=5)',
    },
    references: ["https://cwe.mitre.org/data/definitions/918.html"],
  }),
  rule("trust-boundary", [], {
    id: "PW-TRUST-BOUNDARY",
    title: "Request data stored in the session without validation",
    category: "access-control",
    severity: "MEDIUM",
    cwe: "CWE-501",
    owasp: "A04:2021-Insecure Design",
    description: `Request data is stored in the session (\`flask.session\`, Django \`request.session\`), where later code trusts it as the server's own. ${DATA_FLOW}`,
    remediation: "Validate the value (type, range, allow-list) before storing it in the session.",
    example: {
      before: 'session["role"] = request.form["role"]',
      after: 'role = request.form["role"]\nif role in ALLOWED_ROLES:\n    session["role"] = role',
    },
    references: ["https://cwe.mitre.org/data/definitions/501.html"],
  }),
  rule("log", [], {
    id: "PW-LOG-INJECTION",
    title: "Request data written to a log unescaped",
    category: "logging",
    severity: "LOW",
    cwe: "CWE-117",
    owasp: "A09:2021-Security Logging and Monitoring Failures",
    description: `Request data is written into a log message. Line breaks in it forge log entries and mislead whoever reads the logs. ${DATA_FLOW} Removing \`\\r\`/\`\\n\` clears it.`,
    remediation:
      "Log request data as a separate argument with line breaks removed, or use structured logging.",
    example: {
      before: 'log.info("login " + request.form["user"])',
      after: 'log.info("login %r", request.form["user"].replace("\\n", ""))',
    },
    references: ["https://cwe.mitre.org/data/definitions/117.html"],
  }),
  rule("header", [], {
    id: "PW-HEADER-INJECTION",
    title: "Response header built from request data",
    category: "injection",
    severity: "MEDIUM",
    cwe: "CWE-113",
    owasp: "A03:2021-Injection",
    description: `Request data is written into a response header. Line breaks in it add headers or split the response on servers that do not reject them. ${DATA_FLOW}`,
    remediation: "Reject or strip `\\r` and `\\n` from values written into headers, or allow-list them.",
    example: {
      before: 'resp.headers["X-User"] = request.args["u"]',
      after: 'resp.headers["X-User"] = request.args["u"].replace("\\r", "").replace("\\n", "")',
    },
    references: ["https://cwe.mitre.org/data/definitions/113.html"],
  }),
  rule("redos", [], {
    id: "PW-REDOS",
    title: "Regular expression compiled from request data",
    category: "denial-of-service",
    severity: "MEDIUM",
    cwe: "CWE-1333",
    owasp: "A03:2021-Injection",
    description: `Request data is used as a regular-expression pattern. A pattern with nested repetition takes exponential time on a crafted input, tying up the worker. ${DATA_FLOW} \`re.escape\` clears it.`,
    remediation: "Escape the value with `re.escape` to match it literally, or offer a fixed set of patterns.",
    example: {
      before: 're.search(request.args["q"], text)',
      after: 're.search(re.escape(request.args["q"]), text)',
    },
    references: ["https://cwe.mitre.org/data/definitions/1333.html"],
  }),
  rule("stacktrace", [], {
    id: "PW-STACKTRACE-EXPOSURE",
    title: "Stack trace returned to the client",
    category: "information-disclosure",
    severity: "MEDIUM",
    cwe: "CWE-209",
    owasp: "A04:2021-Insecure Design",
    description:
      "A formatted stack trace (`traceback.format_exc()` and friends) is returned in a response. It tells an attacker file paths, library versions and code structure. PatchWarden follows the trace text through variables and helpers to the response.",
    remediation: "Log the trace on the server and return a generic error message with a correlation id.",
    example: {
      before: "except Exception:\n    return traceback.format_exc(), 500",
      after: 'except Exception:\n    log.exception("request failed")\n    return "internal error", 500',
    },
    references: ["https://cwe.mitre.org/data/definitions/209.html"],
  }),
];

export const TAINT_RULE_BY_KIND = new Map<TaintRule["kind"], TaintRule>(TAINT_RULES.map((r) => [r.kind, r]));
// a request value in an LDAP search base is reported as LDAP injection too
const LDAP_RULE = TAINT_RULE_BY_KIND.get("ldap");
if (LDAP_RULE) TAINT_RULE_BY_KIND.set("ldap-dn", LDAP_RULE);
