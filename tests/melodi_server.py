"""A local stand-in for INSEE's Melodi API: serves the real recorded answers of ../shared/data/melodi
(INSEE's own client's cassettes) on 127.0.0.1, nowhere else. Run as a separate process (QGIS's
blocking network request holds the main thread): ``python3 melodi_server.py LOG CASSETTES`` prints
its port.

The first part of the path chooses how it answers, around the same recorded bodies:
``/normal/melodi/…`` as recorded; ``/busy/melodi/…`` 429 (« too many requests ») at the first ask of
each address, then the recording; ``/slow/melodi/…`` waits 3 s before answering; ``/paged/melodi/…``
the recorded answer for every commune of Nantes Métropole cut in two pages (``paging.next``).
Every request is appended to LOG (scenario and address), so that a test sees what was asked.
"""

import json
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import yaml

API = "https://api.insee.fr/melodi"
FIRST_PAGE = 40  # observations of the first page in the « paged » scenario


def recorded_answers(folder):
    """{path?query after /melodi: (status, content type, body)} of every cassette."""
    answers = {}
    for path in sorted(Path(folder).glob("*.yml")):
        for interaction in yaml.safe_load(path.read_text(encoding="utf-8"))["http_interactions"]:
            uri = interaction["request"]["uri"]
            response = interaction["response"]
            headers = {key.lower(): value for key, value in (response.get("headers") or {}).items()}
            body = response["body"].get("string", "")
            status = response["status"]["code"] if isinstance(response["status"], dict) else int(response["status"])
            answers[uri[len(API) :]] = (status, headers.get("content-type", "application/json"), body)
    return answers


def paged(body, key):
    """The recorded answer cut in two pages: (first page's body, second page's key and body)."""
    answer = json.loads(body)
    observations = answer["observations"]
    second_key = key + "&page=2"
    first = dict(answer, observations=observations[:FIRST_PAGE])
    first["paging"] = dict(answer.get("paging", {}), next=API + second_key)
    second = dict(answer, observations=observations[FIRST_PAGE:])
    second["paging"] = {"first": API + key}
    return json.dumps(first), second_key, json.dumps(second)


class Handler(BaseHTTPRequestHandler):
    answers, log, asked = {}, None, set()

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802 (http.server API)
        _empty, scenario, rest = self.path.split("/", 2)
        key = rest[len("melodi") :] if rest.startswith("melodi/") else "/" + rest
        with open(self.log, "a", encoding="utf-8") as handle:
            handle.write("{} {}\n".format(scenario, key))
        if scenario == "slow":
            time.sleep(3)
        if scenario == "busy" and key not in self.asked:
            self.asked.add(key)
            return self._send(429, "text/plain", "Too Many Requests")
        if scenario == "paged" and "EPCI-244400404" in key and "idTerritoire" in key and "page=2" not in key:
            first, second_key, second = paged(self.answers[key][2], key)
            self.answers[second_key] = (200, "application/json", second)
            return self._send(200, "application/json", first)
        if key not in self.answers:
            return self._send(404, "text/plain", "not recorded: " + key)
        return self._send(*self.answers[key])

    def _send(self, status, content_type, body):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except BrokenPipeError:  # the client gave up (time-out test)
            pass


def main():
    Handler.answers, Handler.log = recorded_answers(sys.argv[2]), sys.argv[1]
    server = HTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    deadline = time.monotonic() + 600  # stops by itself
    server.timeout = 1
    while time.monotonic() < deadline:
        server.handle_request()


if __name__ == "__main__":
    main()
