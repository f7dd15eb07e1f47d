"""Evaluating matchmaking on a query file: each line a need in plain words and
a substring of the alliance that should come up (its name or an alias).
Hits@k = share of queries whose expected alliance is among the top k."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xietong.match.engine import Matcher, match


class GoldError(ValueError):
    pass


@dataclass
class QueryReport:
    total: int = 0
    hits: dict[int, int] = field(default_factory=lambda: {1: 0, 3: 0, 10: 0})
    misses: list[dict[str, Any]] = field(default_factory=list)

    def at(self, k: int) -> float:
        return self.hits[k] / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"queries": self.total, **{f"hits@{k}": round(self.at(k), 4) for k in self.hits}, "misses": self.misses}


def load_queries(path: str) -> list[tuple[int, str, str]]:
    text = Path(path).read_text(encoding="utf-8-sig")
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    if not reader.fieldnames or not {"query", "expected"} <= set(reader.fieldnames):
        raise GoldError(f"{path}:1: expected tab-separated columns 'query' and 'expected'")
    rows = []
    for n, row in enumerate(reader, start=2):
        if not (row["query"] or "").strip() or not (row["expected"] or "").strip():
            raise GoldError(f"{path}:{n}: a query and an expected alliance are both needed")
        rows.append((n, row["query"].strip(), row["expected"].strip()))
    if not rows:
        raise GoldError(f"{path}: no queries")
    return rows


def evaluate_queries(matcher: Matcher, path: str) -> QueryReport:
    report = QueryReport()
    names = {a_id: [matcher.snap.alliances[a_id].name, *aliases]
             for a_id, aliases in zip(matcher.snap.alliance_ids, matcher.alliance_aliases, strict=True)}
    for line, query, expected in load_queries(path):
        report.total += 1
        ranked = [r.id for r in match(matcher, query, kind="alliance", top=10)]
        rank = next((i + 1 for i, a_id in enumerate(ranked) if any(expected in n for n in names[a_id])), None)
        for k in report.hits:
            if rank is not None and rank <= k:
                report.hits[k] += 1
        if rank is None or rank > 3:
            report.misses.append({"line": line, "query": query, "expected": expected, "rank": rank,
                                  "top": [matcher.snap.alliances[a].name for a in ranked[:3]]})
    return report


@dataclass
class LinkReport:
    orgs: int
    hidden: int
    methods: dict[str, dict[str, float]]

    def as_dict(self) -> dict[str, Any]:
        return {"test_organisations": self.orgs, "hidden_memberships": self.hidden, "methods": self.methods}


def link_prediction(store: Any, *, holdout: float = 0.2, seed: int = 0, k: int = 10, max_orgs: int = 3000) -> LinkReport:
    """Hide a share of memberships and rank alliances for each organisation.

    Compared in the same run: the matcher's score (text, province, chain,
    network, activity, with its weights), text alone, and popularity (alliance
    size). Alliance profiles here leave out member names, so a hidden member
    cannot leak through the text. Recall@k = hidden memberships ranked in the
    top k; MRR = mean reciprocal rank of the hidden memberships.
    """
    import numpy as np
    from scipy import sparse

    from xietong.analytics import indicators
    from xietong.analytics.snapshot import KINDS, load
    from xietong.match import components
    from xietong.match.engine import WEIGHTS
    from xietong.match.text import Index
    from xietong.vocab import taxonomy_vocab

    if not 0 < holdout < 1:
        raise GoldError("--holdout must be between 0 and 1")
    store.require_schema()
    with store.engine.connect() as conn:
        s = load(conn)
    rng = np.random.default_rng(seed)
    pa, po = s.pairs
    deg = s.org_degree
    hide = (rng.random(pa.size) < holdout) & (deg[po] >= 2)
    # every organisation keeps at least one membership: un-hide its first if all were hidden
    order = np.argsort(po, kind="stable")
    kept_any = np.zeros(s.n_orgs, bool)
    np.logical_or.at(kept_any, po[~hide], True)
    for i in order:
        if hide[i] and not kept_any[po[i]]:
            hide[i] = False
            kept_any[po[i]] = True
    test_orgs = np.unique(po[hide])
    if test_orgs.size > max_orgs:
        test_orgs = np.sort(rng.choice(test_orgs, size=max_orgs, replace=False))
    if test_orgs.size == 0:
        raise GoldError("no membership could be held out: organisations need two memberships or more")
    ka, ko = pa[~hide], po[~hide]
    b = sparse.csr_matrix((np.ones(ka.size), (ka, ko)), shape=(s.n_alliances, s.n_orgs))
    b_org = b.T.tocsr()
    size = np.asarray(b.sum(axis=1)).ravel()
    counts = s.counts_by_province(ka, ko)
    kind = s.org_kind[ko]
    firms = np.zeros(s.n_alliances, bool)
    rnd = np.zeros(s.n_alliances, bool)
    firms[ka[kind == KINDS.index("enterprise")]] = True
    rnd[ka[np.isin(kind, [KINDS.index("university"), KINDS.index("research_institute")])]] = True
    types, domains = taxonomy_vocab("types"), taxonomy_vocab("domains")
    docs = []
    for a_id in s.alliance_ids:
        a = s.alliances[a_id]
        docs.append(" ".join([a.name, a.name, a.sector or "", types.label(a.type, "zh") if a.type else "",
                              *(domains.label(d, "zh") for d in a.domains)]))
    index = Index(docs)
    act = np.zeros(s.n_alliances)
    if any(a.events for a in s.alliances.values()):
        by_name = {r["alliance"]: r["activity"] for r in indicators.activity(s)["alliances"]}
        act = np.array([by_name.get(s.alliance(i).name, 0.0) for i in range(s.n_alliances)])
    hidden_of: dict[int, set[int]] = {}
    for a, o in zip(pa[hide].tolist(), po[hide].tolist(), strict=True):
        hidden_of.setdefault(o, set()).add(a)
    ranks: dict[str, list[int]] = {"xietong": [], "text only": [], "popularity": []}
    for o in test_orgs.tolist():
        own = s.org_provinces(o)
        own_p = own[0] if own else None
        own_kind = KINDS[s.org_kind[o]] if s.org_kind[o] >= 0 else None
        query = " ".join([s.org_names[o], *s.org_industries.get(o, [])])
        text = index.scores(query)
        mine = b_org[o].indices
        partners = np.zeros(s.n_orgs)
        if mine.size:
            partners[np.unique(b[mine].indices)] = 1
            partners[o] = 0
        partner_counts = b @ partners
        ours = (WEIGHTS["text"] * text
                + WEIGHTS["province"] * components.province(own_p, None, counts, s.provinces)
                + WEIGHTS["chain"] * components.chain(own_kind, firms, rnd)
                + WEIGHTS["network"] * components.network(partner_counts)
                + WEIGHTS["activity"] * act)
        for name, score in (("xietong", ours), ("text only", text), ("popularity", size.astype(float))):
            score = score.copy()
            score[mine] = -np.inf  # known memberships are not predictions
            ranking = np.lexsort((np.arange(s.n_alliances), -score))
            position = np.empty(s.n_alliances, int)
            position[ranking] = np.arange(1, s.n_alliances + 1)
            ranks[name] += [int(position[a]) for a in hidden_of[o]]
    methods = {name: {f"recall@{k}": round(float(np.mean(np.array(r) <= k)), 4),
                      "mrr": round(float(np.mean(1 / np.array(r))), 4)} for name, r in ranks.items()}
    return LinkReport(int(test_orgs.size), len(ranks["xietong"]), methods)
