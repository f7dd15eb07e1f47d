"""Names: cleaning what was written, and the key two names are matched on.

The original string is always kept beside its key: the key only decides
whether two names may denote the same body.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

import opencc

from xietong.regions import clusters
from xietong.vocab import legal_forms


class NameError_(ValueError):
    """A name that cannot be stored (empty, too long, or with control characters)."""


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters made simplified (OpenCC t2s), nothing else.

    >>> to_simplified("京津冀醫療器械產業聯盟")
    '京津冀医疗器械产业联盟'
    """
    return str(_t2s().convert(text))


@cache
def _tw2sp() -> opencc.OpenCC:
    return opencc.OpenCC("tw2sp")


def to_mainland(text: str) -> str:
    """Text in traditional characters made simplified with the words Taiwan writes differently
    made the mainland's (OpenCC tw2sp: 資訊 → 信息, 網路 → 网络, 軟體 → 软件); text already
    simplified is left as written, since those tables would also rewrite mainland words (智慧城市).
    For reading what a text is about, not for keys: a name's key stays :func:`to_simplified`'s.

    >>> to_mainland("海峽兩岸資訊服務聯盟"), to_mainland("京津冀智慧城市联盟")
    ('海峡两岸信息服务联盟', '京津冀智慧城市联盟')
    """
    simplified = to_simplified(text)
    return str(_tw2sp().convert(text)) if simplified != text else text


_SPACE = re.compile(r"\s+")
MAX_NAME = 200  # the longest registered names run to some 60 characters: more is a paragraph in a name cell
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


@lru_cache(maxsize=262144)
def clean(text: str) -> str:
    """What is stored as written: NFC, trimmed, inner runs of space folded.

    >>> clean("  北京工业大学 \\n")
    '北京工业大学'
    """
    if _CONTROL.search(text):
        raise NameError_("contains control characters")
    out = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    if not out:
        raise NameError_("is empty")
    if len(out) > MAX_NAME:
        raise NameError_(f"is too long ({len(out)} characters; at most {MAX_NAME})")
    return out


_BRACKETED = re.compile(r"[（(\[【〔][^）)\]】〕]*[）)\]】〕]")
_PUNCT = re.compile(r"[\s·•・.,，、。;；:：'\"“”‘’《》<>「」『』\-—_/\\|]+")


def simplify(text: str) -> str:
    """Full/half width folded, traditional characters made simplified, lower case.

    >>> simplify("北京工業大學ＡＢＣ")
    '北京工业大学abc'
    """
    return _t2s().convert(unicodedata.normalize("NFKC", text)).casefold()


def org_key(name: str) -> str:
    """The key organisations are matched on.

    Drops bracketed parts (region brackets like （北京）, （有限合伙）), legal-form
    suffixes, punctuation and spacing; folds width, script and case.

    >>> org_key("北京某某科技有限公司") == org_key("北京某某科技（北京）有限责任公司")
    True
    >>> org_key("天津某基金（有限合伙）") == org_key("天津某基金")
    True
    >>> org_key("北京工業大學")
    '北京工业大学'
    """
    return _key(simplify(name))


def org_keys(texts: Sequence[str]) -> list[str]:
    """:func:`org_key` of each name, folded all at once: an import of
    200,000 organisations would otherwise make 200,000 calls into OpenCC
    and the Unicode tables (0.76 s; joined, 0.26 s).

    >>> org_keys(["北京工業大學", "天津某基金（有限合伙）"]) == [org_key("北京工業大學"), org_key("天津某基金")]
    True
    """
    return list(map(_key, _simplified(texts)))


_JOIN = "\n"  # no name holds one (clean folds it to a space), and no step of simplify makes or spans one


def _simplified(texts: Sequence[str]) -> list[str]:
    """:func:`simplify` of each text, by one call on them joined. Folding is
    character by character and OpenCC's phrases hold no line break, so each
    part reads as it would alone; a text that holds the joint itself is
    folded on its own."""
    joined = _JOIN.join(texts)
    if len(texts) > 1 and joined.count(_JOIN) == len(texts) - 1:
        out = simplify(joined).split(_JOIN)
        if len(out) == len(texts):
            return out
    return [simplify(t) for t in texts]


def _key(simplified: str) -> str:
    """The key of a name already simplified: see :func:`org_key`."""
    text = _strip_forms(_PUNCT.sub("", _BRACKETED.sub("", simplified)))
    # never empty: a name of punctuation alone is its own key
    return text or _PUNCT.sub("", simplified) or simplified


def _strip_forms(text: str) -> str:
    """``text`` without the legal forms that end it: passes over the forms,
    longest first, each stripping every form that ends the text when its
    turn comes, until a pass strips nothing.

    Within a pass only forms ending in the text's last character can be
    next, so each step looks at those few (in pass order) rather than at all
    of them; a name ending in no form is decided by one C call."""
    forms, by_last = _legal_keys(), _forms_by_last()
    while text.endswith(forms):
        before, turn, stripped = text, 0, True
        while stripped and text:
            stripped = False
            for i, f in by_last.get(text[-1], ()):
                if i >= turn and len(text) > len(f) and text.endswith(f):
                    text, turn, stripped = text[: -len(f)], i + 1, True
                    break
        if text == before:
            break
    return text


@cache
def _forms_by_last() -> dict[str, tuple[tuple[int, str], ...]]:
    """The legal forms by their last character, each with its turn in a pass."""
    out: dict[str, list[tuple[int, str]]] = {}
    for i, f in enumerate(_legal_keys()):
        out.setdefault(f[-1], []).append((i, f))
    return {c: tuple(v) for c, v in out.items()}


def without_legal_forms(key: str) -> str:
    """An :func:`org_key` with the legal forms inside it taken out too, as a branch is written with and
    without its parent's ("中国建设银行股份有限公司北京市分行", "中国建设银行北京市分行"). For proposing
    lookalikes to a person, never as a key: two bodies may differ by their forms alone.

    >>> without_legal_forms(org_key("中国测试银行股份有限公司北京市分行")) == without_legal_forms(org_key("中国测试银行北京市分行"))
    True
    """
    for form in _legal_keys():
        key = key.replace(form, "")
    return key


@cache
def _legal_keys() -> tuple[str, ...]:
    keys = {_PUNCT.sub("", simplify(form)) for form in legal_forms()}
    return tuple(sorted((k for k in keys if k), key=len, reverse=True))


def scoped_cluster(stated: str | None, name: str) -> str | None:
    """The city cluster an alliance is scoped to: the one stated of it, else the one its name
    begins with (长三角…联盟); None when neither says. The directory, the indicators and
    ``list --cluster`` all read an alliance's scope so.

    >>> scoped_cluster(None, "长三角测试联盟"), scoped_cluster("jingjinji", "设计产业联盟"), scoped_cluster(None, "设计产业联盟")
    ('yangtze_delta', 'jingjinji', None)
    """
    return stated or split_cluster_prefix(name)[0]


def split_cluster_prefix(name: str) -> tuple[str | None, str]:
    """Split a leading city-cluster name off an alliance name.

    >>> split_cluster_prefix("京津冀设计产业联盟")
    ('jingjinji', '设计产业联盟')
    >>> split_cluster_prefix("商会联盟")
    (None, '商会联盟')
    """
    text = unicodedata.normalize("NFKC", name).strip()
    best: tuple[str | None, str] = (None, text)
    best_len = 0
    for c in clusters().values():
        for alias in c.aliases:
            if text.startswith(alias) and len(alias) > best_len and len(text) > len(alias):
                best, best_len = (c.id, text[len(alias):]), len(alias)
    return best


def alliance_key(name: str, context_cluster: str | None = None) -> str:
    """The key alliances are matched on: cluster, then the name without it.

    A name written without its cluster ("商会联盟") takes the cluster of its
    context, so it matches "京津冀商会联盟" only when the context is 京津冀. A
    cluster in brackets after the name, as registers write it ("设计产业联盟
    （京津冀）"), is the name's cluster too; any other bracket (a branch's
    city, （天津）) is part of the name.

    >>> alliance_key("京津冀协同创新联盟") == alliance_key("协同创新联盟", "jingjinji")
    True
    >>> alliance_key("长三角协同创新联盟") == alliance_key("协同创新联盟", "jingjinji")
    False
    >>> alliance_key("京津冀设计产业联盟（京津冀）") == alliance_key("设计产业联盟（京津冀）") == alliance_key("京津冀设计产业联盟")
    True
    >>> alliance_key("京津冀设计产业联盟（天津）") == alliance_key("京津冀设计产业联盟")
    False
    """
    cluster, core = split_cluster_prefix(name)
    bracketed, rest = _bracketed_cluster(core)
    if bracketed is not None and cluster in (None, bracketed):
        cluster, core = bracketed, rest
    cluster = cluster or context_cluster or "-"
    return f"{cluster}|{_PUNCT.sub('', simplify(core))}"


def has_bracketed_cluster(name: str) -> bool:
    """Whether an alliance name ends in its cluster in brackets (see :func:`alliance_key`)."""
    return _bracketed_cluster(unicodedata.normalize("NFKC", name))[0] is not None


_TRAILING_BRACKET = re.compile(r"\s*\(([^()]+)\)\s*$")


def _bracketed_cluster(text: str) -> tuple[str | None, str]:
    """The cluster a trailing bracket names, and the text before it; (None, text) when it names none.
    ``text`` is NFKC-folded: its brackets are half width."""
    m = _TRAILING_BRACKET.search(text)
    if m and len(text[: m.start()].strip()) > 0:
        inside = m.group(1).strip()
        for c in clusters().values():
            if inside in (c.name, *c.aliases):
                return c.id, text[: m.start()].strip()
    return None, text
