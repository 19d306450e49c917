"""Functions returning a (query, parameters) tuple that callers unpack: each element on its own."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def filtered_query(status, carrier):
    conditions, args = ["status = ?"], [status]
    if carrier:
        args.append(carrier)
        conditions.append("carrier = ?")
    sql = "SELECT id FROM shipments WHERE " + " AND ".join(conditions)
    return sql, args


def ordered_query(column, status):
    return "SELECT id FROM shipments WHERE status = ? ORDER BY " + column, [status]


class Repository:
    def _query(self, status):
        if not status:
            return "SELECT id FROM shipments", []
        return "SELECT id FROM shipments WHERE status = ?", [status]

    def find(self, status):
        sql, args = self._query(status)
        return sqlite3.connect("app.db").execute(sql, args).fetchall()


@app.route("/shipments")
def shipments():
    db = sqlite3.connect("app.db")
    sql, args = filtered_query(request.args.get("status", ""), request.args.get("carrier"))
    db.execute(sql, args)
    order_sql, order_args = ordered_query(request.args.get("sort", "id"), request.args.get("status", ""))
    db.execute(order_sql, order_args)  # expect: PW-SQLI:5
    Repository().find(request.args.get("status", ""))
    return "ok"
