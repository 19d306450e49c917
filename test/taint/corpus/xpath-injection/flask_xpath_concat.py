"""lxml tree.xpath() with request data concatenated into the expression."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
USERS_XML = b"<users><user name='alice' role='admin'/><user name='bob' role='dev'/></users>"
tree = etree.fromstring(USERS_XML)


@app.route("/user")
def find_user():
    name = request.args["name"]
    matches = tree.xpath("//user[@name='" + name + "']")  # expect: PW-XPATH-INJECTION:15
    return "found" if matches else "missing"


@app.route("/role")
def find_role():
    role = request.args.get("role", "")
    tree.xpath(f"//user[@role='{role}']/@name")  # expect: PW-XPATH-INJECTION:5
    return "ok"


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    query = "//user[@name='%s' and @password='%s']" % (user, password)
    tree.xpath(query)  # expect: PW-XPATH-INJECTION:5
    return "checked"
