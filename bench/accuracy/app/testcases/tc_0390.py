"""Test case 0390.

One route of the sample application.
"""
import subprocess

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0390", methods=["GET", "POST"])
def tc_0390():
    """Report on a host."""
    arg = (request.args.getlist("host") or [""])[0]
    guess = "ADC"
    switch_target = guess[1]
    if switch_target == "B":
        picked = arg
    elif switch_target == "D":
        picked = arg
    elif switch_target in ("A", "C"):
        picked = "localhost"
    else:
        picked = "localhost"
    completed = subprocess.run("nslookup " + picked, shell=True, capture_output=True, text=True)
    return jsonify({"output": completed.stdout})
