"""A cache of whole responses for anonymous readers of the directory, the
network, the map, the dashboard and the API's lists.

Many people read the same pages; each costs a filter, a page of rows and a
template. A response is kept under its path, query, language and htmx flag,
and only while the registry's views are those it was made from (the
catalog's version: any write, here or in another process, moves it on).
Signed-in users are never served from it (their pages carry their name and
CSRF token); nor is anything but a plain 200."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from xietong.web.catalog import Catalog

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]

CACHEABLE = frozenset({"/", "/alliances", "/network", "/map", "/api/v1/alliances", "/api/v1/organisations",
                       "/api/v1/memberships", "/api/v1/indicators", "/api/v1/network"})
MAX_ENTRIES = 4096
MAX_BYTES = 64 * 1024 * 1024


class ResponseCache:
    def __init__(self, app: ASGIApp, catalog: Catalog, session_cookie: str, state: Any = None):
        self.app = app
        if state is not None:
            state.response_cache = self  # for its counters
        self.catalog = catalog
        self.session_cookie = session_cookie.encode()
        self.entries: OrderedDict[tuple[Any, ...], tuple[Message, bytes]] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()
        self.hits = self.misses = 0
        self.version = -1  # the catalog version the entries were made from

    def _key(self, scope: Scope) -> tuple[Any, ...] | None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in CACHEABLE:
            return None
        lang, hx = b"", b""
        for name, value in scope["headers"]:
            if name == b"cookie":
                if self.session_cookie + b"=" in value:
                    return None
                for part in value.split(b";"):
                    k, _, v = part.strip().partition(b"=")
                    if k == b"lang":
                        lang = v
            elif name == b"hx-request":
                hx = value
        return (scope["path"], scope["query_string"], lang, hx)

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        version = self.catalog.current()
        key = (version, *key)
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None:
                self.entries.move_to_end(key)
                self.hits += 1
        if hit is not None:
            start, body = hit
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: Message = {}
        chunks: list[bytes] = []
        cacheable = True

        async def keep(message: Message) -> None:
            nonlocal start, cacheable
            if message["type"] == "http.response.start":
                start = message
                cacheable = message["status"] == 200 and not any(n == b"set-cookie" for n, _ in message["headers"])
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)
        if cacheable and start and version == self.catalog.version:
            body = b"".join(chunks)
            with self.lock:
                if version != self.version:  # the registry changed: what was kept is stale
                    self.entries.clear()
                    self.size, self.version = 0, version
                self.entries[key] = (start, body)
                self.size += len(body)
                while len(self.entries) > MAX_ENTRIES or self.size > MAX_BYTES:
                    _, (_, old) = self.entries.popitem(last=False)
                    self.size -= len(old)
