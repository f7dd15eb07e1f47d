"""A web app over the bundled registry (both backends), and a live server for the browser."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from fastapi.testclient import TestClient

from xietong.store import Store
from xietong.web.app import create_app
from xietong.web.settings import Settings


@pytest.fixture
def client(bundled: Store) -> TestClient:
    return TestClient(create_app(Settings(db=bundled.url)))


@pytest.fixture
def live(bundled: Store):  # type: ignore[no-untyped-def]
    """A real server on 127.0.0.1 (a free port), stopped after the test."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=bundled.url)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
