"""A grep-like CLI compiling the pattern given on its command line."""
import argparse
import re
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pattern")
    parser.add_argument("path")
    args = parser.parse_args()
    rx = re.compile(args.pattern)
    with open(args.path) as fh:
        for line in fh:
            if rx.search(line):
                sys.stdout.write(line)
    if len(sys.argv) > 3:
        re.match(sys.argv[3], "sample")


if __name__ == "__main__":
    main()
