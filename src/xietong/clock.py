"""Recording time. ``XIETONG_NOW`` (ISO text) pins it, for reproducible runs."""

import datetime as dt
import os


def now() -> str:
    pinned = os.environ.get("XIETONG_NOW")
    if pinned:
        return dt.datetime.fromisoformat(pinned).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
