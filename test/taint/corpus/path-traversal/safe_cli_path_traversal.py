"""A local CLI tool: paths come from the operator's command line."""
import argparse
import os
import shutil
import sys


def main():
    parser = argparse.ArgumentParser(description="Copy a file into the archive")
    parser.add_argument("source")
    parser.add_argument("--delete", action="store_true")
    args = parser.parse_args()
    with open(args.source, "rb") as fh:
        fh.read()
    shutil.copy(args.source, "/srv/archive/")
    if args.delete:
        os.remove(args.source)
    if len(sys.argv) > 3:
        open(sys.argv[3]).close()


if __name__ == "__main__":
    main()
