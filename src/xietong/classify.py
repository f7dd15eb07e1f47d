"""Classifying an alliance by the seed's taxonomy, saying what decided it.

The type follows the sector its name names. In a Chinese name the defining
word comes last, so among the sector words found the rightmost decides, and a
word of the seed's own lists ("钢铁", "园林", "中医药"…) outranks one the
lexicon adds, unless a service follows one of the seed's industries: a
食品安全检测, 汽车租赁服务 or 汽车充电服务 alliance serves an industry, and is a service; or a field
follows a way of working together the seed lists (创新创业教育 is education), or a producing
industry just precedes it (钢铁产业链协同创新 is steel). Without a sector word in the name, the description decides;
without that, the kinds of known members (universities with firms read as
产学研, comprehensive). Domains and internal relations come from cue words,
and the relation from member composition where members are known.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from xietong.names import split_cluster_prefix, to_mainland
from xietong.vocab import load_yaml


@dataclass(frozen=True)
class Sector:
    sector: str
    type: str
    seed: bool
    words: tuple[str, ...]


@dataclass
class Evidence:
    source: str  # name | description | members
    text: str
    rule: str


@dataclass
class Classification:
    name: str
    type: str | None
    sector: str | None
    domains: list[str] = field(default_factory=list)
    relations: list[str] = field(default_factory=list)
    confidence: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def sectors() -> tuple[Sector, ...]:
    raw = load_yaml("sectors.yaml")["sectors"]
    return tuple(Sector(s["sector"], s["type"], bool(s.get("seed")), tuple(s["words"])) for s in raw)


@cache
def tails() -> tuple[dict[str, str], ...]:
    return tuple(load_yaml("sectors.yaml")["tails"])


@cache
def _heads() -> tuple[tuple[str, Sector], ...]:
    by_name = {s.sector: s for s in sectors()}
    return tuple((h["head"], by_name[h["sector"]]) for h in load_yaml("sectors.yaml")["heads"])


def _head(core: str) -> Hit | None:
    """A word that decides as the name's head, before 产业 and 联盟 ("消防装备产业联盟": 装备,
    equipment, whatever it is for).

    >>> _head("消防装备产业联盟").sector.sector, _head("装备制造联盟")
    ('智能制造', None)
    """
    body = core.removesuffix("联盟").removesuffix("大").removesuffix("产业")
    for word, sector in _heads():
        if body.endswith(word):
            return Hit(len(body) - len(word), len(body), word, sector)
    return None


def _collaboration(core: str) -> str | None:
    """The word of a name with no field of its own that says it joins research and industry
    (研究院, 科研院所, 校企, 协同创新): the seed's 产学研, a comprehensive alliance."""
    return next((w for w in _cues()["relations"]["industry_academia"] if w in core), None)


def _tail(core: str) -> tuple[dict[str, str], str] | None:
    """The generic tail before 联盟 ("会计服务联盟" → 服务), for names with no sector word, and the
    ending it was read from ("科技创新联盟" → 科技, from 科技创新).

    >>> _tail("科技创新联盟")[1], _tail("会计服务联盟")[0]["tail"], _tail("会计联盟")
    ('科技创新', '服务', None)
    """
    body = core.removesuffix("联盟").removesuffix("大")
    for t in tails():
        for ending in (t["tail"], t["tail"] + "业", t["tail"] + "协作", t["tail"] + "合作", t["tail"] + "创新"):
            if body.endswith(ending):
                return t, ending
    return None


@cache
def _words() -> list[tuple[str, Sector]]:
    pairs = [(w, s) for s in sectors() for w in s.words]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _words_by_first() -> dict[str, list[tuple[int, str, Sector]]]:
    """The lexicon's words by their first character, each with its place in :func:`_words`: a name
    is looked for only the words that can start in it (a few dozen of some two thousand)."""
    out: dict[str, list[tuple[int, str, Sector]]] = {}
    for i, (word, sector) in enumerate(_words()):
        out.setdefault(word[0], []).append((i, word, sector))
    return out


@cache
def _cues() -> dict[str, Any]:
    """Domains' and relations' words by their ids, and the members' words (classify_cues.yaml)."""
    raw = load_yaml("classify_cues.yaml")
    return {k: {i: tuple(ws) for i, ws in v.items()} if isinstance(v, dict) else tuple(v) for k, v in raw.items()}


def _members_tail(core: str, decided: Hit | None) -> tuple[dict[str, str], str] | None:
    """The comprehensive tail of a name whose only field word says who its members are
    (高校院所科技创新联盟: universities, then 科技创新), which then decides; else None.

    >>> _members_tail("高校院所科技创新联盟", _decide(hits("高校院所科技创新联盟")))[1]
    '科技创新'
    >>> _members_tail("高校服务联盟", _decide(hits("高校服务联盟"))) is None
    True
    """
    if decided is None or decided.word not in _cues()["members_words"] \
            or any(h.start >= decided.end for h in hits(core)):
        return None
    tail = _tail(core)
    return tail if tail and tail[0]["type"] == "comprehensive" else None


_LATIN = re.compile(r"[A-Za-z0-9]+")  # a word, or the letter next to one, in Latin letters or digits


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    word: str
    sector: Sector


def hits(text: str) -> list[Hit]:
    """Sector words in ``text``, longest first where they overlap. A word in Latin letters (IC,
    OLED, AI) is found as written, in capitals, and whole: not IC in ICU, nor AR in CAR.

    >>> [h.word for h in hits("京津冀文化旅游产业联盟")], [h.word for h in hits("京津冀ICU重症医学联盟")]
    (['文化旅游'], ['ICU', '医学'])
    """
    taken = [False] * len(text)
    found: list[Hit] = []
    by_first = _words_by_first()
    # the words that can start in the text, longest first as in the whole lexicon's order
    for _, word, sector in sorted(w for ch in set(text) for w in by_first.get(ch, ())):
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            inside = _LATIN.fullmatch(word) and (_LATIN.match(text[start - 1:start]) or _LATIN.match(text[end:end + 1]))
            if not inside and not any(taken[start:end]):  # not a Latin word inside a longer one
                found.append(Hit(start, end, word, sector))
                for i in range(start, end):
                    taken[i] = True
            start = text.find(word, start + 1)
    return sorted(found, key=lambda h: h.start)


def _decide(found: list[Hit]) -> Hit | None:
    """The hit that decides: the rightmost of the seed's own words, else of all. Except where a
    service follows an industry of the seed's (食品安全检测, 汽车租赁服务, 钢铁物流): the head
    of the name is the service, the industry only says whom it serves.

    >>> [_decide(hits(n)).sector.sector for n in ("汽车检测认证联盟", "钢铁行业节能减排联盟", "检测汽车联盟")]
    ['商务服务', '钢铁', '车辆']

    So too where a way of working together that the seed lists as 产学研 comes before the field it
    is done in: the field is the head. And where it comes after a producing industry: the alliance
    innovates for that industry, which the seed types it by (its 钢铁行业节能减排产业技术创新联盟 is
    产业类, and 产业链整合 is what it says 产业类 alliances do); after any other field, the way of
    working stays the head, even where that field is about an industry (智能制造人才创新创业: talent).

    >>> [_decide(hits(n)).sector.sector for n in ("创新创业教育联盟", "教育创新创业联盟", "人才创新创业联盟")]
    ['教育', '产学研', '产学研']
    >>> [_decide(hits(n)).sector.sector for n in ("钢铁产业链协同创新联盟", "汽车产学研联盟", "旅游产学研联盟")]
    ['钢铁', '车辆', '产学研']

    A word that only qualifies the field before it (品牌: 童装品牌 is childrenswear's brands) leaves
    the field to decide; alone it decides as its sector's words do.

    >>> [_decide(hits(n)).sector.sector for n in ("童装品牌联盟", "化妆品品牌联盟", "质量品牌联盟")]
    ['服装', '轻工', '商务服务']
    """
    # a word that qualifies the field before it (童装品牌: brands of childrenswear) is not the field
    found = [h for h in found if h.word not in _cues()["qualifying_words"] or not any(o.end <= h.start for o in found)]
    seed = [h for h in found if h.sector.seed]
    pool = seed or found
    decided = max(pool, key=lambda h: (h.end, len(h.word))) if pool else None
    if decided is not None and decided.sector.seed and decided.sector.type == "industry":
        served = [h for h in found if h.start >= decided.end and h.sector.type == "service"]
        if served:
            return max(served, key=lambda h: (h.end, len(h.word)))
    if decided is not None and decided.sector.seed and decided.sector.type == "comprehensive":
        # a way of working together (创新创业, 产教融合) before the field it is done in: 创新创业教育 is education
        field = [h for h in found if h.start >= decided.end and h.sector.type != "comprehensive"]
        if field:
            return max(field, key=lambda h: (h.end, len(h.word)))
        # a producing industry just before it (钢铁产业链协同创新): the industry it innovates for;
        # not one that only says what another field before it is about (智能制造人才创新创业: talent)
        before = max((h for h in found if h.end <= decided.start), key=lambda h: (h.end, len(h.word)), default=None)
        if before is not None and before.sector.type == "industry":
            return before
    return decided


def _serving(core: str, decided: Hit | None) -> tuple[dict[str, str], str] | None:
    """The service tail (…服务联盟) of a name whose deciding word is one of the seed's industries
    and comes before it: 新能源汽车充电服务, 农机作业服务 are services to those industries, as
    :func:`_decide` reads a service word after one.

    >>> _serving("农机作业服务联盟", _decide(hits("农机作业服务联盟")))[1], _serving("汽车产业联盟", _decide(hits("汽车产业联盟")))
    ('服务', None)
    """
    if decided is None or not decided.sector.seed or decided.sector.type != "industry":
        return None
    tail = _tail(core)
    if tail is None or tail[0]["type"] != "service":
        return None
    body = core.removesuffix("联盟").removesuffix("大")
    return tail if len(body) - len(tail[1]) >= decided.end else None


def _members(kinds: list[str]) -> tuple[str | None, list[str], str | None]:
    """(type, relations, reason) from the kinds of an alliance's members."""
    c = Counter(kinds)
    relations = []
    academic = c["university"] + c["research_institute"]
    if academic and c["enterprise"]:
        relations.append("industry_academia")
    if len({k for k in c if k in ("enterprise", "financial", "government", "association", "park")}) >= 3:
        relations.append("cross_sector")
    if relations and "industry_academia" in relations:
        return "comprehensive", relations, f"members: {academic} universities/institutes with {c['enterprise']} firms (产学研)"
    if c and c["university"] == sum(c.values()):
        return "social", relations, f"members: all {c['university']} are universities (education)"
    return None, relations, None


@cache
def _english_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The English names and terms of ``sectors.yaml`` (its sectors', its tails', its terms) and
    their singulars, as words of their own with an ending or none, longest first; and the Chinese
    each stands for."""
    from xietong.sectors import english_to_chinese, english_words, plural, singular

    table = {plural(t): zh for t, zh in english_to_chinese().items()} | \
        {singular(t): zh for t, zh in english_to_chinese().items()} | english_to_chinese()
    return re.compile(english_words(table)), table


def _english_core(name: str) -> str | None:
    """An alliance named in English read as the Chinese its sector words are, in their order
    ("Hydrogen Energy Industry Alliance" → 氢能能源产业联盟); None where it holds Chinese, or none.

    >>> _english_core("Beijing-Tianjin-Hebei Cold Chain Logistics Alliance"), _english_core("京津冀联盟")
    ('冷链物流联盟', None)
    """
    if re.search(r"[\u4e00-\u9fff]", name):
        return None
    pattern, table = _english_words()
    words = [table[m[1]] for m in pattern.finditer(name.casefold())]
    return "".join(words) + "联盟" if words else None


def _reading(text: str) -> str:
    """``text`` as its words are looked for: full-width forms folded, traditional characters made
    simplified, white space dropped ("粤港澳大灣區 醫療聯盟" reads as 粤港澳大湾区医疗联盟, as the
    extractor reads a report in traditional characters), Taiwan's words read as the mainland's
    (資訊 as 信息: :func:`xietong.names.to_mainland`). Not :func:`xietong.names.simplify`, whose
    lower case would hide words written with capitals (3D打印, AI)."""
    return re.sub(r"\s+", "", to_mainland(unicodedata.normalize("NFKC", text)))


# a city cluster, economic circle or belt the clusters' table does not know, leading a name ("北部湾城市群…")
_UNNAMED_CLUSTER = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:城市群|经济圈|都市圈|经济带)")


def _without_unnamed_cluster(core: str) -> str:
    """A name (with no known cluster before it) without the city cluster it opens with, where what
    follows says a field or calls itself something: 宁夏沿黄城市群枸杞产业联盟 is of its 产业, not of
    regional co-operation, the 城市群 being where it is; 北部湾城市群联盟 says nothing else and is kept.

    >>> _without_unnamed_cluster("宁夏沿黄城市群枸杞产业联盟"), _without_unnamed_cluster("北部湾城市群联盟")
    ('枸杞产业联盟', '北部湾城市群联盟')
    """
    m = _UNNAMED_CLUSTER.match(core)
    rest = core[m.end():] if m else ""
    return rest if rest.removesuffix("联盟") and (hits(rest) or _tail(rest)) else core


MARGIN = 1.0  # how much likelier, in log odds, the best type must be than the next for a guess


@cache
def _character_counts() -> tuple[dict[str, Counter[str]], dict[str, int], int]:
    """How often each character and each pair of characters occurs in each sector's Chinese
    words, with each sector's total and the number of distinct features."""
    counts: dict[str, Counter[str]] = {}
    for s in sectors():
        c = counts.setdefault(s.sector, Counter())
        for w in s.words:
            if not w.isascii():
                c.update(_features(w))
    return counts, {k: sum(c.values()) for k, c in counts.items()}, len({f for c in counts.values() for f in c})


@cache
def _log_likelihoods() -> tuple[dict[str, tuple[dict[str, float], float]], frozenset[str]]:
    """What :func:`_by_characters` sums, worked out once: each sector's log likelihood of each
    feature its words hold and of one they never hold (counts smoothed by 0.1), and every feature
    any sector's words hold."""
    counts, totals, distinct = _character_counts()
    out = {}
    for sector, c in counts.items():
        denominator = totals[sector] + 0.1 * distinct
        out[sector] = ({f: math.log((n + 0.1) / denominator) for f, n in c.items()}, math.log(0.1 / denominator))
    return out, frozenset(f for c in counts.values() for f in c)


def _features(text: str) -> list[str]:
    return list(text) + [text[i:i + 2] for i in range(len(text) - 1)]


def _by_characters(core: str) -> tuple[Sector, str] | None:
    """For a name no word of the lexicon reads: the sector whose words its own words are written
    most like, by their characters and pairs of characters (naive Bayes over the lexicon, nothing
    else), when its type is clearly the likeliest; else None: a field the lexicon has never seen
    is read as the words it shares characters with are (网吧 with 酒吧 and 网购, 铜 with 铜业).
    Leaving each word of the lexicon out in turn, its type is guessed right about four times in
    five where the margin allows a guess (stop 34); the confidence given is low, and the evidence
    says it is a guess.

    >>> _by_characters("宠物殡葬联盟")[0].type, _by_characters("联盟")
    ('service', None)
    """
    text = core
    for w in _cues()["unspecific_words"]:
        text = text.replace(w, "")
    text = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    likelihoods, known = _log_likelihoods()
    features = [f for f in _features(text) if f in known]
    if not features:
        return None
    by_type: dict[str, tuple[float, Sector]] = {}
    for s in sectors():
        held, unseen = likelihoods[s.sector]
        score = sum(held.get(f, unseen) for f in features)
        if s.type not in by_type or score > by_type[s.type][0]:
            by_type[s.type] = (score, s)
    (best, sector), (second, _) = sorted(by_type.values(), key=lambda p: -p[0])[:2]
    return (sector, text) if best - second >= MARGIN else None


def classify(name: str, description: str | None = None, member_kinds: list[str] | None = None) -> Classification:
    """Classify one alliance.

    >>> c = classify("钢铁行业节能减排产业技术创新联盟")
    >>> c.type, c.sector, c.evidence[0].text
    ('industry', '钢铁', '钢铁')
    >>> classify("长三角跨境电商产业联盟").type
    'service'
    >>> c = classify("粤港澳大灣區 醫療聯盟"); c.name, c.type, c.sector
    ('粤港澳大灣區 醫療聯盟', 'social', '卫生')
    """
    result = Classification(name, None, None)
    cluster, core = split_cluster_prefix(_reading(name))
    core = _english_core(name) or (core if cluster else _without_unnamed_cluster(core))
    description = None if description is None else _reading(description)
    head = _head(core)
    decided = head or _decide(hits(core))
    served = _serving(core, decided)
    by_members = None if head or served else _members_tail(core, decided)
    if by_members:
        t, ending = by_members
        result.type, result.sector, result.confidence = t["type"], t["sector"], 0.6
        result.evidence.append(Evidence("name", ending, f"「{decided.word}」 says who its members are; the name calls "  # type: ignore[union-attr]
                                        f"itself 「…{ending}联盟」 ({t['type']})"))
    elif served:
        t, ending = served
        result.type, result.sector, result.confidence = t["type"], t["sector"], 0.85
        result.evidence.append(Evidence("name", ending, f"「…{ending}联盟」 after 「{decided.word}」 ({decided.sector.sector}): "  # type: ignore[union-attr]
                                        f"a service to that industry ({t['type']})"))
    elif decided:
        lists = "the seed's list for" if decided.sector.seed else "the lexicon's"
        result.type, result.sector = decided.sector.type, decided.sector.sector
        result.confidence = 0.95 if decided.sector.seed and not head else 0.85
        said = (f"「{decided.word}」 is the name's head, which decides: {decided.sector.sector} ({decided.sector.type})" if head
                else f"「{decided.word}」 is in {lists} {decided.sector.sector} ({decided.sector.type})")
        result.evidence.append(Evidence("name", decided.word, said))
    elif description and (d := _decide(hits(description))):
        result.type, result.sector, result.confidence = d.sector.type, d.sector.sector, 0.7
        result.evidence.append(Evidence("description", d.word, f"the description names 「{d.word}」 ({d.sector.sector}, {d.sector.type})"))
    elif tail := _tail(core):
        t, ending = tail
        result.type, result.sector, result.confidence = t["type"], t["sector"], 0.6
        result.evidence.append(Evidence("name", ending, f"no sector word; the name calls itself 「…{ending}联盟」 ({t['type']})"))
    member_type, member_relations, reason = _members(member_kinds or [])
    if result.type is None and member_type:
        result.type, result.confidence = member_type, 0.55
        result.sector = "产学研" if member_type == "comprehensive" else "教育"
    if reason:
        result.evidence.append(Evidence("members", ", ".join(sorted(set(member_kinds or []))), reason))
    if result.type is None and not member_kinds and (w := _collaboration(core)):
        # "京津冀产业技术研究院联盟": no field of its own, research joined with industry, the seed's 产学研
        result.type, result.sector, result.confidence = "comprehensive", "产学研", 0.5
        result.evidence.append(Evidence("name", w, f"no sector word; 「{w}」 joins research and industry (comprehensive)"))
    if result.type is None and not member_kinds and (guess := _by_characters(core)):
        sector, written = guess
        result.type, result.sector, result.confidence = sector.type, sector.sector, 0.3
        result.evidence.append(Evidence("name", written, f"no sector word; 「{written}」 is written most like the words "
                                        f"of {sector.sector} ({sector.type}): a guess"))
    text = core + (description or "")
    for domain, words in _cues()["domains"].items():
        w = next((w for w in words if w in text), None)
        if w:
            result.domains.append(domain)
            result.evidence.append(Evidence("name" if w in core else "description", w, f"cue for domain {domain}"))
    relations = list(member_relations)
    if not member_kinds:
        for relation, words in _cues()["relations"].items():
            w = next((w for w in words if w in text), None)
            if w and relation not in relations:
                relations.append(relation)
                result.evidence.append(Evidence("name" if w in core else "description", w, f"cue for relation {relation}"))
    result.relations = relations
    return result
