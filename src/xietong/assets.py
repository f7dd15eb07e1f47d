"""Front-end assets installed from the npm registry at set-up (ECharts, htmx, Swagger UI),
served and embedded locally: never fetched from a CDN at run time."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


class AssetError(RuntimeError):
    pass


def web_dir() -> Path:
    """``$XIETONG_WEB_DIR``, else the checkout's ``web/`` folder."""
    env = os.environ.get("XIETONG_WEB_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "web"


def asset(relative: str) -> Path:
    path = web_dir() / "node_modules" / relative
    if not path.exists():
        raise AssetError(f"front-end asset {relative} is not installed in {web_dir()}: run scripts/setup "
                         "(it installs them from the npm registry)")
    return path


def node() -> str:
    exe = shutil.which("node")
    if exe is None:
        raise AssetError("Node.js is needed to draw charts for PDF and Markdown briefs: run scripts/setup --system")
    return exe
