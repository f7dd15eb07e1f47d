"""What the brief says: sections of sentences filled from the indicators, the
tables behind them, and the charts. Structured like the seed (现状与特点;
类型; 内在关系; 分布领域; 北京的引领作用; the indicators behind its four
recommendations). Where data are missing the brief says so; it never guesses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from xietong import clock, collation, regions
from xietong.analytics.snapshot import Snapshot
from xietong.brief import charts
from xietong.i18n import Labels
from xietong.vocab import load_yaml, taxonomy_vocab


class Share(float):
    """A share of a whole (0.4444) in a table: read as a percentage (44.4%), as the sentences
    beside it write shares, and kept a number in the workbook, formatted so.

    >>> str(Share(0.44444)), f"{Share(0.25)}"
    ('44.4%', '25.0%')
    """

    def __str__(self) -> str:
        return f"{self * 100:.1f}%"

    def __format__(self, spec: str) -> str:  # in an f-string too
        return format(str(self), spec)


@dataclass
class Table:
    id: str
    title: str
    columns: list[str]
    rows: list[list[Any]]


@dataclass
class Section:
    heading: str
    level: int = 2
    paragraphs: list[str] = field(default_factory=list)
    charts: list[str] = field(default_factory=list)  # chart ids
    tables: list[str] = field(default_factory=list)  # table ids


@dataclass
class Brief:
    lang: str
    title: str
    subtitle: str
    as_of: str
    sections: list[Section]
    tables: dict[str, Table]
    charts: dict[str, dict[str, Any]]  # id -> {"title", "option"}


@cache
def words(lang: str) -> dict[str, Any]:
    return load_yaml("brief.yaml")[lang]


def _table(w: dict[str, Any], tid: str, rows: list[list[Any]]) -> Table:
    """A table with its title and column names in the brief's language."""
    spec = w["tables"][tid]
    return Table(tid, spec["title"], list(spec["columns"]), rows)


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f}%"



NUMBERS = {"zh": {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"},
           "en": {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}}


def _short(code: str, lang: str) -> str:
    """A province as a sentence names it: 北京 (not 北京市), Beijing."""
    r = regions.regions().get(code)
    if r is None:
        return code
    return (r.aliases[0] if r.aliases else r.name) if lang == "zh" else r.en


def _joined(names: list[str], sep: str, last: str) -> str:
    """Names in a sentence, the last after ``last``: 天津和河北, Tianjin, Hebei and Shanxi.

    >>> _joined(["2019年", "2020年"], "、", "、"), _joined(["Tianjin", "Hebei", "Shanxi"], ", ", " and ")
    ('2019年、2020年', 'Tianjin, Hebei and Shanxi')
    """
    if len(names) < 2:
        return "".join(names)
    return sep.join(names[:-1]) + last + names[-1]


def places(cluster: dict[str, Any], lang: str, w: dict[str, Any]) -> dict[str, str]:
    """The words the brief's sentences put in for the cluster's places: its leading province,
    the others, all of them, how many.

    >>> p = places({"id": "jingjinji", "provinces": ["110000", "120000", "130000"], "leader": "110000"}, "zh", {"sep": "、"})
    >>> p["leader"], p["others"], p["others_and"], p["others_short"], p["places"], p["n_places"]
    ('北京', '天津、河北', '天津和河北', '津冀', '北京、天津、河北', '三')
    >>> places({"id": "yangtze_delta", "provinces": ["310000", "320000", "330000", "340000"], "leader": None}, "en",
    ...        {"sep": ", ", "leader_unnamed": "the leading city"})["others_or"]
    'Shanghai, Jiangsu, Zhejiang or Anhui'
    >>> yangtze = places({"id": "yangtze_delta", "provinces": ["310000", "320000", "330000", "340000"], "leader": "310000"},
    ...                  "en", {"sep": ", ", "leader_unnamed": "the leading city"})
    >>> yangtze["others_or"], yangtze["others_each"]
    ('Jiangsu, Zhejiang or Anhui', 'all of Jiangsu, Zhejiang and Anhui')
    >>> places({"id": "jingjinji", "provinces": ["110000", "120000", "130000"], "leader": "110000"}, "en", {"sep": ", "})["others_each"]
    'both Tianjin and Hebei'
    """
    def joined(names: list[str], last: str) -> str:
        return _joined(names, w["sep"], last)

    c = regions.clusters().get(cluster["id"])
    leader = cluster.get("leader")
    provinces = list(cluster["provinces"])
    others = [p for p in provinces if p != leader]
    o = [_short(p, lang) for p in others]
    every = [_short(p, lang) for p in provinces]
    shorts = [regions.regions()[p].short or _short(p, lang) for p in others if p in regions.regions()]
    zh = lang == "zh"
    return {
        "cluster": (c.name if zh else c.en) if c else cluster["id"],
        "leader": _short(leader, lang) if leader else w.get("leader_unnamed", ""),
        "others": w["sep"].join(o),
        "others_and": joined(o, "和" if zh else " and "),
        # "members in both Tianjin and Hebei", "in all of Jiangsu, Zhejiang and Anhui": each of them, said so
        "others_each": joined(o, "和" if zh else " and ") if zh or len(o) < 2 else
                       f"{'both' if len(o) == 2 else 'all of'} {joined(o, ' and ')}",
        "others_or": joined(o, "或" if zh else " or "),
        "others_short": "".join(shorts) if zh else joined(o, " and "),
        "places": w["sep"].join(every),
        "places_and": joined(every, "和" if zh else " and "),
        "n_places": NUMBERS[lang].get(len(provinces), str(len(provinces))),
    }


def _placed(value: Any, words_in: dict[str, str]) -> Any:
    """``value`` (a sentence, or the tables' titles and columns) with the places put in, and
    every other ``{…}`` left for its numbers."""
    if isinstance(value, str):
        for key, said in words_in.items():
            value = value.replace("{" + key + "}", said)
        return value
    if isinstance(value, dict):
        return {k: _placed(v, words_in) for k, v in value.items()}
    if isinstance(value, list):
        return [_placed(v, words_in) for v in value]
    return value


def build(result: dict[str, Any], snap: Snapshot, lang: str = "zh") -> Brief:
    """The brief of ``result`` (:func:`xietong.analytics.run.compute`), of the alliances of one
    city cluster or of the whole registry, its places named as that cluster's."""
    w = words(lang)
    scope = result["cluster"]
    where = places(scope, lang, w)
    w = _placed(w, where)
    sep = w["sep"]
    types = taxonomy_vocab("types")
    rel_vocab = taxonomy_vocab("relations")
    dom_vocab = taxonomy_vocab("domains")
    tables: dict[str, Table] = {}
    sections: list[Section] = []
    f = result["formation"]

    # 一、现状与特点 ----------------------------------------------------------
    sections.append(Section(w["s1"], 1))
    years = {y: n for y, n in f["by_year"].items() if y != "unknown"}
    sec = Section(w["s1_formation"], 2)
    if years:
        peak = max(years.values())
        peaks = sorted(y for y, n in years.items() if n == peak)  # a tie names every year in it, not one of them
        said = {"total": f["total"], "dated": sum(years.values()), "peak": peak}
        sec.paragraphs.append(w["formation"].format(peak_year=peaks[0], **said) if len(peaks) == 1 else
                              w["formation_tied"].format(peak_years=_joined([w["peak_year"].format(year=y) for y in peaks],
                                                                            sep, sep if lang == "zh" else " and "), **said))
    if f["by_year"].get("unknown"):
        sec.paragraphs.append(w["missing_dates"].format(unknown=f["by_year"]["unknown"]))
    if not f["total"]:
        sec.paragraphs.append(w["empty"])  # a cluster the registry holds no alliance of yet
    tables["formation_by_year"] = _table(w, "formation_by_year", [[w["unknown"] if y == "unknown" else y, n]
                                                                  for y, n in f["by_year"].items()])
    if years:
        sec.charts.append("timeline")
    sec.tables.append("formation_by_year")
    sections.append(sec)

    sec = Section(w["s1_types"], 2)
    by_type = f["by_type"]
    parts = [f"{types.label(t, lang)}{by_type[t]}{w['count_unit']}" if lang == "zh" else f"{types.label(t, lang)} {by_type[t]}"
             for t in types.ids() if by_type.get(t)]
    if parts:
        sec.paragraphs.append(w["types"].format(parts=sep.join(parts)))
    examples = []
    for t in types.ids():
        names = sorted((a.name for a in snap.alliances.values() if a.type == t), key=collation.key)[:2]  # noqa: B023
        if names:
            examples.append(f"{types.label(t, lang)}：{sep.join(names)}" if lang == "zh" else f"{types.label(t, lang)}: {sep.join(names)}")
    if examples:
        sec.paragraphs.append(w["types_examples"].format(examples="；".join(examples) if lang == "zh" else "; ".join(examples)))
    if by_type.get("unclassified"):
        sec.paragraphs.append(w["missing_types"].format(n=by_type["unclassified"]))
    tables["types"] = _table(w, "types", [[types.label(t, lang) if t in types.terms else w["unclassified"], n] for t, n in by_type.items()])
    sec.charts.append("types")
    sec.tables.append("types")
    sections.append(sec)

    mix = result["mix"]
    sec = Section(w["s1_relations"], 2)
    if mix["relations"]:
        sec.paragraphs.append(w["relations"].format(parts=sep.join(
            f"{rel_vocab.label(r, lang)}{'' if lang == 'zh' else ' '}{n}{w['count_unit']}" for r, n in mix["relations"].items())))
    academia = _academia_examples(snap, lang)
    if academia:
        sec.paragraphs.append(w["academia"].format(examples=sep.join(academia)))
    if mix["without_relation"]:
        sec.paragraphs.append(w["missing_relations"].format(n=mix["without_relation"]))
    tables["relations"] = _table(w, "relations", [[rel_vocab.label(r, lang), n] for r, n in mix["relations"].items()])
    sec.tables.append("relations")
    sections.append(sec)

    sec = Section(w["s1_domains"], 2)
    if mix["domains"]:
        sec.paragraphs.append(w["domains"].format(parts=sep.join(
            f"{dom_vocab.label(d, lang)}{'' if lang == 'zh' else ' '}{n}{w['count_unit']}" for d, n in mix["domains"].items())))
    if mix["without_domain"]:
        sec.paragraphs.append(w["missing_domains"].format(n=mix["without_domain"]))
    tables["domains"] = _table(w, "domains", [[dom_vocab.label(d, lang), n] for d, n in mix["domains"].items()])
    sec.charts.append("domains")
    sec.tables.append("domains")
    sections.append(sec)

    sizes = [r for r in result["sizes"]["by_alliance"] if r["stated"]]
    if sizes:
        sec = Section(w["s1_sizes"], 2)
        parts = []
        for r in sorted(sizes, key=lambda r: -max(c["count"] for c in r["stated"]))[:8]:
            counts = sep.join(Labels(lang).count(c) for c in r["stated"])
            parts.append(f"{r['alliance']}（{counts}）" if lang == "zh" else f"{r['alliance']} ({counts})")
        sec.paragraphs.append(w["sizes"].format(n=len(sizes), parts=sep.join(parts)))
        lbl = Labels(lang)
        tables["sizes"] = _table(w, "sizes", [[r["alliance"], r["named_members"], c["count"], lbl.qualifier(c["qualifier"]),
                                               lbl.counted(c["kind"])] for r in sizes for c in r["stated"]])
        sec.tables.append("sizes")
        sections.append(sec)

    # 二、（北京的）引领作用 ---------------------------------------------------
    lead = result["lead"]
    sec = Section(w["s2"] if lead is not None else w["s2_no_leader"], 1)
    if lead is None:  # no source names the place leading this cluster's alliances
        sec.paragraphs.append(w["no_leader"])
    else:
        sec.paragraphs.append(w["lead"].format(led=lead["led"], led_pct=_pct(lead["led_share"]),
                                               known_pct=_pct(lead["led_share_of_known"])))
        if lead["led_names"]:
            sec.paragraphs.append(w["lead_names"].format(names=sep.join(lead["led_names"][:15])))
        if lead["led"]:
            sec.paragraphs.append(w["response"].format(responded=lead["responded"],
                                                       responded_pct=_pct(lead["responded_share"])))
        unknown_lead = lead["alliances"] - lead["with_known_leads"]
        if unknown_lead:
            sec.paragraphs.append(w["missing_lead"].format(n=unknown_lead))
    pairs = result["province_pairs"]["pairs"]
    among = [p for p in pairs if p["a"] in scope["provinces"] and p["b"] in scope["provinces"]]
    if among:  # "三地两两之间": of the cluster's own places; the most shared, and the strongest for their sizes
        most, strongest = among[0], max(among, key=lambda p: p["normalised"])

        def pair(p: dict[str, Any]) -> str:
            return f"{regions.label(p['a'], lang)}–{regions.label(p['b'], lang)}"
        sec.paragraphs.append(w["pairs"].format(best=pair(most), raw=most["raw"], norm=most["normalised"]))
        if round(strongest["normalised"], 2) > round(most["normalised"], 2):  # as the sentences write them
            sec.paragraphs.append(w["pairs_normalised"].format(best=pair(strongest), raw=strongest["raw"],
                                                               norm=strongest["normalised"]))
    ei = result["ei_index"]["by_province"]
    core = [p for p in scope["provinces"] if p in ei]
    if core:
        sec.paragraphs.append(w["ei"].format(parts=sep.join(f"{regions.label(p, lang)} {ei[p]['ei']:.2f}" for p in core)))
    if lead is not None:
        tables["lead"] = _table(w, "lead", [[n, w["answer_yes"] if n in lead["responded_names"] else w["answer_no"]]
                                            for n in lead["led_names"]])
    tables["province_pairs"] = _table(w, "province_pairs", [[regions.label(p["a"], lang), regions.label(p["b"], lang), p["raw"], p["normalised"]] for p in pairs])
    tables["ei_index"] = _table(w, "ei_index", [[regions.label(p, lang), v["external"], v["internal"], v["ei"]] for p, v in ei.items()])
    sec.charts.append("pairs")
    sec.tables += (["lead"] if lead is not None else []) + ["province_pairs", "ei_index"]
    sections.append(sec)

    # 三、四项建议背后的指标 ---------------------------------------------------
    sections.append(Section(w["s3"], 1))
    cov = result["coverage"]
    net = result["network"]
    sec = Section(w["r1"], 2)
    sec.paragraphs.append(w["coverage"].format(full=cov["full"], pct=_pct(cov["full_share_of_known"]), unknown=cov["unknown"]))
    # those reaching as many provinces in pinyin order, as a reader looks names up
    bridging = sorted(net["bridges"], key=lambda b: (-b["other_provinces"], collation.key(b["organisation"])))
    if bridging:
        sec.paragraphs.append(w["bridges"].format(names=sep.join(b["organisation"] for b in bridging[:6])))
    tables["bridges"] = _table(w, "bridges", [[b["organisation"], b["other_provinces"], sep.join(regions.label(p, lang) for p in b["provinces"])]
                               for b in bridging])
    sec.tables.append("bridges")
    sections.append(sec)

    sec = innovation = Section(w["r2"], 2)
    # communities of one alliance are alliances sharing no member: told apart, not counted as communities
    groups, alone = net["communities"]["count"] - net["communities"]["alone"], net["communities"]["alone"]
    size = {"orgs": net["bipartite"]["organisations"], "memberships": net["bipartite"]["memberships"]}
    if net["projection"]["ties"]:
        sec.paragraphs.append(w["network"].format(**size, ties=net["projection"]["ties"], communities=groups,
                                                  joined=net["projection"]["alliances"] - alone)
                              + (w["network_alone"].format(alone=alone) if alone else ""))
    else:
        sec.paragraphs.append(w["network_none"].format(**size))
    central = [b["alliance"] for b in net["betweenness"]["top"] if b["betweenness"] > 0]
    if central:
        sec.paragraphs.append(w["central"].format(names=sep.join(central[:5])))
    sec.charts.append("network")
    sections.append(sec)

    chain = result["chain_coverage"]
    sec = Section(w["r3"], 2)
    if chain["mean"] is not None:
        sec.paragraphs.append(w["chain"].format(mean=_pct(chain["mean"]), best=chain["top"][0]["alliance"]))
    else:
        sec.paragraphs.append(w["missing_chain"])
    flows = result["flows"]["flows"]
    across = [x for x in flows if x["from"] != x["to"]]  # the sentence is of ties between provinces; the table has all
    if across:
        sec.paragraphs.append(w["flows"].format(parts=sep.join(
            w["flow"].format(a=regions.label(x["from"], lang), b=regions.label(x["to"], lang), n=x["count"])
            for x in across[:4])))
    else:
        sec.paragraphs.append(w["missing_flows"])
    tables["chain_coverage"] = _table(w, "chain_coverage", [[x["alliance"], Share(x["coverage"])] for x in chain["top"]])
    tables["flows"] = _table(w, "flows", [[regions.label(x["from"], lang), regions.label(x["to"], lang), x["count"]] for x in flows])
    sec.charts.append("map")
    sec.tables += ["chain_coverage", "flows"]
    sections.append(sec)

    gaps = result["gaps"]
    spec = result["specialisation"]
    sec = Section(w["r4"], 2)
    gap_rows = gaps["industries_without_cross_provincial_alliance"]
    if gap_rows:
        sec.paragraphs.append(w["gaps"].format(parts=sep.join(g["industry"] for g in gap_rows[:10])))
    elif gaps["industries_with_organisations"]:
        sec.paragraphs.append(w["no_gaps"])
    else:  # no industry recorded: "every industry has an alliance" would hold of none
        sec.paragraphs.append(w["gaps_unknown"])
    sec.paragraphs.append(w["idle"].format(n=gaps["orgs_in_no_alliance"]) if gaps["orgs_in_no_alliance"] else w["idle_none"])
    if spec["available"]:
        sec.paragraphs.append(w["lq"].format(parts=sep.join(
            f"{regions.label(x['region'], lang)}·{x['industry']} {x['lq']}" for x in spec["lq"][:5])))
        tables["specialisation"] = _table(w, "specialisation", [[regions.label(x["region"], lang), x["industry"], x["orgs"], x["lq"]] for x in spec["lq"]])
        sec.tables.append("specialisation")
    else:
        sec.paragraphs.append(w["missing_lq"])
    tables["gaps"] = _table(w, "gaps", [[g["industry"], sep.join(f"{regions.label(p, lang)} {n}" for p, n in g["orgs"].items())] for g in gap_rows])
    sec.tables.append("gaps")
    sections.append(sec)

    act = result["activity"]
    if act["available"]:
        sec = innovation  # activity belongs with the innovation-network recommendation
        sec.paragraphs.append(w["activity"].format(n=act["scored"], org=act["mean"]["organisation"],
                                                   inn=act["mean"]["innovation"], ind=act["mean"]["industry"],
                                                   best=act["alliances"][0]["alliance"], none=act["without_events"]))
        tables["activity"] = _table(w, "activity", [[r["alliance"], r["scores"]["organisation"], r["scores"]["innovation"],
                                     r["scores"]["industry"], r["activity"], sum(r["events"].values())] for r in act["alliances"]])
        sec.tables.append("activity")
    sec = Section(w["notes"], 1)
    if not act["available"]:
        sec.paragraphs.append(w["missing_activity"])
    if scope.get("scoped"):
        sec.paragraphs.append(w["scope"].format(n=scope["unscoped_alliances"]))
    sec.paragraphs.append(w["sources"])
    sections.append(sec)

    if not f["total"]:  # no alliance to draw: the brief says so (see ``empty``), and draws no empty charts
        for section in sections:
            section.charts.clear()
    if lang == "en":
        named = english_names(snap)
        for section in sections:
            section.paragraphs = list(map(named, section.paragraphs))
        for table in tables.values():  # a table is read on its own, away from the paragraph that named them
            table.rows = [[named(c) if isinstance(c, str) else c for c in row] for row in table.rows]
    chart_specs = charts.all_charts(result, snap, lang, w["charts"])
    # the registry as it stands when the brief is written, unless it was asked as of a date
    return Brief(lang, w["title_scoped"] if scope.get("scoped") else w["title"], w["subtitle"],
                 (result["as_of"] or clock.now())[:10], sections, tables, chart_specs)


def english_names(snap: Snapshot) -> Callable[[str], str]:
    """What puts, after each alliance a text names, its English name where a source gives one: an
    English reader of the brief can tell what 钢铁行业节能减排产业技术创新联盟 is. Every name is looked
    for, the longest first, so one inside another's name (协同创新联盟 in 技术转移协同创新联盟) is not
    taken for it."""
    english = {a.name: a.name_en for a in snap.alliances.values() if a.name_en}
    if not english:
        return lambda text: text
    names = re.compile("|".join(map(re.escape, sorted({a.name for a in snap.alliances.values()}, key=len, reverse=True))))
    return lambda text: names.sub(lambda m: f"{m[0]} ({english[m[0]]})" if m[0] in english else m[0], text)


def _academia_examples(snap: Snapshot, lang: str) -> list[str]:
    """Alliances of industry–academia collaboration, with their university initiators: in the order
    of their provinces' codes (北京, 天津, 河北 …), as the seed names them, then by pinyin."""
    from xietong.analytics.snapshot import KINDS, ROLES

    init = snap.m_role == ROLES.index("initiator")
    uni = snap.org_kind[snap.m_org] == KINDS.index("university")
    by_alliance: dict[int, list[int]] = {}
    for a, o in zip(snap.m_alliance[init & uni].tolist(), snap.m_org[init & uni].tolist(), strict=True):
        by_alliance.setdefault(a, []).append(o)

    def placed(o: int) -> tuple[str, tuple[str, str]]:
        return (snap.org_provinces(o) or ["999999"])[0], collation.key(snap.org_names[o])
    out = []
    for i in sorted(range(snap.n_alliances), key=lambda i: collation.key(snap.alliance(i).name)):
        a = snap.alliance(i)
        if "industry_academia" not in a.relations:
            continue
        unis = [snap.org_names[o] for o in sorted(by_alliance.get(i, []), key=placed)]
        if unis:
            out.append(f"{a.name}（{'、'.join(unis)}）" if lang == "zh" else f"{a.name} ({', '.join(unis)})")
        else:
            out.append(a.name)
    return out[:4]
