"""An argv list made from a literal and only added to at its end (`append`, `+=`) keeps its program;
a list whose first element can change, or a shell given `-c`, does not."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


class LogRepository:
    grep = "/usr/bin/grep"
    sh = "/bin/sh"

    def count(self, pattern, ignore_case):
        argv = [self.grep, "-c", "-F"]
        if ignore_case:
            argv.append("-i")
        argv += ["--", pattern, "/var/log/app/access.log"]
        return subprocess.run(argv, capture_output=True, check=False).stdout

    def shell(self, line):
        argv = [self.sh, "-c"]
        argv += [line]
        return subprocess.run(argv, capture_output=True, check=False).stdout  # expect: PW-CMDI:16

    def reordered(self, tool, pattern):
        argv = ["/usr/bin/grep", pattern]
        argv.insert(0, tool)
        return subprocess.run(argv, capture_output=True, check=False).stdout  # expect: PW-CMDI:16


class LogService:
    def __init__(self, repo):
        self.repo = repo

    def matches(self, pattern, ignore_case):
        return self.repo.count(pattern, ignore_case)


service = LogService(LogRepository())


@app.route("/logs")
def logs():
    out = service.matches(request.args["q"], request.args.get("i") == "1")
    out += LogRepository().shell(request.args["line"])
    out += LogRepository().reordered(request.args["tool"], "x")
    return {"n": len(out)}
