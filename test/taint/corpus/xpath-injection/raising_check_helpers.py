"""Helpers that raise unless their arguments pass a check, called as statements before the sink."""
import re

from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()
SECTION = re.compile(r"[a-z][a-z0-9_-]{0,63}")
ENVIRONMENTS = frozenset({"production", "staging"})
DOC = etree.parse("/etc/app/services.xml")


def check_inputs(section, environment):
    if not SECTION.fullmatch(section):
        raise HTTPException(status_code=422)
    if environment not in ENVIRONMENTS:
        raise HTTPException(status_code=422)


def check_section_only(section, environment):
    if not SECTION.fullmatch(section):
        raise HTTPException(status_code=422)
    print(environment)


def check_or_default(section):
    if not SECTION.fullmatch(section):
        section = "default"
    print(section)


@app.get("/a/{section}")
def both_checked(section: str, environment: str = "production"):
    check_inputs(section, environment)
    return DOC.xpath(f"/services/section[@name='{section}']/entry[@env='{environment}']")


@app.get("/b/{section}")
def one_checked(section: str, environment: str = "production"):
    check_section_only(section, environment)
    return DOC.xpath(f"/services/section[@name='{section}']/entry[@env='{environment}']")  # expect: PW-XPATH-INJECTION:12


@app.get("/c/{section}")
def rebinding_check(section: str):
    check_or_default(section)
    return DOC.xpath(f"/services/section[@name='{section}']")  # expect: PW-XPATH-INJECTION:12
