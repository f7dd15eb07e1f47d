"""What a sentence states about an alliance it mentions: when and where it was
founded, who initiated it (and how many), how many members of what kinds,
which provinces it covers. Patterns only read what is written; nothing is
filled in."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from xietong import counts, dates, regions
from xietong.text.cues import cues

NUM = r"(?:\d+(?:\.\d+)?万|[\d一二三四五六七八九十百千万两〇零]+)"  # 1.2万 is 12000
# places counted where each has one of the bodies: "四市文旅部门", "两地政府", "三地的医疗器械行业协会" (a
# trade's association, one a place; not "三地的高校" or "三地的协会": many each)
ONE_EACH = r"(?:省|市|地|区|县)(?=的?[^，。！？；\d的]{0,8}?(?:政府|部门|局|厅|委|行业协会))"
UNIT = r"(?:家|个|所|名|位|间)"  # 间: how Hong Kong and Macao count firms ("120間企業")
COLLECTIVE = r"(?:单位|企业|机构|高校|院校|部门|协会|商会|园区|医院|院所|成员|会员)"
# how many founded it, as said before the founding verb ("等12家单位", "100余家企业", "等18家企业和高校",
# "近百家"); 等 says the names before it are only some of them, and without it they say where the
# counted ones are. What they are (单位, 企业和高校) is anything short within the clause.
# before a number: about, more than, or (上百, 上千) at least
PRE = r"近|约|超过|逾|上(?=[百千])"
# (founders may be counted as parties: 甲、乙和丙三方共同发起)
COUNT = rf"(?:(?P<etc>等)?(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?(?:{UNIT}|方|校|{ONE_EACH})[^，。！？；\d]{{0,12}}?)"
# the setting of a founding, between those who founded it and the verb ("…等12所高校于2016年11月在广州发起成立")
SETTING = r"(?:(?:于|在)[^，。！？；、]{1,16}?)*"
_SENTENCE_END = "。！？!?\n；;"


@dataclass
class Facts:
    founded: str | None = None
    city: str | None = None
    initiators: list[str] = field(default_factory=list)
    initiator_count: int | None = None
    initiator_count_qualifier: str | None = None  # 100余家单位共同发起: more than 100
    member_count: int | None = None
    member_count_qualifier: str | None = None
    member_kinds: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    regions_count: int | None = None
    members: list[str] = field(default_factory=list)  # bodies named as members (not as founders)
    secretariat: str | None = None  # the body its office is at (秘书处设在…, …担任秘书处单位)
    chair: str | None = None  # the one of its chairs, where one body chairs it: derived, extract._one_chair
    chairs: list[str] = field(default_factory=list)  # every body chairing it: the one, or several in turn or jointly
    vice_chairs: list[str] = field(default_factory=list)  # its vice chairs (副理事长单位)
    standing_council_members: list[str] = field(default_factory=list)  # 常务理事单位
    council_members: list[str] = field(default_factory=list)  # 理事单位
    supervisors: list[str] = field(default_factory=list)  # 监事单位, 监事长单位
    # where the founding date was read, when not in the mention's own sentence ("同日": the sentence
    # before that names the day), as offsets into the text read
    founded_in: tuple[int, int] | None = None
    # whether the member count is a total or what the members grew to (成员总数达到…, 增加到…): the
    # latest said, over a count of those who joined at first said before it (当时有28家企业加入)
    member_count_latest: bool = False


WINDOW = 1000  # no sentence this extractor reads is longer


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (at most ``WINDOW`` characters each way)."""
    lo = max(0, start - WINDOW)
    s = max(text.rfind(c, lo, start) for c in _SENTENCE_END) + 1
    s = max(s, lo)
    hi = min(len(text), end + WINDOW)
    ends = [i for i in (text.find(c, end, hi) for c in _SENTENCE_END) if i != -1]
    return s, (min(ends) if ends else hi)


def split_list(text: str) -> list[str]:
    """Split an enumeration: always at 、 and commas; at 和/与/及 only after a name-like word.

    >>> split_list("科技部火炬中心和北京市科委")
    ['科技部火炬中心', '北京市科委']
    >>> split_list("国家发展和改革委员会、天津大学")
    ['国家发展和改革委员会', '天津大学']
    >>> split_list("首都医科大学牵头，联合天津医科大学、河北医科大学")
    ['首都医科大学', '天津医科大学', '河北医科大学']
    >>> split_list("北京体育大学联合河北体育学院、首都体育学院")
    ['北京体育大学', '河北体育学院', '首都体育学院']
    >>> split_list("北京建工、天津城建和河北建设集团"), split_list("人社部、国家发展和改革委员会")
    (['北京建工', '天津城建', '河北建设集团'], ['人社部', '国家发展和改革委员会'])
    """
    endings = cues().name_endings
    items: list[str] = []
    parts = re.split(r"([、，,；;])", text)
    for k in range(0, len(parts), 2):
        part = parts[k]
        # the last of a list set with 、 ("小米、华为和联想"): 和 joins two names there unless what
        # follows it ends as a body's name does (文化和旅游部, 国家发展和改革委员会: one body)
        listed = k > 0 and parts[k - 1] == "、"
        # "甲大学联合乙学院": one name joining the next, as 和 joins them (not 联合会, 联合国, 联合体)
        pieces = re.split(r"(以及|和|与|及|同|联合(?![国会体])|携手|联手)", part)
        current = pieces[0]
        for i in range(1, len(pieces), 2):
            joiner, nxt = pieces[i], pieces[i + 1]
            # ... or a name of its own, opening with its place ("天津城建和河北建设集团": 河北… is another body)
            last = listed and i == len(pieces) - 2 and len(current) >= 2 and len(nxt) >= 2 \
                and (not nxt.endswith(endings) or _opens_with_province(nxt))
            if (current.endswith(endings) or last) and nxt:
                items.append(current)
                current = nxt
            else:
                current += joiner + nxt
        items.append(current)
    out = []
    for it in items:
        # "来自三地的40余家医疗机构": where those counted come from, not a name
        it = re.sub(r"^(?:由|是由|包括|其中|以及|和|与|及|联合(?!国)|会同|携手|联手|(?:分别)?来自)", "", it.strip())
        # "由甲大学牵头，联合乙大学、丙大学等", "丙大学等单位", "丙大学等多家单位": the list goes on, not the name
        it = re.sub(rf"(?:等(?:(?:{PRE})?{NUM}(?:余|多)?|多|若干|数)?{UNIT}?{COLLECTIVE}?|牵头|领衔|带头)$", "", it).strip()
        it = _without_where_others_are(it)
        if 2 <= len(it) <= 40:
            out.append(it)
    if _shared_tail(out):
        return [re.sub(r"^(?:由|是由|包括|其中)", "", text.strip())]
    return out


def _without_where_others_are(item: str) -> str:
    """The last name of a list without where the rest, counted after it, are: "丙大学等京津冀(十所高校)".

    >>> _without_where_others_are("河北工业大学等京津冀"), _without_where_others_are("丙大学等河北")
    ('河北工业大学', '丙大学')
    >>> _without_where_others_are("中国中铁等")  # 等 then nothing: the rule above has it
    '中国中铁等'
    """
    m = re.search(r"等(?P<where>[^、，,等]{2,8})$", item)
    if m and (_abbreviated(m["where"]) or province(m["where"])):
        return item[:m.start()]
    return item


def _abbreviated(text: str) -> list[str] | None:
    """The provinces ``text`` names a character each (京津冀, 沪苏浙皖), else None.

    >>> _abbreviated("京津冀"), _abbreviated("北京")
    (['110000', '120000', '130000'], None)
    """
    if not re.fullmatch(f"[{cues().province_chars}]{{2,}}", text):
        return None
    return [c for c in map(province, text) if c is not None]


# places, and nothing else, founding one together: "京津冀与山西、内蒙古共同成立了…", "由京津冀三省市联合发起"
_PLACES_FOUNDING = re.compile(r"(?:^|[，,由])(?P<list>[^，,。；！？由]{2,40}?)(?:等地|[两三四五六七八九十]+(?:地|省市|省区市|省区|省))?"
                              r"(?:共同|联合)(?:发起成立|发起|成立|组建)")


def places_only(text: str) -> list[str] | None:
    """The provinces ``text`` lists, when it lists provinces and nothing else (京津冀与山西、内蒙古), else None.

    >>> places_only("京津冀与山西、内蒙古"), places_only("北京建工与天津城建"), places_only("河北")
    (['110000', '120000', '130000', '140000', '150000'], None, None)
    """
    codes: list[str] = []
    for item in re.split(r"、|与|和|及", text.strip()):
        if _province_names().fullmatch(item) and (code := province(item)) is not None:
            codes.append(code)
        elif (run := _abbreviated(item)) is not None:
            codes += run
        else:
            return None
    codes = list(dict.fromkeys(codes))
    return codes if len(codes) >= 2 else None


def _opens_with_province(name: str) -> bool:
    """Whether ``name`` opens with a province's name (河北建设集团, 天津市…), as a body's own name does."""
    return any(province(name[:n]) for n in (2, 3))


_SETTING = re.compile(r"(?:(?:于|在)[^、，,和与及的]{1,12}?)+$")
# "甲公司关于参与发起设立X的公告": a notice's title names who took part, then what it is about
_ADVERBS = re.compile(r"(?:关于)?(?:自发|自愿|携手|分别|共同|联合|参与)+$|关于$")
# the time a list opens with, with no comma after it ("2019年3月北京大学与天津大学共同发起"): no part of a name
_DIGIT = r"[\d〇零一二三四五六七八九十]"
_TIME = (rf"(?:(?:{_DIGIT}{{4}}|[今去前明]|同)年(?:{_DIGIT}{{1,2}}月)?(?:{_DIGIT}{{1,3}}[日号])?|{_DIGIT}{{1,2}}月(?:{_DIGIT}{{1,3}}[日号])?"
         rf"|近日|日前|近期|此前|同日|当天|上月|本月|上周|本周)(?:上旬|中旬|下旬|初|底|末|间)?")
_OPENING_TIME = re.compile(rf"^{_TIME}(?!{_DIGIT})")
# and the time it ends on, before the verb ("甲协会与乙协会日前签署协议，共同成立", "…昨天共同发起")
_CLOSING_TIME = re.compile(rf"(?<!{_DIGIT})(?:{_TIME}|昨天|昨日|今天|今日|前天|前日)$")
_DESCRIBED = re.compile(rf"的[^、，,的]{{0,8}}?{COLLECTIVE}$")
# "三省一市的40多家博物馆": a group counted, not an organisation named
_COUNTED = re.compile(rf"(?:^|的)(?:{PRE})?{NUM}(?:多|余)?{UNIT}[^、，,的]{{0,8}}$")
_ASIDE = re.compile(r"^[（(][^（）()]{0,200}[）)]")
# "X联盟等多个新能源领域联盟", "X联盟等一批联盟", "X联盟等3个联盟": one of a batch the sentence speaks of
_ONE_OF_A_BATCH = re.compile(r"^等(?:多个|一批|若干|诸多|[\d两三四五六七八九十]+个)")
# how a text labels those who founded one: "发起单位：…", "X的牵头单位是…"
FOUNDERS_LABEL = r"(?:发起单位|发起成立单位|发起方|发起人|发起者|发起机构|牵头单位|牵头方)"
_ASIDE_FOUNDERS = re.compile(rf"^[（(]{FOUNDERS_LABEL}(?:为|是)?[：:](?P<list>[^（）()]+)[）)]")
_ASIDE_YEAR = re.compile(r"^[（(](\d{4}年(?:\d{1,2}月)?)[）)]")  # "京津冀卫星导航产业联盟（2016年）": its year
# the name it had, set right after its name ("X原名Y，…"): what follows is said of X
_FORMER_AFTER = re.compile(r"^(?:原名|原称|曾用名|曾名|旧称|前身为|前身是)[:：为]?[“\"「『]?[^，。；！？“”]*?联盟[”\"」』]?")
_ANNIVERSARY = re.compile(r"成立[\d一二三四五六七八九十两百]+(?:周年|年来|年以来|年间|年之际)")
_FUTURE = re.compile(r"(?:将|拟|计划|即将|有望|力争|争取|预计|预期|准备|筹备|筹建)(?:于|在)?[^，。；！？]{0,15}?(?:成立|揭牌|启动|组建)"
                     # "定于12月18日在北京召开X成立大会": a founding meeting set for a day to come
                     r"|(?:定于|将于|拟于)[^，。；！？]{0,40}?(?:召开|举行|举办)[^，。；！？]{0,40}?成立(?:大会|仪式)"
                     # "X成立大会暨首届论坛定于明年1月在张家口举行": the meeting named first, then its day to come
                     r"|成立(?:大会|仪式)[^，。；！？]{0,30}?(?:定于|将于|拟于)[^，。；！？]{0,40}?(?:召开|举行|举办)")
# "联合北京、河北两地港口物流企业", "联合辽宁、吉林、黑龙江和内蒙古四省区的科研院所": places, and a
# group they hold, are not organisations named
_PLACE_GROUP = re.compile(r"[两二三四五六七八九十\d]+(?:省区市|省市区|省市|省份|省区|地|省|市)的?[^、，,的]{0,12}$")
# "科研院所和企业": a kind of body, named by no name
_KIND_OF = r"(?:科研|研究|金融|医疗|教育|行业|相关|有关|其他|骨干|龙头)?"  # which of a kind: 科研院所, 相关企业
_KIND_ONLY = re.compile(rf"{_KIND_OF}{COLLECTIVE}")
# "由我公司牵头": the writer's own body (我公司, 我院, 本单位), named by no name
_SELF = re.compile(r"^(?:我|本|我们)(?:公司|集团|院|校|所|局|委|厅|会|市|区|县|省|单位|中心|协会|学会|商会)$")
GUIDES = r"(?:指导|主管|支持|见证|主办|协办)"
_GUIDING = re.compile(rf"{GUIDES}$")  # "由三地文旅部门指导，甲协会、乙协会共同发起": not a founder
# "由甲委和乙厅指导，丙、丁共同发起": the whole clause guides, however many it names
_GUIDING_CLAUSE = re.compile(rf"(?:^|(?<=[，,]))[^，,]*{GUIDES}(?:[，,、]|$)")  # "…商务局支持、两地30余家企业发起"


# a founder followed by what it did before the others founded it ("由甲倡议，京津冀28家企业共同成立了")
_PROPOSED = re.compile(r"(?:倡议|提议|倡导|牵头|带头|领衔)(?=[，,]|$)")
# a founder's short name in brackets after its name ("中国铁建股份有限公司（简称中国铁建）"): no part of the name
_SHORT_NAMED = re.compile(r"[（(](?:以下)?简称[^（）()]{0,30}[）)]")


def founders(text: str) -> list[str]:
    """The founders a list names. Its setting ("在天津", "于2015年在北京"), its
    adverbs ("自发") and groups described rather than named ("三地的文化企业")
    are not founders.

    >>> founders("北京交通大学、天津大学和河北工业大学在天津")
    ['北京交通大学', '天津大学', '河北工业大学']
    >>> founders("北京、天津、河北三地的文化企业自发")
    []
    >>> founders("北京市科委、天津市科委和河北省科技厅三地科技部门")
    ['北京市科委', '天津市科委', '河北省科技厅']
    """
    text = _ADVERBS.sub("", _GUIDING_CLAUSE.sub("", _SHORT_NAMED.sub("", text.strip())))
    text = _PROPOSED.sub("", text)  # "由甲倡议，…": 甲 proposed it
    text = _SETTING.sub("", text) or text
    text = _OPENING_TIME.sub("", text)
    closed = _CLOSING_TIME.sub("", text)
    text = closed if len(closed) >= 2 else text
    items = split_list(text)
    for i, group in [(i, m) for i, item in enumerate(items) if (m := _PLACE_GROUP.search(item))]:
        named = items[i][:group.start()]
        if len(named) >= 2 and not _where(named) and not re.search(rf"[、，,和与及]|^[{cues().province_chars}]+$", named):
            # "甲、乙和河北省科技厅三地科技部门": the group says what those named are
            items[i] = named
            continue
        _no_one(items, i)
    # "京津冀与山西、内蒙古": places, not founders (天津市, with its 市, is its government, and may be one)
    items = ["" if places_only(item) or _province_names().fullmatch(item) and not re.search("[省市区]$", item) else item
             for item in items]
    for i in [i for i, item in enumerate(items) if _place_kind(item) or _place_counted(item)]:
        _no_one(items, i)  # "北京、河北相关企业", "北京、河北的20家物流企业": places and bodies, named by no name
    return [item for item in items
            if item and not _DESCRIBED.search(item) and not _GUIDING.search(item) and not _COUNTED.search(item)
            and not _KIND_ONLY.fullmatch(item) and not _SELF.match(item)]


def _no_one(items: list[str], i: int) -> None:
    """Blank ``items[i]``, a group ("北京、河北两地港口物流企业"), and the places listed before it: they name no one."""
    first = i
    while first > 0 and items[first - 1] and regions.try_resolve(items[first - 1]) is not None:
        first -= 1
    items[first:i + 1] = [""] * (i + 1 - first)


def _place_counted(item: str) -> bool:
    """Whether ``item`` is a place and bodies counted there ("河北的20家物流企业"), naming no one.

    >>> _place_counted("河北的20家物流企业"), _place_counted("天津30余家企业"), _place_counted("天津大学")
    (True, True, False)
    """
    m = re.fullmatch(rf"(?P<place>[^的\d、，,]{{2,6}}?)的?(?:{PRE})?{NUM}(?:多|余)?{UNIT}[^、，,的]{{0,8}}", item)
    return bool(m and regions.try_resolve(m["place"]) is not None)


def _place_kind(item: str) -> bool:
    """Whether ``item`` is a place and a kind of body ("河北相关企业", "天津高校"), naming no one; a
    place and one body (北京医院, 天津市医疗器械行业协会) may be a name.

    >>> _place_kind("河北相关企业"), _place_kind("天津高校"), _place_kind("北京医院"), _place_kind("天津大学")
    (True, True, False, False)
    >>> _place_kind("北京、天津相关服务机构"), _place_kind("江苏省、浙江省和上海市科技部门")  # places sharing the kind
    (True, False)
    """
    *places, last = re.split(r"[、和与及]", item)
    if places and all(regions.try_resolve(p) is not None for p in places):
        item = last  # "北京、天津相关服务机构": the places before share the last one's kind
    return any(regions.try_resolve(item[:n]) is not None and _KIND_OF_MANY.fullmatch(item[n:])
               for n in range(len(item) - 2, 0, -1))


# kinds of body that, after a place, are many of them: "河北相关企业", "天津高校", "北京科研院所", "天津相关服务机构"
_KIND_OF_MANY = re.compile(rf"(?:相关|有关|其他)?(?:{_KIND_OF}|服务)(?:企业|高校|院校|单位|机构|院所|部门)")


def _shared_tail(items: list[str]) -> bool:
    """"江苏省、浙江省和上海市科技部门": places sharing one tail name one collective.

    Splitting would leave bare place names; distributing the tail would write
    names the text never wrote. So the enumeration stays one collective.
    """
    if len(items) < 2 or not all(regions.try_resolve(i) for i in items[:-1]):
        return False
    last = items[-1]
    if regions.try_resolve(last):  # a place too ("天津市与河北省沧州市"): places, no shared tail
        return False
    for n in range(len(last) - 1, 1, -1):
        if regions.try_resolve(last[:n]):
            return regions.try_resolve(last[n:]) is None
    return False


def _number(text: str) -> int | None:
    try:
        return counts.number(text)
    except counts.CountError:
        return None


_BEFORE_BY = re.compile(  # a comma may stand before 共同 ("由甲、乙等12家单位，共同组建"); not after their verb (_BEFORE_CLAUSE)
    rf"由(?P<list>(?:(?!发起[，,])[^。！？；])*?){COUNT}?{SETTING}(?:[，,](?=联合|共同))?(?:联合|共同)?"
    r"(?:倡议发起|发起成立|发起设立|发起组建|发起|倡议成立|倡议|牵头成立|牵头组建|牵头|成立|组建|创立|设立)(?:了)?的?$")
# "由甲发起，乙联盟于…成立": the founders in a clause of their own before the name, which may open on
# where and its verb ("由甲、乙共同发起，在石家庄成立X")
_BEFORE_CLAUSE = re.compile(
    rf"(?:^|[，,：:])(?:由|经)(?P<list>[^，。！？；]+?){COUNT}?(?:联合|共同)?"
    r"(?:倡议发起|发起成立|发起|牵头组建|牵头|倡议|提议|倡导)[，,]"
    r"(?:(?:(?:于|在)[^，。！？；、]{1,16}?)*(?:正式)?(?:成立|组建|设立|揭牌成立)(?:了)?)?$")
# "由甲牵头，N所高校参与的X", "由甲牵头，联合…12所高校成立的X", "由甲倡议，京津冀三地21所高校共同组建了X":
# the lead founded it; those who took part, or whom it joined with to form it, or who formed (组建, not
# 成立: dev35-08) it, only counted where they are (see _names_no_one), are its members (named, "联合乙、丙等8家单位
# 组建", they founded it with the lead: _BEFORE_BY)
_BEFORE_LED = re.compile(
    r"(?:^|[，,：:])(?:由|经)(?P<list>[^，。！？；、]+?)(?:牵头|领衔|带头|发起|倡议)[，,、]"
    r"(?:[^，。！？；]*?(?:参与|参加)(?:组建|发起)?的"
    rf"|联合(?P<unnamed>[^，。！？；等]*?)(?:{PRE})?{NUM}(?:余|多)?{UNIT}[^，。！？；\d的]*?(?:共同)?(?:成立|组建)的"
    rf"|(?P<formed>[^，。！？；等]*?)(?:{PRE})?{NUM}(?:余|多)?{UNIT}[^，。！？；\d的]*?(?:共同)?(?:组建|组成)(?:的|了)"
    r"|联合(?![^，。！？；]*?[、等])[^，。！？；]*?(?:成立|组建)的)$")
# "甲牵头组建了X": a lead without 由
_BEFORE_LEAD = re.compile(
    r"(?:^|[，,：:])(?P<list>[^，。！？；]+?)(?:牵头|领衔)(?:组建|成立|发起成立|发起)(?:了)?的?$")
_BEFORE_ETC = re.compile(
    rf"(?:^|[，,：:])(?P<list>[^，。！？；]*?)等(?P<n>{NUM}){UNIT}{COLLECTIVE}?(?:联合|共同)?"
    r"(?:发起成立|发起|倡议成立|成立|组建)(?:了)?的?$")
# "甲、乙携手丙，共同发起成立X": those joining hands in the clause before are founders too
_BEFORE_JOINT = re.compile(
    r"(?:^|[，,：:])(?P<list>[^，。！？；]*?(?:(?:携手|联手|联合)[^，。！？；]+?[，,])?)(?:联合|共同)"
    r"(?:发起成立|发起设立|发起组建|发起|成立|组建)(?:了|的)?$")
# "北京大学、天津大学、河北大学发起成立X", "甲联合乙、丙发起成立X": bodies named before 发起, with no
# 由, 共同 or lead to mark them (tried after every marked form), and counted or not ("甲、乙和丙三家单位")
_BEFORE_BARE = re.compile(
    rf"(?:^|[，,：:])(?P<list>[^，。！？；]+?){COUNT}?(?<!共同)(?<!联合)(?:发起成立|发起设立|发起组建|倡议成立|发起)(?:了)?的?$")
# "作为发起单位之一，天津大学参与组建了X": one of its founders
_BEFORE_ONE_OF = re.compile(
    r"作为(?:发起单位|发起方|发起人|发起机构|创始单位|创始成员)之一[，,](?P<list>[^，。！？；]+?)(?:参与|参加|共同)?"
    r"(?:发起成立|发起组建|发起|组建|成立|创建)(?:了)?的?$")
# "沪苏浙皖四地的60余家单位共同发起成立", "京津冀三地28家能源企业共同成立了" (dev35-08): how many initiated
# it, named or not (those who 组建, form,
# it are not said to have initiated it: "川渝两地的12所高校共同组建了" counts no initiator; they are
# its members, see _MEMBERS_BEFORE)
_BEFORE_JOINT_COUNTED = re.compile(
    rf"(?:^|[，,：:])(?P<list>[^，。！？；]*?){COUNT}{SETTING}(?:联合|共同)(?:发起成立|发起设立|发起组建|发起|成立)(?:了|的)?$")
# "甲、乙和丙在廊坊举行签约仪式，标志着…联盟正式成立": those who signed founded it, where they signed
_BEFORE_SIGNED = re.compile(
    r"(?:^|[，,：:。])(?:[^，。！？；]{0,12}?[日月年]，)?(?P<list>[^，。！？；]+?)在(?P<place>[^，。、；在]{1,12}?)(?:共同)?(?:举行|举办)(?:了)?"
    r"(?:签约仪式|签字仪式|签约|成立仪式|启动仪式|揭牌仪式)[，,](?:这)?(?:标志着|宣告)$")
# "甲和乙在成都签署协议，共同发起成立了X": those who signed founded it, where they signed; "甲、乙与丙签约，
# 共同组建X" (at a fair named in a clause before), no place; "北京、天津、河北三地文化部门在天津签署协议": counted
_BEFORE_SIGNED_AND_FOUNDED = re.compile(
    r"(?:^|[，,：:。])(?:[^，。！？；]{0,12}?[日月年]，)?(?P<list>[^，。！？；]+?)"
    rf"(?:{COUNT})?(?:在(?P<place>[^，。、；在]{{1,12}}?))?"
    r"(?:(?:签署|签订)(?:了)?(?:[^，。！？；]{0,8}?)(?:协议|备忘录|意向书)|签约)[，,](?:共同|联合)?"
    r"(?:(?:发起成立|发起组建|发起|成立|组建)(?:了)?|(?P<declared>宣告|宣布|标志着))$")
# what follows the name when the signing declared it founded ("…签署合作协议，宣告X正式成立")
_DECLARED_FOUNDED = re.compile(r"^(?:正式|也|由此)?(?:宣告)?成立")
# "该联盟是在…指导下，由甲牵头，联合乙、丙等16家单位共同发起成立的": the lead and those it joined
# with, named, founded it together (only counted, "联合16家单位", those are its members: _AFTER_BY)
_AFTER_LED = re.compile(
    rf"^(?:[^。！？；]*?[，,）)”](?:该|这一|此)?(?:联盟)?)?(?:由|是由|系由)"
    rf"(?P<list>[^。！？；、]+?(?:牵头|领衔|带头)[，,]联合(?=[^，。！？；]*?[、等])[^。！？；]*?){COUNT}?{SETTING}"
    r"(?:联合|共同)?(?:发起成立|发起设立|发起组建|发起|成立|组建)")
_AFTER_BY = re.compile(  # "…介绍，该联盟于2015年6月由甲、乙、丙发起成立": when, or where, may come before 由
    rf"^(?:[^。！？；]*?[，,）)”：:](?:该|这一|此)?(?:联盟)?{SETTING})?(?:由|是由|系由)(?P<list>[^。！？；]*?){COUNT}?{SETTING}(?:联合|共同)?"
    r"(?:倡议发起|发起成立|发起设立|发起|倡议成立|牵头成立|牵头|成立|组建)")
# "X昨日在京揭牌，首都博物馆、天津博物馆、河北博物院为联盟发起单位": those said, in a clause after the
# name's, to be its founders (联盟 standing for it)
_AFTER_ARE_FOUNDERS = re.compile(rf"^[^。！？；]*?[，,](?P<list>[^，。！？；]+?)(?:{COUNT})?(?:为|是|系)(?:该|本)?(?:联盟)?的?(?:共同|联合)?"
                                 rf"{FOUNDERS_LABEL}(?:之一)?(?=[。！？；，,]|$)")
# "X的发起单位包括：甲、乙(等12家单位)", "X的牵头单位是甲", "X于2016年4月在廊坊成立，发起单位有甲、乙": its
# founders, named after the label, right after the name or a clause of it
_AFTER_LISTED = re.compile(rf"^(?:的|[^。！？；]*?[，,])?{FOUNDERS_LABEL}"
                           rf"(?:(?:包括|有|为|是)[：:]?|[：:])(?P<list>[^。！？；]+?)(?:{COUNT})?(?=[。！？；，,]|$)")
_AFTER_AS = re.compile(
    rf"^为(?P<list>[^。！？；]*?)(?:等(?P<n>{NUM}){UNIT}{COLLECTIVE}?)?(?:联合|共同)"
    r"(?:发起成立|发起设立|发起|成立|组建)")
_AFTER_ETC = re.compile(
    rf"^[^。！？；]*?[，,](?P<list>[^，。！？；]*?)等(?P<n>{NUM}){UNIT}[^，。！？；\d]{{0,6}}?(?:联合|共同)"
    r"(?:发起成立|发起设立|发起|倡议成立|倡议)")
# "X在衢州签约成立，黄山、上饶、南平、衢州四市文旅部门共同发起": founders counted in a clause of
# their own after the name, without 由 or 等
_AFTER_JOINT = re.compile(
    rf"^[^。！？；]*?[，,](?P<list>[^，。！？；]*?){COUNT}(?:联合|共同)(?:发起成立|发起设立|发起)(?:了)?(?:[。！？；，,]|$)")
ADVERB = r"(?:正式|隆重|宣布|宣告|同时|共同|联合|举行|召开)*"
# a place of up to 12 characters: "北京经济技术开发区", "天津滨海新区" (read by its leading place, see _place)
_PLACE_BEFORE = re.compile(
    rf"(?:在|于)(?P<place>[^，。、；的在于]{{1,12}}?){ADVERB}(?:发起成立|发起设立|发起组建|发起|成立|设立|揭牌|挂牌|组建|启动|签约成立|启航|揭幕)(?:了)?的?$")
_PLACE_AFTER = re.compile(
    # the clause after the name (a comma may part them: "X，近日在北京儿童医院揭牌"), or the one after its
    # founders' ("由甲、乙等12家单位共同发起，于2020年9月在广州成立", "由甲牵头，三地农科院共同参与，…在北京成立"),
    # or its guides' ("由三地文旅部门指导，甲、乙牵头，于…在天津蓟州成立")
    rf"^[，,]?(?:[^，。；]{{0,60}}?(?:发起|牵头|倡议|组建|参与|参加|指导下?|支持下?)(?:的)?，){{0,2}}[^，。；]{{0,48}}?(?:在|于)(?P<place>[^，。、；在于]{{1,12}}?){ADVERB}"
    r"(?:揭牌成立|挂牌成立|发起成立|成立|(?:发起)?设立(?:了)?(?=[，。；！？]|$)|揭牌|挂牌|组建|启动|签约|启航|揭幕)")  # not 设立分中心
# "…联盟(暨…中心)揭牌仪式在天津举行", "…联盟第一届理事会第一次会议暨成立大会…在北京召开": the ceremony
# that founded it, and where
_PLACE_MEETING = re.compile(r"^(?:暨[^，。；]{1,20}?|[^，。；]{1,20}?暨)?(?:成立大会|成立仪式|启动仪式|揭牌仪式|签约仪式)[^，。；]{0,24}?"
                            r"在(?P<place>[^，。、；]{1,8}?)(?:举行|召开|举办)")
# "在雄安新区召开的成立大会上，X正式揭牌", "在郑州举行的签约仪式上，…组建了X", "…大会在廊坊举行，大会期间
# X宣告成立", "…博览会在秦皇岛开幕，会上X宣告成立": where the meeting it was founded at was held, said before
# the name (read only where the sentence founds it)
_PLACE_VENUE = re.compile(r"在(?P<place>[^，。、；在]{1,12}?)(?:举行|召开|举办|开幕)(?:的[^，。；]{0,20}?(?:上|期间)[，,]"
                          r"|[，,](?:大会|会议|论坛|峰会|博览会|活动)?(?:期间|上|会上)[，,]?)")
# "首届X大会在保定召开，会上宣布联盟正式成立": the place of its congress, where the sentence founds it
_PLACE_CONGRESS = re.compile(r"^(?:\d{4}年)?(?:大会|会员大会|成员大会|代表大会|年会|峰会|论坛)[^，。；]{0,24}?"
                             r"在(?P<place>[^，。、；]{1,8}?)(?:举行|召开|举办)")
_REGION_RUN = None


def _region_run() -> re.Pattern[str]:
    global _REGION_RUN
    if _REGION_RUN is None:
        chars = cues().province_chars
        _REGION_RUN = re.compile(
            rf"(?P<abbr>[{chars}]{{2,}})(?:等)?(?:(?P<n>{NUM})个?)?(?:省区市|省市区|省市|省份|省区|省|地区|地|市)?"
            r"(?:（区）|\(区\))?的$")
    return _REGION_RUN


# how many provinces a list names: "四省市", "三地"; "两省一市" is two provinces and a city, three in all
PLACES_COUNTED = (r"(?P<n>[两二三四五六七八九十]|\d+)(?:个)?(?:省区市|省市区|省市|省份|省区|省|地)"
                  r"(?:(?P<more>[一两二三四五六七八九十]|\d+)(?:个)?市)?")
# places listed, each of two to seven characters (河北省廊坊市), the last joined by 和, 及 or 与 too
PLACE_LIST = r"(?P<list>(?:[^、，,。；！？\s\d]{2,7}、)+[^、，,。；！？\s\d]{2,7}(?:[和及与][^、，,。；！？\s\d]{2,7})?)"
_PROVINCE_LIST = re.compile(PLACE_LIST + PLACES_COUNTED)  # "辽宁、吉林、黑龙江和内蒙古四省区"


# members counted place by place: "成员单位中，北京有45家，天津有38家，河北有62家", "现有成员单位89家，其中北京32家、…"
# (the total is the count right before 其中, after any it grew from: "成员已由成立时的18家增至目前的65家，其中…")
_PLACE_COUNT = re.compile(rf"(?P<place>[^，,、。；！？\s\d]{{2,4}}?)(?:有|占|为)?(?P<n>{NUM})(?:余|多)?家")
_MEMBERS_BY_PLACE = re.compile(
    rf"(?:(?:成员|会员)[^，。；！？]{{0,6}}中|(?:成员|会员)[^。；！？]{{0,24}}?(?<!\d)(?P<total>{NUM})(?:余|多)?家[，,]其中)[，,]?"
    rf"(?P<list>(?:[^，,、。；！？\s\d]{{2,4}}?(?:有|占|为)?{NUM}(?:余|多)?家[，,、]?){{2,}})")
_CITY_LIST = re.compile(PLACE_LIST + r"(?P<n>[两二三四五六七八九十]|\d+)(?:个)?(?:城市|地市|市)")


def _places_counted(m: re.Match[str]) -> int:
    """How many places a match of ``PLACES_COUNTED`` says there are."""
    return (_number(m["n"]) or 0) + ((_number(m["more"]) or 0) if m["more"] else 0)


# provinces listed, without their count, before how many members are in them
_PROVINCES_OF_MEMBERS = re.compile(  # the last joined by 和, 及 or 与 too: "涵盖宁夏、甘肃和青海的66家企业";
    # "包括来自北京、天津、河北的47家企业"; not "还包括山东、辽宁的20家企业", places besides others
    # "联合北京、天津的15家钢结构企业组建", "吸纳北京、天津、河北的60家企业": those joined or taken in, counted
    rf"(?:覆盖|涵盖|来自|遍布|分布在|分布于|(?<![还也])(?:包括|包含)(?:来自)?|由|联合|吸纳了?|吸收了?|汇聚了?|集聚了?)(?P<list>(?:[^、，,。；！？\s\d]{{2,4}}(?:[和及与][^、，,。；！？\s\d]{{2,3}})?、)+"
    rf"[^、，,。；！？\s\d和及与]{{2,4}}?(?:[和及与][^、，,。；！？\s\d]{{2,4}}?)?)(?:等地)?的?"
    rf"(?:{PRE})?{NUM}(?:余|多)?{UNIT}")


# groups of those taken in, each counted with its places, joined: "吸纳了河北省45家钢铁企业和北京、天津的12家科研院所"
_GROUP = rf"[^、，,。；！？\s\d和及与]{{2,4}}(?:、[^、，,。；！？\s\d和及与]{{2,4}})*的?(?:{PRE})?{NUM}(?:余|多)?{UNIT}"
_GROUPS_OF_MEMBERS = re.compile(
    rf"(?:覆盖|涵盖|(?<![还也])(?:包括|包含)(?:来自)?|联合|吸纳了?|吸收了?|汇聚了?|集聚了?|整合了?)"
    rf"(?P<groups>{_GROUP}[^、，,。；！？\d]{{0,8}}?(?:和|及|以及|、)(?:{_GROUP}[^、，,。；！？\d]{{0,8}}?(?:和|及|以及|、))*{_GROUP})")
_GROUP_PLACES = re.compile(rf"(?:^|(?<=[和及与、]))(?P<list>[^、，,。；！？\s\d和及与]{{2,4}}?(?:、[^、，,。；！？\s\d和及与]{{2,4}}?)*)的?(?:{PRE})?{NUM}")


# provinces listed, without a count, at the end of a clause saying where members are ("覆盖广东、香港、澳门。")
_PROVINCES_COVERED = re.compile(
    r"(?:覆盖|涵盖|遍布|分布在|分布于)(?P<list>(?:[^、，,。；！？\s\d]{2,4}、)+[^、，,。；！？\s\d]{2,4}?)(?:等地)?"
    r"(?=[，,。；！？]|$)")


def _province_list(sentence: str) -> tuple[list[str], int | None]:
    """The provinces an enumeration names with their count ("上海、江苏、浙江、安徽四省市"):
    every item a province and as many as the count says, else none; and the count, when the
    list names only some of them ("河南、山东、陕西等九省区": three of nine, as 京津冀晋蒙等六个
    省市 names five of six).

    >>> _province_list("成员涵盖沪苏浙皖四省市的企业")
    (['310000', '320000', '330000', '340000'], None)
    >>> _province_list("由北京、天津、河北三地的文化企业组建")
    (['110000', '120000', '130000'], None)
    >>> _province_list("北京、天津两地的企业和河北高校"), _province_list("京津两地的企业和河北高校")
    (([], None), ([], None))
    >>> _province_list("京津两地的企业")
    (['110000', '120000'], None)
    >>> _province_list("江苏、浙江、安徽、上海三省一市的博物馆")
    (['320000', '330000', '340000', '310000'], None)
    >>> _province_list("河南、山东、陕西等九省区的86家企业"), _province_list("河南、山东等两省的企业")  # 等 ends a whole list too
    ((['410000', '370000', '610000'], 9), (['410000', '370000'], None))
    >>> _province_list("现有成员200家，覆盖广东、香港、澳门。")
    (['440000', '810000', '820000'], None)
    >>> _province_list("联合辽宁、吉林、黑龙江和内蒙古四省区的科研院所")
    (['210000', '220000', '230000', '150000'], None)
    >>> _province_list("覆盖上海青浦、江苏吴江、浙江嘉善三地")  # places counted: each by its province
    (['310000', '320000', '330000'], None)
    >>> _province_list("成员单位中，北京有45家，天津有38家，河北有62家")  # members counted place by place
    (['110000', '120000', '130000'], None)
    >>> _province_list("由石家庄、邢台、邯郸三市工信部门联合发起")  # cities counted: each its own region
    (['130100', '130500', '130400'], None)
    >>> _province_list("由河北省石家庄市、河北省邢台市、河北省邯郸市三市工信部门联合发起")  # written with their province
    (['130100', '130500', '130400'], None)
    >>> _province_list("由青岛、烟台、威海三市的42家涉海企业联合发起")  # cities the table knows by their province only
    (['370000'], None)
    >>> _province_list("北京市朝阳区、天津市河西区、河北省廊坊市三地商务部门")  # places of three provinces: the provinces
    (['110000', '120000', '130000'], None)
    >>> _province_list("京津冀与山西、内蒙古共同成立了华北某联盟")  # provinces founding one together
    (['110000', '120000', '130000', '140000', '150000'], None)
    >>> _province_list("经京津冀三地商务部门批准，某联盟近日成立")  # departments approving: not where members are
    ([], None)
    >>> _province_list("由甲公司牵头，联合北京、天津的15家钢结构企业组建")  # those joined, counted, are from there
    (['110000', '120000'], None)
    >>> _province_list("吸纳了河北省45家钢铁企业和北京、天津的12家科研院所")  # groups, each counted with its places
    (['130000', '110000', '120000'], None)
    >>> _province_list("吸纳了河北省45家钢铁企业和12家科研院所")  # the second group's places unsaid
    ([], None)
    """
    for m in _PROVINCE_LIST.finditer(sentence):
        items = _items(m["list"])
        items[0] = _from_place(items[0], province)  # "由北京": the first item starts where its place does
        some = items[-1].endswith("等")  # "…陕西等九省区": those named are some of them
        items[-1] = items[-1].removesuffix("等")
        # a place counted with provinces may be a city of ours ("北京、天津、石家庄三地")
        found = [province(item) or _province_leading(item) or regions.code_of(item) for item in items]
        codes = [code for code in found if code is not None]
        said = _places_counted(m)
        if len(codes) == len(items) == len(set(codes)) and (said == len(items) or some and said > len(items)) \
                and _named_elsewhere(sentence, m.start(), m.end()) <= set(codes):
            return codes, said if said > len(items) else None
    for m in _MEMBERS_BY_PLACE.finditer(sentence) if "中" in sentence else ():  # "成员单位中，北京有45家…"
        counted = list(_PLACE_COUNT.finditer(m["list"]))
        if m["total"] and sum(_number(p["n"]) or 0 for p in counted) != _number(m["total"]):
            continue  # "成员单位达80家，其中香港12家、澳门5家": some of them, not where they all are
        found = [province(p["place"]) for p in counted]
        codes = [code for code in found if code is not None]
        if len(codes) == len(found) == len(set(codes)) >= 2:
            return codes, None
    for m in _CITY_LIST.finditer(sentence) if "市" in sentence else ():  # "石家庄、邢台、邯郸三市": cities
        items = _items(m["list"])
        items[0] = _from_place(items[0], regions.code_of)  # "由石家庄"
        found = [regions.code_of(item) for item in items]
        codes = [code for code in found if code is not None]
        # cities of a province the table knows only whole ("青岛、烟台、威海三市") are that province, once
        if len(codes) == len(items) == len(set(items)) == _number(m["n"]):
            return list(dict.fromkeys(codes)), None
    for pattern in (_PROVINCES_OF_MEMBERS, _PROVINCES_COVERED):  # "覆盖北京、天津、河北45家医疗机构"
        for m in pattern.finditer(sentence):
            # "由香港、澳门和广州、深圳的20家金融机构": places joined by 和 inside the list too, and two
            # cities of one province are that province once
            items = [part for item in _items(m["list"]) for part in _joined(item)]
            codes = [code for item in items if (code := province(item)) is not None]
            if len(codes) == len(items) == len(set(items)) \
                    and _named_elsewhere(sentence, m.start(), m.end()) <= set(codes):
                return list(dict.fromkeys(codes)), None
    for m in _GROUPS_OF_MEMBERS.finditer(sentence):  # "吸纳了河北省45家钢铁企业和北京、天津的12家科研院所"
        items = [item for g in _GROUP_PLACES.finditer(m["groups"]) for item in _items(g["list"])]
        codes = [code for item in items if (code := province(item)) is not None]
        if len(codes) == len(items) and len(set(codes)) >= 2 \
                and _named_elsewhere(sentence, m.start(), m.end()) <= set(codes):
            return list(dict.fromkeys(codes)), None
    for m in _PLACES_FOUNDING.finditer(sentence):  # "京津冀与山西、内蒙古共同成立了…"
        codes = places_only(m["list"])
        if codes and _named_elsewhere(sentence, m.start(), m.end()) <= set(codes):
            return codes, None
    # "沪苏浙皖四省市": a province a character, as many as counted; "整合了京津冀50余家物流企业": where
    # those counted are
    for pattern, counted in ((_province_run(), True), (_province_run_counted(), False)):
        for m in pattern.finditer(sentence):
            codes = [c for c in map(province, m["abbr"]) if c is not None]
            if len(codes) == len(m["abbr"]) == len(set(codes)) and (not counted or len(codes) == _places_counted(m)) \
                    and _named_elsewhere(sentence, m.start(), m.end()) <= set(codes) and not _APPROVING.match(sentence, m.end()):
                return codes, None
    return [], None


# "经京津冀三地商务部门批准": the places' departments approved or guided it; they are not where its members are
_APPROVING = re.compile(rf"[^，,。；！？]{{0,12}}?(?:批准|同意|{GUIDES})下?(?:[，,。；！？]|$)")


def _from_place(first: str, resolve: Callable[[str], object]) -> str:
    """A list's first item from where its place begins ("由北京" → "北京"), as ``resolve`` reads places."""
    return next((first[k:] for k in range(len(first) - 1) if resolve(first[k:])), first)


def _joined(item: str) -> list[str]:
    """An item of a list that is two provinces joined by 和, 及 or 与 ("澳门和广州"), as the two; else itself."""
    parts = re.split(r"(?<=[^和及与]{2})[和及与](?=[^和及与]{2})", item)
    return parts if len(parts) == 2 and all(map(province, parts)) else [item]


def _items(listed: str) -> list[str]:
    """The places of a list ("北京、天津和河北"), the last parted by 和, 及 or 与 too."""
    return re.split(r"、|(?<=[^、]{2})[和及与](?=[^、]{2,4}$)", listed)


def _province_leading(item: str) -> str | None:
    """The province a counted place is written with, before a district of it ("上海青浦",
    "江苏吴江"): read only in a list its count says are places (三地).

    >>> _province_leading("江苏吴江"), _province_leading("江苏"), _province_leading("苏州吴江")
    ('320000', None, None)
    >>> _province_leading("河北省廊坊市"), _province_leading("河北省海淀区")  # a place of that province, or none
    ('130000', None)
    """
    m = _province_names().match(item)
    if not m or m.end() == len(item):
        return None
    code = province(m.group())
    if len(item) - m.end() <= 2:
        return code
    rest = regions.code_of(item[m.end():])
    return code if code and rest and rest[:2] == code[:2] else None


@cache
def _province_names() -> re.Pattern[str]:
    """Provinces named in full or without 省/市 (河北省, 河北; not single characters, which words hold)."""
    names = {n for r in regions.regions().values() if r.level == "province"
             for n in (r.name, re.sub(r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", "", r.name)) if len(n) >= 2}
    return re.compile("|".join(sorted(names, key=len, reverse=True)))


def _named_elsewhere(sentence: str, start: int, end: int) -> set[str]:
    """The provinces the sentence names outside ``sentence[start:end]``: an enumeration of some of
    them ("北京、天津两地的企业和河北高校") is not all the alliance covers, and is not read."""
    return {code for m in _province_names().finditer(sentence) if m.end() <= start or m.start() >= end
            if (code := province(m.group())) is not None}


@cache
def _province_run_counted() -> re.Pattern[str]:
    """Provinces written a character each, right before a count of bodies: 京津冀50余家, 川渝黔的40家."""
    return re.compile(rf"(?<![{cues().province_chars}])(?P<abbr>[{cues().province_chars}]{{2,}})(?:地区|等地)?的?"
                      rf"(?:{PRE})?{NUM}(?:余|多)?(?:家|所|个)")


@cache
def _province_run() -> re.Pattern[str]:
    """Provinces written a character each, with their count: 沪苏浙皖四省市, 沪苏浙两省一市."""
    return re.compile(rf"(?P<abbr>[{cues().province_chars}]{{2,}})" + PLACES_COUNTED)


def province(text: str) -> str | None:
    """The code of the province ``text`` names (北京, 河北省), else None."""
    r = regions.try_resolve(re.sub(r"(?:省|市)$", "", text))
    return r.code if r is not None and r.code.endswith("0000") else None


def place(text: str) -> str | None:
    """The region a founding place names: the whole phrase, else its longest
    leading place ("天津滨海新区" → Tianjin), else its longest trailing one; a city's
    one-character form (穗) is the city.

    >>> place("穗"), place("沪"), place("天津滨海新区")
    ('440000', '310000', '120000')
    """
    text = re.sub(r"(市|省)$", "", text.strip())
    text = cues().city_short.get(text, text)  # 在穗: 广州
    candidates = [text] + [text[:n] for n in range(len(text) - 1, 1, -1)] + [text[-n:] for n in range(len(text) - 1, 1, -1)]
    for c in candidates:
        r = regions.try_resolve(c)  # the whole phrase reads "河北唐山" as Tangshan (regions.resolve)
        if r is not None:
            return r.code
    return None


# "截至2025年6月": the date things stood at (or, 到2027年底, are to stand at), whatever its
# precision, never a founding's
_AS_AT = re.compile(r"(?:截至|截止到|截止至|截止|到(?=\d{4}年))(?:[\d]{4}年|今年|去年)?(?:[\d]{1,2}月)?(?:[\d]{1,2}[日号])?"
                    r"(?:初|中|底|末|上半年|下半年)?")
# "记者8日从天津市商务局获悉": the day the reporter learned it, never a founding's
_REPORTED = re.compile(r"记者(?:[\d]{1,2}月)?(?:[\d]{1,2}[日号]|今天|昨天|近日|日前)?从[^，。；]{0,20}?(?:获悉|了解到|得知)")
# a dispatch's dateline ("新华社天津11月26日电（记者 王晓明）", "本报北京5月18日讯"): the day it was filed,
# not a day the sentence after it tells of
_DATELINE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)(?:[（(][^）)]{0,30}[）)])?")


# "2024-05-18", "2024.5.18", "2024/5/18": a day as web pages write it
_NUMERIC_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])")


def date_in(sentence: str, article: dt.date | None) -> str | None:
    """The date ``sentence`` gives, the most precise first; a date things stood at (截至…) is none."""
    s = _DATELINE.sub("", _REPORTED.sub("", _AS_AT.sub("", _NUMERIC_DATE.sub(r"\1年\2月\3日", dates.arabic(sentence)))))
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})[日号]", s)
    if m:
        return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    m = re.search(r"(今年|去年|前年)(\d{1,2})月(?:(\d{1,2})[日号])?", s)
    if m and article:
        year = article.year - {"今年": 0, "去年": 1, "前年": 2}[m[1]]
        return f"{year:04d}-{int(m[2]):02d}" + (f"-{int(m[3]):02d}" if m[3] else "")
    m = re.search(r"(上个?月|本月|这个月|当月)(\d{1,2})[日号]", s)  # "上月28日": a day of last month, or of this one
    if m and article:
        month = _month_of(article, last=m[1].startswith("上"))
        return f"{month.year:04d}-{month.month:02d}-{int(m[2]):02d}"
    m = re.search(r"(上|本|这)个?(?:周|星期|礼拜)([一二三四五六日天])", s)  # "上周五": a day of last week, or this one
    if m and article:
        monday = article - dt.timedelta(days=article.weekday() + (7 if m[1] == "上" else 0))
        return (monday + dt.timedelta(days="一二三四五六日".index(m[2].replace("天", "日")))).isoformat()
    m = re.search(r"(\d{4})年(\d{1,2})月", s)
    if m:
        return f"{int(m[1]):04d}-{int(m[2]):02d}"
    m = re.search(r"(?<![\d年])(\d{1,2})月(\d{1,2})[日号]", s)
    if m and article:
        return f"{article.year:04d}-{int(m[1]):02d}-{int(m[2]):02d}"
    # "12日在重庆成立": this month's, or last month's (日 only: "1号馆", "3号线" are places)
    m = re.search(r"(?<![\d年月])(\d{1,2})日(?![\d内])", s)
    if m and article and 1 <= int(m[1]) <= 31:
        day = int(m[1])
        month = _month_of(article, last=day > article.day)
        return f"{month.year:04d}-{month.month:02d}-{day:02d}"
    m = re.search(r"(\d{4})年(?!以来|前|后|底前|末前)", s)  # 2016年底 is 2016; 2016年底前, by then
    if m:
        return f"{int(m[1]):04d}"
    m = _EVENT_YEAR.search(s)  # "2025长三角一体化发展高层论坛上": the year of the event it was said at
    if m:
        return m[1]
    m = re.search(r"(?<!\d)(上个?月|本月|这个月)(?![\d份]?\d)", s)  # "上个月", "本月初": a month, no day
    if m and article:
        month = _month_of(article, last=m[1].startswith("上"))
        return f"{month.year:04d}-{month.month:02d}"
    m = re.search(r"(今年|去年|前年)(?!\d)", s)
    if m and article:
        return f"{article.year - {'今年': 0, '去年': 1, '前年': 2}[m[1]]:04d}"
    m = _YEARS_AGO.search(s)  # "两年前成立的": the year, that many before the article's; 两年前的今天, that day
    if m and article:
        year = article.year - counts.number(m[1])
        return article.replace(year=year, day=min(article.day, 28 if article.month == 2 else 31)).isoformat() \
            if m[2] else f"{year:04d}"
    m = re.search(r"(?<![\d月])(今天|今日|昨天|昨日|前天)", s)
    if m and article:
        return (article - dt.timedelta(days=_DAYS_BACK[m[1]])).isoformat()
    return None


# an event named with its year before it, no 年 between ("2025中关村论坛", "2024世界智能大会")
_EVENT_YEAR = re.compile(r"(?<![\d.\-/])((?:19|20)\d{2})(?![家个所名位项批人次件元万亿千百多余])"
                         r"(?=[\u4e00-\u9fff][^，。；！？\d]{0,20}?"
                         r"(?:论坛|大会|博览会|峰会|年会|展会|交易会|洽谈会|推介会|对接会))")
_YEARS_AGO = re.compile(r"(?<![\d年])(\d{1,2}|[一两二三四五六七八九十]{1,3})年前(的今天)?")
_DAYS_BACK = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}


def _month_of(article: dt.date, last: bool) -> dt.date:
    """The first day of the article's month, or of the month before it (``last``)."""
    month = article.replace(day=1)
    return (month - dt.timedelta(days=1)).replace(day=1) if last else month


def valid_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return str(dates.parse(value))
    except dates.DateError:
        return None


_MEMBERS_AFTER = None


def _members_after() -> re.Pattern[str]:
    global _MEMBERS_AFTER
    if _MEMBERS_AFTER is None:
        verbs = "|".join(cues().count_verbs)
        _MEMBERS_AFTER = re.compile(
            rf"^[^。；！？]{{0,20}}?(?:{verbs})(?:了)?[^，。；！？\d]{{0,20}}?(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?"
            rf"{UNIT}(?P<q2>以上)?(?P<kinds>[^，。；！？]*)")
    return _MEMBERS_AFTER


# how many initiated it, said as a noun: "当时只有12家发起单位", "发起单位共有20余家"
_INITIATORS_COUNTED = (
    re.compile(rf"(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?家(?:发起单位|发起方|发起机构|发起企业)"),
    re.compile(rf"(?:发起单位|发起方|发起机构|发起企业)(?:有|共|共有|共计|为|达)?(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?家"))
_MEMBERS_CLAUSE = None


def _members_clause() -> re.Pattern[str]:
    """A clause of its own saying how many bodies it brought in, after what else the sentence says
    ("…联合发起，首批吸纳企业和科研机构120余家"); counted in 家, 所 or 个, never people (名, 位)."""
    global _MEMBERS_CLAUSE
    if _MEMBERS_CLAUSE is None:
        verbs = "|".join(v for v in cues().count_verbs if v not in ("联合", "覆盖"))
        _MEMBERS_CLAUSE = re.compile(
            rf"[，,](?:首批|目前|现已|已经|已|现)?(?:{verbs})(?:了)?(?P<kinds>[^，。；！？\d]{{0,12}}?)(?P<pre>{PRE})?"
            rf"(?P<n>{NUM})(?P<q>余|多)?(?:家|所|个)(?P<q2>以上)?")
    return _MEMBERS_CLAUSE


# what follows a count of those who founded it: "（等16家）单位共同发起成立"
# the kind of those counted, then the founding's setting ("等18所高校于2025年12月共同发起成立")
_FOUNDERS_COUNTED = re.compile(rf"[^，。；！？\d]{{0,8}}?{SETTING}(?:共同|联合)?(?:发起|倡议)")
# "会员总数达到120家": the total, read before any count of those newly added
_MEMBERS_TOTAL = re.compile(
    rf"(?:成员单位|会员单位|成员|会员)(?:总数|总量|数量|数)(?:已)?(?:达到|达|为|增至|共|有)?(?P<pre>{PRE}|突破)?"
    rf"(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<q2>以上)?")
# another count of members joined to the one read: that one is a part of them ("45家钢铁企业和…12家科研院所")
_ANOTHER_COUNT = re.compile(rf"[^，。；！？\d]{{0,8}}?(?:和|及|与|以及|、)[^，。；！？\d]{{0,12}}?{NUM}(?:余|多)?[家所个间]")
# those who joined lately, not all the members: "吸纳新会员56家", "新增成员单位15家"
_A_PART = re.compile(r"(?:还|也|另)(?:包括|有|吸纳|涵盖)")  # "不仅…，还包括山东、辽宁的20家企业"
_NEW_ONES = re.compile(r"新(?:会员|成员|增|吸纳|加入|发展|入盟|入会)")
# what a count of members says it has come to: "成员已达到64家", "会员增至120家"
_BY_NOW = re.compile(r"已|达到|增至|增加到|发展到|扩大到|突破")
# "新增会员单位15家": those who joined this time, not how many members it has
_MEMBERS_NOW = re.compile(
    rf"(?<!新增)(?<!新吸纳)(?<!新加入)(?<!新发展)(?<!新吸收)"
    rf"(?:成员单位|会员单位|成员企业|会员企业|成员机构|会员机构|成员|会员)(?:已)?"
    rf"(?:(?P<pre>超过|逾|近|突破)|达到|达|有|共有|共计|合计|总计|共|包括|包含|涵盖)?(?P<up>上(?=[百千]))?"
    rf"(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<q2>以上)?")
# "其中X会员最多，达到210家": the one of several with the most members, and how many
_MEMBERS_MOST = re.compile(
    rf"^(?:的)?(?:成员单位|会员单位|成员|会员)(?:数量|数)?最多[，,]?(?:已)?(?:达到|达|有|为|共)(?P<pre>{PRE})?"
    rf"(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<q2>以上)?")
# growth, read before the above: "成员增至65家", "成员已由成立之初的20家增至65家"; or in a clause
# of its own after the first count: "成立时仅有会员单位23家，如今已发展到160家"
GREW = r"(?:增至|增加到|增长到|增长至|发展到|发展至|扩大到|扩大至|扩展到|扩展至|发展为|增长为|增加为|扩大为)(?:现在的|目前的|如今的|今年的|当前的|现在|目前|如今)?"
_MEMBERS_GREW = re.compile(
    rf"(?:成员单位|会员单位|成员|会员)(?:[^，。；！？]{{0,16}}?|[^。；！？]{{0,24}}?[，,](?:如今|现在|目前|至今|现|今)?(?:已经|已)?)"
    rf"{GREW}(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?!省|市|地|国|城|区|县|行业|领域)(?P<q2>以上)?")  # not 九个城市
# "考察了联盟87家成员单位之间的合作关系": the alliance just named, said again, with its members counted
_MEMBERS_OF_IT = re.compile(
    rf"(?<![个家各])(?:该|本|这个|此)?联盟(?:的|现有|共有)?(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?(?:家|所|个)"
    r"(?:成员单位|会员单位|成员企业|会员企业|成员机构|会员机构|成员|会员)")
_MEMBERS_MADE_OF = re.compile(
    rf"由[^。；！？]{{0,30}}?(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<kinds>[^，。；！？\d]*?)(?:共同|联合)?(?:组成|组建)")
# "首批加盟高校达到42所": those who joined, then how many
_MEMBERS_JOINED = re.compile(
    rf"(?:加盟|加入|入盟)(?P<kinds>[^，。；！？\d]{{0,6}}?)(?:已)?(?:(?P<pre>超过|逾|近|突破)|达到|达|共有|共|有|为)"
    rf"(?P<up>上(?=[百千]))?(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<q2>以上)?")
# "首批入盟企业37家": those who joined, of a kind, then how many (个 of a time, 3个月, is none)
_MEMBERS_JOINED_KIND = re.compile(
    rf"(?:加盟|加入|入盟)(?P<kinds>[^，。；！？\d]{{1,6}}?)(?P<n>{NUM})(?P<q>余|多)?(?:家|所|个(?![月小星工]))(?P<q2>以上)?")
# who only wish to join are not members yet: "40余家企业表达加入意向", "20家企业有意加入"
_WISHING = r"(?<!表达)(?<!表示)(?<!有意)(?<!申请)(?<!希望)(?<!愿意)(?<!计划)(?<!准备)(?<!拟)"
_MEMBERS_JOIN = re.compile(
    rf"(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<kinds>[^，。；！？\d]{{0,12}}?){_WISHING}"
    r"(?:加入|加盟|参与|入盟|成为(?:该)?(?:联盟)?(?:的)?(?:首批|第一批|首届|第一届|创始)?(?:成员|会员))"  # "32家企业和高校成为(联盟)首批成员"
    r"(?!意向|意愿|申请|的意向|的意愿|的申请)")
# "成员包括甲、乙等30家", "首批成员包括医疗机构、高校、企业共60家": those listed, then how many in all
_MEMBERS_LISTED = re.compile(rf"(?:包括|涵盖|包含)[^。；！？]*?(?:等|共计|共|合计)(?P<n>{NUM})(?P<q>余|多)?{UNIT}")
# "首批成员来自北京、天津、河北及山东的68家检测机构", "成员涵盖三地56家单位", "成员包括来自京津冀的47家",
# "成员包括三地38家中医医院":
# where they come from or are, then how many (not how many places: "来自全国20个省份")
_MEMBERS_FROM = re.compile(
    rf"(?:成员单位|会员单位|成员|会员)(?:均|分别|主要|已)?(?:(?:包括|包含|为)?(?:来自|涵盖|覆盖|遍及|分布于|分布在)[^。；！？]{{0,40}}?|(?:包括|包含)[^，。；！？\d]{{1,8}}?的?(?=\d))(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?"
    rf"{UNIT}(?!省|市|地|国|城|区|县|行业|领域)(?P<q2>以上)?")
# "42家港口和航运企业加入了…联盟": how many joined, said before the name
_JOINED_BEFORE = re.compile(
    rf"(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<kinds>[^，。；！？\d]{{0,12}}?)(?:已|先后|相继|陆续)?(?:加入|加盟)(?:了)?$")
# "20家医院成为X首批成员": those counted became its members, as the name's sentence goes on to say
_BECAME_BEFORE = re.compile(
    rf"(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<kinds>[^，。；！？\d]{{0,12}}?)(?:已|先后|相继|陆续)?成为(?:了)?$")
_AS_MEMBERS = re.compile(r"的?(?:首批|首届|创始|第一批)?(?:成员|会员)")
_MEMBERS_BEFORE = re.compile(
    rf"(?:由)?(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<kinds>[^，。；！？的]*?)(?:共同|联合)?(?:(?:组成|组建)(?:的|了)?|(?:加盟|参与|参加)(?:的|了))$")
# "甲联合北京、河北的20家物流企业，共同组建X": those joined, counted where they are, then a comma (not
# "甲、乙等12家单位，共同组建": founders listed, then counted)
_JOINED_THEN_FORMED = re.compile(
    rf"(?:的|联合)(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<kinds>[^，。；！？的]*?)[，,](?:共同|联合)(?:组成|组建)了?$")
# "由甲牵头，联合京津冀三地12所高校成立的X", "联合北京、河北两地12所高校": those the lead joined with to
# form it, counted where they are (``unnamed``, see _names_no_one)
_PARTNERS_BEFORE = re.compile(
    rf"联合(?P<unnamed>[^，。！？；等]*?)(?P<pre>{PRE})?(?P<n>{NUM})(?P<q>余|多)?{UNIT}(?P<kinds>[^，。；！？\d的]*?)"
    r"(?:共同)?(?:成立|组建)的$")


def _names_no_one(m: re.Match[str] | None) -> re.Match[str] | None:
    """``m`` where what it reads before a count (``unnamed``, or ``formed``) is one place or
    group ("华东地区", "京津冀三地") or lists places only ("北京、河北两地"); None where it lists
    bodies ("乙大学、丙大学12家单位")."""
    if m is None:
        return None
    before = next((g for g in (m.groupdict().get("unnamed"), m.groupdict().get("formed")) if g), "").rstrip("的")
    return None if re.search("[、和与及]", before) and founders(before) else m


def _fronted_members(before: str) -> re.Match[str] | None:
    """How many members a clause fronted before the name says it has ("会员单位由最初的9家发展为目前的
    58家，X已成为…"): the sentence ``before`` the name, when it ends with the comma after which the
    alliance is the subject, and names no other alliance (whose members it would be counting)."""
    if not re.search(r"[，,]$", before):
        return None
    return _MEMBERS_TOTAL.search(before) or _MEMBERS_GREW.search(before) or _MEMBERS_NOW.search(before)


def _kinds(text: str) -> list[str]:
    text = re.split(r"[，。；！？]|(?:共同|联合|围绕|开展|参与|组成|加入)", text)[0]
    parts = re.split(r"以及|[、，,及和与]", text)
    return [k for k in (re.sub(r"等$", "", p.strip()) for p in parts) if 2 <= len(k) <= 12]


def _qualifier(m: re.Match[str]) -> str:
    """The qualifier of the count a match read: 近/约 about, 超过/逾/突破 or 余/多 more than, 以上 or 上 (上百家)
    at least."""
    pre, q = m.groupdict().get("pre"), m.groupdict().get("q") or m.groupdict().get("q2")
    return ("about" if pre in ("近", "约") else "more_than" if pre in ("超过", "逾", "突破") or q in ("余", "多")
            else "at_least" if q == "以上" or pre == "上" or m.groupdict().get("up") else "exact")


def _founding(f: Facts, m: re.Match[str]) -> None:
    """The founders a founding pattern's match names, and how many it says there are. Places
    right before the count, without 等, say where those counted are, not who they are: 由京津冀12家
    单位共同发起 names no founder, where 由天津市、河北省沧州市等2家单位 names two. Bodies only
    counted that formed it (由…120家企业共同组建, 由甲牵头，联合北京、天津的15家企业组建) are its members,
    not its founders."""
    named = founders(m["list"])
    if m.groupdict().get("n"):
        if "etc" in m.groupdict() and m["etc"] is None:
            named = [n for n in named if not _where(n)]
        # those the count is of: after a lead, the ones it joined with ("联合北京、天津的15家": none named)
        counted = named if m.re is not _AFTER_LED else [n for n in founders(m["list"].split("联合", 1)[1])
                                                        if m["etc"] or not _where(n)]
        if counted or not _FORMED.search(m.group()):  # "由…120家企业共同组建": its members, counted (_MEMBERS_BEFORE)
            f.initiator_count = _number(m["n"])
            f.initiator_count_qualifier = _qualifier(m) if f.initiator_count is not None else None
    f.initiators = named


_FORMED = re.compile(r"(?:组建|组成)(?:了)?的?$")  # formed by those counted: members, not founders, when none is named


def _where(item: str) -> bool:
    """An item before a count of founders that says where those counted are, not who: a place or
    city cluster (京津冀), places counted (三地), or anything said of them (沪苏浙皖四地的).

    >>> [_where(t) for t in ("京津冀", "河北省", "三地", "沪苏浙皖四地的", "北京大学", "沿黄", "环渤海")]
    [True, True, True, True, False, True, True]
    """
    core = item.removesuffix("的")
    return (core != item or regions.try_resolve(core) is not None or regions.resolve_cluster(core) is not None
            or _PLACE_GROUP.search(core) is not None or _ALONG.match(core) is not None)


# along or around a river, a coast or a sea (沿黄九省区, 沿江, 环渤海): where, not who
_ALONG = re.compile(r"^(?:沿|环)[\u4e00-\u9fff]{1,3}$")


# a founding verb whose object, up to the clause's end, is something else than an alliance (共建联合实验室,
# 成立了专家委员会, 组建工作专班): not when, where or by whom, nor its ceremony (成立于…, 成立大会, 成立典礼, 成立三周年)
_OTHER_FOUNDED = re.compile(r"(?:共建|组建|成立|设立|创建)(?:了)?(?![于在以之后时的大仪会典庆纪暨筹周\d一二三四五六七八九十两])"
                            r"(?=[\u4e00-\u9fff])(?![^，。；！？]*联盟)[^，。；！？]{2,}")


# a roll of members (名单), right after the alliance's name or opening a sentence of its own: "首批成员单位名单：
# 1.甲公司 2.乙大学 …", "成员单位名单如下：" and a name a line, "首批成员单位如下表：" and a table, "成员单位一览" and a table
ROLL_HEADER = (r"(?:首批|第一批|创始)?(?:入盟)?(?:成员单位|会员单位|成员企业|会员企业|成员|会员)"
               r"(?:(?P<named>名单|名录|一览表?)(?:如下表?)?|如下表?)?(?:[（(](?:排名)?不分先后(?:顺序)?[）)])?"
               r"(?:[：:]|(?(named)(?=[ \t\u3000]*\n)|(?!)))")
_ROLL = re.compile(rf"^\s*(?:的)?{ROLL_HEADER}")
_ROLL_CLAUSE = re.compile(rf"[，,；;][ \t\u3000]*(?:(?:该|本)?联盟的?)?(?={ROLL_HEADER})")  # a clause that opens on one
_ROLL_ITEM = re.compile(r"(?<=[\s；;。，,：:])[（(]?(\d{1,3})[)）.．、]")
_ROLL_LINE = re.compile(r"[ \t\u3000]*(?:[（(]?(\d{1,3})[)）.．、]|[·•●○▪■◆\-—])[ \t\u3000]*")  # an item on a line of its own
# the column of a table of members that names them, and the one that says where each is
_NAME_COLUMN = re.compile(r"(?:成员|会员)?(?:单位|企业|机构)(?:名称|全称)?|名称|(?:成员|会员)(?:单位)?(?:名称)?")
_PLACE_COLUMN = re.compile(r"所在(?:地|地区|省份|城市|省市)?|地区|省份|省市|城市|属地")


@dataclass
class Roll:
    """A roll of members: their names, and where each is when a table's column says (else None)."""

    names: list[str]
    places: list[str | None]


def _roll(after: str) -> Roll | None:
    r"""The roll of members right after ``after``'s start, whole or not at all: numbered (its numbers
    must run 1, 2, 3 … to the last), on its line or one item a line; one name a line, numbered, set
    with bullets or bare; a table with a column of names (单位名称, 成员单位); or, after 名单：, names
    set with 、 to the sentence's end. Two or more, or it is no roll.

    >>> _roll("首批成员单位名单：1.甲公司 2.乙大学 3.丙研究院").names, _roll("首批成员单位名单：1.甲公司 3.丙研究院")
    (['甲公司', '乙大学', '丙研究院'], None)
    >>> _roll("首批成员单位名单如下：\n1.甲公司\n2.乙大学\n\n联盟将…").names, _roll("成员名单：\n甲测试公司\n乙测试大学").names
    (['甲公司', '乙大学'], ['甲测试公司', '乙测试大学'])
    >>> _roll("成员名单：甲测试公司\n乙测试大学\n丙测试研究院").names
    ['甲测试公司', '乙测试大学', '丙测试研究院']
    >>> r = _roll("成员单位一览\n序号\t单位名称\t所在地\n1\t甲测试公司\t北京\n2\t乙测试大学\t天津\n联盟将…")
    >>> r.names, r.places
    (['甲测试公司', '乙测试大学'], ['北京', '天津'])
    >>> _roll("首批成员单位名单：甲测试公司、乙测试中学。").names, _roll("首批成员单位名单将于下月公布。")
    (['甲测试公司', '乙测试中学'], None)
    """
    m = _ROLL.match(after)
    if not m:
        return None
    rest = after[m.end():]
    lines = rest.lstrip(" \t\u3000\n").split("\n")
    # one item a line, to the first line that is none; the break after the header may have been read
    # as a long line's wrap (:mod:`xietong.text.normalize`), its first item then on the header's line
    if rest.lstrip(" \t\u3000").startswith("\n") or len(lines) > 1 and all(map(_an_item, lines[:2])):
        if "\t" in lines[0]:
            return _table_roll(lines)
        items = []
        for line in lines:
            item = _ROLL_LINE.match(line)
            if item is not None:
                items.append((int(item[1]) if item[1] else None, line[item.end():]))
            elif _a_listed_name(line.strip()):
                items.append((None, line))
            else:
                break
    else:
        line = " " + re.split(r"[。\n]", rest, maxsplit=1)[0]
        marks = list(_ROLL_ITEM.finditer(line))
        items = [(int(k[1]), line[k.end():marks[i + 1].start() if i + 1 < len(marks) else len(line)])
                 for i, k in enumerate(marks)]
        if not marks and m["named"]:  # "名单：甲公司、乙大学、丙中学。": the names, whole unless 等 ends them
            listed = split_list(line.strip())
            if not re.search(r"等[^、，,]{0,8}$", line) and all(map(_a_listed_name, listed)):
                items = [(None, n) for n in listed]
    numbers = [n for n, _ in items]
    if len(items) < 2 or any(n is not None for n in numbers) and numbers != list(range(1, len(items) + 1)):
        return None
    names = [text.strip(" \t\u3000；;，,。") for _, text in items]
    return Roll(names, [None] * len(names))


def _an_item(line: str) -> bool:
    """Whether ``line`` may be an item of a roll one a line: numbered, set with a bullet, or a name."""
    return _ROLL_LINE.match(line) is not None or _a_listed_name(line.strip())


def _table_roll(lines: list[str]) -> Roll | None:
    """The roll a table of members is (its header row first, a row a line, cells set apart by tabs):
    the cells of its column of names, and of its column of places when it has one."""
    header = [c.strip() for c in lines[0].split("\t")]
    col = next((i for i, c in enumerate(header) if _NAME_COLUMN.fullmatch(c)), None)
    if col is None:
        return None
    at = next((i for i, c in enumerate(header) if _PLACE_COLUMN.fullmatch(c)), None)
    names: list[str] = []
    places: list[str | None] = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if "\t" not in line or len(cells) <= col or not cells[col]:
            break
        names.append(cells[col])
        places.append(cells[at] if at is not None and at < len(cells) and cells[at] else None)
    return Roll(names, places) if len(names) >= 2 else None


def _a_listed_name(text: str) -> bool:
    """Whether ``text``, a line or an item of a roll, may be a body's name: no sentence, no number."""
    return 2 <= len(text) <= 40 and not re.search(r"[。，,；;！？!?：:\d]", text) \
        and (text.endswith(BODY_ENDINGS) or _a_name(text))


# members named: "首批成员单位包括甲公司、乙大学和丙研究院等30家单位", "甲公司、乙大学等12家单位成为首批成员",
# "甲集团、乙集团新加入X联盟", "吸纳了35家物流企业，其中包括甲公司和乙公司"; the count after 等 says those
# named are bodies, counted (比亚迪、广汽埃安等40家企业)
_COUNTED_AFTER = rf"等(?P<counted>{NUM}(?:余|多)?{UNIT})?"
_NAMED_LISTED = re.compile(rf"(?:首批|首届|创始|第一批)?(?:成员单位|成员企业|会员单位|会员企业|成员|会员)(?:主要)?"
                           rf"(?:(?:包括|包含|涵盖|有|为)[：:]?|[：:])(?P<list>[^。；！？]+?)(?:{_COUNTED_AFTER}[^。；！？]*)?(?=[。；！？]|$)")
_NAMED_BECAME = re.compile(rf"(?P<list>[^。；！？，,：:]+?){_COUNTED_AFTER}(?:单位|企业|机构|高校|医院)?"
                           rf"(?:成为|加入)(?:了)?[^。；！？，,]{{0,30}}?(?:首批|首届|创始|第一批)?(?:成员|会员)")
_NAMED_JOINING = re.compile(rf"(?P<list>[^。；！？，,：:]+?)(?:{_COUNTED_AFTER}[^。；！？，,：:]{{0,6}}?)?"
                            rf"(?:新|正式|陆续|先后|相继)?(?:加入|加盟)(?:了)?(?=[^，,。；！？]{{2,40}}?联盟)")
_NAMED_AMONG = re.compile(r"其中(?:包括|有)(?P<list>[^。；！？]+?)(?=[。；！？]|$)")
_NAMED_WAYS = ((_NAMED_LISTED, ("成员", "会员")), (_NAMED_BECAME, ("成为", "加入")), (_NAMED_JOINING, ("加入", "加盟")),
               (_NAMED_AMONG, ("其中",)))
# how a body's own name ends, where a list names bodies rather than kinds of them
BODY_ENDINGS = ("公司", "集团", "大学", "学院", "学校", "研究院", "研究所", "科学院", "协会", "商会", "学会", "联合会",
                 "促进会", "基金会", "医院", "银行", "中心", "委员会", "实验室", "出版社", "报社", "电视台", "事务所", "厂")


def named_members(sentence: str, rolled: list[str] | None = None) -> list[str]:
    """The bodies a sentence names as members (成员包括…, …等N家单位成为首批成员, …新加入X联盟,
    …其中包括…), and those a numbered roll of members lists (``rolled``, :func:`_roll`). A name must
    end as a body's own name does (公司, 大学, 研究院 …), unless the list is counted as bodies after
    等 (比亚迪、广汽埃安等40家企业) or is a roll of members; kinds, fields, places and counts name no
    one (北京、天津的47家企业, 养老机构、医院和保险公司).

    >>> named_members("首批成员单位包括甲测试公司、乙测试大学和丙测试研究院等30家单位")
    ['甲测试公司', '乙测试大学', '丙测试研究院']
    >>> named_members("首批成员涵盖养老机构、医院和保险公司等40家单位")
    []
    >>> named_members("首批成员包括比亚迪、广汽埃安、小鹏汽车等40家企业"), named_members("成员包括钢铁、化工等40家企业")
    (['比亚迪', '广汽埃安', '小鹏汽车'], [])
    >>> named_members("成员包括北京、天津、河北的47家企业"), named_members("", _roll("成员名单：1.甲测试公司 2.崇礼滑雪场").names)
    ([], ['甲测试公司', '崇礼滑雪场'])
    """
    found: list[str] = []
    # each way of naming members needs its own words; a sentence without them is not searched (the
    # two patterns opening on the list try every place a list might start: slow on a long sentence)
    ways = [pat for pat, words in _NAMED_WAYS if any(w in sentence for w in words)]
    for m in (m for pat in ways for m in pat.finditer(sentence)):
        counted = bool(m.groupdict().get("counted"))
        found += [n for n in founders(m["list"]) if n.endswith(BODY_ENDINGS) or counted and _a_name(n)]
    found += [n for n in rolled or [] if _a_name(n)]
    return [n for n in dict.fromkeys(found) if len(n) >= 4 or not n.endswith(BODY_ENDINGS) and len(n) >= 2
            if not re.search(r"\d", n) and not _a_kind(n)]


def _a_name(text: str) -> bool:
    """Whether ``text`` may be a body's name though it has no ending of one (比亚迪, 崇礼滑雪场):
    not a field's word (钢铁), a kind (企业, 康养机构) or a place (天津)."""
    return 2 <= len(text) <= 20 and not _KIND_ONLY.fullmatch(text) and regions.try_resolve(text) is None \
        and not text.endswith(("企业", "机构", "单位", "部门", "院所", "成员", "会员", "高校", "院校")) \
        and not _a_field_word(text)


def _a_kind(name: str) -> bool:
    """Whether a short name is a kind of body, a field's word before its ending (保险公司, 物流公司):
    成员涵盖养老机构、医院和保险公司 names no insurer. The cost: 农业银行 written so short is read as one too.

    >>> _a_kind("保险公司"), _a_kind("首钢集团"), _a_kind("香港大学")
    (True, False, False)
    """
    ending = next((e for e in BODY_ENDINGS if name.endswith(e)), None)
    if ending is None:
        return False
    field_word = name[:-len(ending)]
    return len(name) <= 4 and _a_field_word(field_word)


def _a_field_word(text: str) -> bool:
    """Whether a word of the classifier's lexicon covers ``text`` whole (钢铁, 保险): a field, no name."""
    from xietong.classify import hits

    return any(h.start == 0 and h.end == len(text) for h in hits(text))


def _founding_said(sentence: str) -> bool:
    """Whether ``sentence`` says something was founded: a founding verb, but not only the signing
    of an agreement between those that exist already, nor only the founding of something that is
    no alliance (双方将共建联合实验室, 联盟成立了专家委员会).

    >>> [_founding_said(s) for s in ("甲联盟昨日在天津成立", "甲联盟与乙联盟昨日签署合作协议", "甲联盟签约仪式昨日举行")]
    [True, False, True]
    >>> [_founding_said(s) for s in ("甲与乙昨天签署研发合作协议，双方将共建联合实验室", "甲、乙昨天共建丙联盟")]
    [False, True]
    """
    sentence = _OTHER_FOUNDED.sub("", sentence)
    said = [v for v in cues().founding_verbs if v in sentence]
    if said and all(v in ("签约", "签署") for v in said):
        return not any(a in sentence for a in cues().agreements)
    return bool(said)


_THE_FORMER = re.compile(r"[，,；;]\s*(?:前者|后者)")
# a date (and a place) said of an alliance as its own, in a clause before its name: "2018年成立的", "2023年11月在
# 北京成立的"; it dates the name after it ("2018年成立的京津冀养老服务联盟"), and, right before the name, dates
# it in a sentence of an anniversary ("…成立的X，近日迎来成立三周年")
_OWN = (r"(?P<date>\d{4}年(?:\d{1,2}月)?(?:\d{1,2}[日号])?)(?:在(?P<place>[^，。；！？的在]{1,12}?))?(?:正式)?"
        r"(?:成立|组建|设立|创立|揭牌)的")
_ITS_OWN_DATE = re.compile(_OWN + r"[^，。；！？]*?联盟")
_OWN_CLAUSE = re.compile(_OWN + "$")
_SAME_DAY = re.compile(r"同日|当天|当日|同一天|同天")  # the day a sentence before gives (see _date_before)
# a sentence said at the meeting the sentence before tells of ("会上，X宣告成立"), and that meeting, held somewhere
_AT_MEETING = re.compile(r"\s*(?:本届|此次|这次|当天的?|当日的?)?(?:大会|会议|论坛|峰会|仪式|开幕式|博览会|展会|年会|会)(?:上|期间)")
_MEETING_HELD = re.compile(r"在(?P<place>[^，。、；在]{1,12}?)(?:隆重)?(?:举行|召开|开幕|举办)")
# a day said alone, in a sentence that says no month or year ("18日，X在廊坊宣告成立")
_BARE_DAY = re.compile(r"^(?!.*(?:\d月|年|上个?月|本月|这个月|今天|昨天|前天|周|星期))[^。]*?(?<![\d年月])(\d{1,2})日(?![\d内])")
# a month said against the year a sentence before gives: 同年9月 (that year's), 次年3月 (the next year's)
_SAME_YEAR = re.compile(r"(同年|当年|次年|翌年|第二年)(\d{1,2})月(?:(\d{1,2})[日号])?")
# a month said against the month a sentence before gives: 一个月后, 三个月后, 次月
_MONTHS_LATER = re.compile(r"(?:([一两二三四五六七八九十]|\d{1,2})个月后|(次月))")


def _sentences_before(text: str, s0: int, back: int = 3) -> Iterator[tuple[int, int]]:
    """The spans of the ``back`` sentences before ``text[s0:]``, the nearest first."""
    while s0 > 0 and back > 0:
        p0 = sentence_bounds(text, s0 - 1, s0 - 1)[0]
        yield p0, s0
        s0, back = p0, back - 1


def _at_meeting(f: Facts, text: str, s0: int, article: dt.date | None) -> None:
    """Give ``f`` the place and the date of the meeting the nearest of the three sentences before
    ``text[s0:]`` says was held (在廊坊开幕, 在北京召开), where ``f`` has none of its own."""
    for p0, p1 in _sentences_before(text, s0):
        if held := _MEETING_HELD.search(text, p0, p1):
            f.city = f.city or place(held["place"])
            if f.founded is None and (said := valid_date(date_in(text[p0:p1], article))):
                f.founded, f.founded_in = said, (p0, p1)
            return


def _date_before(text: str, s0: int, article: dt.date | None, precision: int = 10,
                 back: int = 3) -> tuple[str, tuple[int, int]] | None:
    """The date the nearest of the ``back`` sentences before ``text[s0:]`` names, at least as
    precise as ``precision`` characters of an ISO date (10, a day; 7, a month; 4, a year), and
    where that sentence is: the day 同日 (the same day) is, the year 同年 is. A month or a year is
    no day: "该联盟2020年由…成立。同日，…" skips it."""
    for p0, p1 in _sentences_before(text, s0, back):
        said = valid_date(date_in(text[p0:p1], article))
        if said is not None and len(said) >= precision:
            return said, (p0, p1)
    return None


def _date_after(own: str, text: str, s0: int, article: dt.date | None) -> tuple[str, tuple[int, int]] | None:
    """A founding date said against a date a sentence before gives, and where that sentence is:
    同年9月 is that year's September, 次年3月 the next year's March, 一个月后 (次月) the month after
    that sentence's month.

    >>> _date_after("同年9月，乙联盟成立", "2015年6月，甲联盟成立。同年9月，乙联盟成立", 12, None)
    ('2015-09', (0, 12))
    >>> _date_after("一个月后，乙联盟成立", "2024年4月20日，甲联盟成立。一个月后，乙联盟成立", 15, None)
    ('2024-05', (0, 15))
    """
    m = _SAME_YEAR.search(own)
    if m and (before := _date_before(text, s0, article, 4)):
        year = int(before[0][:4]) + (m[1] not in ("同年", "当年"))
        return f"{year:04d}-{int(m[2]):02d}" + (f"-{int(m[3]):02d}" if m[3] else ""), before[1]
    m = _MONTHS_LATER.search(own)
    if m and (before := _date_before(text, s0, article, 7)):
        later = 1 if m[2] else counts.number(m[1])
        months = int(before[0][:4]) * 12 + int(before[0][5:7]) - 1 + later
        return f"{months // 12:04d}-{months % 12 + 1:02d}", before[1]
    return None


def _own_part(text: str, s0: int, s1: int, start: int, end: int, since: int | None, until: int | None) -> str:
    """The part of the sentence ``text[s0:s1]`` that speaks of the mention at ``text[start:end]``
    alone: from the clause it stands in, when another alliance was named before it (ending at
    ``since``), to the clause that names the next (starting at ``until``): "继2019年成立A之后，又于
    2022年组建了B" dates A by 2019 and B by 2022, "前者成立于2018年，后者于2020年成立" each by its own."""
    lo, hi = s0, s1
    if since is not None and s0 <= since <= start:
        lo = max(since, *(text.rfind(c, since, start) + 1 for c in "，,；;"))
    if until is not None and end <= until <= s1:
        clause = max(text.rfind(c, end, until) for c in "，,；;")
        hi = clause if clause != -1 else until
    return text[lo:hi]


def read(text: str, start: int, end: int, clause_start: int, article: dt.date | None, since: int | None = None,
         until: int | None = None) -> Facts:
    """The facts stated about the mention at ``text[start:end]``; what the sentence says after
    ``until`` (where it names another alliance, not listed with this one) is that one's, and a
    date said after ``since`` (where such an alliance named before this one ends) is this one's."""
    f = Facts()
    s0, s1 = sentence_bounds(text, start, end)
    before, after = text[s0:start], text[end:s1 if until is None else max(end, min(s1, until))]
    # marks around the name (由甲协会发起的“X联盟”) part it from nothing said before or after it; a
    # bracketed aside after the name (its English name, 简称…) is read for aliases elsewhere, and what
    # the sentence then says of the alliance starts after it
    before, after = before.rstrip("“「『\"'《"), after.lstrip("”」』\"'》")
    aside_year = _ASIDE_YEAR.match(dates.arabic(after))
    bracketed = _ASIDE.match(after)
    aside = bracketed.group()[1:-1] if bracketed else ""  # "X（理事长单位：甲）": an office's holder
    aside_founders = _ASIDE_FOUNDERS.match(after)  # "X（牵头单位：甲）", as a list of alliances gives each one's
    after = _FORMER_AFTER.sub("", _ASIDE.sub("", after, count=1), count=1)  # "原名Y，2016年在唐山成立"
    # "A和B，前者有成员68家，后者…": what follows 前者 or 后者 is said of the one it stands for
    after = after[:m.start()] if (m := _THE_FORMER.search(after)) else after
    # a signing ceremony, or an agreement signed to found it, says who founded it and where
    signed = _BEFORE_SIGNED.search(before) or _BEFORE_SIGNED_AND_FOUNDED.search(before)
    if signed and signed.re is _BEFORE_SIGNED_AND_FOUNDED and signed["declared"] and not _DECLARED_FOUNDED.match(after):
        signed = None  # "…签署协议，宣告X将…": the name is not what the signing founded
    listed_at = None  # where founders listed after the name are counted ("发起单位包括甲、乙等12家单位")
    for pat in (_BEFORE_LED, _BEFORE_BY, _BEFORE_ETC, _BEFORE_JOINT_COUNTED, _BEFORE_JOINT, _BEFORE_CLAUSE, _BEFORE_LEAD,
                _BEFORE_ONE_OF, _BEFORE_BARE):
        m = pat.search(before)
        if m and signed and not m["list"].strip():
            continue  # "甲和乙在成都签署协议，共同发起成立了X": the clause names no one; the signers founded it
        if m and m.re is _BEFORE_LED and not _names_no_one(m):
            continue  # "由甲牵头，联合乙、丙12家单位成立的X": those joined, named, founded it too (_BEFORE_BY)
        if m:
            _founding(f, m)
            break
    else:
        m = (signed or aside_founders or _AFTER_LED.search(after) or _AFTER_BY.search(after) or _AFTER_AS.search(after) or _AFTER_ETC.search(after)
             or _AFTER_LISTED.search(after) or _AFTER_JOINT.search(after) or _AFTER_ARE_FOUNDERS.search(after))
        if m:
            _founding(f, m)
            if m.re is _AFTER_LISTED and m["n"]:
                listed_at = m.start("n")
    m = None if f.initiator_count is not None else next(filter(None, (p.search(after) for p in _INITIATORS_COUNTED)), None)
    if m:
        f.initiator_count, f.initiator_count_qualifier = _number(m["n"]), _qualifier(m)
    sentence = text[s0:s1]
    # what the sentence says before the next alliance it names: a founding said only of that one ("A设立
    # B，B由…发起") founds nothing of this one, and the places said there are that one's
    ours = text[s0:min(s1, until)] if until is not None else sentence
    # "将于下月在唐山成立": not founded yet, neither when nor where; "今年是X成立五周年": when the
    # anniversary is, not when it was founded
    if _ANNIVERSARY.search(sentence) and (m := _OWN_CLAUSE.search(dates.arabic(before))):
        f.founded = valid_date(date_in(m["date"], article))
        if m["place"]:
            f.city = place(m["place"])
    elif not _FUTURE.search(sentence) and not _ANNIVERSARY.search(sentence):
        founding = _founding_said(ours)
        m = (_PLACE_BEFORE.search(before) or _PLACE_AFTER.search(after) or _PLACE_MEETING.search(after) or signed
             or (_PLACE_VENUE.search(before) or _PLACE_CONGRESS.search(after) if founding else None))
        if m and m["place"]:
            f.city = place(m["place"])
        if founding:
            own = _own_part(text, s0, s1, start, end, since, until)
            # else a date the sentence says, but not one that dates an alliance named before this one as
            # its own ("与2018年成立的A相比，新成立的B…": 2018 is A's; "今年3月，A设立B": March is B's)
            rest = sentence
            if since is not None and s0 <= since <= start and (
                    theirs := next((d for d in _ITS_OWN_DATE.finditer(text, s0, since) if d.end() == since), None)):
                rest = text[s0:theirs.start()] + text[theirs.end():s1]
            f.founded = valid_date((date_in(aside_year[1], article) if aside_year else None) or date_in(own, article)
                                    or (date_in(rest, article) if own != rest else None))
            day = _BARE_DAY.search(dates.arabic(own)) if f.founded else None
            if day and (month := _date_before(text, s0, article, precision=7, back=2)):
                # "2025年5月，三地…召开联席会议。18日，X在廊坊宣告成立": the day is of the month the text is at
                f.founded, f.founded_in = valid_date(f"{month[0][:7]}-{int(day[1]):02d}") or f.founded, month[1]
            if f.founded is None and _SAME_DAY.search(sentence):  # "同日，X宣告成立"
                f.founded, f.founded_in = _date_before(text, s0, article) or (None, None)
            if f.founded is None:  # "同年9月，X宣告成立", "一个月后，X也在嘉善揭牌"
                said, f.founded_in = _date_after(own, text, s0, article) or (None, None)
                f.founded = valid_date(said)
            if (f.founded is None or f.city is None) and _AT_MEETING.match(sentence):
                # "11月20日，…大会在廊坊开幕。…出席。会上，…X宣告成立": founded where and when that meeting was held
                _at_meeting(f, text, s0, article)
    m = (_MEMBERS_TOTAL.search(after) or _members_after().search(after) or _MEMBERS_GREW.search(after)
         or _MEMBERS_NOW.search(after) or _MEMBERS_MOST.search(after)
         or _MEMBERS_LISTED.search(after) or _MEMBERS_FROM.search(after) or _MEMBERS_JOIN.search(after) or _MEMBERS_JOINED.search(after)
         or _MEMBERS_JOINED_KIND.search(after)
         or _MEMBERS_MADE_OF.search(after) or _members_clause().search(after) or _MEMBERS_OF_IT.search(after))
    if m and (_NEW_ONES.search(m.group()) or _A_PART.search(m.group())):
        m = None  # "今年吸纳新会员56家", "不仅来自京津冀，还包括山东的20家": some members, not how many it has
    if m and f.initiator_count is not None and _FOUNDERS_COUNTED.match(m.groupdict().get("kinds") or ""):
        m = None  # "联合乙、丙等16家单位共同发起成立": those counted founded it, counted so already
    if m and listed_at is not None and m.start("n") == listed_at:
        m = None  # "发起单位包括甲、乙等12家单位": those included are its founders (_AFTER_LISTED), counted so
    # "吸纳了河北省45家钢铁企业和北京、天津的12家科研院所": one kind of several counted, no total said
    partial = m is not None and _ANOTHER_COUNT.match(after, m.end("n")) is not None
    before_members = (_MEMBERS_BEFORE.search(before) or _JOINED_BEFORE.search(before) or _names_no_one(_PARTNERS_BEFORE.search(before))
                      or (_BECAME_BEFORE.search(before) if _AS_MEMBERS.match(after) else None)
                      or _JOINED_THEN_FORMED.search(before)
                      or (_fronted_members(before) if since is None or since < s0 else None)) if not m else None
    if partial:
        m = None
    m = m or before_members
    if m and (re.match(r"(?:省|市|区|地区|城市|国家|地级市|县|区县|乡镇)", kinds := m.groupdict().get("kinds") or "")
              or re.search(r"(?:城市|地区|省份|区县|县市|地市|乡镇)$", kinds)):
        f.regions_count = _number(m["n"])  # "覆盖12个省区市", "12个港口城市" count places, not members
        # "覆盖三地13个城市的86家景区": the places, then the members; "覆盖三地28个县（市），吸纳企业…300余家":
        # the members in a clause of their own; "覆盖12个港口城市，成员单位达76家": as many as the members come to
        m = _MEMBERS_FROM.search(after) or _members_clause().search(after, m.end()) or _MEMBERS_NOW.search(after, m.end())
    if m:
        n = _number(m["n"])
        if n is not None:
            f.member_count = n
            f.member_count_qualifier = _qualifier(m)
            f.member_count_latest = m.re in (_MEMBERS_TOTAL, _MEMBERS_GREW) or bool(_BY_NOW.search(m.group()))
            if m.groupdict().get("kinds"):
                f.member_kinds = _kinds(m["kinds"])
    roll = _roll(text[end:end + 4000])
    if roll is None and (clause := _ROLL_CLAUSE.search(after)):  # "X近日成立，首批成员单位名单：甲、乙、丙。"
        roll = _roll(text[end + clause.end():end + clause.end() + 4000])
    if f.member_count is None and roll:
        f.member_count, f.member_count_qualifier = len(roll.names), "exact"  # "首批成员单位名单：1.甲 2.乙 3.丙"
    f.members = [n for n in named_members(ours, roll.names if roll else None) if n not in f.initiators]
    m = _region_run().search(before)
    if _ONE_OF_A_BATCH.match(after):
        pass  # "京津冀三地此前已组建X联盟等多个…联盟": places said of a batch of alliances are not each one's
    elif m:
        codes = []
        for ch in m["abbr"]:
            r = regions.try_resolve(ch)
            if r and r.code not in codes:
                codes.append(r.code)
        f.regions = codes
        if m["n"]:
            f.regions_count = _number(m["n"])
    else:
        f.regions, named_of = _province_list(ours)
        if named_of:
            f.regions_count = named_of
    if not f.regions and roll:  # a table of members with a column of where each is: the places they are from
        f.regions = list(dict.fromkeys(r.code for p in roll.places if p and (r := regions.try_resolve(p))))
    offices(f, after, re.split(r"[，,；;]", before)[-1], aside)
    return f


# the council's offices read as lists of bodies: each list's field (in Facts, an extracted record and a
# gold set) and the role (data/taxonomy.yaml) its bodies hold, in the order the council ranks them.
# ``chairs`` is every body chairing it, one or several (in turn, 轮值; jointly, 联合理事长单位); the
# scalar ``chair`` beside it names the one where one body does, as it did before ``chairs`` was read
COUNCIL_LISTS = {"chairs": "chair", "vice_chairs": "vice_chair", "standing_council_members": "standing_council",
                 "council_members": "council", "supervisors": "supervisor"}


def offices(f: Facts, after: str, tail: str = "", aside: str = "") -> None:
    """Set ``f``'s secretariat and council's offices (its chairs and tiers) as the text ``after`` an alliance's name
    says them; ``tail``, the clause before the name, may name a holder ("甲当选X联盟理事长单位"), and
    so may an ``aside`` in brackets after it ("X（理事长单位：甲）")."""
    held = {role: _founders_named_again(who, f.initiators)
            for role, who in council(aside + "；" + (f"{tail}联盟{after}" if tail else after)).items()}
    f.secretariat = secretariat(after, held)
    for tier, role in COUNCIL_LISTS.items():
        setattr(f, tier, held.get(role, []))


# "三家协会轮值担任联盟主席单位", "上述单位轮流担任理事长单位", "发起单位轮值担任…": the founders just named, by their count
# (三地协会, 北京、天津、河北三地协会: the places' associations, the founders where they are such)
_FOUNDERS_AGAIN = re.compile(rf"^(?:(?:[^、和与及]{{2,4}}[、和与及])*[^、和与及]{{2,4}}?(?={NUM}[地方家]))?"
                             rf"(?:上述|以上|这|各)?(?P<n>{NUM})?(?:家|所|个|地|方)?(?:发起)?"
                             r"(?:单位|协会|学会|商会|高校|院校|大学|企业|机构|医院|方)$")


def _founders_named_again(bodies: list[str], founders: list[str]) -> list[str]:
    """``bodies`` with a reference back to the founders (三家协会, 上述单位, 发起单位) standing for them,
    where they are named and, if it counts them, are as many; else the reference names no one.

    >>> _founders_named_again(["三家协会"], ["甲协会", "乙协会", "丙协会"]), _founders_named_again(["两家协会"], ["甲协会"])
    (['甲协会', '乙协会', '丙协会'], [])
    >>> _founders_named_again(["甲测试协会"], ["乙协会"]), _founders_named_again(["北京、天津、河北三地协会"], [])
    (['甲测试协会'], [])
    """
    out: list[str] = []
    for b in bodies:
        m = _FOUNDERS_AGAIN.match(b)
        if m is None:
            out.append(b)
        elif founders and (m["n"] is None or _number(m["n"]) == len(founders)):
            out += [x for x in founders if x not in out]
    return out


# "联盟秘书处设在河北省航空学会", "，秘书处挂靠天津市科协", "轮值秘书处首年设在甲": where its office is;
# "秘书处由甲承担", "由甲担任联盟秘书处单位", "甲为秘书处单位", "由甲担任理事长单位和秘书处单位": who runs it
_ITS_OFFICE = r"(?:^|[，,；;])(?:其|该联盟|联盟)?的?(?:常设|轮值)?秘书处"  # a clause opening on its secretariat
_SECRETARIAT_AT = re.compile(_ITS_OFFICE + r"[^，,。；;！？\s]{0,4}?(?:常设|设立|设置|设|挂靠|落户|位于)(?:在|于)?"
                             r"(?P<org>[^，,。；;！？、\s]{2,40})")
_SECRETARIAT_BY = re.compile(_ITS_OFFICE + r"(?:工作)?由(?P<org>[^，,。；;！？、\s]{2,40}?)(?:承担|负责|担任|承办|组建)")


def secretariat(after: str, held: dict[str, list[str]] | None = None) -> str | None:
    """The body the text, after an alliance's name, says its secretariat is at or is run by: a body's
    name, not a place (秘书处设在北京 says where, not who). A body said to hold it as one of the
    alliance's offices (甲为秘书处单位, 由甲担任理事长单位和秘书处单位) is read by :func:`council`, whose
    findings in the same text may be given as ``held``. (秘书长单位, the body holding the
    secretary-general's post, is the secretariat, as an import's 秘书长单位 column is: data/headers.yaml;
    秘书长 alone is a person's post.)

    >>> secretariat("秘书处设在河北省航空学会。"), secretariat("成立，由天津市科学技术协会担任秘书处单位。")
    ('河北省航空学会', '天津市科学技术协会')
    >>> secretariat("秘书处设在北京。"), secretariat("秘书处设在北京市海淀区。")
    (None, None)
    >>> secretariat("，秘书处由甲测试研究院有限公司承担。"), secretariat("由甲测试医院担任理事长单位和秘书处单位。")
    ('甲测试研究院有限公司', '甲测试医院')
    >>> secretariat("，由甲测试协会担任秘书长单位。"), secretariat("，由甲测试协会会长担任秘书长。")
    ('甲测试协会', None)
    """
    for pattern in (_SECRETARIAT_AT, _SECRETARIAT_BY):
        m = pattern.search(after)
        if m:
            org = m["org"].removesuffix("内")
            if a_body(org):
                return org
    return next((b for b in (council(after) if held is None else held).get("secretariat", ())
                 if not _FOUNDERS_AGAIN.match(b)), None)


# the body a document is addressed to, as the document calls it ("联盟秘书处设在你单位", in an approval to the
# body that asked): extraction puts the addressee's own name in its place (see extract._addressee)
ADDRESSED = ("你单位", "贵单位", "你会", "贵会", "你院", "贵院", "你校", "贵校", "你公司", "贵公司", "你中心", "贵中心")


def a_body(name: str) -> bool:
    """Whether ``name`` ends as a body's own name does, and is not a place (北京市政府's 市 is its government),
    or is the body a document is addressed to (你单位)."""
    return name in ADDRESSED or name.endswith(BODY_ENDINGS + ("管委会", "局", "厅", "办公室", "馆")) and regions.try_resolve(name) is None


# An alliance's offices held by bodies (its council's, data/taxonomy.yaml's roles): 理事长单位 (the
# chair; 主席单位, 主任单位 and a rotating 轮值主席单位 too), 副理事长单位 (its vice chairs), the
# secretariat's, and the council's lower tiers: 常务理事单位, 理事单位 and 监事单位 (监事长单位 too).
# 理事长, 常务理事 and 监事长 alone are persons' posts, not bodies'.
# Each alternative opens on a character of its own, none optional: a text is searched for them a
# character at a time (extract's _OFFICES_SAID), three times as fast as with an optional opening.
_CHAIR = r"(?:理事长|主席|主任(?:委员)?)"
OFFICE = (rf"常务副{_CHAIR}单位|副{_CHAIR}单位|轮值{_CHAIR}单位|执行{_CHAIR}单位|联合{_CHAIR}单位|{_CHAIR}单位"
          r"|秘书处(?:单位)?|秘书长单位|常务理事单位|理事单位|监事(?:长)?单位")
_OFFICES = rf"(?P<offices>(?:{OFFICE})(?:[和、及与](?:{OFFICE}))*)"  # "理事长单位、副理事长单位和监事单位"
_TERM = r"(?:该联盟|联盟)?的?(?:首任|首届|第一届|本届|新一届|新一任)?"
_IN_TURN = r"(?:轮值|轮流|轮换|共同|联合)?"  # "甲、乙、丙轮值担任理事长单位", "由甲、乙轮流担任主席单位": several hold it
# "北京甲、天津乙、河北丙（轮值）": a note after the bodies, in brackets, that they hold it in turn
_IN_TURN_NOTE = re.compile(r"[（(](?:按年度?|每年|依次)?(?:轮值|轮流|轮换)[^（）()]{0,10}[）)]$")
# "甲当选理事长单位", "由甲担任理事长单位和秘书处单位", "选举甲为首任轮值主席单位", "乙、丙等5家单位当选副理事长单位",
# "甲、乙分别当选理事长单位和秘书长单位", "增补甲为常务理事单位", "乙增补为理事单位": bodies, then the office
# they hold, the clause ending there
_HOLD = re.compile(r"^(?:[^，,；;]*?(?:选举产生了?|选举|推选|推举|选出|确定|增补|由)(?!产生))?"
                   r"(?:[^，,；;：:]*[：:])?(?P<bodies>[^，,；;：:]{2,200}?)"  # "产生了第一届理事会：甲当选…": after the colon
                   r"(?P<each>分别)?" + _IN_TURN + r"(?:当选为?|被(?:选举|推选|推举|选)?为|增补为|担任|出任|接任|作为|成为|为|是)"
                   + _TERM + _OFFICES
                   + "$")
# "理事长单位为甲", "副理事长单位：乙、丙", "副理事长单位包括乙和丙", "联盟首届理事长单位由甲担任", "会上选举产生了
# 常务理事单位，包括甲、乙": the office, then who holds it
_HELD = re.compile(r"^(?:[^，,；;]*?(?:选举产生了?|选出了?|产生了))?" + _TERM + rf"(?P<offices>{OFFICE})"
                   r"(?:为|是|由|包括|包含|分别是|分别为|有|[:：])(?P<bodies>[^，,；;]{2,200}?)"
                   rf"(?:(?:\d+|[一二三四五六七八九十两]+)家(?:单位)?)?{_IN_TURN}(?:担任|出任|承担|接任)?$")
# an office, a comma, and who holds it ("选举产生了常务理事单位，包括甲、乙"): read as one clause
_OFFICE_THEN_WHO = re.compile(rf"((?:{OFFICE}))[，,](?=包括|包含|分别是|分别为)")
_ETC = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)?(?:家|个)?(?:单位|企业|机构|高校|院所)?$")


def _office(word: str) -> str:
    """The role (data/taxonomy.yaml) an office's word names.

    >>> [_office(w) for w in ("常务副理事长单位", "轮值主席单位", "秘书长单位", "常务理事单位", "理事单位", "监事长单位")]
    ['vice_chair', 'chair', 'secretariat', 'standing_council', 'council', 'supervisor']
    """
    if word.startswith(("副", "常务副")):
        return "vice_chair"
    if word.startswith("秘书"):
        return "secretariat"
    if word.startswith("监事"):
        return "supervisor"
    if word == "常务理事单位":
        return "standing_council"
    if word == "理事单位":
        return "council"
    return "chair"


def council(after: str) -> dict[str, list[str]]:
    r"""The bodies the text, after an alliance's name, says hold its offices, by role (chair,
    vice_chair, secretariat, and the council's lower tiers: standing_council, council, supervisor),
    each a body's name: a person's post (理事长, 常务理事) and a place are no one's.

    >>> council("成立，北京测试科技有限公司当选理事长单位，甲测试研究院、乙测试大学等5家单位当选副理事长单位。")
    {'chair': ['北京测试科技有限公司'], 'vice_chair': ['甲测试研究院', '乙测试大学']}
    >>> council("，选举甲测试集团为首任轮值主席单位；理事长单位由乙测试协会担任。")
    {'chair': ['甲测试集团', '乙测试协会']}
    >>> council("，甲测试协会、乙测试大学分别当选理事长单位和秘书长单位。")
    {'chair': ['甲测试协会'], 'secretariat': ['乙测试大学']}
    >>> council("，北京测试公司董事长张明当选理事长。"), council("，副理事长单位：北京、天津。")
    ({}, {})
    >>> council("，甲测试公司、乙测试大学、丙测试集团分别当选理事长单位、常务理事单位和监事单位。")
    {'chair': ['甲测试公司'], 'standing_council': ['乙测试大学'], 'supervisor': ['丙测试集团']}
    >>> council("会上增补甲测试协会为常务理事单位，乙测试公司等6家企业增补为理事单位，张明当选监事长。")
    {'standing_council': ['甲测试协会'], 'council': ['乙测试公司']}
    >>> council("会上选举产生了常务理事单位，包括甲测试大学和乙测试学院。")
    {'standing_council': ['甲测试大学', '乙测试学院']}

    Several chairing it: in turn, jointly, or one after another.

    >>> council("，甲测试公司、乙测试大学和丙测试协会轮值担任理事长单位。")
    {'chair': ['甲测试公司', '乙测试大学', '丙测试协会']}
    >>> council("，由甲测试学校、乙测试学校轮流担任主席单位。"), council("，甲测试公司、乙测试研究院当选联合理事长单位。")
    ({'chair': ['甲测试学校', '乙测试学校']}, {'chair': ['甲测试公司', '乙测试研究院']})
    >>> council("，理事长单位由甲测试中心、乙测试中心和丙测试中心三家单位轮值担任。")
    {'chair': ['甲测试中心', '乙测试中心', '丙测试中心']}
    >>> council("\n理事长单位：甲测试集团、乙测试中心（轮值）\n")
    {'chair': ['甲测试集团', '乙测试中心']}
    >>> council("，首任理事长单位为甲测试研究所，2024年换届后由乙测试研究院接任理事长单位。")
    {'chair': ['甲测试研究所', '乙测试研究院']}
    """
    held: dict[str, list[str]] = {}
    if "单位" not in after and "秘书处" not in after:  # no office named: most texts after a name
        return held
    if "包" in after or "分别" in after:  # rare: read only where it may be
        after = _OFFICE_THEN_WHO.sub(r"\1", after)
    for clause in re.split(r"[，,；;。！？]", after):
        clause = clause.strip()
        if "单位" not in clause and "秘书处" not in clause:
            continue
        m = _HOLD.search(clause) or _HELD.search(clause)
        if not m:
            continue
        bodies = [b for b in split_list(_ETC.sub("", _IN_TURN_NOTE.sub("", m["bodies"])))
                  if a_body(b) or _FOUNDERS_AGAIN.match(b)]  # (the founders again: offices() says whom)
        offices = re.findall(OFFICE, m["offices"])
        if m.groupdict().get("each") and len(offices) == len(bodies):  # 甲、乙分别当选 the first and the second
            pairs = [(o, [b]) for o, b in zip(offices, bodies, strict=True)]
        else:
            pairs = [(o, bodies) for o in offices]
        for office, who in pairs:
            role = _office(office)
            held.setdefault(role, []).extend(b for b in who if b not in held.get(role, []))
    return {role: who for role, who in held.items() if who}
