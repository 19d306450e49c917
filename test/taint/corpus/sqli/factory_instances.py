"""Methods called on the instance a factory function returns (`get_store().find(...)`)."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class Store:
    def __init__(self):
        self.conn = sqlite3.connect("app.db")

    def find(self, table, value):
        sql = "SELECT * FROM {} WHERE id = ?".format(table)
        return self.conn.execute(sql, (value,)).fetchall()  # expect: PW-SQLI:16

    def by_id(self, value):
        return self.conn.execute("SELECT * FROM items WHERE id = ?", (value,)).fetchall()


def get_store():
    return Store()


@app.route("/rows/<kind>")
def rows(kind):
    store = get_store()
    return {"rows": store.find(kind, request.args.get("id", "0"))}


@app.route("/item")
def item():
    return {"rows": get_store().by_id(request.args.get("id", "0"))}
