"""A library object the module keeps (`db = SQLAlchemy(app)`) is not a container the module's
functions share request data through: what one view adds to the session is not every read's."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


@app.route("/add", methods=["POST"])
def add():
    db.session.add(request.form["name"])
    return "ok"


@app.route("/count")
def count():
    n = db.session.execute("SELECT 1").scalar()
    return "<p>%s</p>" % n
