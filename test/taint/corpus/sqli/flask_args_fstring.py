"""Flask query-string values interpolated into SQL with f-strings (sqlite3)."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
DB_PATH = "shop.db"


@app.route("/orders")
def orders_for_customer():
    customer = request.args["customer"]
    conn = sqlite3.connect(DB_PATH)
    cur = conn.cursor()
    cur.execute(f"SELECT id, total FROM orders WHERE customer = '{customer}'")  # expect: PW-SQLI:5
    cur.fetchall()
    conn.close()
    return "listed"


@app.route("/orders/by-region")
def orders_by_region():
    conn = sqlite3.connect(DB_PATH)
    conn.execute(f"SELECT id FROM orders WHERE region = '{request.args['region']}'")  # expect: PW-SQLI:5
    conn.close()
    return "listed"
