"""Finding alliance names in text: every "联盟", read backwards to where its
name begins. Names that only name a kind of alliance ("产业联盟",
"技术创新联盟") are dropped unless a founding clause singles one out
("粤港澳大湾区科技创新联盟日前在深圳成立")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from xietong.names import split_cluster_prefix
from xietong.text.cues import cues, segmenter

MAX_NAME = 40
_NUMBERISH = re.compile(r"^[\d一二三四五六七八九十百千万两〇零]+$|^[年月日号]$")


@dataclass
class Mention:
    name: str
    start: int  # offsets in the normalised text
    end: int
    clause_start: int
    coordinated_with: int | None = None  # index of the mention this one is listed after


def _clause_start(text: str, pos: int) -> int:
    c = cues()
    j = pos
    while j > 0 and text[j - 1] not in c.boundaries and pos - j < MAX_NAME + 20:
        j -= 1
    return j


def _name_tokens(tokens: list[str]) -> list[str]:
    c = cues()
    kept = [tokens[-1]]
    k = len(tokens) - 2
    while k >= 0:
        tok = tokens[k]
        if tok in c.stop_tokens or _NUMBERISH.match(tok):
            break
        if tok in c.conjunctions:
            before = tokens[k - 1] if k > 0 else ""
            if not before or before.endswith(c.name_endings):
                break
        kept.insert(0, tok)
        k -= 1
    while len(kept) > 1 and kept[0] in c.conjunctions:
        kept.pop(0)  # "培育和发展产业联盟": a name does not begin with 和
    return kept


@lru_cache(maxsize=65536)
def is_generic(name: str) -> bool:
    """Whether ``name`` names a kind of alliance rather than one alliance.

    >>> is_generic("跨省市产业联盟"), is_generic("京津冀技术创新联盟"), is_generic("协同创新联盟")
    (True, True, False)
    """
    _cluster, core = split_cluster_prefix(name)
    body = core[: -len("联盟")] if core.endswith("联盟") else core
    if not body:
        return True
    return all(w in cues().generic_words for w in segmenter().cut(body) if w.strip())


# what follows a name that a sentence says was founded: "…联盟日前在深圳成立", "…联盟于2019年11月正式揭牌"
_FOUNDED_AFTER = re.compile(r"(?:(?:[于在][^，。；！？、“”]{1,15}?)|日前|近日|今天|昨天|今日|昨日|正式|宣告|宣布)*"
                            r"(?:成立|揭牌|挂牌|组建|创立)")


def _founded_here(text: str, name: str, end: int) -> bool:
    """Whether a name of a city cluster's kind of alliance ("粤港澳大湾区科技创新联盟") is the
    subject of its founding ("…在深圳成立"): then it names one alliance. Without a cluster
    ("科技创新联盟在各地成立") or without a founding, it names a kind.

    >>> _founded_here("粤港澳大湾区科技创新联盟日前在深圳成立。", "粤港澳大湾区科技创新联盟", 12)
    True
    >>> _founded_here("京津冀技术创新联盟蓬勃发展。", "京津冀技术创新联盟", 9)
    False
    >>> _founded_here("技术创新联盟在各地成立。", "技术创新联盟", 6)
    False
    """
    return split_cluster_prefix(name)[0] is not None and _FOUNDED_AFTER.match(text, end) is not None


def find(text: str) -> list[Mention]:
    """Alliance mentions in normalised text, in order.

    >>> [m.name for m in find("如在北京成立的京津冀产权市场发展联盟和商会联盟，聚合了资源。各类产业联盟蓬勃兴起。")]
    ['京津冀产权市场发展联盟', '商会联盟']
    """
    jieba = segmenter()
    out: list[Mention] = []
    for m in re.finditer("联盟", text):
        end = m.end()
        start_clause = _clause_start(text, m.start())
        clause = text[start_clause:end]
        tokens = [t for t in jieba.cut(clause) if t]
        if not tokens or not tokens[-1].endswith("联盟"):
            continue
        name = "".join(_name_tokens(tokens))
        if len(name) <= len("联盟") or len(name) > MAX_NAME:
            continue
        start = end - len(name)
        if is_generic(name) and not _founded_here(text, name, end):
            continue
        mention = Mention(name, start, end, start_clause)
        if out:
            between = text[out[-1].end:start]
            if between in ("和", "与", "及", "、", "以及", "和与"):
                mention.coordinated_with = len(out) - 1
        out.append(mention)
    return out
