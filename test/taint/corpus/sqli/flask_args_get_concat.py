"""Flask request.args.get / request.values values concatenated into psycopg2 queries."""
import psycopg2
from flask import Flask, request

app = Flask(__name__)
DSN = "dbname=inventory"


@app.route("/products/search")
def search_products():
    term = request.args.get("term", "")
    query = "SELECT sku, title FROM products WHERE title LIKE '%" + term + "%'"
    conn = psycopg2.connect(DSN)
    cursor = conn.cursor()
    cursor.execute(query)  # expect: PW-SQLI:5
    conn.close()
    return "searched"


@app.route("/products/count", methods=["GET", "POST"])
def count_products():
    category = request.values.get("category")
    sql = "SELECT count(*) FROM products WHERE category = '"
    sql = sql + category + "'"
    with psycopg2.connect(DSN) as conn:
        with conn.cursor() as cursor:
            cursor.execute(sql)  # expect: PW-SQLI:13
    return "counted"
