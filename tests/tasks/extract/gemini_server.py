"""A local stand-in for the hosted Gemini API (unreachable from tests): a real HTTP server on
127.0.0.1 speaking the REST wire format of `models/{model}:generateContent`.

It records every request (path, headers, JSON body) and answers from a queue of replies; when
the queue is empty it repeats the last reply. A reply is an invoice answer (a dict, sent as the
JSON text of `candidates[0].content.parts[0].text`), or a `Reply` with a status, raw body or delay.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes | None = None
    """Raw response body; None: a generateContent response around `text`."""
    text: str = "{}"
    delay: float = 0.0


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


def candidate(text: str) -> bytes:
    return json.dumps(
        {
            "candidates": [
                {
                    "content": {"role": "model", "parts": [{"text": text}]},
                    "finishReason": "STOP",
                    "index": 0,
                }
            ],
            "usageMetadata": {
                "promptTokenCount": 1290,
                "candidatesTokenCount": 210,
                "totalTokenCount": 1500,
            },
            "modelVersion": "gemini-test",
        }
    ).encode()


def error_body(code: int, status: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message, "status": status}}).encode()


@dataclass
class FakeGemini:
    url: str = ""
    requests: list[Request] = field(default_factory=list)
    replies: list[Reply | dict[str, Any]] = field(default_factory=list)
    _last: Reply | dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def reply(self, *replies: Reply | dict[str, Any]) -> None:
        """Queue the next answers (the last one repeats)."""
        self.replies.extend(replies)

    def next_reply(self) -> Reply:
        with self._lock:
            if self.replies:
                self._last = self.replies.pop(0)
            chosen = self._last
        if isinstance(chosen, dict):
            return Reply(text=json.dumps(chosen))
        return chosen


def _handler(fake: FakeGemini) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                body = json.loads(raw)
            except ValueError:
                body = {"unreadable": raw.decode("latin-1")}
            fake.requests.append(Request(self.path, dict(self.headers.items()), body))
            reply = fake.next_reply()
            if reply.delay:
                time.sleep(reply.delay)
            payload = reply.body if reply.body is not None else candidate(reply.text)
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (a timeout test)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def serve() -> Iterator[FakeGemini]:
    fake = FakeGemini()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
