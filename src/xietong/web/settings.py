"""The web platform's settings: one validated object, each setting documented,
read from ``XIETONG_*`` environment variables."""

from __future__ import annotations

import os

from pydantic import BaseModel, Field


class Settings(BaseModel):
    db: str | None = Field(None, description="Database URL (default: XIETONG_DB, else ./xietong.sqlite)")
    host: str = Field("127.0.0.1", description="Address to listen on")
    port: int = Field(8000, ge=1, le=65535, description="Port to listen on")
    lang: str = Field("zh", pattern="^(zh|en)$", description="Default interface language")
    page_size: int = Field(20, ge=1, le=200, description="Directory rows per page")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = {"db": os.environ.get("XIETONG_DB"), "lang": os.environ.get("XIETONG_LANG", "zh")}
        values = {k: v for k, v in {**env, **overrides}.items() if v is not None}
        return cls.model_validate(values)
