"""Test case 0085.

One route of the sample application.
"""
import html

from app.common import bp


@bp.route("/tc_0085/<path:arg>", methods=["GET"])
def tc_0085(arg):
    """Render a message."""
    mapping = {"keyA": "Welcome back", "keyB": arg, "keyC": "Welcome back"}
    picked = mapping["keyB"]
    return "<p>Hello, " + html.escape(picked) + "</p>"
