import { isKnown, truthy } from "../../../python/model.js";
import { argument, defineRule } from "../../rule.js";
import { callName } from "../pack-c-shared.js";

/** `.run` functions of other libraries, never a Flask application. */
const OTHER_RUNNERS =
  /^(asyncio|subprocess|uvicorn|hypercorn|trio|anyio|unittest|doctest|pytest|cProfile|profile|runpy|pdb)\./;

export default defineRule(
  {
    id: "PW-FLASK-DEBUG",
    title: "Flask application run with the debugger on",
    category: "configuration",
    severity: "HIGH",
    confidence: "MEDIUM",
    cwe: "CWE-489",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: ["B201"],
    description:
      "`app.run(debug=True)` starts Werkzeug's interactive debugger: any error page lets whoever can reach " +
      "the server run Python code in the application's process. The rule reports `.run(...)` with a debug " +
      "value that folds to true on a `flask.Flask()` instance (HIGH confidence) or, like Bandit, on any " +
      "receiver in a file that imports Flask (MEDIUM confidence), and `werkzeug.serving.run_simple` with " +
      "`use_debugger=True`.",
    remediation:
      "Leave debug off in code (`app.run()`), enable it only on a developer machine through `FLASK_DEBUG=1` " +
      "or `flask run --debug`, and serve production with a WSGI server.",
    example: {
      before: "app.run(host=host, debug=True)",
      after: "app.run(host=host)",
    },
    references: [
      "https://flask.palletsprojects.com/en/stable/debugging/",
      "https://werkzeug.palletsprojects.com/en/stable/debug/",
      "https://cwe.mitre.org/data/definitions/489.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const m = ctx.model;
    const importsFlask = m.imports.some((i) => /^flask($|[._])/i.test(i.module));
    for (const call of ctx.methodCalls("run")) {
      if (!call.receiver) continue;
      const name = callName(m, call);
      const isFlaskApp = name !== undefined && /^flask(\.|_)/.test(name) && name.includes("()");
      if (!isFlaskApp) {
        if (!importsFlask) continue;
        if (name && OTHER_RUNNERS.test(name)) continue;
      }
      // Flask.run(host, port, debug, load_dotenv): positional debug only when the receiver is known
      const debug =
        isFlaskApp && name.startsWith("flask.Flask()")
          ? argument(call, 2, "debug")
          : call.keywords.get("debug");
      if (!debug) continue;
      const v = ctx.const(debug, call.scope);
      if (!isKnown(v) || !truthy(v)) continue;
      ctx.report(call.node, {
        confidence: isFlaskApp ? "HIGH" : "MEDIUM",
        message:
          "Flask app started with debug=True exposes the Werkzeug debugger, which runs code sent by any visitor",
      });
    }
    for (const call of ctx.calls("werkzeug.serving.run_simple", "werkzeug.run_simple")) {
      const dbg = argument(call, 5, "use_debugger");
      if (!dbg) continue;
      const v = ctx.const(dbg, call.scope);
      if (!isKnown(v) || !truthy(v)) continue;
      ctx.report(call.node, {
        confidence: "HIGH",
        message:
          "werkzeug run_simple with use_debugger=True exposes the interactive debugger, which runs code sent by any visitor",
      });
    }
  },
);
