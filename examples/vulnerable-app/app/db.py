"""Tiny data-access helpers for the Flask app."""

import sqlite3

from flask import current_app, g


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def find_note(note_id):
    # SAFE: the value is bound as a query parameter.
    cursor = get_db().cursor()
    cursor.execute("SELECT id, title, body FROM notes WHERE id = ?", (note_id,))
    return cursor.fetchone()


def notes_by_owner(owner):
    # SAFE: named parameters, no string building.
    cursor = get_db().cursor()
    cursor.execute(
        "SELECT id, title FROM notes WHERE owner = :owner ORDER BY id",
        {"owner": owner},
    )
    return cursor.fetchall()


def count_notes():
    # SAFE: a constant query.
    return get_db().execute("SELECT COUNT(*) FROM notes").fetchone()[0]
