"""Flask side of the demo "notes and invoices" service.

Deliberately vulnerable: see README.md. Never deploy.
"""

from flask import Flask

app = Flask(__name__)

# Hard-coded signing key: anyone who reads the repository can forge sessions.
app.config["SECRET_KEY"] = "s3cr3t-flask-key-do-not-ship"
app.config["DATABASE"] = "/var/lib/notes/notes.db"
app.config["UPLOAD_DIR"] = "/srv/notes/uploads"

from app import views  # noqa: E402,F401  (registers the routes)

if __name__ == "__main__":
    # The Werkzeug debugger allows arbitrary code execution from the browser.
    app.run(host="0.0.0.0", port=5000, debug=True)
