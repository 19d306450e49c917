"""A CLI that parses a local XML file named on its command line."""
import argparse
import sys

from lxml import etree


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    args = parser.parse_args()
    xml_parser = etree.XMLParser(resolve_entities=True)
    etree.parse(args.path, xml_parser)
    if len(sys.argv) > 2:
        etree.fromstring(sys.argv[2].encode(), xml_parser)


if __name__ == "__main__":
    main()
