"""`tawthiq geo fetch` against a local HTTP server serving a small dump in GeoNames' format."""

import http.server
import io
import subprocess
import sys
import threading
import zipfile

import pytest

ROWS = [
    # geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 population elevation dem tz modified
    ["9900001", "Tall Qarah", "Tall Qarah", "Tal Qara,Tell Qarah,تل قرة", "36.4101", "37.0502", "P", "PPL", "SY", "", "09", "", "", "", "900", "", "400", "Asia/Damascus", "2024-01-01"],
    ["9900002", "Nahr Zuwayra", "Nahr Zuwayra", "Zuwayra River", "36.1", "37.2", "H", "STM", "SY", "", "09", "", "", "", "0", "", "350", "Asia/Damascus", "2024-01-01"],
    ["9900003", "Hayy al-Zuhur", "Hayy al-Zuhur", "Zuhur Quarter", "36.21", "37.15", "P", "PPLX", "SY", "", "09", "", "", "", "0", "", "390", "Asia/Damascus", "2024-01-01"],
]


def dump(rows, code="SY") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(f"{code}.txt", "\n".join("\t".join(r) for r in rows) + "\n")
    return out.getvalue()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        bodies = {"/dump/SY.zip": dump(ROWS), "/dump/LB.zip": b"not a zip at all", "/dump/IQ.zip": dump([["1", "x"]], "IQ")}
        body = bodies.get(self.path)
        self.send_response(200 if body else 404)
        self.end_headers()
        self.wfile.write(body or b"")


@pytest.fixture()
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/dump/"
    httpd.shutdown()


def test_fetch_verifies_imports_and_finds_new_places(server, tmp_path):
    env = {"TAWTHIQ_GEONAMES_URL": server, "TAWTHIQ_HOME": str(tmp_path / "home"), "TAWTHIQ_CACHE": str(tmp_path / "cache"),
           "PATH": "/usr/bin:/bin"}
    run = lambda *a: subprocess.run([sys.executable, "-m", "tawthiq.cli", "geo", *a], capture_output=True, text=True, env=env)  # noqa: E731
    proc = run("fetch", "SY", "LB", "IQ", "XYZ")
    assert proc.returncode == 1
    assert "SY: 3 places in the dump" in proc.stdout
    errors = proc.stderr
    assert "LB.zip: not a zip archive" in errors and "IQ.txt line 1: 2 columns" in errors and "XYZ: not a two-letter" in errors
    found = run("lookup", "Tell Qarah").stdout
    assert "geonames:9900001" in found and "village" in found
    assert "natural" in run("lookup", "Zuwayra River").stdout
    assert "district" in run("lookup", "Zuhur Quarter").stdout
    assert (tmp_path / "home" / "geonames" / "SY.zip").exists()
