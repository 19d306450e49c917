"""A CLI evaluating an XPath expression given on its command line."""
import argparse
import sys

from lxml import etree


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("expression")
    args = parser.parse_args()
    doc = etree.fromstring(b"<root><a/></root>")
    doc.xpath(args.expression)
    if len(sys.argv) > 2:
        etree.XPath(sys.argv[2])(doc)


if __name__ == "__main__":
    main()
