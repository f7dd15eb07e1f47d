"""Whether two alliance names denote one alliance, with a score and a reason.

Names are compared on their *core*: the name without its cluster prefix and
without the words every alliance name is made of (产业, 技术, 科技, 创新, 战略,
协同, 发展 …). 钢铁行业节能减排产业技术创新联盟 and 钢铁行业节能减排科技创新联盟
share the core 钢铁行业节能减排; 京津冀土肥水协同发展创新联盟 and
土肥水事业协同发展创新联盟 share 土肥水. Two names with different cluster
prefixes are never the same alliance.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from xietong.classify import hits
from xietong.names import simplify, split_cluster_prefix
from xietong.text.cues import segmenter

FILLER = frozenset("产业 技术 科技 创新 战略 协同 发展 合作 协作 一体化 事业 联盟 大 产业技术 技术创新 创新战略 "
                   "协同创新 协同发展 产业创新 行业 促进 服务".split())
THRESHOLD = 0.75


@dataclass(frozen=True)
class Verdict:
    same: bool
    score: float
    reason: str


@lru_cache(maxsize=65536)
def core(name: str) -> tuple[str | None, str]:
    """(cluster, core) of an alliance name.

    >>> core("京津冀钢铁行业节能减排产业技术创新联盟")
    ('jingjinji', '钢铁行业节能减排')
    """
    cluster, rest = split_cluster_prefix(simplify(name))
    words = [w for w in segmenter().cut(rest) if w.strip() and w not in FILLER]
    return cluster, "".join(words)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


@lru_cache(maxsize=262144)
def compare(a: str, b: str, context_cluster: str | None = None) -> Verdict:
    """Example:

    >>> compare("钢铁行业节能减排产业技术创新联盟", "钢铁行业节能减排科技创新联盟").same
    True
    >>> compare("京津冀设计产业联盟", "长三角设计产业联盟").same
    False
    >>> compare("京津冀人工智能产业联盟", "京津冀人工智能教育联盟").same  # a field more is another alliance
    False
    """
    ca, ka = core(a)
    cb, kb = core(b)
    ca, cb = ca or context_cluster, cb or context_cluster
    if ca and cb and ca != cb:
        return Verdict(False, 0.0, f"different city clusters ({ca} / {cb})")
    if simplify(a) == simplify(b):
        return Verdict(True, 1.0, "same name")
    if not ka or not kb:
        return Verdict(False, 0.0, "a name with no distinctive words")
    if ka == kb:
        return Verdict(True, 0.95, f"same distinctive words「{ka}」; they differ only in generic words")
    jaccard = len(_bigrams(ka) & _bigrams(kb)) / len(_bigrams(ka) | _bigrams(kb))
    shorter, longer = sorted((ka, kb), key=len)
    if shorter in longer and len(shorter) >= 2 and len(shorter) / len(longer) >= 0.6:
        more = longer.replace(shorter, "", 1)
        if (field := next(iter(hits(more)), None)) is not None:  # 人工智能 / 人工智能教育: another field
            return Verdict(False, round(jaccard, 3), f"「{longer}」 names another field beside 「{shorter}」: 「{field.word}」")
        score = max(jaccard, 0.8)
        return Verdict(score >= THRESHOLD, round(score, 3), f"「{shorter}」 is part of 「{longer}」")
    return Verdict(jaccard >= THRESHOLD, round(jaccard, 3), f"shared character pairs of the distinctive words: {jaccard:.2f}")
