"""http(s) downloads for `--fetch`: timeouts, a size cap, redirects and a clear User-Agent."""

from __future__ import annotations

import os
import socket
import urllib.error
import urllib.request

from .. import __version__
from .raw import Failure, RawDocument

USER_AGENT = f"tawthiq/{__version__} (evidence extraction from news reports; +https://github.com/tawthiq/tawthiq)"
TIMEOUT = float(os.environ.get("TAWTHIQ_FETCH_TIMEOUT", "20"))
MAX_BYTES = int(os.environ.get("TAWTHIQ_FETCH_MAX_BYTES", str(20 * 1024 * 1024)))


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch_url(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> RawDocument | Failure:
    """The page at `url` (after redirects), or a Failure saying why not."""
    limit = max_bytes or MAX_BYTES
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout or TIMEOUT) as response:
            data = response.read(limit + 1)
            if len(data) > limit:
                return Failure(url, f"response larger than {limit} bytes")
            final = response.geturl()
            ctype = response.headers.get_content_type() or ""
    except urllib.error.HTTPError as exc:
        return Failure(url, f"HTTP {exc.code} {exc.reason}")
    except (TimeoutError, socket.timeout):
        return Failure(url, "timed out")
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return Failure(url, "timed out")
        return Failure(url, f"cannot fetch ({reason})")
    except (OSError, ValueError) as exc:
        return Failure(url, f"cannot fetch ({exc})")
    hints = {"url": final}
    if final != url:
        hints["requested_url"] = url
    return RawDocument(source=url, data=data, media_type=ctype or "application/octet-stream", hints=hints)
