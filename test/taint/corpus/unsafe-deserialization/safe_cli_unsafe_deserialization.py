"""A local CLI that inspects a pickle file named on the command line."""
import argparse
import pickle
import sys

import yaml


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    args = parser.parse_args()
    with open(args.path, "rb") as fh:
        pickle.loads(fh.read())
    if len(sys.argv) > 2:
        yaml.unsafe_load(sys.argv[2])


if __name__ == "__main__":
    main()
