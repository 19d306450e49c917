"""Command-line maintenance script: argv is operator input, not a web request."""
import argparse
import sqlite3
import sys


def purge(table, days):
    conn = sqlite3.connect("ops.db")
    conn.execute(f"DELETE FROM {table} WHERE age_days > {days}")
    conn.commit()


def main():
    parser = argparse.ArgumentParser(description="Purge old rows")
    parser.add_argument("table")
    parser.add_argument("--days", default="30")
    args = parser.parse_args()
    purge(args.table, args.days)
    if len(sys.argv) > 3:
        sqlite3.connect("ops.db").execute("VACUUM " + sys.argv[3])


if __name__ == "__main__":
    main()
