"""Score components over every alliance at once (numpy): the same rules the
matcher explains in words, used by the matcher and by its evaluation."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from xietong import regions

RND = ("university", "research_institute")  # the kinds of body that do research: they serve every industry


@dataclass(frozen=True)
class Counterparts:
    """Whose members complement those of the province ``own``: in a city cluster a
    source names a leader of, the leader's R&D is taken up by the others, and the
    others take up the leader's results (the seed's 北京研发、津冀转化)."""

    cluster: regions.Cluster
    own: str
    provinces: tuple[str, ...]  # the leader, for the others; the others, for the leader

    @property
    def leads(self) -> bool:
        return self.own == self.cluster.leader


def counterparts(own: str | None) -> Counterparts | None:
    """The counterparts of the province ``own`` (None: in no cluster with a named leader).

    >>> counterparts("120000").provinces, counterparts("110000").provinces, counterparts("310000")
    (('110000',), ('120000', '130000'), None)
    """
    for c in regions.clusters().values():
        if c.leader and own in c.provinces:
            return Counterparts(c, own, (c.leader,) if own != c.leader else tuple(p for p in c.provinces if p != c.leader))
    return None


def province(own: str | None, wanted: str | None, counts: np.ndarray, provinces: list[str]) -> np.ndarray:
    """Complementarity from members' provinces (an alliances × provinces count matrix).

    With ``wanted``: 1 where the alliance has members there (asking for your
    own province is how to find partners next door). Otherwise, from the
    user's own province: 1 where the alliance has members among its
    :func:`counterparts` (Tianjin/Hebei ↔ Beijing members, Beijing ↔ Tianjin
    or Hebei members: 北京研发、津冀转化); the same province alone earns
    nothing unless asked for.
    """
    def col(code: str) -> np.ndarray:
        return counts[:, provinces.index(code)] > 0 if code in provinces else np.zeros(counts.shape[0], bool)

    if wanted:
        return col(wanted).astype(float)
    out = np.zeros(counts.shape[0])
    other = counterparts(own)
    for p in other.provinces if other else ():
        out[col(p)] = 1.0
    return out


def chain(own_kind: str | None, has_firms: np.ndarray, has_rnd: np.ndarray) -> np.ndarray:
    """An R&D body meets firms; a firm meets R&D."""
    if own_kind in RND:
        return has_firms.astype(float)
    if own_kind == "enterprise":
        return has_rnd.astype(float)
    return np.zeros(has_firms.shape[0])


def network(partner_counts: np.ndarray) -> np.ndarray:
    """Partners of partners: how many of the user's partners are members (3 or more: 1)."""
    return np.minimum(1.0, partner_counts / 3)


def industry(asker: frozenset[str], of_alliance: list[frozenset[str]]) -> np.ndarray:
    """1 where an alliance is of a sector the asker says is theirs ("一家钢厂想…": steel)."""
    return np.array([1.0 if asker & mine else 0.0 for mine in of_alliance]) if asker else np.zeros(len(of_alliance))


def province_of_one(own: str | None, wanted: str | None, where: np.ndarray, provinces: list[str]) -> np.ndarray:
    """:func:`province` for candidates that sit in one place (an index into
    ``provinces`` per candidate, −1 unknown): organisations, listings."""
    counts = np.zeros((where.shape[0], len(provinces)), dtype=bool)
    known = np.flatnonzero(where >= 0)
    counts[known, where[known]] = True
    return province(own, wanted, counts, provinces)
