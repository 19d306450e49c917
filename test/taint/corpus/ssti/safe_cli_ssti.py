"""A CLI that renders a template file given on the command line."""
import argparse
import sys

from jinja2 import Template


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("template_text")
    args = parser.parse_args()
    sys.stdout.write(Template(args.template_text).render(env="dev"))
    if len(sys.argv) > 2:
        Template(sys.argv[2]).render()


if __name__ == "__main__":
    main()
