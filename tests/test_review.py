"""The review queue: candidates are not facts until accepted; accepting writes
sourced facts; a failed commit stores nothing; a rejection is remembered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import fingerprint
from xietong import registry, review
from xietong.cli import app
from xietong.store import Store
from xietong.text.pipeline import extract_path

TEXT = "京津冀审核测试产业联盟近日在京成立，由北京某某大学和天津某某研究院共同发起，成员单位达30余家。"


def _commit(store: Store, tmp_path: Path, text: str = TEXT, name: str = "news.txt") -> int:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return review.add_candidates(store, extract_path(str(f), context_cluster="jingjinji"))


def _accepted(store: Store, tmp_path: Path, text: str, alliance: str, edits: dict[str, str] | None = None,
              name: str = "news.txt") -> tuple[dict, dict]:  # type: ignore[type-arg]
    """The one candidate ``text`` proposes, as proposed, and ``alliance`` as shown once the candidate,
    corrected by ``edits``, is accepted."""
    _commit(store, tmp_path, text, name)
    [c] = review.list_candidates(store)
    if edits:
        review.edit(store, c["id"], edits)
    review.accept(store, c["id"])
    [shown] = registry.show(store, alliance)
    return c["record"], shown


def test_candidates_are_not_facts(bundled: Store, tmp_path: Path) -> None:
    before = {a["name"] for a in registry.list_entities(bundled, "alliance")}
    assert _commit(bundled, tmp_path) == 1
    assert {a["name"] for a in registry.list_entities(bundled, "alliance")} == before
    assert _commit(bundled, tmp_path) == 0  # the same document again adds nothing


def test_accept_writes_facts_sourced_to_document_and_span(bundled: Store, tmp_path: Path) -> None:
    _commit(bundled, tmp_path)
    [c] = review.list_candidates(bundled)
    review.accept(bundled, c["id"][:10], by="editor")
    [shown] = registry.show(bundled, "京津冀审核测试产业联盟")
    assert shown["city"] == "110000"
    assert sorted(m["org"] for m in shown["members"]) == ["北京某某大学", "天津某某研究院"]
    [count] = shown["counts"]
    assert (count["count"], count["qualifier"]) == (30, "more_than")
    city = shown["facts"]["city"][0]
    assert city["source"]["kind"] == "document" and city["locator"].startswith("chars 0-")
    assert "京津冀审核测试产业联盟近日在京成立" in city["passage"]
    assert review.list_candidates(bundled, "accepted")[0]["decided_by"] == "editor"
    with pytest.raises(review.ReviewError, match="already accepted"):
        review.accept(bundled, c["id"])


def test_each_fact_is_sourced_to_the_sentence_it_was_read_from(store: Store, tmp_path: Path) -> None:
    """A second sentence ("该联盟由…发起") states the founders and the count: they are sourced to it, not to
    the sentence that names the alliance, which says neither."""
    first = "2018年5月，京津冀审核测试材料联盟在天津成立。"
    second = "该联盟由北京某某大学和河北某某研究院共同发起，首批成员包括40余家企业。"
    _commit(store, tmp_path, first + second)
    [c] = review.list_candidates(store)
    code, listed, _ = _cli(["review", "list", "--db", store.url])
    assert f"依据：「{first[:-1]}」" in listed and f"依据：「{second[:-1]}」" in listed  # the reviewer sees both
    review.accept(store, c["id"])
    [shown] = registry.show(store, "京津冀审核测试材料联盟")
    [founded] = shown["facts"]["founded"]
    assert founded["passage"] == first[:-1] and founded["locator"] == f"chars 0-{len(first) - 1}"
    start = len(first)
    for fact in [*shown["members"], *shown["counts"]]:
        assert fact["passage"] == second[:-1] and fact["locator"] == f"chars {start}-{start + len(second) - 1}", fact


def _cli(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


def test_edit_then_accept(store: Store, tmp_path: Path) -> None:
    _commit(store, tmp_path)
    [c] = review.list_candidates(store)
    review.edit(store, c["id"], {"founded": "2026年3月", "city": "天津"})
    with pytest.raises(review.ReviewError, match="unknown region"):
        review.edit(store, c["id"], {"city": "火星"})
    review.accept(store, c["id"])
    a = registry.list_entities(store, "alliance")[0]
    assert (a["founded"], a["city"]) == ("2026-03", "120000")
    assert review.list_candidates(store, "accepted")[0]["proposal"]["city"] == "110000"  # the proposal is kept


def test_a_count_of_initiators_keeps_its_qualifier_from_the_text_to_the_registry(store: Store, tmp_path: Path) -> None:
    """由…100余家企业共同发起 is a count of more than 100 initiators, whoever they are; a reviewer who
    saves the number unchanged keeps it so, and one who writes 约80 says it is about 80."""
    _commit(store, tmp_path, "京津冀审核测试计数联盟由三地100余家企业共同发起成立，成员单位达200余家。")
    [c] = review.list_candidates(store)
    assert (c["record"]["initiator_count"], c["record"]["initiator_count_qualifier"]) == (100, "more_than")
    assert c["record"]["initiators"] == []  # 三地 says where they are, not who
    review.edit(store, c["id"], {"initiator_count": "100", "member_count": "约180"})
    review.accept(store, c["id"])
    [shown] = registry.show(store, "京津冀审核测试计数联盟")
    assert {(x["role"], x["count"], x["qualifier"]) for x in shown["counts"]} == {
        ("initiator", 100, "more_than"), ("member", 180, "about")}


def test_a_rejected_proposal_is_not_raised_again(store: Store, tmp_path: Path) -> None:
    _commit(store, tmp_path)
    [c] = review.list_candidates(store)
    review.reject(store, c["id"], reason="not a real alliance")
    assert _commit(store, tmp_path, name="repost.txt") == 0  # same proposal, another document
    assert registry.list_entities(store, "alliance") == []


def test_a_failed_commit_stores_nothing(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(store)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("京津冀第二测试产业联盟在天津成立。", encoding="utf-8")
    results = extract_path(str(tmp_path), context_cluster="jingjinji")
    real = review.fingerprint
    calls = {"n": 0}

    def failing(rec):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(rec)

    monkeypatch.setattr(review, "fingerprint", failing)
    with pytest.raises(RuntimeError):
        review.add_candidates(store, results)
    assert fingerprint(store) == before


def test_cli_extract_json_contract_and_commit(db_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(app, ["init", "--db", db_url])
    f = tmp_path / "n.txt"
    f.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "--json", "--commit", "--db", db_url])
    assert result.exit_code == 0
    [line] = result.stdout.strip().splitlines()
    rec = json.loads(line)
    assert {"alliance", "founded", "city", "initiators", "initiator_count", "member_count", "regions", "evidence"} <= set(rec)
    listed = json.loads(runner.invoke(app, ["review", "list", "--json", "--db", db_url]).stdout)
    assert [c["record"]["alliance"] for c in listed] == ["京津冀审核测试产业联盟"]
    bad = runner.invoke(app, ["review", "accept", "nope", "--db", db_url])
    assert bad.exit_code == 1 and "没有编号为 'nope' 的待审记录" in bad.stderr
    rejected = runner.invoke(app, ["review", "reject", listed[0]["id"][:10], "--reason", "重复", "--db", db_url])
    assert rejected.exit_code == 0 and rejected.stdout == "已驳回\n"  # in the reader's language, as accept is


def test_short_forms_attach_to_the_known_organisation(bundled: Store, tmp_path: Path) -> None:
    _commit(bundled, tmp_path, "由北工大和天工大联合发起的京津冀高校互认测试联盟在北京成立。")
    [c] = review.list_candidates(bundled)
    review.accept(bundled, c["id"])
    [shown] = registry.show(bundled, "京津冀高校互认测试联盟")
    assert sorted(m["org"] for m in shown["members"]) == ["北京工业大学", "天津工业大学"]
    [org] = registry.show(bundled, "北京工业大学", kind="org")
    assert "北工大" in org["aliases"]


def test_accepting_reads_province_and_kind_off_the_new_organisations_names(store: Store, tmp_path: Path) -> None:
    _commit(store, tmp_path)
    [c] = review.list_candidates(store)
    review.accept(store, c["id"])
    [org] = registry.show(store, "天津某某研究院", kind="org")
    [province] = org["facts"]["province"]
    assert (province["value"], province["dataset"]) == ("120000", "rule:org-name")
    assert org["facts"]["kind"][0]["value"] == "research_institute"


def test_an_accepted_alliance_is_typed_at_once_its_members_kinds_counted(store: Store, tmp_path: Path) -> None:
    """The classifier reads the accepted alliance with its members, as ``xietong init`` reads the
    registry, which then finds it typed as it would type it."""
    _, shown = _accepted(store, tmp_path, "京津冀审核分类测试联盟近日在京成立，由北京某某大学和天津某某科技有限公司共同发起。",
                         "京津冀审核分类测试联盟")
    [typed] = shown["facts"]["type"]
    assert typed["dataset"] == registry.CLASSIFIER_DATASET
    # no field in its name: a university with a firm among its founders makes it 产学研, comprehensive
    assert (shown["type"], shown["relations"]) == ("comprehensive", ["industry_academia"])
    assert "members: 1 universities/institutes with 1 firms" in typed["note"]
    [whole] = [r for r in registry.classify_registry(store) if r["id"] == shown["id"]]
    assert (whole["type"], whole["relations"]) == (shown["type"], shown["relations"])
    registry.init(store)
    assert registry.show(store, "京津冀审核分类测试联盟")[0]["facts"]["type"] == shown["facts"]["type"]


def test_a_renamed_alliance_is_one_record_under_its_new_name_and_its_old_name_finds_it(store: Store, tmp_path: Path) -> None:
    """A report that A更名为B, accepted: the record kept under A is merged into B's (its facts and
    members with it), reported as a merge for the renaming, undone with the acceptance; B says A is
    its former name, not a name it goes by; a later report naming A adds to B."""
    from xietong import accounts
    from xietong.undo import undo_entry

    _accepted(store, tmp_path, "京津冀测试养老联盟近日在北京成立，由北京某某大学发起，首批成员单位30家。", "京津冀测试养老联盟")
    _commit(store, tmp_path, "京津冀测试养老联盟正式更名为京津冀测试康养联盟，成员单位增至50家。", "b.txt")
    [c] = [c for c in review.list_candidates(store) if c["record"]["alliance"] == "京津冀测试康养联盟"]
    assert c["record"]["former_names"] == ["京津冀测试养老联盟"]
    done = review.decide(store, c["id"], "accept", by="alice", logged_as="alice")
    [merge] = done["merges"]
    assert (merge["name"], merge["kept"], merge["reason"]) == (
        "京津冀测试养老联盟", done["alliance_id"], "renamed: 「京津冀测试养老联盟」 is the name it had before")
    [one] = [a for a in registry.list_entities(store, "alliance") if "测试" in a["name"]]
    assert (one["name"], one["former_names"], one["aliases"]) == ("京津冀测试康养联盟", ["京津冀测试养老联盟"], [])
    assert (one["initiators"], one["city"]) == (["北京某某大学"], "110000")  # what was said under the old name
    [shown] = registry.show(store, "京津冀测试养老联盟")  # the old name finds the record as it is now
    assert shown["id"] == one["id"] and shown["facts"]["former_names"][0]["passage"].startswith("京津冀测试养老联盟正式更名")
    [old] = review.list_candidates(store)  # the report's record of the old name, accepted too: it adds to B
    review.decide(store, old["id"], "accept", by="bob", logged_as="bob")
    _commit(store, tmp_path, "京津冀测试养老联盟2015年在北京成立。", "c.txt")
    [later] = review.list_candidates(store)
    review.decide(store, later["id"], "accept", by="bob", logged_as="bob")
    assert [a["founded"] for a in registry.list_entities(store, "alliance") if "测试" in a["name"]] == ["2015"]
    for entry in accounts.audit_log(store)[:3]:  # the later acceptances first: they stand on the merge
        undo_entry(store, entry["id"], by=entry["actor"])
    [alone] = [a for a in registry.list_entities(store, "alliance") if "测试" in a["name"]]
    assert (alone["name"], alone["former_names"], alone["initiators"]) == ("京津冀测试养老联盟", [], ["北京某某大学"])


def test_a_former_name_corrected_to_the_alliance_s_own_name_is_no_former_name(store: Store, tmp_path: Path) -> None:
    _commit(store, tmp_path, "京津冀测试养老联盟正式更名为京津冀测试康养联盟。")
    [c] = [c for c in review.list_candidates(store) if c["record"]["alliance"] == "京津冀测试康养联盟"]
    review.edit(store, c["id"], {"former_names": "京津冀测试康养联盟"})
    review.accept(store, c["id"])
    [shown] = registry.show(store, "京津冀测试康养联盟")
    assert shown["former_names"] == [] and "former_names" not in shown["facts"]


def test_a_renaming_merges_nothing_judged_different(store: Store, tmp_path: Path) -> None:
    _accepted(store, tmp_path, "京津冀测试养老联盟近日在北京成立。", "京津冀测试养老联盟")
    _accepted(store, tmp_path, "京津冀测试康养联盟近日在天津成立。", "京津冀测试康养联盟", name="b.txt")
    registry.mark_different(store, "京津冀测试养老联盟", "京津冀测试康养联盟")
    _commit(store, tmp_path, "京津冀测试养老联盟正式更名为京津冀测试康养联盟。", "c.txt")
    [c] = [c for c in review.list_candidates(store) if c["record"]["alliance"] == "京津冀测试康养联盟"]
    assert review.accept(store, c["id"])["merges"] == []
    assert len([a for a in registry.list_entities(store, "alliance") if "测试" in a["name"]]) == 2


def test_cli_decides_several_candidates_at_once_each_on_its_own(db_url: str, tmp_path: Path) -> None:
    """Several ids: each decided and logged on its own; one that cannot be (gone, decided already)
    is said on standard error and the exit is 1, while the others stand."""
    runner = CliRunner()
    runner.invoke(app, ["init", "--db", db_url])
    f = tmp_path / "n.txt"
    f.write_text("京津冀多选测试甲联盟近日成立。京津冀多选测试乙联盟近日成立。京津冀多选测试丙联盟近日成立。", encoding="utf-8")
    assert runner.invoke(app, ["extract", str(f), "--commit", "--db", db_url]).exit_code == 0
    ids = {c["record"]["alliance"]: c["id"] for c in json.loads(runner.invoke(app, ["review", "list", "--json", "--db", db_url]).stdout)}
    a, b, c = (ids[f"京津冀多选测试{n}联盟"] for n in "甲乙丙")
    done = runner.invoke(app, ["review", "accept", a[:12], b, "nope", "--json", "--db", db_url])
    assert done.exit_code == 1 and json.loads(done.stdout)["decided"] == [a, b]  # named whole
    assert [r["id"] for r in json.loads(done.stdout)["refused"]] == ["nope"]
    both = runner.invoke(app, ["review", "reject", b, c, "--db", db_url])
    assert both.exit_code == 1 and both.stdout.startswith("已驳回 1 条候选") and "已处理" in both.stderr
    from xietong.store.db import open_store

    assert {x["id"]: x["status"] for x in review.list_candidates(open_store(db_url), status=None) if x["id"] in (a, b, c)} == \
        {a: "accepted", b: "accepted", c: "rejected"}


def test_members_named_in_the_text_become_members_sourced_to_their_sentence(store: Store, tmp_path: Path) -> None:
    """首批成员单位包括甲、乙和丙等30家单位 names three of the thirty: accepting the proposal makes them
    members (the thirty stay a count), each sourced to the sentence that names them; an editor may
    correct the names first, and founders named again as members stay founders only."""
    first = "京津冀审核测试物流联盟近日在天津成立，由北京某某大学发起。"
    second = "首批成员单位包括北京某某大学、天津某某有限公司和河北某某研究院等30家单位。"
    proposed, shown = _accepted(store, tmp_path, first + second, "京津冀审核测试物流联盟",
                                {"members": "天津某某有限公司；河北某某科学研究院"})
    assert proposed["members"] == ["天津某某有限公司", "河北某某研究院"]
    roles = {m["org"]: m["role"] for m in shown["members"]}
    assert roles == {"北京某某大学": "initiator", "天津某某有限公司": "member", "河北某某科学研究院": "member"}
    member = next(m for m in shown["members"] if m["org"] == "天津某某有限公司")
    assert member["passage"] == second[:-1]
    assert [(x["role"], x["count"]) for x in shown["counts"]] == [("member", 30)]


def test_the_body_its_secretariat_is_at_becomes_its_secretariat_sourced_to_its_sentence(store: Store, tmp_path: Path) -> None:
    """联盟秘书处设在甲: accepting the proposal makes 甲 a member in the secretariat's role (Beijing's lead,
    among others, counts it), sourced to that sentence; an editor may correct it first."""
    first = "京津冀审核测试航空联盟近日在石家庄成立，由北京某某大学发起。"
    second = "联盟秘书处设在河北省某某学会。"
    proposed, shown = _accepted(store, tmp_path, first + second, "京津冀审核测试航空联盟")
    assert proposed["secretariat"] == "河北省某某学会"
    office = next(m for m in shown["members"] if m["role"] == "secretariat")
    assert office["org"] == "河北省某某学会" and office["passage"] == second[:-1]
    proposed, shown = _accepted(store, tmp_path, "京津冀审核测试港口联盟近日在天津成立，秘书处设在天津某某研究院。",
                                "京津冀审核测试港口联盟", {"secretariat": "天津某某科学研究院"}, "second.txt")
    assert proposed["secretariat"] == "天津某某研究院"
    assert [(m["org"], m["role"]) for m in shown["members"]] == [("天津某某科学研究院", "secretariat")]


def test_the_bodies_holding_its_council_offices_become_its_chair_and_vice_chairs(store: Store, tmp_path: Path) -> None:
    """甲当选理事长单位，乙、丙当选副理事长单位: accepting the proposal makes each a member in its office's role,
    sourced to the sentence that names it; an editor may correct them first."""
    first = "京津冀审核测试模具联盟近日在天津成立。"
    second = "会议选举北京某某集团有限公司为理事长单位，天津某某大学、河北某某研究院当选副理事长单位。"
    _commit(store, tmp_path, first + second)
    [c] = review.list_candidates(store)
    assert (c["record"]["chair"], c["record"]["vice_chairs"]) == ("北京某某集团有限公司", ["天津某某大学", "河北某某研究院"])
    code, listed, _ = _cli(["review", "list", "--db", store.url])
    assert code == 0 and "理事长单位：北京某某集团有限公司" in listed and "副理事长单位：天津某某大学、河北某某研究院" in listed
    review.edit(store, c["id"], {"vice_chairs": "天津某某大学；河北某某科学研究院"})
    review.accept(store, c["id"])
    [shown] = registry.show(store, "京津冀审核测试模具联盟")
    roles = {m["org"]: m["role"] for m in shown["members"]}
    assert roles == {"北京某某集团有限公司": "chair", "天津某某大学": "vice_chair", "河北某某科学研究院": "vice_chair"}
    chair = next(m for m in shown["members"] if m["role"] == "chair")
    assert chair["passage"] == second[:-1]
    _commit(store, tmp_path, "京津冀审核测试港口联盟近日在天津成立，天津某某研究院当选理事长单位。", "second.txt")
    [c] = review.list_candidates(store)
    with pytest.raises(review.ReviewError, match="chair: is too long"):
        review.edit(store, c["id"], {"chair": "甲" * 201})
    assert review.show(store, c["id"])["record"]["chair"] == "天津某某研究院"  # unchanged


def test_every_body_chairing_in_turn_becomes_a_chair_and_the_one_chair_is_kept_in_step(store: Store, tmp_path: Path) -> None:
    """甲、乙、丙轮值担任理事长单位: accepted, each is a member chairing the alliance, sourced to that sentence.
    Correcting the chairs keeps the one ``chair`` in step: one body is it, several are none; correcting
    ``chair`` (as `review edit --set chair=` always did) makes it the only chair. A proposal stored
    before chairs were listed is read with its one chair as its chairs, and accepted so, once."""
    said = "会议选举北京某某集团、天津某某集团和河北某某集团为联盟轮值理事长单位。"
    _, shown = _accepted(store, tmp_path, "京津冀审核轮值测试联盟成立大会在天津召开。" + said, "京津冀审核轮值测试联盟")
    chairs = [m for m in shown["members"] if m["role"] == "chair"]
    assert sorted(m["org"] for m in chairs) == ["北京某某集团", "天津某某集团", "河北某某集团"]
    assert {m["passage"] for m in chairs} == {said[:-1]}
    _commit(store, tmp_path, "京津冀审核联合测试联盟成立，甲某某有限公司、乙某某研究院当选联合理事长单位。", "b.txt")
    [c] = review.list_candidates(store)
    assert (c["record"]["chairs"], c["record"]["chair"]) == (["甲某某有限公司", "乙某某研究院"], None)
    one = review.edit(store, c["id"], {"chairs": "甲某某有限公司"})["record"]
    assert (one["chairs"], one["chair"]) == (["甲某某有限公司"], "甲某某有限公司")
    two = review.edit(store, c["id"], {"chairs": "甲某某有限公司；丙某某大学"})["record"]
    assert (two["chairs"], two["chair"]) == (["甲某某有限公司", "丙某某大学"], None)
    code, listed, _ = _cli(["review", "list", "--db", store.url])
    assert code == 0 and "理事长单位：甲某某有限公司、丙某某大学" in listed and listed.count("理事长单位：") == 1
    back = review.edit(store, c["id"], {"chair": "丁某某集团"})["record"]
    assert (back["chairs"], back["chair"]) == (["丁某某集团"], "丁某某集团")
    review.reject(store, c["id"])
    # a proposal as stored before chairs were listed: its one chair alone
    _commit(store, tmp_path, "京津冀审核旧式测试联盟成立，戊某某集团当选理事长单位。", "c.txt")
    [c] = review.list_candidates(store)
    from sqlalchemy import update

    from xietong.store.tables import candidate

    old = {k: v for k, v in c["proposal"].items() if k != "chairs"}
    old["evidence_of"] = {k: v for k, v in old["evidence_of"].items() if not k.startswith("chairs:")}
    with store.engine.begin() as conn:
        conn.execute(update(candidate).where(candidate.c.id == c["id"]).values(payload=json.dumps(old, ensure_ascii=False)))
    assert review.show(store, c["id"])["record"]["chairs"] == ["戊某某集团"]
    review.accept(store, c["id"])
    [shown] = registry.show(store, "京津冀审核旧式测试联盟")
    assert [(m["org"], m["role"]) for m in shown["members"]] == [("戊某某集团", "chair")]


def test_the_council_s_lower_tiers_become_members_in_their_roles(store: Store, tmp_path: Path) -> None:
    """常务理事单位, 理事单位 and 监事单位 named in the founding news are members in those roles once accepted,
    each sourced to its sentence, listed by `review list` under their labels; an editor may correct them."""
    text = ("京津冀审核测试灯具联盟近日在天津成立。会议选举天津某某灯具有限公司、北京某某照明研究院为常务理事单位，"
            "河北某某光电有限公司当选理事单位，天津某某检测中心当选监事单位。")
    _commit(store, tmp_path, text)
    [c] = review.list_candidates(store)
    record = c["record"]
    assert (record["standing_council_members"], record["council_members"], record["supervisors"]) == (
        ["天津某某灯具有限公司", "北京某某照明研究院"], ["河北某某光电有限公司"], ["天津某某检测中心"])
    code, listed, _ = _cli(["review", "list", "--db", store.url])
    assert code == 0 and "常务理事单位：天津某某灯具有限公司、北京某某照明研究院" in listed and "监事单位：天津某某检测中心" in listed
    review.edit(store, c["id"], {"council_members": "河北某某光电科技有限公司"})
    review.accept(store, c["id"])
    [shown] = registry.show(store, "京津冀审核测试灯具联盟")
    roles = {m["org"]: m["role"] for m in shown["members"]}
    assert roles == {"天津某某灯具有限公司": "standing_council", "北京某某照明研究院": "standing_council",
                     "河北某某光电科技有限公司": "council", "天津某某检测中心": "supervisor"}
    assert {m["passage"] for m in shown["members"] if m["org"] != "河北某某光电科技有限公司"} == {text.split("。")[1]}


def test_facts_accepted_from_a_scan_say_they_rest_on_ocr(store: Store, tmp_path: Path) -> None:
    """A scan's text is a machine's reading of pictures: its source keeps that, and every fact accepted
    from it is shown with its source so marked, on the command line and the pages alike."""
    from tests.text.test_documents import _scan
    from xietong.i18n import Labels

    _scan(["京津冀扫描审核测试联盟近日在天津成立。"]).save(tmp_path / "notice.png")
    review.add_candidates(store, extract_path(str(tmp_path / "notice.png"), context_cluster="jingjinji"))
    [c] = review.list_candidates(store)
    assert c["source_ocr"]
    review.accept(store, c["id"])
    [shown] = registry.show(store, "京津冀扫描审核测试联盟")
    [city] = shown["facts"]["city"]
    assert city["source"]["note"] == review.OCR_NOTE
    assert Labels("zh").where(city).startswith(f"document:{tmp_path / 'notice.png'}（扫描件，文字由文字识别读出） · ")
    assert "(a scan, its text read by OCR)" in Labels("en").where(city)
    code, out, _ = _cli(["show", "京津冀扫描审核测试联盟", "--db", store.url])
    assert code == 0 and "扫描件，文字由文字识别读出" in out, out
