"""Interface labels in Chinese (the default) and English."""

from __future__ import annotations

import os
from functools import cache

from xietong.vocab import load_yaml

LANGS = ("zh", "en")


@cache
def _messages() -> dict[str, dict[str, str]]:
    return load_yaml("messages.yaml")


def default_lang() -> str:
    lang = os.environ.get("XIETONG_LANG", "zh")
    return lang if lang in LANGS else "zh"


def t(key: str, lang: str | None = None) -> str:
    """Example:

    >>> t("founded", "zh"), t("founded", "en")
    ('成立时间', 'Founded')
    """
    return _messages()[lang or default_lang()].get(key, key)
