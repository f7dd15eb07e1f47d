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
            except ValueError:
                raise DateError(f"day {self.day} is out of range for {self.year:04d}-{self.month:02d}") from None

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
    re.compile(r"^(?P<y>\d{4})年(?:度)?$"),
    re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?:份)?$"),
    re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
    # English: "April 2015", "Apr. 2015", "1 April 2015", "April 1, 2015" (spaces already taken out)
    re.compile(r"^(?:(?P<d>\d{1,2}))?(?P<mon>[A-Za-z]{3,9})\.?(?:(?P<d2>\d{1,2}),?)?(?P<y>\d{4})$"),
]
_MONTHS = {m: i for i, names in enumerate(("jan january", "feb february", "mar march", "apr april", "may", "jun june",
                                           "jul july", "aug august", "sep sept september", "oct october",
                                           "nov november", "dec december"), 1) for m in names.split()}
# a time of day after the date, as spreadsheets write a date cell as text ("2015-04-01 00:00:00", "2015/4/1 0:00")
_TIME = re.compile(r"(?<=\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
# a day number as Excel keeps dates (42095 is 2015-04-01), for a cell written out unformatted
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")


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

    As spreadsheets written out as text give them: a date cell with its time of day, a year
    as 年度, an English date:

    >>> str(parse("2015-04-01 00:00:00")), str(parse("2015/4/1 0:00")), str(parse("2015年度"))
    ('2015-04-01', '2015-04-01', '2015')
    >>> str(parse("April 2015")), str(parse("1 Apr. 2015")), str(parse("April 1, 2015"))
    ('2015-04', '2015-04-01', '2015-04-01')
    >>> parse("42095")
    Traceback (most recent call last):
    ...
    xietong.dates.DateError: cannot read date '42095': a number as Excel keeps dates (it would be 2015-04-01); format the column as dates, or write the date out
    >>> parse("2015年13月")
    Traceback (most recent call last):
    ...
    xietong.dates.DateError: cannot read date '2015年13月': month 13 is out of range
    >>> parse("2016/04/31")
    Traceback (most recent call last):
    ...
    xietong.dates.DateError: cannot read date '2016/04/31': day 31 is out of range for 2016-04
    """
    raw = text
    text = _TIME.sub("", unicodedata.normalize("NFKC", text).strip())
    text = arabic(text.replace(" ", ""))
    if within := _WITHIN.match(text):
        text = within["date"] or within["year"]
    for pat in _PATTERNS:
        m = pat.match(text)
        if m:
            parts = m.groupdict()
            month = parts.get("m")
            if parts.get("mon"):
                month = _MONTHS.get(parts["mon"].lower())
                if month is None:
                    continue  # a word that is no month's name
            day = parts.get("d") or parts.get("d2")
            try:
                return FuzzyDate(int(parts["y"]), int(month) if month else None, int(day) if day else None)
            except DateError as exc:
                raise DateError(f"cannot read date {raw!r}: {exc}") from None
    if _SERIAL.match(text) and 18264 <= float(text) < 73051:  # 1950 to 2099
        meant = dt.date(1899, 12, 30) + dt.timedelta(days=int(float(text)))
        raise DateError(f"cannot read date {raw!r}: a number as Excel keeps dates (it would be {meant.isoformat()}); "
                        "format the column as dates, or write the date out")
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
