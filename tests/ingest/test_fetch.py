"""--fetch against a local HTTP server on 127.0.0.1: pages, redirects, errors, timeouts, size cap."""

import http.server
import threading
import time

import pytest

from tawthiq.ingest import Failure, RawDocument, read_input
from tawthiq.ingest.fetch import USER_AGENT, fetch_url

PAGE = b"<html><head><title>T</title></head><body><article><p>" + b"Shelling hit the town. " * 30 + b"</p></article></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/page":
            self._send(200, PAGE, "text/html")
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, PAGE, "text/html")
        elif self.path == "/feed":
            self._send(200, b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>One</title>'
                       b"<link>http://127.0.0.1:%d/page</link></item></channel></rss>" % self.server.server_port, "application/rss+xml")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, code, body, ctype):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_fetch_follows_redirects_and_names_itself(server):
    got = fetch_url(server + "/moved")
    assert isinstance(got, RawDocument)
    assert got.data == PAGE
    assert got.hints["url"] == server + "/page"
    assert Handler.seen_agents[-1] == USER_AGENT


@pytest.mark.parametrize("path,reason", [("/missing", "HTTP 404"), ("/big", "larger than")])
def test_fetch_errors_are_failures(server, path, reason):
    got = fetch_url(server + path, max_bytes=1000)
    assert isinstance(got, Failure) and reason in got.reason


def test_fetch_timeout_is_a_failure(server):
    got = fetch_url(server + "/slow", timeout=0.5)
    assert isinstance(got, Failure) and got.reason == "timed out"


def test_urls_need_fetch(server):
    (item,) = list(read_input(server + "/page"))
    assert isinstance(item, Failure) and "--fetch" in item.reason


def test_feed_entries_are_followed_with_fetch(server):
    items = list(read_input(server + "/feed", fetch=True))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    assert items[0].data == PAGE and items[0].hints["title"] == "One"
