"""Name keys: two writings of one organisation match; different bodies do not."""

import pytest

from xietong import names


@pytest.mark.parametrize(
    "a, b",
    [("北京某某科技有限公司", "北京某某科技有限责任公司"),
     ("北京某某科技有限公司", "北京某某科技（北京）有限公司"),
     ("天津某某投资基金（有限合伙）", "天津某某投资基金"),
     ("河北某某集团公司", "河北某某集团"),
     ("北京工業大學", "北京工业大学"),
     ("ＡＢＣ科技有限公司", "abc科技有限公司"),
     ("北京 某某 科技", "北京某某科技")],
)
def test_same_body_same_key(a: str, b: str) -> None:
    assert names.org_key(a) == names.org_key(b)


@pytest.mark.parametrize("a, b", [("北京工业大学", "天津工业大学"), ("北京某某科技有限公司", "北京某某信息有限公司")])
def test_different_bodies_different_keys(a: str, b: str) -> None:
    assert names.org_key(a) != names.org_key(b)


def test_alliance_key_uses_cluster_context() -> None:
    assert names.alliance_key("京津冀商会联盟") == names.alliance_key("商会联盟", "jingjinji")
    assert names.alliance_key("商会联盟") != names.alliance_key("商会联盟", "jingjinji")


@pytest.mark.parametrize("bad", ["", "   ", "北京\x00公司", "a\x07b"])
def test_unstorable_names_are_refused(bad: str) -> None:
    with pytest.raises(names.NameError_):
        names.clean(bad)


@pytest.mark.parametrize("name", ["-", "·", "（北京）", "有限公司"])
def test_a_key_is_never_empty(name: str) -> None:
    assert names.org_key(name)


def _strip_forms_pass_by_pass(text: str) -> str:
    """The reference: passes over the legal forms, longest first, until a pass strips nothing."""
    changed = True
    while changed:
        changed = False
        for f in names._legal_keys():
            if text.endswith(f) and len(text) > len(f):
                text = text[: -len(f)]
                changed = True
    return text


def test_legal_forms_are_stripped_until_none_ends_the_name() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    forms = list(names.legal_forms())
    pieces = st.sampled_from(forms + ["北京", "某某科技", "集团", "（北京）", "有限", "公司", "大学", "a"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, min_size=1, max_size=5))
    def check(parts: list[str]) -> None:
        name = "".join(parts)
        body = names._PUNCT.sub("", names._BRACKETED.sub("", names.simplify(name)))
        expected = _strip_forms_pass_by_pass(body) or names._PUNCT.sub("", names.simplify(name)) or names.simplify(name)
        assert names.org_key(name) == expected

    check()


def test_a_name_longer_than_any_registered_one_is_refused() -> None:
    """A paragraph pasted into a name cell is a mistake to report, not a name to store."""
    assert names.clean("京津冀" + "协" * 190 + "联盟") == "京津冀" + "协" * 190 + "联盟"
    with pytest.raises(names.NameError_, match=r"is too long \(201 characters; at most 200\)"):
        names.clean("京" * 201)


def test_keys_of_many_names_at_once_are_the_keys_of_each() -> None:
    """org_keys folds a block of names in one call; each key is still the key of its name alone,
    whatever the names hold (traditional characters, full-width forms, combining marks, line breaks)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(["北京工業大學", "ＡＢＣ", "（有限合伙）", "有限公司", "\n", "\u0301", "e", "臺灣", "發展",
                              "里", "後", " ", "集团", "（北京）", "ﬁ", "Ⅻ"])
    name = st.lists(pieces, min_size=1, max_size=6).map("".join)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(name, min_size=0, max_size=8))
    def check(texts: list[str]) -> None:
        assert names.org_keys(texts) == [names.org_key(t) for t in texts]

    check()
