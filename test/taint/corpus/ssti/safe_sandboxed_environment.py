"""Templates users write, rendered in Jinja's sandbox: what the sandbox is for."""
from flask import Flask, request
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment

app = Flask(__name__)
sandbox = SandboxedEnvironment(autoescape=True)


@app.route("/preview", methods=["POST"])
def preview():
    source = request.form.get("body", "")
    return {"preview": sandbox.from_string(source).render(company="Example")}


@app.route("/strict", methods=["POST"])
def strict():
    env = ImmutableSandboxedEnvironment(autoescape=True)
    return {"preview": env.from_string(request.form["body"]).render()}
