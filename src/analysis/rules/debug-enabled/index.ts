import { isKnown, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { settingsEntries } from "../pack-d-shared.js";

export default defineRule(
  {
    id: "PW-DEBUG-ENABLED",
    title: "Web framework debug mode switched on in configuration",
    category: "configuration",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-489",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: [],
    description:
      "The configuration turns debug mode on: `DEBUG = True` in a Django settings module (a file named " +
      "`settings.py` or under `settings/`, or one that assigns `INSTALLED_APPS`/`MIDDLEWARE`/`ROOT_URLCONF`), or " +
      '`app.debug = True` / `app.config["DEBUG"] = True` on a Flask application. Django then serves error pages ' +
      "with stack traces, local variables, SQL and most settings; a Flask app started with `app.run()` serves the " +
      "Werkzeug debugger, which runs Python code sent by any visitor (HIGH). Only values that fold to a " +
      'constant are reported (`DEBUG = os.environ.get("DEBUG") == "1"` is not).',
    remediation:
      'Read the flag from the environment with a false default (`DEBUG = os.environ.get("DJANGO_DEBUG") == ' +
      '"1"`) and keep it off in production.',
    example: {
      before: "DEBUG = True",
      after: 'DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"',
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
      "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#debug",
      "https://flask.palletsprojects.com/en/stable/config/#DEBUG",
      "https://cwe.mitre.org/data/definitions/489.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const e of settingsEntries(ctx.model)) {
      if (e.key !== "DEBUG" || !isKnown(e.value) || !truthy(e.value)) continue;
      if (e.source === "flask") {
        ctx.report(e.node, {
          severity: "HIGH",
          confidence: "MEDIUM",
          message:
            "Flask DEBUG is on: app.run() then serves the Werkzeug debugger, which runs code sent by visitors",
        });
      } else {
        ctx.report(e.node, {
          confidence: e.sure ? "HIGH" : "MEDIUM",
          message:
            e.source === "django"
              ? "Django DEBUG = True shows stack traces, settings and SQL to anyone who triggers an error"
              : "DEBUG = True in a configuration class switches the framework's debug mode on",
        });
      }
    }
  },
);
