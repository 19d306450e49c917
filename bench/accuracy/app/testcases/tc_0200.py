"""Test case 0200.

One route of the sample application.
"""
import html

from flask import request

from app.common import bp


@bp.route("/tc_0200", methods=["GET", "POST"])
def tc_0200():
    """Show a page fragment."""
    incoming = request.args.get("msg", "")
    items = ["Welcome back", incoming, "Welcome back"]
    items.pop(0)
    item = items[0]
    page = "<ul><li>{}</li></ul>".format(html.escape(item))
    return page
