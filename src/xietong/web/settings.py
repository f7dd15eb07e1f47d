"""The web platform's settings: one validated object, each setting documented,
read from ``XIETONG_*`` environment variables."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field


class Settings(BaseModel):
    db: str | None = Field(None, description="Database URL (default: XIETONG_DB, else ./xietong.sqlite)")
    host: str = Field("127.0.0.1", description="Address to listen on")
    port: int = Field(8000, ge=1, le=65535, description="Port to listen on")
    lang: str = Field("zh", pattern="^(zh|en)$", description="Default interface language")
    page_size: int = Field(20, ge=1, le=200, description="Directory rows per page")
    workers: int = Field(1, ge=1, le=64, description="Server processes (one per CPU core serves the most readers)")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = {"db": os.environ.get("XIETONG_DB"), "lang": os.environ.get("XIETONG_LANG", "zh")}
        values = {k: v for k, v in {**env, **overrides}.items() if v is not None}
        return cls.model_validate(values)

    def as_env(self) -> dict[str, str]:
        return {k: v for k, v in {"XIETONG_DB": self.db, "XIETONG_LANG": self.lang}.items() if v}

    def uploads_dir(self) -> Path:
        """Where uploads wait between preview and confirmation: one folder per
        database, shared by every worker serving it."""
        tag = hashlib.sha256((self.db or "default").encode()).hexdigest()[:16]
        folder = Path(tempfile.gettempdir()) / f"xietong-uploads-{tag}"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder
