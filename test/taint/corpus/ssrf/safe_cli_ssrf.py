"""A CLI health checker: the URL comes from the operator's command line."""
import argparse
import sys
import urllib.request

import requests


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    args = parser.parse_args()
    requests.get(args.url, timeout=5)
    if len(sys.argv) > 2:
        urllib.request.urlopen(sys.argv[2], timeout=5).close()


if __name__ == "__main__":
    main()
