"""A closure sees the parameters of the function it is defined in, not the arguments of its own calls."""
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


def make_runner(prefix):
    def run(arg):
        return os.popen(prefix + " " + shlex.quote(arg)).read()  # expect: PW-CMDI:16

    return run


def process(user_input):
    def inner(flag):
        return os.popen("echo " + user_input + flag).read()  # expect: PW-CMDI:16

    return inner("-n")


def make_command(program):
    def run(arg):
        return os.popen(program + " " + arg).read()  # expect: PW-CMDI:16

    return run


@app.route("/tool")
def tool():
    # the factory is given request data: the closure's prefix is the request's
    runner = make_runner(request.args["tool"])
    return {"out": runner("status")}


@app.route("/echo")
def echo():
    # the enclosing function's parameter, seen by a closure called there with a constant
    return {"out": process(request.args["text"])}


@app.route("/at-once")
def at_once():
    # the closure called as soon as the factory returns it
    return {"out": make_command("echo")(request.args["text"])}


def outer(greeting):
    def middle(name):
        def inner(suffix):
            return os.popen("echo " + greeting + name + suffix).read()  # expect: PW-CMDI:20

        return inner("!")

    return middle


@app.route("/greet")
def greet():
    # two functions out: the outermost factory's parameter is the request's
    return {"out": outer(request.args["greeting"])(" world")}
