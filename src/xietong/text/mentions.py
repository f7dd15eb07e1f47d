"""Finding alliance names in text: every "联盟", read backwards to where its
name begins. Names that only name a kind of alliance ("产业联盟",
"技术创新联盟") are dropped unless a founding clause singles one out
("粤港澳大湾区科技创新联盟日前在深圳成立")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from xietong.names import split_cluster_prefix
from xietong.text.cues import cues, segmenter

MAX_NAME = 40
# a number, or a number of things ("三个产业联盟", "30余个…联盟": 余个 a token of its own), or a
# charter's article or chapter ("第三条 联盟秘书处设在…"), never begins or lies inside a name
_NUMBERISH = re.compile(r"^[\d一二三四五六七八九十百千万两〇零]+[个家所项批]?$|^[年月日号]$|^[余多][个家所项批]$"
                        r"|^第[\d一二三四五六七八九十百零〇两]+[条章节款]$")


@dataclass
class Mention:
    name: str
    start: int  # offsets in the normalised text
    end: int
    clause_start: int
    coordinated_with: int | None = None  # index of the mention this one is listed after


def _clause_start(text: str, pos: int) -> int:
    """Where the clause a name ends in begins: at a boundary mark, or at a symbol no name holds
    (an emoji, "🎉京津冀数字医疗联盟正式成立").

    >>> text = "【重磅】🎉京津冀数字医疗联盟"
    >>> text[_clause_start(text, len(text) - 2):]
    '京津冀数字医疗联盟'
    """
    c = cues()
    j = pos
    while (j > 0 and text[j - 1] not in c.boundaries and unicodedata.category(text[j - 1]) not in _NO_NAME
           and pos - j < MAX_NAME + 20):
        j -= 1
    return j


# symbols and marks a name never holds: emoji and other pictographs (So), modifiers (Sk), format and
# private-use characters (Cf, Co, Cs, Cn)
_NO_NAME = frozenset({"So", "Sk", "Cf", "Co", "Cs", "Cn"})


def _ends_name(tok: str) -> bool:
    """Whether reading a name backwards stops before ``tok``: a stop token or a word ending in a
    stop verb, a number, or another alliance's 联盟 ("甲联盟授予乙公司丙联盟…")."""
    c = cues()
    return (tok in c.stop_tokens or bool(_NUMBERISH.match(tok)) or tok.endswith("联盟")
            or (len(tok) > 2 and tok.endswith(c.stop_endings)))


def _spans_whole_word(before: str, tok: str) -> bool:
    """Whether ``tok`` ends a word a name may hold whole, or is one: jieba may cut across it (文物保护 /
    利用: 保护利用) or keep it whole (创业指导, ending as no name ends, in 指导)."""
    joined = before + tok
    return any(len(w) >= len(tok) and joined.endswith(w) for w in cues().whole_words)


# a body that does what the verb says to an alliance ("市教委支持联盟开展工作"), not a word of a name
_ACTOR = re.compile(r"(?:委|局|厅|部|办|政府|公司|集团|大学|学院|协会|商会)$")


# the places a name counts after naming them (京津冀三省市, 京津冀蒙晋五省区市): the count is part of the name
_PLACES_COUNTED = re.compile(r"省区市|省市区|省市|省区|省|地")
_CHINESE_NUMBER = re.compile(r"[两三四五六七八九十]")


def _name_tokens(tokens: list[str]) -> list[str]:
    c = cues()
    kept = [tokens[-1]]
    k = len(tokens) - 2
    while k >= 0:
        tok = tokens[k]
        if k == len(tokens) - 2 and tok in c.name_verbs and k > 0 and not _ends_name(tokens[k - 1]) \
                and tokens[k - 1] not in c.conjunctions and tokens[k - 1].strip() and not _ACTOR.search(tokens[k - 1]) \
                and tokens[k - 1] not in c.verb_adverbs:
            kept.insert(0, tok)  # "品牌培育联盟": a name may end in a verb after a word of its own
            k -= 1
            continue
        if _PLACES_COUNTED.match(kept[0]) and _CHINESE_NUMBER.fullmatch(tok) and k > 0 \
                and all(ch in c.province_chars for ch in tokens[k - 1]):
            kept.insert(0, tok)  # "京津冀蒙晋五省区市…联盟", "京津冀三省市…联盟": the places counted, part of the name
            k -= 1
            continue
        if _ends_name(tok) and not _spans_whole_word(tokens[k - 1] if k > 0 else "", tok):
            break
        if tok in c.conjunctions:
            before = tokens[k - 1] if k > 0 else ""
            if not before or before.endswith(c.name_endings):
                break
        kept.insert(0, tok)
        k -= 1
    if len(kept) > 1 and kept[0] in ("条", "章", "节", "款") and k >= 1 and tokens[k - 1] == "第":
        kept.pop(0)  # "第3条 联盟秘书处…": the rest of an article's number, as 第三条 is one token
    while len(kept) > 1 and kept[0] in c.conjunctions:
        kept.pop(0)  # "培育和发展产业联盟": a name does not begin with 和
    return kept


@lru_cache(maxsize=65536)
def is_generic(name: str) -> bool:
    """Whether ``name`` names a kind of alliance rather than one alliance.

    >>> is_generic("跨省市产业联盟"), is_generic("京津冀技术创新联盟"), is_generic("协同创新联盟")
    (True, True, False)
    >>> is_generic("京津产业联盟"), is_generic("津冀港口联盟")  # provinces a character each, as a cluster
    (True, False)
    """
    _cluster, core = split_cluster_prefix(name)
    run = re.match(f"[{cues().province_chars}]{{2,}}", core)
    if run and _cluster is None:
        core = core[run.end():]
    body = core[: -len("联盟")] if core.endswith("联盟") else core
    if not body:
        return True
    return all(w in cues().generic_words for w in segmenter().cut(body) if w.strip())


# what follows a name that a sentence says was founded: "…联盟日前在深圳成立", "…联盟于2019年11月正式揭牌"
_FOUNDED_AFTER = re.compile(r"(?:(?:[于在][^，。；！？、“”]{1,15}?)|日前|近日|今天|昨天|今日|昨日|正式|宣告|宣布)*"
                            r"(?:成立|揭牌|挂牌|组建|创立|启航|揭幕)")


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


# what a text puts before a name it was known by ("原京津冀物流联盟与…合并", "X原名Y"), the longest first
_FORMER = ("曾用名", "原名", "原称", "曾名", "旧称", "原")


def _without_former(name: str) -> str:
    """A name without the 原 (former), 原名 or the like a text puts before it when it was merged
    or renamed ("原京津冀物流联盟与…合并", "X原名京津冀技术交易联盟"); kept where a place's name
    begins with it (原平).

    >>> _without_former("原京津冀物流联盟"), _without_former("原北京市测试联盟"), _without_former("原平测试联盟")
    ('京津冀物流联盟', '北京市测试联盟', '原平测试联盟')
    >>> _without_former("原名京津冀技术交易联盟"), _without_former("曾用名北京市测试联盟")
    ('京津冀技术交易联盟', '北京市测试联盟')
    """
    from xietong import regions

    for former in _FORMER:
        rest = name[len(former):]
        if name.startswith(former) and (split_cluster_prefix(rest)[0] is not None
                                        or any(regions.try_resolve(rest[:n]) for n in (2, 3))):
            return rest
    return name


# a name followed by these is an honour's ("被授予“国家级示范联盟”称号"), not an alliance's; by an
# award's words only when quoted ("X联盟荣誉会员" is an honour of the alliance X)
_HONOUR = re.compile(r"[”」』\"']?(?:称号|荣誉称号)|[”」』\"'](?:荣誉|奖项|奖牌|奖|牌匾)")
# "长三角地区首个跨省域知识产权联盟——长三角知识产权保护联盟": the first of its kind, described
# before a dash that names it
_FIRST_OF_ITS_KIND = re.compile(r"(?:首个|首家|第一个|第一家|唯一|最大的|最早的)$")
_DASH = re.compile(r"\s*[—–]{1,2}|\s*--")
# "长三角G60科创走廊产业联盟已达20个": alliances of a kind, counted, not one alliance
# "…等多个新能源领域联盟", "组建了一批制造业联盟", "京津冀两大养老服务联盟同日成立": several alliances of a
# kind, not one alliance's name
_SEVERAL_BEFORE = re.compile(r"(?:多个|一批|若干|一些|许多|众多|几个|各个|诸多|(?<![第\d])[\d两三四五六七八九十]+个|(?<![第\d])[两三四五六七八九十]大)$")
_COUNTED_AFTER = re.compile(r"(?:已达到|已达|达到|已有|共有|增至|超过)?[\d一二三四五六七八九十百两]+个(?![月小星工时])")  # not 3个月
_A_LIST = re.compile(r"名单|名录|清单")  # "…联盟名单" lists alliances of a kind (not "…联盟成员名单", one's members)
_JOINING_DASH = "—－-–"


def _joined_place(text: str, start: int) -> int | None:
    """Where a name begins that joins a place to what follows it by one dash ("广西—东盟…联盟",
    "中国—中亚…联盟", "京津冀—长三角…联盟"), when the name read back from 联盟 starts right after
    that dash; else None. Two dashes set off an aside ("首个…联盟——X联盟"), not a place.

    >>> t = "广西—东盟跨境物流联盟成立"; _joined_place(t, 3), _joined_place("某某——东盟联盟", 4)
    (0, None)
    """
    if start < 2 or text[start - 1] not in _JOINING_DASH or text[start - 2] in _JOINING_DASH:
        return None
    return _place_ending(text, start - 1)


_BRACKETED = re.compile(r"[（(]([^（()）]{2,8})[）)]$")


def _bracketed_place(text: str, start: int) -> int | None:
    """Where a name begins that puts a place or a city cluster in brackets after another ("中国（天津）
    自由贸易试验区…联盟", "京津冀（雄安）…联盟", "中国（京津冀）…联盟"), as the free-trade zones are
    officially named, when the name read back from 联盟 starts right after the bracket; else None.

    >>> t = "中国（天津）自由贸易试验区测试联盟"; _bracketed_place(t, 6), _bracketed_place("会议（第二次）测试联盟", 7)
    (0, None)
    """
    from xietong import regions

    bracket = _BRACKETED.search(text, max(0, start - 10), start)
    if bracket is None or (regions.try_resolve(bracket[1]) is None and regions.resolve_cluster(bracket[1]) is None):
        return None
    return _place_ending(text, bracket.start())


def _place_ending(text: str, end: int) -> int | None:
    """Where a place that ends at ``end`` begins (中国, a region or a city cluster, or a region with
    a part of it after (天津滨海), 2 to 6 characters, the longest), else None.

    >>> _place_ending("天津滨海—", 4), _place_ending("会议—", 2)
    (0, None)
    """
    from xietong import regions

    c = cues()
    for n in range(min(6, end), 1, -1):
        place = text[end - n:end]
        if any(ch in c.boundaries for ch in place):
            continue
        lead = regions.try_resolve(place[:2]) if len(place) >= 4 else None  # 天津 of 天津滨海
        if (place == "中国" or regions.try_resolve(place) is not None or regions.resolve_cluster(place) is not None
                or (lead is not None and lead.level == "province")):
            return end - n
    return None


_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"，。；：！？、\s]{2,8})[”」』\"]$")


def _quoted_lead(text: str, start: int) -> int | None:
    """Where a name begins that opens on a quoted term ("“一带一路”港口城市合作联盟"), or on a city
    cluster and a quoted term ("京津冀“专精特新”企业联盟"), when the name read back from 联盟 starts
    right after the closing mark and the term, or the cluster, opens a clause; else None.

    >>> _quoted_lead("“一带一路”港口联盟", 6), _quoted_lead("打造“四个中心”港口联盟", 8), _quoted_lead("推动京津冀“专精特新”企业联盟", 11)
    (0, None, 2)
    """
    quoted = _QUOTED.search(text, max(0, start - 10), start)
    if quoted is None:
        return None
    at = quoted.start()
    for lo in range(max(0, at - 8), at):  # a city cluster's name right before the mark: the name's start
        cluster, rest = split_cluster_prefix(text[lo:at + 1])
        if cluster is not None and rest == text[at]:
            return lo
    return at if at == 0 or text[at - 1] in cues().boundaries else None


_LISTED = ("和", "与", "及", "、", "以及", "和与")
# names listed before the kind of alliance they all are: "A、B和C(等)(三个)产业联盟"
_SHARED = re.compile(r"(?P<list>[^，。；！？\s：:、]{2,60}(?:(?:、|和|及|与|以及)[^，。；！？\s：:、和及与]{2,20}?)+)"
                     r"(?:等)?(?:[\d一二三四五六七八九十两]+个)?")


def _sharing_head(text: str, head_start: int) -> list[tuple[int, int, str]]:
    """The names listed right before a kind of alliance that they all are, each (start, end, name
    without the head): every one begins with a city cluster or a place, and none is only a place,
    else none ("北京、天津等地的产业联盟" lists places, not alliances).

    >>> [n for _, _, n in _sharing_head("全年组建京津冀新能源、京津冀新材料等2个产业联盟", 20)]
    ['京津冀新能源', '京津冀新材料']
    >>> _sharing_head("北京、天津等地的产业联盟", 8)
    []
    """
    from xietong import regions

    lo = max(0, head_start - 200)
    lo = max(lo, *(text.rfind(c, lo, head_start) + 1 for c in "，。；！？：: \n\t"))  # from the last mark before the head
    if not any(c in text[lo:head_start] for c in "、和及与"):
        return []
    m = _SHARED.fullmatch(text, lo, head_start)
    if m is None:
        return []
    found = []
    for part in re.finditer(r"[^、和及与]+", m["list"]):
        item, at = part.group(), m.start("list") + part.start()
        lead = next((k for k in range(len(item) - 1) if split_cluster_prefix(item[k:])[0] is not None
                     or regions.try_resolve(item[k:k + 2])), None)
        if lead is None:
            return []
        item, at = item[lead:], at + lead
        if (len(item) < 4 or regions.try_resolve(item) is not None or split_cluster_prefix(item)[1] == ""
                or item.endswith("联盟") or "等" in item):  # full names already, or "…等一批新型联盟": no shared head
            return []
        found.append((at, at + len(item), item))
    return found


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
        name = _without_former("".join(_name_tokens(tokens)))
        if len(name) <= len("联盟") or len(name) > MAX_NAME:
            continue
        start = end - len(name)
        joined = _joined_place(text, start)  # "广西—东盟跨境物流联盟": one name
        if joined is None:
            joined = _bracketed_place(text, start)  # "中国（天津）自由贸易试验区…联盟": one name
        if joined is None:
            joined = _quoted_lead(text, start)  # "“一带一路”港口城市合作联盟": one name
        if joined is not None:
            start, name = joined, text[joined:end]
        if _HONOUR.match(text, end) or _COUNTED_AFTER.match(text, end) or _A_LIST.match(text, end) \
                or (_FIRST_OF_ITS_KIND.search(text, start_clause, start) and _DASH.match(text, end)):
            # "荣获“全国优秀产业联盟”称号": an honour; "首批…产业协同创新联盟名单": a list of such alliances;
            # "首个跨省域人才联盟——X联盟": X described first
            continue
        if is_generic(name) and not _founded_here(text, name, end):
            # "京津冀智能网联汽车、京津冀生物医药等2个产业联盟": each item with the head they share
            for item_start, item_end, item in _sharing_head(text, start):
                shared = Mention(item + name, item_start, item_end, start_clause)
                if out and out[-1].end <= item_start and text[out[-1].end:item_start] in _LISTED:
                    shared.coordinated_with = len(out) - 1
                out.append(shared)
            continue
        if _SEVERAL_BEFORE.search(text, start_clause, start):
            continue
        mention = Mention(name, start, end, start_clause)
        if out:
            between = text[out[-1].end:start]
            if between in _LISTED:
                mention.coordinated_with = len(out) - 1
        out.append(mention)
    return out
