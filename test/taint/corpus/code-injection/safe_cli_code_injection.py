"""A developer CLI that evaluates an expression given on the command line."""
import argparse
import importlib
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("expression")
    parser.add_argument("--plugin")
    options = parser.parse_args()
    print(eval(options.expression))
    if options.plugin:
        importlib.import_module(options.plugin)
    if len(sys.argv) > 3:
        exec(sys.argv[3])


if __name__ == "__main__":
    main()
