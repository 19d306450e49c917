"""What a session already holds, read back and stored again, does not cross the trust boundary."""

import json

from beaker.middleware import SessionMiddleware


class Visits:
    def record(self, session) -> int:
        session["visits"] = int(session.get("visits", 0)) + 1
        session.save()
        return session["visits"]


visits = Visits()


def app(environ, start_response):
    session = environ["beaker.session"]
    count = visits.record(session)
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"visits": count}).encode()]


application = SessionMiddleware(app, {"session.type": "cookie", "session.validate_key": "k"})
