"""The web platform's settings: one validated object, each setting documented,
read from ``XIETONG_*`` environment variables."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from xietong import regions


class Settings(BaseModel):
    db: str | None = Field(None, description="Database URL (default: XIETONG_DB, else ./xietong.sqlite)")
    host: str = Field("127.0.0.1", description="Address to listen on")
    port: int = Field(8000, ge=1, le=65535, description="Port to listen on")
    lang: str = Field("zh", pattern="^(zh|en)$", description="Default interface language")
    page_size: int = Field(20, ge=1, le=200, description="Directory rows per page")
    workers: int = Field(1, ge=1, le=64, description="Server processes (one per CPU core serves the most readers)")
    cluster: str | None = Field(None, description="The deployment's home city cluster (id, name or alias): the platform's "
                                "pages open at its alliances, and the whole registry is read with its places "
                                "(default: none, the whole registry read with 京津冀's)")

    @field_validator("cluster")
    @classmethod
    def _known_cluster(cls, value: str | None) -> str | None:
        """A cluster's id, whatever name it was given by; one that is no cluster is refused, naming those that are."""
        if value is None or not value.strip():
            return None
        try:
            return regions.cluster_named(value).id
        except regions.UnknownRegion as exc:
            raise ValueError(str(exc)) from None

    @property
    def home(self) -> regions.Cluster:
        """The home cluster: its places are the ones a reading of the whole registry speaks of."""
        return regions.home_cluster(self.cluster)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = {"db": os.environ.get("XIETONG_DB"), "lang": os.environ.get("XIETONG_LANG", "zh"),
               "cluster": os.environ.get("XIETONG_CLUSTER")}
        given = {k: v for k, v in overrides.items() if v is not None}  # an option not given leaves the environment's
        values = {k: v for k, v in {**env, **given}.items() if v is not None}
        return cls.model_validate(values)

    def as_env(self) -> dict[str, str]:
        return {k: v for k, v in {"XIETONG_DB": self.db, "XIETONG_LANG": self.lang,
                                  "XIETONG_CLUSTER": self.cluster}.items() if v}

    def uploads_dir(self) -> Path:
        """Where uploads wait between preview and confirmation: one folder per
        database, shared by every worker serving it."""
        tag = hashlib.sha256((self.db or "default").encode()).hexdigest()[:16]
        folder = Path(tempfile.gettempdir()) / f"xietong-uploads-{tag}"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder
