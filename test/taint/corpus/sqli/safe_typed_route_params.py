"""Route parameters that the framework converts to numbers before the view sees them."""
import sqlite3

from fastapi import FastAPI
from flask import Flask

app = Flask(__name__)
api = FastAPI()


@app.route("/invoice/<int:invoice_id>")
def invoice(invoice_id):
    sqlite3.connect("t.db").execute(f"SELECT * FROM invoices WHERE id = {invoice_id}")
    return "ok"


@api.get("/orders/{order_id}")
def order(order_id: int, limit: int = 10):
    sqlite3.connect("t.db").execute(f"SELECT * FROM orders WHERE id = {order_id} LIMIT {limit}")
    return {"status": "ok"}
