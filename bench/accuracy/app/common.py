"""Objects shared by every view module."""
from flask import Blueprint, jsonify

bp = Blueprint("main", __name__)


@bp.route("/")
def index():
    return jsonify({"status": "ok"})
