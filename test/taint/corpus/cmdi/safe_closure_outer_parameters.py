"""A closure's first argument is not the factory's first parameter."""
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


def make_runner(prefix):
    def run(arg):
        return os.popen(prefix + " " + shlex.quote(arg)).read()

    return run


def process(label):
    def inner(value):
        return os.popen("echo " + label + " " + shlex.quote(value)).read()

    return inner


@app.route("/echo")
def echo():
    # the request's text is quoted; the prefix is the constant the factory was given
    runner = make_runner("echo")
    return {"out": runner(request.args["text"])}


@app.route("/at-once")
def at_once():
    return {"out": make_runner("printf '%s\\n'")(request.args["text"])}


@app.route("/labelled")
def labelled():
    return {"out": process("note:")(request.args["text"])}


def outer(greeting):
    def middle(name):
        def inner(suffix):
            return os.popen("echo " + greeting + name + suffix).read()

        return inner("!")

    return middle


@app.route("/greet")
def greet():
    # the request's name is quoted; the outermost parameter is a constant (not the name's position)
    return {"out": outer("hello ")(shlex.quote(request.args["name"]))}
