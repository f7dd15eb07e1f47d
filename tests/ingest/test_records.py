"""Validating rows by column gives exactly what validating each row as a
whole pydantic model gives: the same stored values, and the same problems
in the same order, however often a value repeats."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from xietong.ingest.problems import Problem
from xietong.ingest.readers import RawBlock
from xietong.ingest.records import MODELS, Validator

ROWS: dict[str, list[dict[str, Any]]] = {
    "alliances": [
        {"name": " 京津冀测试产业联盟 ", "founded": "2015年4月", "city": "张家口(崇礼)", "type": "产业类",
         "initiators": "北京甲科技有限公司、天津乙大学", "member_count": "70余家", "domains": "强关联性"},
        {"name": "京津冀测试服务联盟", "founded": "2016", "city": "", "type": "服务类", "aliases": ""},
        {"name": "", "founded": "2015年13月", "city": "火星", "type": "无此类"},
        {"founded": "2016"},
        {"name": "京津冀测试产业联盟", "initiator_count": "六家", "member_count": "若干"},
        {"name": "京津冀列表联盟", "aliases": ["甲", "乙"], "initiators": []},
    ],
    "orgs": [
        {"name": "北京甲科技有限公司", "kind": "企业", "province": "北京", "seat": "北京",
         "credit_code": "91110000MA01ABCD1M"},
        {"name": "河北丙大学", "kind": "高校", "province": "冀", "seat": "天津", "industries": "教育；科研"},
        {"name": "坏\x01名", "kind": "外星机构", "province": "火星", "credit_code": "123"},
        {"name": "天津丁科技有限公司", "credit_code": "91110000MA01ABCD1X"},  # its check character is M
        {"name": None, "kind": "企业"},
    ],
    "memberships": [
        {"alliance": "京津冀测试产业联盟", "org": "北京甲科技有限公司", "role": "成员单位"},
        {"alliance": "京津冀测试产业联盟", "org": "北京甲科技有限公司", "role": "发起单位", "since": "2015年4月"},
        {"alliance": "京津冀测试产业联盟", "org": "", "role": "旁观者", "since": "2015-02-30", "until": "明年"},
        {"org": "河北丙大学"},
        {"alliance": 12, "org": "河北丙大学"},
    ],
    "events": [
        {"alliance": "京津冀测试产业联盟", "kind": "会议", "date": "2016年5月", "title": "年会"},
        {"alliance": "京津冀测试产业联盟", "kind": "庆典", "date": "昨天"},
    ],
    "stats": [
        {"region": "北京", "sector": "制造业", "value": "1,234.5", "year": "2015"},
        {"region": "北京", "sector": "制造业", "value": "-1", "year": "15"},
        {"region": "火星", "sector": "制造业", "value": "很多"},
    ],
    "listings": [
        {"kind": "tech_offer", "owner": "北京甲科技有限公司", "title": "技术转让", "region": "廊坊", "status": "published"},
        {"kind": "卖", "owner": "", "title": "x", "valid_from": "2016-13", "status": "丢失"},
    ],
}


def _whole_row(kind: str, row: dict[str, Any], columns: dict[str, str]) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The reference: the row validated as one pydantic model."""
    by_field = {f: h for h, f in columns.items()}
    try:
        return MODELS[kind].model_validate(row).model_dump(), []
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = str(err["loc"][0])
            msg = "required value is empty" if err["type"] == "missing" else err["msg"].removeprefix("Value error, ")
            problems.append(Problem("f.csv", 7, by_field.get(field, field), msg))
        return None, problems


def _row(validate: Validator, row: int, cells: dict[str, Any]) -> tuple[Any, list[Problem]]:
    """One row validated as a block of one: its record (or None) and its problems."""
    block = validate.block("f.csv", RawBlock.of_rows([(row, cells)]))
    records = [rec for _, rec in block.records()]
    return (records[0] if records else None), block.problems


@pytest.mark.parametrize("kind", sorted(ROWS))
def test_each_row_as_whole_model_validation_gives_it(kind: str) -> None:
    columns = {f"列{f}": f for f in MODELS[kind].model_fields}  # headers are what problems name
    validate = Validator(kind, columns)
    for _ in range(2):  # the second pass is served from the cache
        for row in ROWS[kind]:
            cells = {f"列{f}": v for f, v in row.items()}
            rec, problems = _row(validate, 7, cells)
            expected, expected_problems = _whole_row(kind, row, columns)
            assert problems == expected_problems, row
            assert (None if rec is None else vars(rec)) == expected, row


def test_some_rows_of_each_kind_are_good_and_some_bad() -> None:
    # the cases above exercise both sides, or the comparison proves little
    for kind, rows in ROWS.items():
        outcomes = {_whole_row(kind, r, {})[0] is None for r in rows}
        assert outcomes == {True, False}, kind


def test_models_validate_field_by_field() -> None:
    # a model-level validator could make a value's validity depend on another
    # column, and the per-value cache would then be wrong
    for model in MODELS.values():
        assert not model.__pydantic_decorators__.model_validators, model.__name__


def test_a_repeated_value_is_validated_once() -> None:
    validate = Validator("memberships", {"联盟": "alliance", "成员": "org", "角色": "role"})
    for i in range(100):
        rec, _ = _row(validate, i + 2, {"联盟": "甲联盟", "成员": f"机构{i}", "角色": "成员单位"})
        assert rec is not None and rec.role == "member"
    assert len(validate._cache["role"]) == 1
    assert len(validate._cache["org"]) == 100


def test_records_do_not_share_their_default_lists() -> None:
    validate = Validator("orgs", {"名称": "name"})
    a, _ = _row(validate, 2, {"名称": "甲"})
    b, _ = _row(validate, 3, {"名称": "乙"})
    assert a is not None and b is not None
    a.aliases.append("x")
    assert b.aliases == []


@pytest.mark.parametrize("kind", sorted(ROWS))
def test_a_block_gives_what_each_row_alone_gives(kind: str) -> None:
    """A block is validated column by column; its good rows, their values and
    its problems are those of validating each row on its own, in row order,
    whether the block's columns are all text or mixed with lists, numbers and
    missing cells."""
    columns = {f"列{f}": f for f in MODELS[kind].model_fields}
    rows = [(n, {f"列{f}": v for f, v in row.items()}) for n, row in enumerate(ROWS[kind] * 3, start=2)]
    expected_rows, expected_problems = [], []
    one = Validator(kind, columns)
    for n, cells in rows:
        rec, problems = _row(one, n, cells)
        expected_problems.extend(problems)
        if rec is not None:
            expected_rows.append((n, vars(rec)))
    block = Validator(kind, columns).block("f.csv", RawBlock.of_rows(rows))
    assert [(n, vars(rec)) for n, rec in block.records()] == expected_rows
    assert block.problems == expected_problems
    assert [p.row for p in block.problems] == sorted(p.row for p in block.problems)


def test_an_all_text_block_of_good_rows_keeps_every_row_in_order() -> None:
    validate = Validator("memberships", {"联盟": "alliance", "成员": "org", "角色": "role", "加入": "since"})
    rows = [(n, {"联盟": "甲联盟", "成员": f"机构{n % 7}", "角色": "成员单位" if n % 2 else "发起单位", "加入": "2015年4月"})
            for n in range(2, 40)]
    block = validate.block("f.csv", RawBlock.of_rows(rows))
    assert block.rows == list(range(2, 40)) and not block.problems
    assert block.columns["org"] == [f"机构{n % 7}" for n in range(2, 40)]
    assert block.columns["role"] == ["member" if n % 2 else "initiator" for n in range(2, 40)]
    assert set(block.columns["since"]) == {"2015-04"} and set(block.columns["until"]) == {None}


def test_fields_validated_alike_share_a_cache_and_give_what_each_gives_alone() -> None:
    shared: dict[str, dict[str, Any]] = {}
    orgs = Validator("orgs", {f"列{f}": f for f in MODELS["orgs"].model_fields}, shared)
    members = Validator("memberships", {f"列{f}": f for f in MODELS["memberships"].model_fields}, shared)
    assert orgs._cache["name"] is members._cache["org"]
    assert members._cache["alliance"] is not members._cache["org"]  # an org's name is also held to naming one org
    assert members._cache["since"] is members._cache["until"]
    # fields whose one validator reads the field's name ("founded" or "type",
    # "kind" or "province") share nothing, though their schemas are the same
    alliances = Validator("alliances", {f"列{f}": f for f in MODELS["alliances"].model_fields}, shared)
    events = Validator("events", {f"列{f}": f for f in MODELS["events"].model_fields}, shared)
    assert alliances._cache["founded"] is not alliances._cache["type"]
    assert orgs._cache["kind"] is not orgs._cache["province"]
    for kind, validator in (("orgs", orgs), ("memberships", members), ("alliances", alliances), ("events", events)):
        alone = Validator(kind, validator.columns)
        rows = [(n, {f"列{f}": v for f, v in row.items()}) for n, row in enumerate(ROWS[kind] * 2, start=2)]
        shared_block, alone_block = validator.block("f.csv", RawBlock.of_rows(rows)), alone.block("f.csv", RawBlock.of_rows(rows))
        assert shared_block.columns == alone_block.columns and shared_block.problems == alone_block.problems


def test_a_block_known_to_be_text_validates_as_one_whose_cells_are_checked() -> None:
    """A CSV block without short rows is all text, and says so: the
    validator skips looking at each cell's type, and finds the same."""
    columns = {"联盟": "alliance", "成员": "org", "角色": "role", "加入": "since"}
    rows = [(n, {"联盟": "甲联盟", "成员": f"机构{n % 7}" if n % 9 else " ", "角色": ("成员单位", "发起单位", "老板")[n % 3],
                 "加入": "2015年4月" if n % 4 else "2015年13月"}) for n in range(2, 60)]
    scanned = Validator("memberships", columns).block("f.csv", RawBlock.of_rows(rows))
    known = RawBlock.of_rows(rows)
    known.text = True
    trusted = Validator("memberships", columns).block("f.csv", known)
    assert scanned.problems and (scanned.rows, scanned.columns, scanned.problems) == (trusted.rows, trusted.columns,
                                                                                     trusted.problems)
