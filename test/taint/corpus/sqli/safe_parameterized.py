"""Parameter binding keeps user data out of the SQL text: none of these are injectable."""
import sqlite3

import psycopg2
from django.db import connection, models
from django.http import HttpResponse
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///p.db")


class Member(models.Model):
    name = models.CharField(max_length=50)


@app.route("/qmark")
def qmark():
    uid = request.args["id"]
    cur = sqlite3.connect("p.db").cursor()
    cur.execute("SELECT * FROM users WHERE id = ?", (uid,))
    return "ok"


@app.route("/pyformat")
def pyformat():
    name = request.args.get("name")
    conn = psycopg2.connect("dbname=p")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = %s AND active = %s", (name, True))
    return "ok"


@app.route("/named")
def named():
    email = request.form["email"]
    sqlite3.connect("p.db").execute("SELECT * FROM users WHERE email = :email", {"email": email})
    return "ok"


@app.route("/many", methods=["POST"])
def many():
    labels = request.form.getlist("label")
    conn = sqlite3.connect("p.db")
    conn.executemany("INSERT INTO labels (name) VALUES (?)", [(label,) for label in labels])
    return "ok"


@app.route("/sqlalchemy")
def sqlalchemy_bound():
    city = request.args["city"]
    with engine.connect() as conn:
        conn.execute(text("SELECT * FROM users WHERE city = :city"), {"city": city})
        conn.exec_driver_sql("SELECT * FROM users WHERE city = ?", (city,))
    return "ok"


def django_raw_params(request):
    name = request.GET["name"]
    list(Member.objects.raw("SELECT * FROM app_member WHERE name = %s", [name]))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM app_member WHERE name = %s", [name])
    return HttpResponse("ok")


def query_built_separately(request):
    params = (request.GET["a"], request.GET["b"])
    sql = "SELECT * FROM pairs WHERE a = %s AND b = %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
    return HttpResponse("ok")
