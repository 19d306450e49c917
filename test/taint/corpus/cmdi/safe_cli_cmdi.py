"""A command-line helper: sys.argv / argparse come from the operator, not from the web."""
import argparse
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    args = parser.parse_args()
    os.system("ping -c 3 " + args.host)
    if len(sys.argv) > 2:
        subprocess.run("dig " + sys.argv[2], shell=True)


if __name__ == "__main__":
    main()
