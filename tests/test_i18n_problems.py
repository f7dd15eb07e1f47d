"""Input problems read in Chinese by default: every kind of problem a bad
file can have has a Chinese form, and a message without one is shown in
English rather than lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import write_csv
from xietong import registry
from xietong.i18n import problem, problem_line
from xietong.ingest.problems import InputError, Problem
from xietong.store import Store


def _problems(store: Store, path: Path, **kw) -> list[Problem]:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as caught:
        registry.import_paths(store, [str(path)], **kw)
    return caught.value.problems


def test_every_problem_of_these_bad_files_has_a_chinese_form(bundled: Store, tmp_path: Path) -> None:
    found: list[Problem] = []
    found += _problems(bundled, write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间", "成立地点", "成员数量"],
                                          [["京津冀甲联盟", "2015年13月", "火星", "很多"], ["京津冀甲联盟", "2015", "", ""],
                                           ["", "2015", "", ""]]), kind="alliances")
    found += _problems(bundled, write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色"],
                                          [["没有的联盟", "某公司", "老板"]]), kind="memberships")
    found += _problems(bundled, write_csv(tmp_path / "m2.csv", ["联盟", "角色"], [["京津冀甲联盟", "成员"]]),
                       kind="memberships")
    found += _problems(bundled, write_csv(tmp_path / "o.csv", ["名称", "机构类型", "统一社会信用代码"],
                                          [[" ", "企业", ""], ["甲\x07公司", "企业", ""], ["乙公司", "外星人", "123"]]),
                       kind="orgs")
    found += _problems(bundled, write_csv(tmp_path / "a2.csv", ["联盟名称", "城市群"], [["京津冀乙联盟", "火星群"]]),
                       kind="alliances")
    for name, content in {"empty.csv": b"", "header.csv": "联盟名称\n".encode(), "b.json": b"[{",
                          "old.xls": b"\xd0\xcf\x11\xe0", "cells.csv": "联盟名称\n甲,乙\n".encode(),
                          "nul.csv": "联盟名称\n甲\x00联盟\n".encode()}.items():
        (tmp_path / name).write_bytes(content)
        found += _problems(bundled, tmp_path / name, kind="alliances")
    found += _problems(bundled, tmp_path / "missing.csv")
    assert len({p.message for p in found}) >= 12
    # no English phrasing left in the Chinese form (codes, values and format names may stay)
    english = re.compile(r"\b(is|are|the|of|not|no|empty|contains|cannot|unknown|expected|name|row|column)\b")
    untranslated = [p.message for p in found if english.search(re.sub(r"'[^']*'", "", problem(p.message, "zh")))]
    assert untranslated == []
    assert all(problem(p.message, "en") == p.message for p in found)


def test_the_location_is_kept_and_an_unknown_message_stays_english() -> None:
    p = Problem("a.csv", 3, "成立时间", "cannot read date '2015年13月': month 13 is out of range")
    assert problem_line(p, "zh") == "a.csv:3:成立时间: 无法识别日期 '2015年13月'：月份 13 超出范围"
    odd = Problem("a.csv", 3, None, "something nobody has translated")
    assert problem_line(odd, "zh") == "a.csv:3: something nobody has translated"


@pytest.mark.parametrize("message", [
    "expected a whole number, got 'x'", "expected yes/no, got 'x'", "bad value: 'x'", "not a xietong export",
    "dump table statement lacks columns", "empty JSON array: no records",
    "the file ends inside this table (cut short?)",
    "expected a JSON array of objects, or an object of such arrays",
    "unknown sector 'x' (expected one of: a)", "broken JSON: Invalid \\escape (column 3)",
    # what the core refuses and the command line's usage errors
    "no xietong registry at sqlite:///x.sqlite: run `xietong init` first", "nothing named 'x'",
    "the registry at sqlite:///x.sqlite has an older schema (revision 0011, this xietong needs 0012): "
    "run `xietong init` to upgrade it; nothing is lost",
    "'x' matches 3 entities; give an id", "'a' and 'b' are the same record", "this change has already been undone",
    "a later change has replaced 2 statement fact(s) of this change: undo it first", "wrong username or password",
    "too many failed logins for 'a'; try again in 15 minutes", "no candidate 'x'", "no listing 'x'",
    "listing L1 was changed by someone else; reload and retry", "region: unknown region '火星'",
    "--format: expected csv, xlsx or json, got 'x'", "--as-of: month 13 is out of range",
    "cannot read date '2016/04/31': day 31 is out of range for 2016-04",
    "the need is empty: describe it in a few words (e.g. 降低钢铁生产能耗), or name the organisation that asks",
    "the need says only what is not wanted: say what is wanted too (e.g. 不是找旅游合作，而是想找工业气体)",
    "unknown organisation 'x' (give its id or exact name)", "review candidates added: 3",
    'broken CSV: a quoted cell is never closed: a stray " takes in the rest of the file',
    'broken CSV: text follows the " that closes a quoted cell (a quote inside a quoted cell is written "")',
])
def test_messages_the_bad_files_above_do_not_reach_have_a_chinese_form_too(message: str) -> None:
    english = re.compile(r"\b(is|are|the|of|not|no|nothing|empty|expected|unknown|bad|got|lacks|table|value|run|"
                         r"first|matches|give|same|record|change|wrong|too|many|try|again|listing|reload|added|this|needs|lost)\b")
    assert not english.search(re.sub(r"'[^']*'|--[a-z-]+|`[^`]*`", "", problem(message, "zh")))  # values, options, commands stay


@pytest.mark.parametrize(("kind", "said"), [("alliances", "联盟"), ("orgs", "机构"), ("memberships", "成员关系"),
                                            ("events", "活动"), ("stats", "统计"), ("listings", "供需信息")])
def test_a_column_left_unread_is_told_with_the_kind_of_rows_in_chinese(kind: str, said: str) -> None:
    zh = problem(f"a.csv: columns not imported (not known for {kind}): 序号, 备注", "zh")
    assert zh == f"a.csv：以下列未导入（{said}{'' if kind == 'listings' else '数据'}没有这些字段）：序号, 备注"
    assert kind not in zh


def test_the_bundled_registry_s_counts_and_notes_read_in_chinese(bundled: Store) -> None:
    """The reference table states counts and curators' notes in English; a Chinese reader reads them in
    Chinese (names and quoted words stay as written)."""
    from sqlalchemy import text

    from xietong.i18n import Labels

    zh, english = Labels("zh"), re.compile(r"[A-Za-z]{3,}")
    with bundled.engine.connect() as conn:
        counts = [dict(r._mapping) for r in conn.execute(text("SELECT count, qualifier, kind FROM count_fact"))]
        notes = [n for t in ("statement", "membership", "count_fact")
                 for (n,) in conn.execute(text(f"SELECT DISTINCT note FROM {t} WHERE note IS NOT NULL"))]
    assert any(english.search(c["kind"] or "") for c in counts) and notes
    assert [zh.count(c) for c in counts if english.search(zh.count(c))] == []
    assert [zh.note(n) for n in notes if english.search(re.sub(r"「[^」]*」", "", zh.note(n)))] == []
    assert "15所高校（其中3所具名）" in [zh.count(c) for c in counts]


def _example(pattern: str) -> str:
    """A message a pattern of problem_messages.yaml is written for: its first value quoted, as the core
    writes values ({value!r}), any other plain."""
    groups = iter(["'v'"] + ["x"] * 9)
    text = re.sub(r"\((?:\\d\+|\[\\d\.\]\+|\\w\+|\\S\+|\.\+\??|\.\*|(?:''|\")\.\+\?(?:''|\"))\)",
                  lambda m: "7" if m[0] in (r"(\d+)", r"([\d.]+)") else next(groups), pattern.strip("^$"))
    return re.sub(r"\\(.)", r"\1", text).replace("''", "'")


def test_no_translation_stands_behind_a_more_general_one_that_catches_its_messages_first() -> None:
    """The patterns are tried in order and the first that matches translates: a specific one behind a
    general one ('^name (.+)$' before '^name variant: …') is never used, and its messages come out
    half translated (名称variant: same cluster …)."""
    import yaml

    from xietong.vocab import data_path

    patterns = [p for p, _ in yaml.safe_load(data_path("problem_messages.yaml").read_text(encoding="utf-8"))["zh"]]
    checked, shadowed = 0, []
    for j, pattern in enumerate(patterns):
        example = _example(pattern)
        if not re.match(pattern, example):
            continue  # a pattern too intricate to write an example of here
        checked += 1
        first = next(i for i, p in enumerate(patterns) if re.match(p, example))
        if first != j:
            shadowed.append((pattern, patterns[first], example))
    assert checked > 200 and shadowed == []
    assert problem("name variant: same cluster and distinctive words「钢铁节能减排」, differing only in generic words",
                   "zh").startswith("名称变体")


def test_an_unknown_value_is_told_with_the_values_accepted_in_chinese() -> None:
    message = "unknown type '混合类' (expected one of: industry (产业类), comprehensive (综合类))"
    assert problem(message, "zh") == "未知取值 '混合类'（应为：industry (产业类), comprehensive (综合类)）"
    assert problem("unknown sector '火星'", "zh") == "未知取值 '火星'"  # none listed: none told
