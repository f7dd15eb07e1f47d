"""Text relevance over Chinese: TF-IDF on character bigrams and jieba words,
with the sector vocabulary's synonyms expanding the query (能耗 → 节能减排)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
from scipy import sparse

from xietong.names import simplify, to_mainland
from xietong.sectors import english_words, plural, singular
from xietong.text.cues import cues, segmenter
from xietong.vocab import load_yaml

STOP = frozenset("的 了 和 与 及 在 是 我们 我 想 希望 需要 寻找 找 有 一个 一些 方面 相关 进行 合作 伙伴 企业 单位 公司 联盟 能 可以 如何 怎么 哪些 什么 "
                 # a need written in English: its function words and the words every need has
                 "a an the and or of to for in on at by with from into across between we our us my i you "
                 "want wants wanted need needs looking look seek seeks seeking find finding partner partners "
                 "cooperation cooperate company companies firm firms enterprise enterprises alliance alliances "
                 "would like help per it its they them their this that these those is are be been has have had "
                 "can could will should some more most about up out how what which who also than then as so "
                 "such each other all any".split())
# verbs that say nothing of a field, but whose characters begin a word that does: 开发 (to develop
# a product, a market) is not 开发区 (a development zone, the seed's own field for parks)
GENERIC_VERBS = re.compile(r"开发(?!区)")


@cache
def synonyms() -> dict[str, list[str]]:
    """word -> vocabulary it stands for: the colloquial list, every sector word of ``sectors.yaml``
    standing for its sector, and, for needs written in English, each sector's English name and
    the English terms ``sectors.yaml`` gives ("steel" → 钢铁, "graphene" → 石墨烯)."""
    doc = load_yaml("sectors.yaml")
    table: dict[str, list[str]] = {simplify(k): [simplify(v) for v in vs] for k, vs in load_yaml("synonyms.yaml").items()}
    english = [(s["en"], s["sector"]) for s in doc["sectors"]] + list(doc["terms"].items())
    for sector in doc["sectors"]:
        name = simplify(sector["sector"])
        for word in sector["words"]:
            w = simplify(word)
            if w.isascii():
                continue  # an abbreviation (IC, AR, LED): found in a need's letters, it is an English word's part
            if len(w) >= 2 and w != name and name not in table.setdefault(w, []):
                table[w].append(name)
    for written, means in english:
        m = simplify(means)
        for w in {simplify(written), singular(simplify(written))}:
            if len(w) >= 3 and m not in table.setdefault(w, []):  # tcm, bus, car: whole words (_english_term)
                table[w].append(m)
    return table


@cache
def _sector_names() -> frozenset[str]:
    return frozenset(simplify(s["sector"]) for s in load_yaml("sectors.yaml")["sectors"])


def reading(text: str) -> str:
    """``text`` as a need or a profile is read: :func:`xietong.names.simplify`'s folding, and text in
    traditional characters with Taiwan's words made the mainland's (軟體 → 软件, 網路 → 网络), as
    classification reads names.

    >>> reading("想找軟體開發夥伴"), reading("智慧城市")
    ('想找软件开发伙伴', '智慧城市')
    """
    folded = simplify(text)
    return folded if folded == unicodedata.normalize("NFKC", text).casefold() else simplify(to_mainland(text))


def sectors_in(text: str) -> frozenset[str]:
    """The sectors of ``sectors.yaml`` that ``text`` names by any of their words or colloquial
    words (钢厂 → 钢铁, 石墨烯 → 新材料).

    >>> sorted(sectors_in("钢铁／节能减排")), sorted(sectors_in("一家化肥企业"))
    (['节能环保', '钢铁'], ['农业'])
    """
    t = reading(text)
    named = {n for n in _sector_names() if n in t}
    return frozenset(named | {v for word, means in synonyms().items() if said_in(word, t) for v in means if v in _sector_names()})


def said_in(word: str, text: str) -> bool:
    """Whether ``text`` (simplified) says ``word``: an English term as a word of its own, with an
    ending or none ("tour" in "tours", "tourism"; not "oil" in "soil", "port" in "support",
    "ship" in "partnership"); a Chinese word anywhere.

    >>> said_in("oil", "improve the soil"), said_in("tour", "tourism in hebei"), said_in("钢铁", "一家钢铁企业")
    (False, True, True)
    """
    return _english_term(word).search(text) is not None if word.isascii() else word in text


@cache
def _english_term(word: str) -> re.Pattern[str]:
    endings = "s|es|ing|ism|ed|er|ers" if len(word) >= 4 else "s|es"  # not "carer", "taxed" for car, tax
    return re.compile(english_words({word, plural(word)}, endings))


# what a need wants begins at the first of these: the words before say who asks ("一家钢厂想…")
_WANTS = re.compile(r"想|希望|需要|要|寻找|寻求|打算|计划|拟|急需|求")


@cache
def _rnd_words() -> re.Pattern[str]:
    """How universities and institutes are called (高校, 科研院所): bodies of no one industry."""
    from xietong.match.components import RND
    from xietong.vocab import org_kinds

    words = {w for k in RND for t in [org_kinds().terms[k]]
             for w in (t.zh, *t.aliases, *t.cues)}  # type: ignore[attr-defined]
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def asker_sectors(need: str) -> frozenset[str]:
    """The sectors of whoever a need says is asking, named before what it wants: an alliance of
    one's own industry is the one to join ("一家钢厂想降低能耗": steel). A university or an
    institute asking names no industry of its own: it works for all of them.

    >>> sorted(asker_sectors("一家钢厂想降低吨钢能耗")), sorted(asker_sectors("想找钢铁行业的合作伙伴"))
    (['钢铁'], [])
    >>> sorted(asker_sectors("北京高校想把科研成果转移到河北")), sorted(asker_sectors("一家化肥企业想提高耕地质量"))
    ([], ['农业'])
    >>> sorted(asker_sectors("专精特新企业想招聘智能制造方面的高端人才"))  # a grade of firm, of any industry
    []
    >>> sorted(asker_sectors("一家钢厂想采购工业气体"))  # buying: whom to buy from, not one's own trade
    []

    In English, who asks is "our …", "we are a …" or the need's subject, whatever comes after:

    >>> sorted(asker_sectors("We want to recycle waste heat from our steel plant"))
    ['钢铁']
    >>> sorted(asker_sectors("We want to license our patent to a steel company"))
    []
    >>> sorted(asker_sectors("Our sinter plant wants to recover waste heat"))  # a kind of plant the industry has
    ['钢铁']
    """
    m = _WANTS.search(need)
    if m:
        if _buyer_ends(need) is not None:  # buying from another trade: the asker's own is not the one to join
            return frozenset()
        return sectors_in(_blank_asker_kinds(need[: m.start()]))
    return sectors_in(" ".join(a[0] for a in _ASKER_EN.finditer(need)))  # the body too: "sinter plant" is steel


# what a need wants is to buy ("一家生鲜电商想给冷库采购干冰", "…想找上游的原料供应商"): its supplier's field
_BUYS = re.compile(r"采购|购买|购进|进货|供应商|供货商")


def _buyer_ends(need: str) -> int | None:
    """Where the words saying who asks end, when what ``need`` wants is to buy; else None."""
    m = _WANTS.search(need)
    return m.start() if m and _BUYS.search(need, m.start()) else None


# grades a firm of any industry is given (专精特新企业想招聘…): who asks, in no one field; 专精特新 is a
# sector word only as what an alliance of such firms is about (商会)
_FIRM_GRADES = re.compile(r"专精特新|小巨人|瞪羚|独角兽")


# who asks, in English: "our steel plant", "we are a fertilizer company", "A steel mill wants …"; not
# whom it wants ("… to license our patent to a manufacturer")
_BODY_EN = (r"(?:company|companies|firm|plant|mill|factory|works|maker|manufacturer|producer|mine|farm|"
            r"co-?operative|hospital|station|business|enterprise|group)")
_WORD_EN = r"(?!(?:to|an?|the|for|with|of|and|or|in|on|from|at|by|our|we|us|its|their)\b)[a-z-]+"
_ASKER_EN = re.compile(rf"(?:\b(?:our|we are an?|we're an?|we run an?|as an?)\s+|^\s*(?:an?|the)\s+)"
                       rf"(?P<who>(?:{_WORD_EN}\s+){{0,2}}{_WORD_EN})\s+{_BODY_EN}\b", re.I)


# what a need says it does not want or do, up to the end of its clause: "我们不是找旅游合作，而是…",
# "不需要媒体宣传", "我们公司不做钢铁", "We don't need media coverage, but …" (not 不仅, not 不是很)
_REFUSED = re.compile(r"(?:并不是|并非|不是(?![很太特])|不找|不需要|不要|不做|不搞|不用|无需|不想|不再|不包括)"
                      r"[^，,。；;：:！？!?\n]*?(?=[，,。；;：:！？!?\n]|而是|只是|只想|只要|但|$)"
                      r"|\b(?:(?:do|does|did)\s+not|don't|doesn't|didn't)\s+(?:need|want|make|do|sell|offer|seek)\b[^,.;:!?]*?"
                      r"(?=[,.;:!?]|\bbut\b|$)"
                      r"|\b(?:not\s+(?:looking for|interested in|seeking)|rather than|instead of)\b[^,.;:!?]*?(?=[,.;:!?]|\bbut\b|$)"
                      r"|(?:^|(?<=[,.;:!?]))\s*not\b(?!\s+only\b)[^,.;:!?]*?(?=[,.;:!?]|\bbut\b|$)",  # "Not media coverage: …"
                      re.I)


def without_refused(need: str) -> str:
    """``need`` with what it says it does not want blanked out, the same length: those words would
    otherwise match the alliances it turns away.

    >>> without_refused("我们不是找旅游合作，而是想找工业气体供应商")
    '我们       ，而是想找工业气体供应商'
    >>> without_refused("我们公司不做钢铁，主要做石墨烯导热膜")
    '我们公司    ，主要做石墨烯导热膜'
    >>> without_refused("We don't need media coverage, but a herbal medicine expert")
    'We                          , but a herbal medicine expert'
    >>> without_refused("Not media coverage: we want herbal medicine experts")
    '                  : we want herbal medicine experts'
    >>> without_refused("不仅需要资金，还需要技术")  # not only …, but also: both wanted
    '不仅需要资金，还需要技术'
    """
    return _REFUSED.sub(lambda m: " " * len(m[0]), need)


def without_buyer(need: str) -> str:
    """``need`` with who asks blanked out, the same length, where what it wants is to buy: a buyer's own
    trade says nothing of whom to buy from, and its words would match the alliances of that trade.

    >>> without_buyer("一家生鲜电商想给冷库采购干冰")
    '      想给冷库采购干冰'
    >>> without_buyer("一家钢厂想降低吨钢能耗")  # not buying: its trade is what it wants to join
    '一家钢厂想降低吨钢能耗'
    """
    end = _buyer_ends(need)
    return need if end is None else " " * end + need[end:]


def without_asker_kind(need: str) -> str:
    """``need`` with the words naming what kind of body asks blanked out, where a university or an
    institute asks ("北京一家高校研究所想共建联合实验室"), or a firm of a grade any industry's may have
    (专精特新企业想…): they say who asks, not what is wanted, and would match alliances whose names
    share them (a universities' think tank, an alliance of chambers that lists 专精特新).

    >>> without_asker_kind("北京一家高校研究所想和企业共建联合实验室")
    '北京一家     想和企业共建联合实验室'
    >>> without_asker_kind("想找高校的研究所合作")
    '想找高校的研究所合作'
    >>> without_asker_kind("专精特新企业想招聘高端人才")
    '    企业想招聘高端人才'
    """
    m = _WANTS.search(need)
    return _blank_asker_kinds(need[: m.start()]) + need[m.start():] if m else need


def _blank_asker_kinds(text: str) -> str:
    """``text`` with universities' and institutes' names (高校, 科研院所) and firms' grades (专精特新)
    made spaces, the same length: places found later keep their offsets."""
    def blank(w: re.Match[str]) -> str:
        return " " * len(w[0])

    return _FIRM_GRADES.sub(blank, _rnd_words().sub(blank, text))


def words(text: str) -> list[str]:
    """Content words of ``text`` (jieba, search mode), stop words and generic verbs dropped."""
    return _words_of(_plain(text))


def _plain(text: str) -> str:
    """``text`` in simplified characters, its generic verbs blanked out."""
    return GENERIC_VERBS.sub(" ", reading(text))


def _words_of(plain: str) -> list[str]:
    """:func:`words` of a text already made :func:`_plain`."""
    return [w for w in segmenter().cut_for_search(plain) if len(w) > 1 and w not in STOP and not w.isdigit()]


@cache
def _multi_stops() -> list[str]:
    return sorted((w for w in STOP if len(w) > 1), key=len, reverse=True)


def features(text: str) -> Counter[str]:
    """Character bigrams and words of ``text``; profiles join parts with spaces,
    and each part's features are computed once (parts repeat across profiles)."""
    parts = text.split(" ")
    if len(parts) == 1:
        return _part_features(text)
    total: Counter[str] = Counter()
    for part in parts:
        if part:
            total.update(_part_features(part))
    return total


@lru_cache(maxsize=200_000)
def _part_features(text: str) -> Counter[str]:
    t = _plain(text)
    for w in _multi_stops():
        t = t.replace(w, " ")
    feats: Counter[str] = Counter()
    for i in range(len(t) - 1):
        pair = t[i : i + 2]
        # pairs of Latin letters say nothing (every English word has "re", "ch"): English is read by its words
        if pair.strip() and not any(c in "，。、；：,. " for c in pair) and not (pair.isascii() and pair.isalpha()):
            feats["c:" + pair] += 1
    for w in _words_of(t):
        feats["w:" + w] += 1
    return feats


@cache
def _sector_words() -> frozenset[str]:
    from xietong.classify import sectors

    return frozenset(simplify(w) for s in sectors() for w in s.words)


def fragments(q_words: list[str]) -> frozenset[str]:
    """The features of a need's words that are only part of a longer word of its own naming a field,
    and name none themselves: 工业 of 工业气体. A profile that shares nothing else (北京工业大学) shares
    no part of what is wanted.

    >>> sorted(fragments(["工业", "气体", "工业气体"])), sorted(fragments(["钢铁", "钢铁企业", "能耗"]))
    (['c:工业', 'w:工业'], [])
    """
    fields = [w for w in q_words if w in _sector_words()]
    parts = {w for w in q_words if w not in _sector_words() and any(w in f and w != f for f in fields)}
    return frozenset({"w:" + w for w in parts} | {"c:" + w for w in parts if len(w) == 2})


def asked_things(q_words: list[str], expansions: list[Expansion]) -> list[frozenset[str]]:
    """The things a need asks for, each as the words that speak of it: each field it names
    (钢铁) and each word it was read by (能耗, with the 节能减排 it stands for). Words that
    share one, or hold one another (节能 in 节能减排), speak of the same thing.

    >>> sorted(map(sorted, asked_things(["钢铁企业", "钢铁", "节能", "能耗"], [Expansion("能耗", "节能减排")])))
    [['能耗', '节能', '节能减排'], ['钢铁']]
    """
    groups: dict[str, set[str]] = {}
    for w in q_words:
        if w in _sector_words():
            groups.setdefault(w, {w})
    for e in expansions:
        groups.setdefault(e.written, {e.written}).add(e.means)
    merged: list[set[str]] = []
    for g in groups.values():  # one thing: words that share a word, or one inside another
        same = [m for m in merged if any(a in b or b in a for a in g for b in m)]
        for m in same:
            merged.remove(m)
            g = g | m
        merged.append(g)
    return [frozenset(g) for g in merged]


@cache
def _places() -> list[str]:
    from xietong.regions import clusters, regions

    names = {n for r in regions().values() for n in (r.name, *r.aliases) if len(n) >= 2 and not n.isascii()}
    names |= {a for c in clusters().values() for a in c.aliases}
    return sorted(names, key=len, reverse=True)


@cache
def _english_places() -> re.Pattern[str]:
    """Provinces' and cities' English names, as whole words in any case (Beijing, hebei)."""
    from xietong.regions import regions

    names = sorted({r.en for r in regions().values() if r.en}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)


def split_places(text: str) -> tuple[str, list[str]]:
    """The text without place names, and the places it names (first first), in Chinese or, in a
    need written in English, by their English names.

    A need's place says where the user is (:func:`askers_places`), not what it is about: it is
    read by the province component, not matched as a topic word.

    >>> split_places("我们河北企业想找钢铁节能技术")
    ('我们企业想找钢铁节能技术', ['河北'])
    >>> split_places("a Hebei steel mill")
    ('a  steel mill', ['Hebei'])
    >>> split_places("想与京津两地的高校合作开发京剧")
    ('想与两地的高校合作开发京剧', [])
    """
    found = []
    for p in _places():
        while p in text:
            found.append((text.index(p), p))
            text = text.replace(p, "", 1)
    for m in reversed(list(_english_places().finditer(text))):
        found.append((m.start(), m.group()))
        text = text[:m.start()] + text[m.end():]
    # provinces a character each ("京津两地", "津冀"): places too, of no one province, and no topic
    text = _province_run().sub("", text)
    return text, [p for _, p in sorted(found)]


@cache
def _province_run() -> re.Pattern[str]:
    """Two or more provinces written a character each (京津, 津冀, 沪苏浙): not 京剧, not 津贴."""
    chars = re.escape(cues().province_chars)
    return re.compile(rf"[{chars}]{{2,}}")


def askers_places(need: str, places: list[str]) -> list[str]:
    """Of the ``places`` a need names, those that say where whoever asks is: named before what it
    wants ("我们河北企业想…"), not where it wants to go ("想申请天津的人才补助": Tianjin's, not its
    own), in Chinese or in English ("a Hebei firm wants to open a plant in Tianjin"). A need that
    says no wanting is read whole.

    >>> askers_places("我们河北企业想去天津办厂", ["河北", "天津"]), askers_places("想申请天津的人才补助", ["天津"])
    (['河北'], [])
    >>> askers_places("A Hebei firm wants to open a plant in Tianjin", ["Hebei", "Tianjin"])
    ['Hebei']
    """
    m = (_WANTS_EN if need.isascii() else _WANTS).search(need)
    return places if m is None else [p for p in places if p in need[:m.start()]]


# what a need in English wants begins at the first of these: "a Hebei firm wants to …"
_WANTS_EN = re.compile(r"\b(?:wants?|needs?|is looking|are looking|looking for|seeks?|seeking|would like|hopes?|plans?"
                       r"|intends?|aims?)\b", re.I)


@dataclass(frozen=True)
class Expansion:
    written: str
    means: str


def expand(query: str) -> tuple[str, list[Expansion]]:
    """The query with the sector words its words stand for appended. An English word stands for
    what its Chinese word does too ("farmland" → 农田 → 农业), one step; a Chinese word stands for
    what it is listed for alone (能耗 → 节能减排, not on to the wider 节能环保 that names). An English
    term said inside a longer one stands for nothing of its own: "landscape design" is 园林, not 设计."""
    q = reading(query)
    found: list[Expansion] = []
    table = synonyms()

    def add(word: str, means: str) -> None:
        if means not in q and all(e.means != means for e in found):
            found.append(Expansion(word, means))

    said = [word for word in table if said_in(word, q)]
    # an English term inside a longer one said ("design" in "landscape design") stands for nothing of its own
    said = [w for w in said if not (w.isascii() and any(w != o and w in o and o.isascii() for o in said))]
    for word in said:
        for t in table[word]:
            add(word, t)
            for further in table.get(t, ()) if word.isascii() else ():
                add(word, further)
    if (m := _RND_WITH_UNIVERSITIES.search(q)) and _rnd_words().search(q):  # 找高校一起做研发: 产学研
        for t in ("产学研", "协同创新"):
            add(m[0], t)
    return q + " " + " ".join(e.means for e in found), found


# research and development, asked of universities or institutes the need names (who asks is blanked
# before: a university asking names none): the seed's 产学研
_RND_WITH_UNIVERSITIES = re.compile(r"研发|r&d|科研攻关|技术攻关", re.I)


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,6}")


@cache
def _by_sound() -> dict[str, tuple[str, ...]]:
    """The words needs are read by (every word :func:`synonyms` knows, every sector's name), by
    their sound: toneless pinyin, a character at a time, as an input method types them."""
    from pypinyin import lazy_pinyin

    words = {w for w in synonyms() if _HAN_RUN.fullmatch(w)} | {w for w in _sector_names() if _HAN_RUN.fullmatch(w)}
    table: dict[str, list[str]] = {}
    for w in sorted(words):
        table.setdefault(" ".join(lazy_pinyin(list(w))), []).append(w)
    return {k: tuple(v) for k, v in table.items()}


def misspelt(text: str) -> list[Expansion]:
    """Words of ``text`` a pinyin input method's slip put wrong: a run of two to six characters
    that no dictionary holds, sounding as a word needs are read by does and differing from it in
    one character (石墨稀 for 石墨烯, 开发去 for 开发区, 能号 for 能耗). Runs that are words
    (实力) are taken as written, unless a hundred times rarer than the word they sound as (专力 for 专利).

    >>> [(e.written, e.means) for e in misspelt("我们公司做石墨稀散热膜，钢厂想降低吨钢能号")]
    [('石墨稀', '石墨烯'), ('能号', '能耗')]
    >>> misspelt("我们有实力承接石墨烯项目")
    []
    """
    from pypinyin import lazy_pinyin

    t = reading(text)
    tokenizer = segmenter().dt
    tokenizer.check_initialized()
    table, known, freq = _by_sound(), synonyms(), tokenizer.FREQ
    found: list[Expansion] = []
    for run in re.finditer(r"[\u4e00-\u9fff]+", t):
        chars = run[0]
        sounds = lazy_pinyin(list(chars))
        # where jieba's words of the run begin and end: a slip is read within them, never across a
        # word they hold whole (绿化公司 holds no 化公, 设计师 no 计师)
        edges, at = {0}, 0
        for word in tokenizer.cut(chars, HMM=False):
            at += len(word)
            edges.add(at)
        for i in range(len(chars)):
            for n in range(min(6, len(chars) - i), 1, -1):
                seg = chars[i:i + n]
                if seg in known or i not in edges or i + n not in edges:
                    continue
                for w in table.get(" ".join(sounds[i:i + n]), ()):
                    # a word jieba knows is as written, unless it is a hundred times rarer than the
                    # word it sounds as (专力, 3, for 专利, 1171; not 公式 for 公司)
                    rare = freq.get(seg, 0) * 100 < freq.get(w, 0) or freq.get(seg, 0) == 0
                    if rare and sum(a != b for a, b in zip(seg, w, strict=True)) == 1 and w not in t \
                            and all(e.means != w for e in found):
                        found.append(Expansion(seg, w))
    return found


_ARRAYS = ("vocab", "idf", "data", "indices", "indptr", "shape")  # an index as the disk cache keeps it


class Index:
    """TF-IDF vectors of a set of documents; cosine similarity with a query."""

    def __init__(self, docs: list[str]):
        self.vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        df: Counter[int] = Counter()
        for i, doc in enumerate(docs):
            for f, n in features(doc).items():
                j = self.vocab.setdefault(f, len(self.vocab))
                rows.append(i)
                cols.append(j)
                vals.append(1 + math.log(n))
                df[j] += 1
        n_docs = max(len(docs), 1)
        self.idf = np.zeros(len(self.vocab))
        for j, d in df.items():
            self.idf[j] = math.log((1 + n_docs) / (1 + d)) + 1
        m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(self.vocab)))
        m = m.multiply(self.idf).tocsr() if len(self.vocab) else m
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1
        self.matrix = sparse.diags(1 / norms) @ m

    @classmethod
    def of(cls, docs: list[str]) -> Index:
        """The index of ``docs``, from the disk cache (:mod:`xietong.diskcache`)
        when these very documents were indexed by this very code before:
        segmenting every organisation's profile is most of what ``match``
        takes on the command line, where each run is a new process."""
        from xietong import diskcache

        name = diskcache.key("text-index", docs)
        kept = diskcache.load("text-index", name)
        if kept is not None and kept.keys() == set(_ARRAYS):
            return cls._restored(kept)
        index = cls(docs)
        m = index.matrix.tocsr()
        diskcache.save("text-index", name, {
            "vocab": np.array(list(index.vocab), dtype=np.str_), "idf": index.idf,
            "data": m.data, "indices": m.indices, "indptr": m.indptr, "shape": np.array(m.shape)})
        return index

    @classmethod
    def _restored(cls, kept: dict[str, np.ndarray]) -> Index:
        index = cls.__new__(cls)
        index.vocab = {str(f): j for j, f in enumerate(kept["vocab"].tolist())}
        index.idf = kept["idf"]
        index.matrix = sparse.csr_matrix((kept["data"], kept["indices"], kept["indptr"]),
                                         shape=tuple(int(n) for n in kept["shape"]))
        return index

    def scores(self, query: str, drop: frozenset[str] = frozenset()) -> np.ndarray:
        """Each document's cosine with ``query``, leaving out the features ``drop`` (see :func:`fragments`)."""
        feats = features(query)
        idx = [(self.vocab[f], (1 + math.log(n)) * self.idf[self.vocab[f]]) for f, n in feats.items()
               if f in self.vocab and f not in drop]
        if not idx:
            return np.zeros(self.matrix.shape[0])
        q = np.zeros(len(self.vocab))
        for j, v in idx:
            q[j] = v
        q /= np.linalg.norm(q) or 1
        return np.asarray(self.matrix @ q).ravel()
