"""Test-case application package."""
import importlib
import os
import pkgutil

from flask import Flask


def create_app():
    app = Flask(__name__)
    app.secret_key = os.environ.get("SECRET_KEY") or os.urandom(32)

    from app import testcases
    for module in pkgutil.iter_modules(testcases.__path__):
        importlib.import_module(f"app.testcases.{module.name}")

    from app.common import bp
    app.register_blueprint(bp)
    return app
