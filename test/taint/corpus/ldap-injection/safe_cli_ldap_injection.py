"""An admin CLI searching the directory with a filter from its command line."""
import argparse
import sys

import ldap


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("uid")
    args = parser.parse_args()
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + args.uid + ")")
    if len(sys.argv) > 2:
        conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, sys.argv[2])


if __name__ == "__main__":
    main()
