"""Dates keep the precision they were written with; broken dates are refused."""

import pytest

from xietong import dates


@pytest.mark.parametrize(
    "text, value, precision",
    [("2015年4月", "2015-04", "month"), ("2015", "2015", "year"), ("2015年", "2015", "year"),
     ("2015-08-05", "2015-08-05", "day"), ("2015/8/5", "2015-08-05", "day"), ("2015.4", "2015-04", "month"),
     ("2015年4月11日", "2015-04-11", "day"), ("２０１５年４月", "2015-04", "month"), ("20150805", "2015-08-05", "day"),
     # a date cell written out as text with its time; a year as 年度; English
     ("2015-08-05 00:00:00", "2015-08-05", "day"), ("2015/8/5 0:00", "2015-08-05", "day"), ("2015-08-05T09:30", "2015-08-05", "day"),
     ("2015年度", "2015", "year"), ("August 2015", "2015-08", "month"), ("5 Aug 2015", "2015-08-05", "day"),
     ("Aug. 5, 2015", "2015-08-05", "day")],
)
def test_written_forms(text: str, value: str, precision: str) -> None:
    d = dates.parse(text)
    assert (str(d), d.precision) == (value, precision)


@pytest.mark.parametrize("text", ["2015-13", "2015-02-30", "去年", "15年", "2015-4-", "04-11", "", "Mayday 2015", "Aug 32, 2015",
                                  "2015-08-05 25", "12345"])
def test_broken_dates_are_refused(text: str) -> None:
    with pytest.raises(dates.DateError):
        dates.parse(text)


def test_a_month_spans_its_days() -> None:
    d = dates.parse("2016-02")
    assert (d.earliest().isoformat(), d.latest().isoformat()) == ("2016-02-01", "2016-02-29")


def test_chinese_numeral_dates_as_old_spreadsheets_write_them() -> None:
    assert str(dates.parse("二〇一五年四月")) == "2015-04"
    assert str(dates.parse("二○一六年十二月二十一日")) == "2016-12-21"  # ○, the circle, stands for 〇 too
    assert str(dates.parse("二零一四年")) == "2014"
    assert str(dates.parse("2015年十月")) == "2015-10"
    with pytest.raises(dates.DateError):
        dates.parse("二〇一五年十三月")
    with pytest.raises(dates.DateError):
        dates.parse("一五年四月")  # a two-digit year is not guessed


@pytest.mark.parametrize(
    "text, value",
    [("2015年4月上旬", "2015-04"), ("2015年4月底", "2015-04"), ("二〇一五年四月下旬", "2015-04"), ("2016年底", "2016"),
     ("2016年初", "2016"), ("2016年上半年", "2016"), ("2016年秋季", "2016"), ("2016年第三季度", "2016")],
)
def test_a_part_of_a_month_or_year_is_read_as_the_month_or_year(text: str, value: str) -> None:
    """No day or month is invented: 年底 could be November or December."""
    assert str(dates.parse(text)) == value


@pytest.mark.parametrize("text", ["2015年左右", "2015年前后", "2015年4月前后", "2015年底底", "2015年5季度"])
def test_an_unsure_period_is_not_read(text: str) -> None:
    with pytest.raises(dates.DateError):
        dates.parse(text)


def test_a_number_as_excel_keeps_dates_is_refused_with_the_date_it_would_be() -> None:
    """A date column written out unformatted gives Excel's day numbers: refused, as any number is, but
    the message says what the number stands for, so the reader can fix the column."""
    with pytest.raises(dates.DateError, match=r"'42221': a number as Excel keeps dates \(it would be 2015-08-05\)"):
        dates.parse("42221")
