"""Tornado's self.request carries the body, uploaded files and arguments of the request."""
import marshal
import pickle
import types

import tornado.web


class PluginRegistry:
    def __init__(self):
        self.plugins = {}

    def install(self, name, code_bytes):
        code = marshal.loads(code_bytes)  # expect: PW-UNSAFE-DESERIALIZATION:16
        self.plugins[name] = types.FunctionType(code, {}, name)


registry = PluginRegistry()


class PluginUploadHandler(tornado.web.RequestHandler):
    def post(self, name):
        files = self.request.files.get("bytecode")
        if not files:
            return self.write({"error": "no bytecode uploaded"})
        registry.install(name, files[0]["body"])
        self.write({"installed": name})


class StateHandler(tornado.web.RequestHandler):
    def put(self):
        state = pickle.loads(self.request.body)  # expect: PW-UNSAFE-DESERIALIZATION:17
        self.write({"keys": sorted(state)})
