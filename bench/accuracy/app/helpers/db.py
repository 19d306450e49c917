"""Database access."""
import os
import sqlite3

from sqlalchemy import create_engine

DB_PATH = os.environ.get("APP_DB", "/tmp/app.db")

_engine = None


def get_db():
    return sqlite3.connect(DB_PATH)


def get_conn():
    conn = sqlite3.connect(DB_PATH)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def get_engine():
    global _engine
    if _engine is None:
        _engine = create_engine(f"sqlite:///{DB_PATH}")
    return _engine
