"""Interface labels in Chinese (the default) and English."""

from __future__ import annotations

import os
import re
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


@cache
def _problem_patterns() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    return {lang: [(re.compile(p), form) for p, form in entries] for lang, entries in load_yaml("problem_messages.yaml").items()}


def problem(message: str, lang: str | None = None) -> str:
    """An input problem's message in ``lang``; English (as the core reports
    it) when ``lang`` is English or no translation fits.

    >>> problem("cannot read date '2020-13': month 13 is out of range", "zh")
    "无法识别日期 '2020-13'：月份 13 超出范围"
    >>> problem("duplicate of row 3", "zh"), problem("duplicate of row 3", "en")
    ('与第 3 行重复', 'duplicate of row 3')
    """
    for pattern, form in _problem_patterns().get(lang or default_lang(), []):
        found = pattern.match(message)
        if found:
            parts = [problem(g, lang) if g else "" for g in found.groups()]  # a quoted reason is translated too
            return re.sub(r"\{(\d)\}", lambda ref: parts[int(ref.group(1)) - 1], form)
    return message


def problem_line(p: object, lang: str | None = None) -> str:
    """``file:row:column: message`` with the message in ``lang``."""
    text = str(p)
    message = getattr(p, "message", None)
    if not message:
        return text
    return text[: len(text) - len(message)] + problem(message, lang)
