"""Django side of the demo service. Deliberately vulnerable: see README.md."""
