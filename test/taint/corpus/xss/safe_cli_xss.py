"""A CLI that writes an HTML report from its command-line arguments."""
import argparse
import sys


def render(title):
    return "<html><h1>" + title + "</h1></html>"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("title")
    args = parser.parse_args()
    with open("report.html", "w") as fh:
        fh.write(render(args.title))
    sys.stdout.write("<p>" + " ".join(sys.argv[1:]) + "</p>\n")


if __name__ == "__main__":
    main()
