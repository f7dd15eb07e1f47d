"""Ranking alliances and organisations for a need.

score = 0.6·text + 0.15·province + 0.1·chain + 0.1·network + 0.05·activity,
each component in [0, 1] and reported separately:

* text — TF-IDF cosine between the need (synonyms expanded) and the
  candidate's profile (names, sector, type, domains, description, members);
* province — complementarity: R&D in Beijing ↔ production in Tianjin/Hebei
  ("北京研发、津冀转化"); with ``--region`` the candidate has members there;
* chain — an R&D body (university, institute) meets firms, a firm meets R&D;
* network — for ``--org``: partners already in the alliance (partners of
  partners), or shared alliances with a partner organisation;
* activity — the alliance activity score from recorded events.

Every reason names the data it rests on; a test checks them against the registry.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, reduce
from typing import Any

import numpy as np
from sqlalchemy import select

from xietong import collation, regions, sectors
from xietong.analytics import indicators
from xietong.analytics.snapshot import KINDS, Snapshot, load
from xietong.match import components
from xietong.match import text as textmod
from xietong.match.components import RND
from xietong.resolution import active, canonical_map
from xietong.store.db import Store
from xietong.store.tables import entity, statement
from xietong.vocab import org_kinds, taxonomy_vocab

# an alliance of the asker's own industry ("一家钢厂想…": steel) weighs as much as one whose members
# complement the asker's province: both say whom joining it would put you beside
WEIGHTS = {"text": 0.6, "province": 0.15, "chain": 0.1, "network": 0.1, "activity": 0.05, "industry": 0.15}
MAX_QUERY = 2000
TEXT_FLOOR = 0.1
COVERAGE = 0.3  # what speaking of everything a need asks adds to a profile's text score (see _coverage)
COVERAGE_WITHIN = 300  # the best text scores it is weighed for: at 10,000 alliances reading all took 25 ms a need


class MatchError(ValueError):
    pass


@dataclass
class Result:
    kind: str
    id: str
    name: str
    score: float
    components: dict[str, float]
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "name": self.name, "score": round(self.score, 4),
                "components": {k: round(v, 4) for k, v in self.components.items()}, "reasons": self.reasons}


@dataclass
class Matcher:
    snap: Snapshot
    alliance_text: list[str]
    alliance_aliases: list[list[str]]
    org_text: list[str]
    listings: list[dict[str, Any]] = field(default_factory=list)
    listing_text: list[str] = field(default_factory=list)
    listing_index: textmod.Index | None = None
    own_province: str | None = None  # read from the need ("我们河北企业") when no --org says it
    province_counts: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    has_firms: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    has_rnd: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    activity: dict[str, Any] = field(default_factory=dict)
    listing_province: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int16))  # index into snap.provinces, -1
    listing_owner: np.ndarray = field(default_factory=lambda: np.zeros(0, object))
    listing_ids: list[str] = field(default_factory=list)
    listing_titles: list[str] = field(default_factory=list)
    alliance_names: list[str] = field(default_factory=list)
    activity_scores: np.ndarray = field(default_factory=lambda: np.zeros(0))
    alliance_sectors: list[frozenset[str]] = field(default_factory=list)  # of sectors.yaml, from name and sector
    asker_sectors: frozenset[str] = frozenset()  # read from the need ("一家钢厂想…") for one match
    alliance_readings: list[str] = field(default_factory=list)  # alliance_text as needs are read (textmod.reading)
    alliance_former: list[list[str]] = field(default_factory=list)  # the names each had before it was renamed

    # The text indexes are built on first use: the directory and the indicators
    # need the snapshot and the profiles, not the TF-IDF of every organisation.
    @cached_property
    def alliances(self) -> textmod.Index:
        return textmod.Index.of(self.alliance_text)

    @cached_property
    def orgs(self) -> textmod.Index:
        return textmod.Index.of(self.org_text)

    @classmethod
    def build(cls, store: Store) -> Matcher:
        store.require_schema()
        with store.engine.connect() as conn:
            snap = load(conn)
            extra = _alliance_props(conn)
            open_listings = _open_listings(conn)
        types, domains = taxonomy_vocab("types"), taxonomy_vocab("domains")
        members: dict[int, list[int]] = defaultdict(list)
        pa, po = snap.pairs
        for a, o in zip(pa.tolist(), po.tolist(), strict=True):
            members[a].append(o)
        a_docs, aliases, formers = [], [], []
        for i, a_id in enumerate(snap.alliance_ids):
            a = snap.alliances[a_id]
            props = extra.get(a_id, {})
            former = props.get("former_names", [])  # found by them, not listed as names it goes by
            parts = [a.name, a.name, *props.get("aliases", []), *former, *props.get("sector", []),
                     *props.get("member_kinds", []), types.label(a.type, "zh") if a.type else "", *(domains.label(d, "zh") for d in a.domains),
                     *props.get("description", []), *(snap.org_names[o] for o in members[i][:30])]
            a_docs.append(" ".join(parts))
            aliases.append([x for x in props.get("aliases", []) if x not in former])
            formers.append(former)
        o_docs = []
        for o in range(snap.n_orgs):
            k = snap.org_kind[o]
            o_docs.append(" ".join([snap.org_names[o], *snap.org_industries.get(o, []),
                                    org_kinds().label(KINDS[k], "zh") if k >= 0 else ""]))
        from xietong.listings import kinds as listing_kinds

        owner_names = {o: n for o, n in zip(snap.org_ids, snap.org_names, strict=True)}
        l_docs = [" ".join([d["title"], d["title"], d["text"] or "", *json.loads(d["sectors"] or "[]"),
                            listing_kinds().label(d["kind"], "zh"), owner_names.get(d["owner_id"], "")])
                  for d in open_listings]
        kind_of = snap.org_kind[po]
        has_firms = np.zeros(snap.n_alliances, bool)
        has_rnd = np.zeros(snap.n_alliances, bool)
        has_firms[pa[kind_of == KINDS.index("enterprise")]] = True
        has_rnd[pa[np.isin(kind_of, [KINDS.index(k) for k in RND])]] = True
        act = ({r["alliance"]: r for r in indicators.activity(snap)["alliances"]}
               if any(a.events for a in snap.alliances.values()) else {})
        l_prov = np.array([snap.provinces.index(regions.regions()[d["region"]].province)
                           if d["region"] in regions.regions() and regions.regions()[d["region"]].province in snap.provinces
                           else -1 for d in open_listings], dtype=np.int16)
        l_owner = np.array([d["owner_id"] for d in open_listings], dtype=object)
        return cls(snap, a_docs, aliases, o_docs, open_listings, l_docs,
                   textmod.Index(l_docs) if l_docs else None, None, snap.counts_by_province(pa, po), has_firms,
                   has_rnd, act, l_prov, l_owner, [d["id"] for d in open_listings], [d["title"] for d in open_listings],
                   [snap.alliance(i).name for i in range(snap.n_alliances)],
                   np.array([act[snap.alliance(i).name]["activity"] if snap.alliance(i).name in act else 0.0
                             for i in range(snap.n_alliances)]),
                   [textmod.sectors_in(" ".join([snap.alliance(i).name, *(sectors.label(v) for v in
                                                                           extra.get(a_id, {}).get("sector", []))]))
                    for i, a_id in enumerate(snap.alliance_ids)],
                   alliance_readings=[textmod.reading(d) for d in a_docs], alliance_former=formers)


def _open_listings(conn: Any) -> list[dict[str, Any]]:
    from xietong.store.tables import listing

    q = select(listing).where(listing.c.status.in_(("published", "renewed"))).order_by(listing.c.id)
    return [dict(r._mapping) for r in conn.execute(q)]


def _alliance_props(conn: Any) -> dict[str, dict[str, list[str]]]:
    canon = canonical_map(conn, "alliance")
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    q = (select(statement.c.entity_id, statement.c.prop, statement.c.value)
         .join(entity, entity.c.id == statement.c.entity_id)
         .where(entity.c.kind == "alliance",
                statement.c.prop.in_(("aliases", "former_names", "description", "member_kinds", "name", "sector",
                                      "description_en")),
                active(statement, None)))
    for eid, prop, value in conn.execute(q):
        root = canon.get(eid, eid)
        key = "aliases" if prop == "name" else prop
        if value not in out[root][key]:
            out[root][key].append(value)
    return out



def match(m: Matcher, need: str, *, org: str | None = None, region: str | None = None, kind: str | None = None,
          top: int = 10, lang: str = "zh") -> list[Result]:
    need = (need or "").strip()
    if not need and org:
        need = _org_profile(m, _find_org(m.snap, org))  # match for the organisation's own profile
    if not need:
        # worded for every shell (the command line's --org, the API's and the page's org)
        raise MatchError("the need is empty: describe it in a few words (e.g. 降低钢铁生产能耗), "
                         "or name the organisation that asks")
    if len(need) > MAX_QUERY:
        raise MatchError(f"the need is {len(need)} characters long; keep it under {MAX_QUERY}")
    if kind not in (None, "alliance", "org", "listing"):
        raise MatchError(f"kind: expected alliance, org or listing, got {kind!r}")
    if top < 1 or top > 200:
        raise MatchError("--top: expected 1 to 200")
    s = m.snap
    region_code = None
    if region:
        r = regions.try_resolve(region)
        if r is None:
            raise MatchError(f"unknown region {region!r}")
        region_code = r.province
    org_index = None
    if org:
        org_index = _find_org(s, org)
    kept = textmod.without_refused(need)  # "不是找旅游合作，而是…": what is turned away is not sought
    if kept != need and not textmod.words(kept) and textmod.words(need):
        raise MatchError("the need says only what is not wanted: say what is wanted too "
                         "(e.g. 不是找旅游合作，而是想找工业气体)")
    need = kept
    topic, places = textmod.split_places(need)
    if org_index is None and region_code is None:
        for place in textmod.askers_places(need, places):  # "我们河北企业…": where the user is
            r = regions.try_resolve(place)
            if r is not None:
                m = _with(m, own_province=r.province)
                break
    asked = textmod.asker_sectors(topic or need)
    if asked:  # "一家钢厂想…": who asks, and so which alliances are of their industry
        m = _with(m, asker_sectors=asked)
    sought = textmod.without_buyer(textmod.without_asker_kind(topic or need))  # what is wanted, not who asks
    slips = textmod.misspelt(sought)  # "石墨稀": read as the 石墨烯 it sounds as
    sought = reduce(lambda text, e: text.replace(e.written, e.means), slips, textmod.reading(sought))
    query, expansions = textmod.expand(sought)
    expansions = slips + expansions
    q_words = textmod.words(sought) + [e.means for e in expansions]
    results: list[Result] = []
    for wanted, scorer in (("alliance", _alliances), ("org", _orgs), ("listing", _listings)):
        if kind in (None, wanted):
            scored = scorer(m, query, q_words, expansions, org_index, region_code, lang)
            if scored is not None:
                results += _pick(scored, top)
    results.sort(key=lambda r: (-r.score, r.name))
    return results[:top]


def _org_profile(m: Matcher, o: int) -> str:
    """What an organisation does, as a need: its industries and its alliances' sectors and names."""
    s = m.snap
    pa, po = s.pairs
    alliances = [s.alliance(int(a)) for a in np.unique(pa[po == o])]
    parts = [*s.org_industries.get(o, []), *(a.sector or "" for a in alliances), *(a.name for a in alliances)]
    return " ".join(p for p in parts if p) or s.org_names[o]


def _shares_word(r: Result) -> bool:
    return any(("涉及" in x or "mentions" in x) for x in r.reasons)


def _with(m: Matcher, **told: Any) -> Matcher:
    """The matcher, told what one need says of who asks (their province, their industry); the
    shared one is left as it was."""
    import copy

    m2 = copy.copy(m)
    for k, v in told.items():
        setattr(m2, k, v)
    return m2


def _find_org(s: Snapshot, text: str) -> int:
    if text in s.org_ids:
        return s.org_ids.index(text)
    hits = [i for i, n in enumerate(s.org_names) if n == text]
    if len(hits) == 1:
        return hits[0]
    raise MatchError(f"unknown organisation {text!r} (give its id or exact name)")


def _term_reason(doc: str, q_words: list[str], expansions: list[textmod.Expansion], lang: str) -> str | None:
    d = textmod.reading(doc)
    hits = [w for w in dict.fromkeys(q_words) if w in d][:4]
    if not hits:
        return None
    via = {e.means: e.written for e in expansions}
    q = "「{}」" if lang == "zh" else "“{}”"  # quoted as each language quotes
    shown = [f"{q.format(via[w])}→{q.format(w)}" if w in via else q.format(w) for w in hits]
    return ("资料（名称、领域、简介或成员）涉及" + "、".join(shown)) if lang == "zh" else ("its profile (name, sector, description or members) mentions " + ", ".join(shown))


@dataclass
class Scored:
    """One kind of candidate scored as vectors, and how to explain one of them."""

    kind: str
    ids: list[str]
    names: list[str]
    components: dict[str, np.ndarray]
    explain: Any  # callable: index -> list of reasons
    exclude: set[int] = field(default_factory=set)

    def total(self) -> np.ndarray:
        return sum(WEIGHTS[k] * v for k, v in self.components.items())


def _pick(scored: Scored, top: int) -> list[Result]:
    """The best candidates by total score, explained; only those sharing a content
    word with the need, or clearly close in their characters, are kept."""
    text = scored.components["text"]
    total = scored.total()
    mask = text > 0
    if scored.exclude:
        mask[list(scored.exclude)] = False
    eligible = np.flatnonzero(mask)
    if eligible.size == 0:
        return []
    window = min(eligible.size, max(top * 5, 50))
    best = eligible[np.argpartition(-total[eligible], window - 1)[:window]]
    out = []
    for i in best.tolist():
        reasons = scored.explain(i)
        r = Result(scored.kind, scored.ids[i], scored.names[i], float(total[i]),
                   {k: float(v[i]) for k, v in scored.components.items()}, reasons)
        if r.components["text"] >= TEXT_FLOOR or _shares_word(r):
            out.append(r)
    return out


def _coverage(scores: np.ndarray, readings: list[str], asked: list[frozenset[str]]) -> np.ndarray:
    """A weight on each profile's text score for how many of the things a need asks for
    (:func:`textmod.asked_things`) it speaks of. A need asking for two things (a technician
    who knows CNC machines: talent, and intelligent manufacturing) is better met by the
    alliance for both than by one for either, though TF-IDF's cosine favours the shorter
    profile that says one of them (eval/match_queries_holdout25, 33, 36). Weighed for the
    ``COVERAGE_WITHIN`` best text scores only, to keep a need's answer fast among many alliances:
    further down, a profile is scored by its text alone."""
    out = np.ones(len(readings))
    if len(asked) < 2:
        return out  # one thing asked: every profile that speaks of it speaks of all
    near = np.flatnonzero(scores)  # a profile the need shares nothing with stays at nothing
    if near.size > COVERAGE_WITHIN:  # and one far down the text's ranking is not read through
        near = near[np.argpartition(-scores[near], COVERAGE_WITHIN - 1)[:COVERAGE_WITHIN]]
    for i in near.tolist():
        out[i] += COVERAGE * sum(any(w in readings[i] for w in words) for words in asked) / len(asked)
    return out


def _placed(province: np.ndarray, text: np.ndarray, region_code: str | None) -> np.ndarray:
    """The province component as it counts: a region the user asked for counts whole, as asked;
    the complement worked out from where the user is (北京研发、津冀转化) counts in proportion to how
    well the candidate matches the need, against the best match. Members in Beijing say nothing
    for a Tianjin firm buying industrial gases from an alliance that only shares the word 工业
    with it (eval/match_queries_holdout33)."""
    if region_code is not None:
        return province
    top = float(text.max()) if text.size else 0.0
    return province * np.clip(text / top, 0, 1) if top > 0 else province


def _alliances(m: Matcher, query: str, q_words: list[str], expansions: list[textmod.Expansion],
               org_index: int | None, region_code: str | None, lang: str) -> Scored:
    s = m.snap
    text = m.alliances.scores(query)
    prov = m.province_counts
    act_rows = m.activity
    pa, po = s.pairs
    partners: set[int] = set()
    own_alliances: set[int] = set()
    if org_index is not None:
        own_alliances = set(pa[po == org_index].tolist())
        partners = set(po[np.isin(pa, list(own_alliances))].tolist()) - {org_index}
    own_prov = s.org_provinces(org_index)[0] if org_index is not None and s.org_provinces(org_index) else m.own_province
    own_kind = KINDS[s.org_kind[org_index]] if org_index is not None and s.org_kind[org_index] >= 0 else None
    partner_counts = np.zeros(s.n_alliances)
    if partners:
        is_partner = np.isin(po, list(partners))
        partner_counts = np.bincount(pa[is_partner], minlength=s.n_alliances).astype(float)
    names = m.alliance_names
    comps = {
        "text": text * _coverage(text, m.alliance_readings, textmod.asked_things(q_words, expansions)),
        "province": _placed(components.province(own_prov, region_code, prov, s.provinces), text, region_code),
        "chain": components.chain(own_kind, m.has_firms, m.has_rnd),
        "network": components.network(partner_counts),
        "activity": m.activity_scores,
        "industry": components.industry(m.asker_sectors, m.alliance_sectors),
    }

    def explain(i: int) -> list[str]:
        reasons = []
        r = _term_reason(m.alliance_text[i], q_words, expansions, lang)
        if r:
            reasons.append(r)
        if comps["province"][i]:
            here = {s.provinces[p]: int(n) for p, n in enumerate(prov[i]) if n}
            pr = _province_reason(here, own_prov, region_code, lang)
            if pr:
                reasons.append(pr)
        if comps["chain"][i]:
            reasons.append(("成员中有企业，可与您的研发能力对接转化" if lang == "zh" else "it has member firms to take up your R&D")
                           if own_kind in RND else
                           ("成员中有高校或科研院所，可为您提供研发支撑" if lang == "zh" else "it has universities or institutes for your R&D needs"))
        if comps["network"][i]:
            in_it = set(po[pa == i].tolist()) & partners
            who = "、".join(sorted((s.org_names[o] for o in in_it), key=collation.key)[:3])
            reasons.append(f"您的合作伙伴{who}已在该联盟" if lang == "zh" else f"your partners {who} are members")
        if comps["industry"][i]:
            same = sorted(m.asker_sectors & m.alliance_sectors[i])
            reasons.append(f"与您同属{'、'.join(same)}行业" if lang == "zh" else
                           f"of your own industry ({', '.join(sectors.label(x, 'en') for x in same)})")
        if names[i] in act_rows:
            ev = act_rows[names[i]]["events"]
            reasons.append(f"有活动记录{sum(ev.values())}条" if lang == "zh" else f"{sum(ev.values())} recorded events")
        return reasons

    return Scored("alliance", list(s.alliance_ids), names, comps, explain, own_alliances)


def _province_reason(here: dict[str, int], own: str | None, wanted: str | None, lang: str) -> str | None:
    """Words for :func:`components.province` (which scores it), given members per province."""
    if wanted:
        if wanted in here:
            return (f"在{regions.label(wanted, lang)}有成员{here[wanted]}家" if lang == "zh"
                         else f"{here[wanted]} members in {regions.label(wanted, lang)}")
        return None
    other = components.counterparts(own)
    n = sum(here.get(p, 0) for p in other.provinces) if other else 0
    if not other or not n:
        return None
    p = _places(other, lang)
    if lang == "zh":
        return _complementing(other, p, own, lang, f"有{p['leader'] if not other.leads else p['others_short']}成员{n}家")
    return _complementing(other, p, own, lang, f"{n} {p['leader']} members" if not other.leads
                          else f"{n} members in {p['others_or']}")


def _places(other: components.Counterparts, lang: str) -> dict[str, str]:
    """The words for a cluster's places that the brief uses (北京, 津冀, Tianjin or Hebei)."""
    from xietong.brief.content import places, words

    c = other.cluster
    return places({"id": c.id, "provinces": list(c.provinces), "leader": c.leader}, lang, words(lang))


def _complementing(other: components.Counterparts, p: dict[str, str], own: str, lang: str, whom: str) -> str:
    """``whom`` (members, or a candidate, among the counterparts of ``own``) and what they are for: the
    leader's R&D to be taken up in ``own`` (北京研发、津冀转化), or the leader's results to take up."""
    if lang == "zh":
        return (f"{whom}，可对接{p['leader']}研发，在{regions.label(own, lang)}转化（{p['leader']}研发、{p['others_short']}转化）"
                if not other.leads else f"{whom}，可承接{p['leader']}的成果转化和产业转移")
    return (f"{whom}: {p['leader']} R&D for transfer to {regions.label(own, lang)}" if not other.leads
            else f"{whom}, able to take up {p['leader']}'s results")


def _place_reason(provinces: list[str], own: str | None, wanted: str | None, lang: str, who: str) -> str | None:
    """Words for :func:`components.province_of_one`: a candidate in one place (an organisation, a listing)."""
    en_who = "it is" if who == "单位" else "its owner is"
    if wanted:
        if wanted in provinces:
            return (f"{who}位于{regions.label(wanted, lang)}" if lang == "zh" else f"{en_who} in {regions.label(wanted, lang)}")
        return None
    other = components.counterparts(own)
    there = [p for p in other.provinces if p in provinces] if other else []
    if not other or not there:
        return None
    p = _places(other, lang)
    where = p["leader"] if not other.leads else regions.label(there[0], lang)
    return _complementing(other, p, own, lang, f"{who}在{where}" if lang == "zh" else f"{en_who} in {where}")


def _orgs(m: Matcher, query: str, q_words: list[str], expansions: list[textmod.Expansion],
          org_index: int | None, region_code: str | None, lang: str) -> Scored:
    s = m.snap
    text = m.orgs.scores(query)
    if parts := textmod.fragments(q_words):
        # "工业气体": a short profile sharing only 工业 (北京工业大学) shares no part of the need; a
        # cosine over so few words would still rank it high (alliances' longer profiles do not)
        text = np.where(m.orgs.scores(query, drop=parts) > 0, text, 0.0)
    own_prov = s.org_provinces(org_index)[0] if org_index is not None and s.org_provinces(org_index) else m.own_province
    pa, po = s.pairs
    shared = np.zeros(s.n_orgs)
    if org_index is not None:
        mine = np.unique(pa[po == org_index])
        shared = np.bincount(po[np.isin(pa, mine)], minlength=s.n_orgs).astype(float)
        shared[org_index] = 0
    comps = {"text": text,
             "province": _placed(components.province_of_one(own_prov, region_code, s.org_prov, s.provinces), text, region_code),
             "chain": np.zeros(s.n_orgs), "network": np.minimum(1.0, shared / 2), "activity": np.zeros(s.n_orgs)}

    def explain(o: int) -> list[str]:
        reasons = []
        r = _term_reason(m.org_text[o], q_words, expansions, lang)
        if r:
            reasons.append(r)
        if comps["province"][o]:
            pr = _place_reason(s.org_provinces(o), own_prov, region_code, lang, "单位")
            if pr:
                reasons.append(pr)
        if shared[o]:
            reasons.append(f"与您共同参加{int(shared[o])}个联盟" if lang == "zh" else f"shares {int(shared[o])} alliances with you")
        return reasons

    return Scored("org", list(s.org_ids), list(s.org_names), comps, explain, {org_index} if org_index is not None else set())

def _listings(m: Matcher, query: str, q_words: list[str], expansions: list[textmod.Expansion],
              org_index: int | None, region_code: str | None, lang: str) -> Scored | None:
    """Published listings: text, the listing's region against yours, and your partners' listings."""
    from xietong.listings import kinds as listing_kinds

    if m.listing_index is None:
        return None
    s = m.snap
    n = len(m.listings)
    text = m.listing_index.scores(query)
    own_prov = s.org_provinces(org_index)[0] if org_index is not None and s.org_provinces(org_index) else m.own_province
    partners: set[str] = set()
    own_id = s.org_ids[org_index] if org_index is not None else None
    if org_index is not None:
        pa, po = s.pairs
        mine = np.unique(pa[po == org_index])
        partners = {s.org_ids[o] for o in np.unique(po[np.isin(pa, mine)]).tolist() if o != org_index}
    comps = {"text": text,
             "province": _placed(components.province_of_one(own_prov, region_code, m.listing_province, s.provinces), text,
                                 region_code),
             "chain": np.zeros(n), "network": np.isin(m.listing_owner, list(partners)).astype(float) if partners else np.zeros(n),
             "activity": np.zeros(n)}

    def explain(i: int) -> list[str]:
        d = m.listings[i]
        label = listing_kinds().label(d["kind"], lang)
        reasons = [f"类型：{label}" if lang == "zh" else f"kind: {label}"]
        r = _term_reason(m.listing_text[i], q_words, expansions, lang)
        if r:
            reasons.append(r.replace("资料（名称、领域、简介或成员）", "标题、内容或行业").replace(
                "its profile (name, sector, description or members)", "its title, text or sectors"))
        if comps["province"][i]:
            where = [regions.regions()[d["region"]].province] if d["region"] in regions.regions() else []
            pr = _place_reason(where, own_prov, region_code, lang, "发布方")
            if pr:
                reasons.append(pr)
        if comps["network"][i]:
            reasons.append("发布方与您同在一个联盟" if lang == "zh" else "its owner shares an alliance with you")
        return reasons

    own = set(np.flatnonzero(m.listing_owner == own_id).tolist()) if own_id else set()
    return Scored("listing", m.listing_ids, m.listing_titles, comps, explain, own)
