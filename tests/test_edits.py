"""Facts entered by hand: each sourced to what the person cites, shown before
what files state (which stays beside it and in the history), refused when
unsourced or unreadable with nothing written, and undone from the change log."""

from __future__ import annotations

import pytest

from tests.conftest import fingerprint
from xietong import accounts, edits, registry
from xietong.store import Store
from xietong.undo import undo_entry

NEWS = edits.Citation("《天津日报》2016年5月2日", None, "联盟于2015年5月在天津成立")


def _alliance(store: Store, name: str = "京津冀设计产业联盟") -> dict:  # type: ignore[type-arg]
    return registry.show(store, name, kind="alliance")[0]


def test_a_correction_is_shown_first_sourced_to_what_was_cited_and_the_old_value_stays(bundled: Store) -> None:
    a = _alliance(bundled)
    assert a["founded"] is None
    done = edits.state(bundled, a["id"], "founded", "2015年5月", cite=NEWS, by="alice")
    assert done["prop"] == "founded" and done["value"] == "2015-05" and done["added"]["statement"] == 1
    after = _alliance(bundled)
    assert after["founded"] == "2015-05"
    [fact] = after["facts"]["founded"]
    assert fact["source"]["title"] == "《天津日报》2016年5月2日" and fact["passage"] == "联盟于2015年5月在天津成立"
    assert fact["note"] == "entered by alice" and fact["dataset"] == "user"
    # a city the seed states: the person's entry is shown first, the seed's stands beside it
    edits.state(bundled, a["id"], "city", "天津", cite=edits.Citation(url="https://example.org/news/1"), by="bob")
    cities = _alliance(bundled)["facts"]["city"]
    assert _alliance(bundled)["city"] == "120000" and cities[0]["dataset"] == "user" and len(cities) >= 1
    # a second entry of the same property supersedes the first, which stays in the history
    edits.state(bundled, a["id"], "founded", "2015年6月", cite=NEWS, by="carol")
    assert _alliance(bundled)["founded"] == "2015-06"
    history = registry.show(bundled, a["id"], kind="alliance", as_of=done_at(bundled, done["change"]))[0]
    assert history["founded"] == "2015-05"


def done_at(store: Store, change: str) -> str:
    """When the change-log entry of ``change`` was made."""
    return next(e["at"] for e in accounts.audit_log(store) if change in (e["after"] or ""))


@pytest.mark.parametrize(("prop", "value", "cite", "said"), [
    ("founded", "2015年13月", NEWS, "founded: "),
    ("city", "火星", NEWS, "city: "),
    ("type", "外星类", NEWS, "type: "),
    ("founded", "2015年5月", edits.Citation(), "say where this is stated"),
    ("founded", "2015年5月", edits.Citation(url="javascript:alert(1)"), "a link starts with http"),
    ("name", "别的名字", NEWS, "cannot state 'name'"),
])
def test_an_unreadable_or_unsourced_entry_is_refused_and_nothing_is_written(bundled: Store, prop: str, value: str,
                                                                            cite: edits.Citation, said: str) -> None:
    a = _alliance(bundled)
    before = fingerprint(bundled)
    with pytest.raises(edits.EditError, match=said.replace("(", r"\(")):
        edits.state(bundled, a["id"], prop, value, cite=cite, by="alice")
    assert fingerprint(bundled) == before


def test_the_same_entry_twice_is_refused(bundled: Store) -> None:
    a = _alliance(bundled)
    edits.state(bundled, a["id"], "founded", "2015年5月", cite=NEWS, by="alice")
    with pytest.raises(edits.EditError, match="already says this"):
        edits.state(bundled, a["id"], "founded", "2015-05", cite=NEWS, by="alice")


def test_a_member_entered_by_hand_and_a_new_organisation_with_it(bundled: Store) -> None:
    a = _alliance(bundled)
    known = edits.member(bundled, a["id"], "北京工业大学", "member", since="2016年3月", cite=NEWS, by="alice")
    new = edits.member(bundled, a["id"], "河北手工录入测试设计院", "secretariat", cite=NEWS, by="alice")
    members = {(m["org"], m["role"]): m for m in _alliance(bundled)["members"]}
    assert members[("北京工业大学", "member")]["since"] == "2016-03"
    assert members[("河北手工录入测试设计院", "secretariat")]["source"]["title"] == "《天津日报》2016年5月2日"
    assert known["org_id"] != new["org_id"]
    [org] = registry.show(bundled, "河北手工录入测试设计院", kind="org")
    assert org["province"] == "130000"  # read off its name, as for organisations an import or a review adds
    before = fingerprint(bundled)
    for bad, said in ((dict(role="boss"), "role: expected one of"), (dict(since="2016", until="2015"), "until is before"),
                      (dict(since="2016年13月"), "dates: ")):
        with pytest.raises(edits.EditError, match=said):
            edits.member(bundled, a["id"], "北京大学", **{"role": "member", **bad}, cite=NEWS, by="alice")  # type: ignore[arg-type]
    org = registry.show(bundled, "北京大学", kind="org")[0]
    with pytest.raises(edits.EditError, match="not an alliance"):
        edits.member(bundled, org["id"], "北京工业大学", cite=NEWS, by="alice")
    assert fingerprint(bundled) == before


def test_entries_are_undone_from_the_change_log(bundled: Store) -> None:
    a = _alliance(bundled)
    before = {k: _alliance(bundled)[k] for k in ("founded", "city")}
    members = len(_alliance(bundled)["members"])
    edits.state(bundled, a["id"], "founded", "2015年5月", cite=NEWS, by="alice")
    edits.member(bundled, a["id"], "河北撤销测试设计院", cite=NEWS, by="alice")
    log = accounts.audit_log(bundled)
    assert [(e["action"], e["actor"]) for e in log[:2]] == [("fact.member", "alice"), ("fact.state", "alice")]
    for e in log[:2]:
        undo_entry(bundled, e["id"], by="alice")
    assert {k: _alliance(bundled)[k] for k in ("founded", "city")} == before
    assert len(_alliance(bundled)["members"]) == members


def test_a_description_entered_by_hand_counts_in_the_alliance_s_type_at_once(bundled: Store) -> None:
    """A name that says no field: the description stated of it is read, as init would read it."""
    done = edits.register(bundled, "alliance", "京津冀甲乙丙测试联盟", cite=NEWS, by="alice")
    edits.state(bundled, done["id"], "description", "致力于推动新能源汽车产业链上下游协同", cite=NEWS, by="alice")
    a = _alliance(bundled, "京津冀甲乙丙测试联盟")
    assert (a["type"], a["sector"], a["relations"]) == ("industry", "车辆", ["chain"])
    [sector] = [f for f in registry.show(bundled, done["id"])[0]["facts"]["sector"] if f["superseded_at"] is None]
    assert "the description names 「新能源汽车」" in sector["note"]


def test_members_entered_by_hand_count_in_the_alliance_s_type_at_once(bundled: Store) -> None:
    """A name that says no field is typed by its members' kinds, as init would type it: a university
    and a firm among them make it 产学研, comprehensive. A member it has already adds nothing."""
    done = edits.register(bundled, "alliance", "京津冀甲乙丙测试联盟", cite=NEWS, by="alice")
    assert _alliance(bundled, "京津冀甲乙丙测试联盟")["type"] == "industry"  # a guess by the name's characters
    edits.member(bundled, done["id"], "北京甲乙丙测试大学", cite=NEWS, by="alice")
    edits.member(bundled, done["id"], "天津甲乙丙测试科技有限公司", cite=NEWS, by="alice")
    a = _alliance(bundled, "京津冀甲乙丙测试联盟")
    assert (a["type"], a["relations"]) == ("comprehensive", ["industry_academia"])
    [whole] = [r for r in registry.classify_registry(bundled) if r["id"] == done["id"]]
    assert (whole["type"], whole["relations"]) == (a["type"], a["relations"])
    with pytest.raises(edits.EditError, match="already says"):
        edits.member(bundled, done["id"], "北京甲乙丙测试大学", cite=NEWS, by="alice")


def test_a_former_name_entered_by_hand_makes_the_record_kept_under_it_the_renamed_one(bundled: Store) -> None:
    """An editor who knows 京津冀设计产业联盟 was renamed states its old name of the record under the new:
    the two are merged (reported, undone with the entry), and the old name finds the new record."""
    new = edits.register(bundled, "alliance", "京津冀设计创意产业联盟", cite=NEWS, by="alice")
    done = edits.state(bundled, new["id"], "former_names", "京津冀设计产业联盟", cite=NEWS, by="alice")
    assert [m["name"] for m in done["merges"]] == ["京津冀设计产业联盟"]
    shown = _alliance(bundled, "京津冀设计产业联盟")
    assert (shown["id"], shown["name"], shown["former_names"]) == (new["id"], "京津冀设计创意产业联盟", ["京津冀设计产业联盟"])
    undo_entry(bundled, accounts.audit_log(bundled)[0]["id"], by="alice")
    assert _alliance(bundled)["name"] == "京津冀设计产业联盟" and _alliance(bundled)["id"] != new["id"]


def test_a_record_merged_into_another_by_a_renaming_is_typed_as_the_latest_reading_says(bundled: Store) -> None:
    """Each was classified when registered; merged, the classifier's reading of the renamed record, the
    later, is shown, not the older one of the record under its old name (which stays beside it)."""
    old = edits.register(bundled, "alliance", "京津冀测试养老联盟", cite=NEWS, by="alice")
    new = edits.register(bundled, "alliance", "京津冀测试新能源汽车联盟", cite=NEWS, by="alice")
    assert (_alliance(bundled, "京津冀测试养老联盟")["type"], _alliance(bundled, "京津冀测试新能源汽车联盟")["type"]) == (
        "social", "industry")
    edits.state(bundled, new["id"], "former_names", "京津冀测试养老联盟", cite=NEWS, by="alice")
    merged = _alliance(bundled, "京津冀测试新能源汽车联盟")
    assert (merged["id"], merged["type"], merged["sector"]) == (new["id"], "industry", "车辆")
    assert registry.show(bundled, old["id"])[0]["id"] == new["id"]


def test_a_former_name_that_is_the_record_s_own_name_is_refused_and_nothing_is_written(bundled: Store) -> None:
    before = fingerprint(bundled)
    with pytest.raises(edits.EditError, match="former_names: that is the record's own name") as refused:
        edits.state(bundled, _alliance(bundled)["id"], "former_names", "京津冀设计产业联盟", cite=NEWS, by="alice")
    assert fingerprint(bundled) == before
    from xietong.i18n import problem

    assert problem(str(refused.value), "zh") == "曾用名：这是该记录自己的名称，不是它以前的名称"


def test_a_new_alliance_is_registered_by_its_name_sourced_to_what_was_cited(bundled: Store) -> None:
    """A secretariat enters its alliance before any file names it: one record, its name sourced to the
    citation, entered in the change log; its facts are then stated of it as of any other."""
    done = edits.register(bundled, "alliance", "京津冀登记测试产业联盟", cite=NEWS, by="alice")
    assert (done["kind"], done["name"], done["cluster"]) == ("alliance", "京津冀登记测试产业联盟", None)
    a = _alliance(bundled, "京津冀登记测试产业联盟")
    assert a["id"] == done["id"] and "cluster" not in a["facts"]  # its name says its cluster: none stated
    [name] = a["facts"]["name"]
    assert (name["dataset"], name["source"]["title"], name["note"]) == ("user", "《天津日报》2016年5月2日", "entered by alice")
    assert accounts.audit_log(bundled)[0]["action"] == "entity.register"
    edits.state(bundled, done["id"], "founded", "2015年5月", cite=NEWS, by="alice")
    assert _alliance(bundled, "京津冀登记测试产业联盟")["founded"] == "2015-05"


def test_a_name_without_a_cluster_takes_the_one_given_and_an_organisation_its_name_s_province_and_kind(
        bundled: Store) -> None:
    done = edits.register(bundled, "alliance", "登记测试无前缀联盟", cite=NEWS, by="alice", cluster="长三角")
    [given] = _alliance(bundled, "登记测试无前缀联盟")["facts"]["cluster"]
    assert (done["cluster"], given["value"], given["note"]) == (
        "yangtze_delta", "yangtze_delta", edits.CLUSTER_GIVEN)
    org = edits.register(bundled, "org", "河北登记测试科技有限公司", cite=NEWS, by="alice")
    [o] = registry.show(bundled, org["id"], kind="org")
    assert (o["kind"], o["province"]) == ("enterprise", "130000")


def test_a_registered_alliance_is_typed_at_once_by_the_classifier_and_undone_with_its_registration(
        bundled: Store) -> None:
    """Not at the platform's next start: the type the seed's taxonomy reads off the name is stated as
    the registration is made, sourced to the classifier, so a name stated by hand stands before it."""
    from xietong.classify import classify

    name = "京津冀登记测试新能源汽车产业联盟"
    done = edits.register(bundled, "alliance", name, cite=NEWS, by="alice")
    a = _alliance(bundled, name)
    expected = classify(name)
    assert (a["type"], a["sector"]) == (expected.type, expected.sector) == ("industry", "车辆")
    [typed] = a["facts"]["type"]
    assert typed["dataset"] == registry.CLASSIFIER_DATASET and typed["passage"] == name
    assert registry.init(bundled).total() == 0  # what init would read of it is read already
    undo_entry(bundled, accounts.audit_log(bundled)[0]["id"], by="alice")
    assert registry.show(bundled, done["id"], kind="alliance") == []


@pytest.mark.parametrize(("kind", "name", "known"), [
    ("alliance", "京津冀设计产业联盟", "京津冀设计产业联盟"),  # the same name
    ("alliance", "京津冀 设计产业联盟", "京津冀设计产业联盟"),  # the same name, written apart
    ("org", "北京工业大学", "北京工业大学"),
    ("org", "北京工業大學", "北京工业大学"),  # the same name normalised (traditional characters)
])
def test_a_name_the_registry_holds_is_refused_naming_its_record_and_nothing_is_written(
        bundled: Store, kind: str, name: str, known: str) -> None:
    before = fingerprint(bundled)
    with pytest.raises(edits.EditError, match=f"already in the registry: {known} \\((A|O)[0-9a-f]+\\)"):
        edits.register(bundled, kind, name, cite=NEWS, by="alice", cluster="京津冀")
    assert fingerprint(bundled) == before


@pytest.mark.parametrize(("name", "cite", "cluster", "said"), [
    ("京津冀登记测试联盟", edits.Citation(), None, "source: say where"),
    ("", NEWS, None, "name"),
    ("登记测试联盟", NEWS, "火星城市群", "cluster"),
])
def test_a_registration_unsourced_unnamed_or_in_no_known_cluster_is_refused(
        bundled: Store, name: str, cite: edits.Citation, cluster: str | None, said: str) -> None:
    before = fingerprint(bundled)
    with pytest.raises(edits.EditError, match=said):
        edits.register(bundled, "alliance", name, cite=cite, by="alice", cluster=cluster)
    assert fingerprint(bundled) == before


def test_a_registration_is_undone_from_the_change_log(bundled: Store) -> None:
    done = edits.register(bundled, "alliance", "京津冀撤销登记测试联盟", cite=NEWS, by="alice")
    undo_entry(bundled, accounts.audit_log(bundled)[0]["id"], by="alice")
    assert registry.show(bundled, done["id"], kind="alliance") == []
    assert "京津冀撤销登记测试联盟" not in {a["name"] for a in registry.list_entities(bundled, "alliance")}
