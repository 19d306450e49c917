"""Pyramid request.params and request.matchdict reaching SQL."""
import sqlite3

from pyramid.view import view_config


@view_config(route_name="ticket", renderer="json")
def ticket_view(request):
    ticket_id = request.matchdict["id"]
    conn = sqlite3.connect("tickets.db")
    conn.execute("SELECT * FROM tickets WHERE id = " + ticket_id)  # expect: PW-SQLI:5
    return {"status": "ok"}


@view_config(route_name="ticket_search", renderer="json")
def ticket_search(request):
    status = request.params["status"]
    conn = sqlite3.connect("tickets.db")
    cur = conn.cursor()
    cur.execute("SELECT id FROM tickets WHERE status = '{}'".format(status))  # expect: PW-SQLI:5
    return {"status": "ok"}


@view_config(route_name="ticket_bulk", renderer="json", request_method="POST")
def ticket_bulk(request):
    owner = request.json_body["owner"]
    conn = sqlite3.connect("tickets.db")
    conn.execute(f"DELETE FROM tickets WHERE owner = '{owner}'")  # expect: PW-SQLI:5
    return {"status": "ok"}
