"""Count-only facts: "70余家钢铁企业" is a count, never seventy invented members."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

QUALIFIERS = ("exact", "more_than", "at_least", "about", "at_most")


class CountError(ValueError):
    pass


@dataclass(frozen=True)
class Count:
    count: int
    qualifier: str = "exact"
    kind: str | None = None

    def __str__(self) -> str:
        mark = {"exact": "", "more_than": "余", "at_least": "以上", "about": "约", "at_most": "以内"}[self.qualifier]
        body = f"约{self.count}" if self.qualifier == "about" else f"{self.count}{mark}"
        return body + (self.kind or "")


_NUM = r"(?P<num>\d+|[零〇一二两三四五六七八九十百千万]+)"
_COUNT = re.compile(
    r"^(?P<pre>约|近|超过|逾|不少于|不超过|共|共有|上(?=[百千]))?" + _NUM
    + r"(?P<post>\+|余|多|以上|多个|余个)?(?P<unit>家|个|所|名|位|人|户)?(?P<post2>余|多|以上)?(?P<kind>.*)$"
)
_PRE = {"上": "at_least", "约": "about", "近": "about", "超过": "more_than", "逾": "more_than", "不少于": "at_least", "不超过": "at_most"}
_POST = {"+": "more_than", "余": "more_than", "多": "more_than", "余个": "more_than", "多个": "more_than", "以上": "at_least"}


def number(text: str) -> int:
    """Arabic or Chinese numerals to an int.

    >>> number("七十"), number("六"), number("160")
    (70, 6, 160)

    A hundred or a thousand is said without its 一 ("逾百家", "百余家"):

    >>> number("百"), number("千"), number("百二十")
    (100, 1000, 120)
    """
    if text.isdigit():
        return int(text)
    if text[:1] in ("百", "千"):
        text = "一" + text
    import cn2an  # slow to import (a quarter of a second); only Chinese numerals need it

    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        raise CountError(f"cannot read number {text!r}") from None


def parse(text: str) -> Count:
    """Read a count with its qualifier and what is counted.

    >>> parse("70余家钢铁企业")
    Count(count=70, qualifier='more_than', kind='钢铁企业')
    >>> parse("160+")
    Count(count=160, qualifier='more_than', kind=None)
    >>> parse("六家单位")
    Count(count=6, qualifier='exact', kind='单位')
    >>> parse("很多")
    Traceback (most recent call last):
    ...
    xietong.counts.CountError: cannot read count '很多'
    """
    raw = text
    text = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    m = _COUNT.match(text)
    if not m:
        raise CountError(f"cannot read count {raw!r}")
    qualifier = "exact"
    if m.group("pre") in _PRE:
        qualifier = _PRE[m.group("pre")]
    post = m.group("post") or m.group("post2")
    if post:
        qualifier = _POST[post]
    kind = (m.group("kind") or "").strip() or None
    if kind is None and m.group("unit") in ("所", "名", "位", "人", "户"):
        kind = None
    return Count(number(m.group("num")), qualifier, kind)
