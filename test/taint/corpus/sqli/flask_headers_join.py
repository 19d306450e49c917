"""Flask request headers assembled into SQL with str.join and .replace."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/tenant/report")
def tenant_report():
    tenant = request.headers.get("X-Tenant")
    parts = ["SELECT * FROM reports WHERE tenant = '", tenant, "'"]
    query = "".join(parts)
    conn = sqlite3.connect("reports.db")
    conn.execute(query)  # expect: PW-SQLI:5
    return "report"


@app.route("/tenant/agent")
def tenant_agent():
    agent = request.headers.get("User-Agent", "")
    template = "INSERT INTO visits (agent) VALUES ('AGENT')"
    query = template.replace("AGENT", agent)
    conn = sqlite3.connect("reports.db")
    conn.execute(query)  # expect: PW-SQLI:5
    return "logged"


@app.route("/tenant/columns")
def tenant_columns():
    wanted = request.headers["X-Columns"]
    query = "SELECT " + ", ".join(wanted.split(",")) + " FROM reports"
    conn = sqlite3.connect("reports.db")
    conn.execute(query)  # expect: PW-SQLI:5
    return "report"
