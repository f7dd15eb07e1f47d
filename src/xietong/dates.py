"""Dates as precise as their source: a year, a month or a day.

"2015年4月" is a month, not 2015-04-01; inventing a day would be inventing a
fact. Values are written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` so that they
sort and compare as text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass


class DateError(ValueError):
    pass


@dataclass(frozen=True, order=True)
class FuzzyDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1000 <= self.year <= 2999:
            raise DateError(f"year {self.year} is out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"month {self.month} is out of range")
        if self.day is not None:
            if self.month is None:
                raise DateError("a day needs a month")
            try:
                dt.date(self.year, self.month, self.day)
            except ValueError as exc:
                raise DateError(str(exc)) from None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def chinese(self) -> str:
        """As a Chinese reader writes it, to its precision.

        >>> parse("2015-04").chinese(), parse("2015").chinese(), parse("2015-04-09").chinese()
        ('2015年4月', '2015年', '2015年4月9日')
        """
        if self.day:
            return f"{self.year}年{self.month}月{self.day}日"
        if self.month:
            return f"{self.year}年{self.month}月"
        return f"{self.year}年"

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        if self.day:
            return self.earliest()
        if self.month:
            nxt = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)


_PATTERNS = [
    re.compile(r"^(?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})年$"),
    re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?:份)?$"),
    re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"),
]


_CN_DIGIT = str.maketrans("〇零○O一二三四五六七八九", "0000123456789")
_CN_YEAR = re.compile(r"([〇零○O一二三四五六七八九]{4})年")
_CN_MONTH = re.compile(r"([一二三四五六七八九十]{1,3})月")
_CN_DAY = re.compile(r"月(\d{1,2}|[一二三四五六七八九十]{1,3})([日号])")


# a part of a month or a year (上旬, 年底, 上半年, 春季, 第二季度): read as the whole month or year, the
# most a reader can be sure of; "前后" and "左右" (about) are not, as the period itself is then unsure
_WITHIN = re.compile(r"^(?P<date>\d{4}年\d{1,2}月)(?:上旬|中旬|下旬|初|中|底|末)$"
                     r"|^(?P<year>\d{4})年(?:初|中|底|末|上半年|下半年|[春夏秋冬]季?|第[一二三四1-4]季度)$")


def arabic(text: str) -> str:
    """Chinese-numeral years, months and days in Arabic digits, the rest as written
    (a year's 〇 is also written ○ or the letter O).

    >>> arabic("二〇一五年四月"), arabic("二○一六年十二月二十一日"), arabic("十月底")
    ('2015年4月', '2016年12月21日', '10月底')
    """
    from xietong import counts

    text = _CN_YEAR.sub(lambda m: m[1].translate(_CN_DIGIT) + "年", text)
    text = _CN_MONTH.sub(lambda m: f"{counts.number(m[1])}月", text)
    return _CN_DAY.sub(lambda m: f"月{counts.number(m[1])}{m[2]}", text)


def parse(text: str) -> FuzzyDate:
    """Read a date written the ways Chinese spreadsheets write them. A part of a
    month or year (上旬, 年底) is read as the month or year: a day or a month
    would be invented.

    >>> str(parse("2015年4月")), parse("2015年4月").precision
    ('2015-04', 'month')
    >>> str(parse("2015-08-05")), str(parse("2015")), str(parse("2015/6/1")), str(parse("二〇一五年四月"))
    ('2015-08-05', '2015', '2015-06-01', '2015-04')
    >>> str(parse("2015年4月上旬")), str(parse("2016年底")), str(parse("二〇一六年上半年"))
    ('2015-04', '2016', '2016')
    >>> parse("2015年13月")
    Traceback (most recent call last):
    ...
    xietong.dates.DateError: cannot read date '2015年13月': month 13 is out of range
    """
    raw = text
    text = arabic(unicodedata.normalize("NFKC", text).strip().replace(" ", ""))
    if within := _WITHIN.match(text):
        text = within["date"] or within["year"]
    for pat in _PATTERNS:
        m = pat.match(text)
        if m:
            parts = m.groupdict()
            try:
                return FuzzyDate(
                    int(parts["y"]),
                    int(parts["m"]) if parts.get("m") else None,
                    int(parts["d"]) if parts.get("d") else None,
                )
            except DateError as exc:
                raise DateError(f"cannot read date {raw!r}: {exc}") from None
    raise DateError(f"cannot read date {raw!r}: expected YYYY, YYYY-MM, YYYY-MM-DD or 2015年4月")


def parse_optional(text: str | None) -> FuzzyDate | None:
    if text is None or not str(text).strip():
        return None
    return parse(str(text))


def as_of_bound(text: str) -> str:
    """The instant (ISO text) that an ``--as-of`` date means: its last moment.

    >>> as_of_bound("2016-04")
    '2016-04-30T23:59:59.999999'
    """
    d = parse(text)
    return d.latest().isoformat() + "T23:59:59.999999"
