"""A CLI logging its own arguments."""
import argparse
import logging
import sys

logger = logging.getLogger("tool")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("job")
    args = parser.parse_args()
    logger.info("starting job " + args.job)
    logging.warning("argv: %s" % " ".join(sys.argv))


if __name__ == "__main__":
    main()
