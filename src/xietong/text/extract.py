"""Extraction: the alliances a text mentions, one record each, with the facts
it states about them and the evidence (character spans into the original)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any

from xietong import counts, dates
from xietong.names import split_cluster_prefix
from xietong.orgnames import expand
from xietong.text import facts as facts_mod
from xietong.text import labelled, variants
from xietong.text.mentions import find
from xietong.text.normalize import normalize


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass(kw_only=True)
class Record(facts_mod.Facts):
    """One alliance a text mentions: the facts stated about it, its names, and the evidence."""

    alliance: str
    aliases: list[str] = field(default_factory=list)
    cluster: str | None = None
    evidence: Span | None = None
    mentions: list[Span] = field(default_factory=list)
    merges: list[dict[str, Any]] = field(default_factory=list)
    # names it had before, as the text says ("A更名为B", "B原名A"): one body, its record under the name it has now
    former_names: list[str] = field(default_factory=list)
    source: str | None = None
    article_date: str | None = None  # the day relative dates were read against (given, or the page's own)
    # the sentence each fact was read from, where it is not the evidence's: by field
    # ("founded", "member_count" …), and by field and value for lists ("initiators:天津大学")
    evidence_of: dict[str, Span] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        head = {k: d.pop(k) for k in ("alliance", "aliases", "cluster")}
        d.pop("founded_in")  # said in evidence_of
        d.pop("member_count_latest")  # how it was read, not a fact
        return {**head, **d, "initiator_details": [asdict(expand(n)) for n in self.initiators]}


_ABBREVIATION = re.compile(r"^[（(，,]?\s*(?:以下)?简称[:：]?\s*[“\"「『]?$")


def _absorb(rec: Record, f: facts_mod.Facts, read_in: Span, norm: Any) -> None:
    """Take the facts ``f`` the sentence ``read_in`` states that ``rec`` has not yet, noting where
    each was read when that is not the record's evidence (a founding date said 同日 was read in
    the sentence that names the day)."""
    # a total or a growth said later (现在成员已经增加到64家) is the members' count over one of those
    # who joined at first (当时有28家企业加入)
    newer = f.member_count_latest and not rec.member_count_latest and f.member_count is not None
    if newer:
        rec.member_count = rec.member_count_qualifier = None
        rec.member_count_latest = True
    for name in ("founded", "city", "initiator_count", "initiator_count_qualifier", "member_count", "member_count_qualifier",
                 "regions_count", "secretariat"):  # (the chair is the one of its chairs: _one_chair)
        if getattr(rec, name) is None and getattr(f, name) is not None:
            setattr(rec, name, getattr(f, name))
            if name == "founded" and f.founded_in is not None:
                rec.evidence_of[name] = _span(norm, *f.founded_in)
            elif read_in != rec.evidence:
                rec.evidence_of[name] = read_in
    for name in ("initiators", "member_kinds", "regions", "members", *facts_mod.COUNCIL_LISTS):
        for v in getattr(f, name):
            if v not in getattr(rec, name) and not (name == "members" and v in rec.initiators):
                getattr(rec, name).append(v)
                if read_in != rec.evidence:
                    rec.evidence_of[f"{name}:{v}"] = read_in


def _span(norm: Any, start: int, end: int) -> Span:
    """The original text's span of ``norm.text[start:end]``."""
    o_start, o_end = norm.span(start, end)
    return Span(o_start, o_end, norm.original[o_start:o_end])


def extract(text: str, *, article_date: dt.date | None = None, source: str | None = None,
            context_cluster: str | None = None) -> list[Record]:
    """Every alliance ``text`` mentions, variants of one name merged into one record."""
    norm = normalize(text)
    t = norm.text
    mentions = find(t)
    records: list[Record] = []
    per_mention: list[facts_mod.Facts] = []
    by_name: dict[str, Record] = {}
    for i, m in enumerate(mentions):
        f = facts_mod.read(t, m.start, m.end, m.clause_start, article_date, *_others(t, mentions, i))
        _respectively(t, mentions, i, f, article_date)
        if m.coordinated_with is not None:
            lead = per_mention[m.coordinated_with]
            f.city = f.city or lead.city
            f.founded = f.founded or lead.founded
        per_mention.append(f)
        mention_span = _span(norm, m.start, m.end)
        sentence = _span(norm, *facts_mod.sentence_bounds(t, m.start, m.end))
        target = None
        if records and _ABBREVIATION.match(t[mentions[i - 1].end:m.start]) and i > 0:
            target = next(r for r in records if mentions[i - 1].name in (r.alliance, *r.aliases))
            if m.name not in (target.alliance, *target.aliases):
                target.aliases.append(m.name)
                target.merges.append({"name": m.name, "into": target.alliance, "score": 1.0,
                                      "reason": "introduced as its short name (简称)"})
        if target is None and m.name in by_name:
            target = by_name[m.name]
        # "A更名为B": the new name is an alliance of its own (a record each, as a former name set after a name)
        renamed = i > 0 and _RENAMED.fullmatch(t[mentions[i - 1].end:m.start]) is not None
        for rec in ([] if target or renamed else records):
            for name in [rec.alliance, *rec.aliases]:
                verdict = variants.compare(name, m.name, context_cluster)
                if verdict.same:
                    target = rec
                    if m.name != rec.alliance and m.name not in rec.aliases:
                        rec.aliases.append(m.name)
                        rec.merges.append({"name": m.name, "into": rec.alliance, "score": verdict.score,
                                           "reason": verdict.reason})
                    break
            if target:
                break
        if target is None:
            target = Record(alliance=m.name, cluster=split_cluster_prefix(m.name)[0] or context_cluster,
                            evidence=sentence, source=source)
            records.append(target)
        by_name.setdefault(m.name, target)
        if renamed:  # "A更名为B": A is the name this one had
            _formerly(target, mentions[i - 1].name, sentence)
        elif _former_name(t, mentions, i):  # "B原名A": this is the name the one before had
            _formerly(by_name[mentions[i - 1].name], m.name, sentence)
        target.mentions.append(mention_span)
        if m.name in target.aliases and f"aliases:{m.name}" not in target.evidence_of and sentence != target.evidence:
            target.evidence_of[f"aliases:{m.name}"] = sentence
        _absorb(target, f, sentence, norm)
    standing = sorted(_anaphors(t, mentions) + _former_latter(t, mentions), key=lambda a: a[0])
    standing = sorted(standing + _unsaid_subjects(t, mentions, standing), key=lambda a: a[0])
    for k, (start, end, named) in enumerate(standing):
        # "联盟由…共同发起，首批成员单位56家": the alliance named just before, by the word 联盟;
        # "前者成立于2021年，后者…": the first of two named in the sentence before, each by its own clauses
        target = by_name[named.name]
        if end > start:  # a subject left unsaid has no words to point at
            target.mentions.append(_span(norm, start, end))
        s0, s1 = facts_mod.sentence_bounds(t, start, end)
        since = standing[k - 1][1] if k > 0 and standing[k - 1][1] > s0 else None
        until = standing[k + 1][0] if k + 1 < len(standing) and standing[k + 1][0] < s1 else None
        _absorb(target, facts_mod.read(t, start, end, start, article_date, since, until), _span(norm, s0, s1), norm)
    for s0, s1, named in _offices_said(t, mentions, standing):
        f = facts_mod.Facts(initiators=list(by_name[named.name].initiators))  # whom 三家单位 (its founders) means
        facts_mod.offices(f, t[s0:s1])
        _absorb(by_name[named.name], f, _span(norm, s0, s1), norm)
    for start, answer, named in _asked_founders(t, mentions, standing):
        # "记者：联盟的发起单位有哪些？ 李秘书长：主要是甲、乙和丙。": the answer names its founders
        _absorb(by_name[named.name], facts_mod.Facts(initiators=facts_mod.founders(t[answer[0]:answer[1]])),
                _span(norm, start, answer[1]), norm)
    for lab in labelled.read(text):
        # a fact sheet's lines and a pasted table's rows (成立时间：2022年6月): the alliance they name, else the one before
        target = _labelled_about(records, lab)
        if target is None:
            continue
        read_in = Span(lab.start, lab.end, text[lab.start:lab.end])
        for alias in lab.aliases:
            if alias not in (target.alliance, *target.aliases):
                target.aliases.append(alias)
                target.evidence_of[f"aliases:{alias}"] = read_in
        _absorb(target, lab.facts, read_in, norm)
        for key, span in list(target.evidence_of.items()):  # each fact quotes its own line of a sheet
            if span is read_in and (line := lab.lines.get(key.split(":")[0])):
                target.evidence_of[key] = Span(line[0], line[1], text[line[0]:line[1]])
    to = _addressee(t)
    for rec in records:
        _address(rec, to)
        _one_chair(rec)
    return records


def _one_chair(rec: Record) -> None:
    """``rec``'s chair, the one body of its ``chairs``: none where several chair it (in turn, jointly,
    or named one after another in its sentences), that one where one does. Derived here alone, once
    its chairs are all read and addressed."""
    if len(rec.chairs) == 1:
        (rec.chair,) = rec.chairs
        if (said := rec.evidence_of.get(f"chairs:{rec.chair}")) is not None:
            rec.evidence_of["chair"] = said
        return
    rec.chair = None
    rec.evidence_of.pop("chair", None)


# a line of its own near a document's top, a body's name and a colon: whom a notice or an approval
# is addressed to ("关于同意成立X联盟的批复\n河北省建筑业协会：\n你单位《…的请示》收悉。")
_ADDRESSEE_LINE = re.compile(r"^[ \t\u3000]*(?P<to>[^\n，,。；;：:、]{2,40}?)[ \t\u3000]*[：:][ \t\u3000]*$", re.M)
ADDRESSEE_REACH = 200  # characters from a document's top its addressee is written within


def _addressee(t: str) -> str | None:
    r"""The body ``t`` is addressed to (see above), where it names one, a body by its own name.

    >>> _addressee("关于同意成立某联盟的批复\n河北省测试协会：\n你单位的请示收悉。"), _addressee("记者：\n联盟成立了。")
    ('河北省测试协会', None)
    """
    m = _ADDRESSEE_LINE.search(t, 0, ADDRESSEE_REACH)
    return m["to"] if m and facts_mod.a_body(m["to"]) and m["to"] not in facts_mod.ADDRESSED else None


# the addressee as a document names it, after the word granting it ("同意你单位牵头成立…": 你单位 founds it)
_ADDRESSED = re.compile(r"^(?:同意|批准|支持|请|由)?(?:" + "|".join(facts_mod.ADDRESSED) + ")$")


def _address(rec: Record, to: str | None) -> None:
    """``rec``'s founders, members and offices that are the body its document is addressed to
    (你单位牵头, 秘书处设在你单位) are the addressee ``to``, by its own name; without one, they are left
    unsaid."""
    if rec.secretariat is not None and _ADDRESSED.match(rec.secretariat):
        rec.secretariat = to
        if to is None:
            rec.evidence_of.pop("secretariat", None)
    for tier in ("initiators", "members", *facts_mod.COUNCIL_LISTS):
        held: list[str] = []
        for who in getattr(rec, tier):
            if _ADDRESSED.match(who):
                said = rec.evidence_of.pop(f"{tier}:{who}", None)
                if to is None:
                    continue
                who = to
                if said is not None:
                    rec.evidence_of.setdefault(f"{tier}:{who}", said)
            if who not in held:
                held.append(who)
        setattr(rec, tier, held)


# what stands between a name and the one it was changed to: 更名为, 正式改名为“…, 日前更名，新名称为…
_RENAMED = re.compile(r"(?:日前|近日|已经|已|正式|将)*(?:更名|改名|易名)(?:为|[，,]?(?:新名称|新名|现名)(?:为|是))?\s*[“\"「『]?")
# "A、B同日揭牌，两个联盟分别吸纳成员单位58家和36家": counts said of listed alliances, in their order
_RESPECTIVELY = re.compile(rf"分别[^。；！？\d]{{0,12}}?(?P<counts>{facts_mod.NUM}(?:余|多)?[家个所]"
                           rf"(?:(?:和|与|及|、)[^。；！？\d]{{0,6}}?{facts_mod.NUM}(?:余|多)?[家个所])+)")
_EACH_COUNT = re.compile(rf"(?P<n>{facts_mod.NUM})(?P<q>余|多)?[家个所]")


# "A和B分别于2015年3月和2015年8月成立": dates said of listed alliances, in their order
_DATE = r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}[日号])?|\d{1,2}月(?:\d{1,2}[日号])?)"
_RESPECTIVE_DATES = re.compile(rf"分别(?:于|在)?(?P<dates>{_DATE}(?:(?:和|与|及|、){_DATE})+)")
# "A和B分别在天津和石家庄成立": founding places said of listed alliances, in their order
_PLACE = r"[^，。；！？、和与及在于\d]{2,12}?"
_RESPECTIVE_PLACES = re.compile(
    rf"分别(?:在|于)(?P<places>{_PLACE}(?:(?:和|与|及|、){_PLACE})+){facts_mod.ADVERB}"
    r"(?:发起成立|成立|揭牌|挂牌|组建|启动|签约成立|揭幕)")
# "廊坊和承德分别成立了A和B": the places said first, the alliances they founded after, in their order
_PLACES_THEN_RESPECTIVELY = re.compile(
    rf"(?P<places>{_PLACE}(?:(?:和|与|及|、){_PLACE})+)(?:两地|三地|四地|两市|三市|四市)?分别"
    r"(?:发起成立|成立|揭牌|挂牌|组建|启动|设立)(?:了)?$")


def _respectively(t: str, mentions: list[Any], i: int, f: facts_mod.Facts, article: dt.date | None) -> None:
    """The ``i``-th mention's member count, founding date and place where the alliances listed
    with it are counted, dated or placed 分别 (respectively), one each in the order they were named;
    the places may be said first, as those that founded them (廊坊和承德分别成立了A和B)."""
    first = i
    while mentions[first].coordinated_with == first - 1 and first > 0:
        first -= 1
    last = i
    while last + 1 < len(mentions) and mentions[last + 1].coordinated_with == last:
        last += 1
    if first == last:
        return
    s1 = facts_mod.sentence_bounds(t, mentions[last].start, mentions[last].end)[1]
    listed = last - first + 1
    m = _RESPECTIVELY.search(t, mentions[last].end, s1)
    each = list(_EACH_COUNT.finditer(m["counts"])) if m else []
    if len(each) == listed:
        mine = each[i - first]
        f.member_count = counts.number(mine["n"])
        f.member_count_qualifier = "more_than" if mine["q"] else "exact"
    m = _RESPECTIVE_DATES.search(dates.arabic(t[mentions[last].end:s1]))
    days = re.findall(_DATE, m["dates"]) if m else []
    if len(days) == listed and f.founded is not None:  # a founding said, of each its own day
        f.founded = facts_mod.valid_date(facts_mod.date_in(days[i - first], article))
    m = _RESPECTIVE_PLACES.search(t, mentions[last].end, s1)
    places = re.split(r"和|与|及|、", m["places"]) if m else []
    if not places:  # said before the names, each a place: not bodies, which would be founders
        s0 = facts_mod.sentence_bounds(t, mentions[first].start, mentions[first].end)[0]
        m = _PLACES_THEN_RESPECTIVELY.search(t, s0, mentions[first].start)
        places = re.split(r"和|与|及|、", m["places"]) if m else []
        if not all(map(facts_mod.place, places)):
            places = []
    if len(places) == listed and (code := facts_mod.place(places[i - first])):
        f.city = code


def _labelled_about(records: list[Record], lab: labelled.Labelled) -> Record | None:
    """The record labelled facts are about: the one a mention in their name cell or line is of;
    else the one named last before them (within ``ANAPHOR_REACH``), when they name none."""
    if lab.named is not None:
        lo, hi = lab.named
        return next((r for r in records for m in r.mentions if lo <= m.start < hi), None)
    if any(lab.start <= m.start < lab.end for r in records for m in r.mentions):
        return None
    before = [(m.end, r) for r in records for m in r.mentions if m.end <= lab.start]
    if not before:
        return None
    end, record = max(before, key=lambda x: x[0])
    return record if lab.start - end <= ANAPHOR_REACH else None


# "X原名Y，2016年在唐山成立": Y, the name X had, set in an aside; what the sentence goes on to say is X's too
_FORMER_ASIDE = re.compile(r"^[，,（(]?\s*(?:原名|原称|曾用名|曾名|旧称|前身为|前身是|原)[:：为]?\s*[“\"「『]?$")


def _formerly(rec: Record, name: str, said: Span) -> None:
    """Note that ``rec`` was named ``name`` before, as ``said``."""
    if name != rec.alliance and name not in rec.former_names:
        rec.former_names.append(name)
        rec.evidence_of.setdefault(f"former_names:{name}", said)


def _former_name(t: str, mentions: list[Any], j: int) -> bool:
    """Whether the ``j``-th mention is the former name of the one right before it ("X原名Y")."""
    return j > 0 and bool(_FORMER_ASIDE.match(t[mentions[j - 1].end:mentions[j].start]))


def _others(t: str, mentions: list[Any], i: int) -> tuple[int | None, int | None]:
    """Where the alliance named before the ``i``-th ends, and where the one after it starts, each
    not listed with it nor its short name ("A联盟与B联盟合并，组建C联盟，成员单位达300家": for C, B
    ends before it; for A and B, C starts after them): what a sentence says after one and before
    the other is said of the ``i``-th."""
    def listed(j: int) -> bool:  # the j-th is listed with the one before it, or is its short or former name
        return mentions[j].coordinated_with == j - 1 or _former_name(t, mentions, j) \
            or bool(_ABBREVIATION.match(t[mentions[j - 1].end:mentions[j].start]))

    j = i + 1
    while j < len(mentions) and listed(j):
        j += 1
    k = i
    while k > 0 and listed(k):
        k -= 1
    return (mentions[k - 1].end if k > 0 else None), (mentions[j].start if j < len(mentions) else None)


class _Placed:
    """Things found in a text (mentions, or what stands for them) by where each is: those in a
    stretch of the text are found by bisection, not by reading them all, so a long text's many
    mentions cost little each (a 20 MB text holds tens of thousands).

    >>> placed = _Placed([(30, "c"), (10, "a"), (20, "b"), (20, "b2")])
    >>> placed.within(10, 30), placed.within(11, 21), placed.any_within(21, 30), placed.any_within(21, 31)
    (['a', 'b', 'b2'], ['b', 'b2'], False, True)
    """

    def __init__(self, placed: list[tuple[int, Any]]):
        pairs = sorted(placed, key=lambda pair: pair[0])  # stable: of two at one place, the first listed first
        self.at = [at for at, _x in pairs]
        self.things = [x for _at, x in pairs]

    def within(self, lo: int, hi: int) -> list[Any]:
        """What is at ``lo`` or after, and before ``hi``, in order."""
        return self.things[bisect_left(self.at, lo):bisect_left(self.at, hi)]

    def placed_within(self, lo: int, hi: int) -> list[tuple[int, Any]]:
        """What is at ``lo`` or after, and before ``hi``, each with where it is, in order."""
        i, j = bisect_left(self.at, lo), bisect_left(self.at, hi)
        return list(zip(self.at[i:j], self.things[i:j], strict=True))

    def any_within(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.at, lo)
        return i < len(self.at) and self.at[i] < hi


def _last_ending(mentions: list[Any], ends: list[int], at: int, reach: int, keep: Any = None) -> Any:
    """The last of ``mentions`` (whose ``ends`` these are, in order) to end at ``at`` or before, and
    no more than ``reach`` before it, that ``keep`` keeps; else None."""
    for j in range(bisect_right(ends, at) - 1, -1, -1):
        if at - ends[j] > reach:
            return None
        if keep is None or keep(mentions[j]):
            return mentions[j]
    return None


ANAPHOR_REACH = 300  # characters back to the alliance a bare 联盟 stands for
# "该联盟由…", "会上，9家企业新加入联盟，联盟会员总数达到64家", "该联盟2019年由…成立", "该联盟成立于2017年",
# a charter's "第二条 本联盟由…", an interview's answer, "张主任：联盟是2022年9月在苏州成立的", and a
# branch, "分联盟由…发起": 联盟 as the subject of a clause, saying what it is made of or when it began
_ANAPHOR = re.compile(r"(?:^|(?<=[。！？；\n]))\s*(?:第[一二三四五六七八九十百零\d]+条\s*)?(?:[^。；！？\n：:]{1,12}[：:])?“?"
                      r"(?:[^。；！？\n]{0,40}[，,])?"
                      r"(?:该|这一|此|这个|本|(?P<branch>分))?(?P<word>联盟)(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
                      r"(?=由|是由|系由|现有|已有|共有|目前|首批|汇聚|整合|聚集|吸引|拥有|涵盖|成员|会员|成立于|于\d{4}年|自\d{4}年"
                      r"|在[^，。；！？\n]{1,15}?(?:正式|宣告|宣布)?(?:揭牌)?(?:成立|挂牌|揭牌)"  # "联盟在北京亦庄正式揭牌成立"
                      r"|是(?:\d{4}年|在|于)|成立(?:\d+|[一二两三四五六七八九十]+)(?:个)?(?:年|周年)(?:来|以来))")
# "“联盟成立三年来，…”X联盟理事长张明说": a quotation's 联盟 is the alliance its speaker speaks for
_SPEAKER = re.compile(r"\s*(?:的)?[^，,。；！？“”\n]{0,12}?(?:说|表示|介绍|指出|谈到|坦言|称|告诉记者)")


def _anaphors(t: str, mentions: list[Any]) -> list[tuple[int, int, Any]]:
    """Sentences whose subject is a bare 联盟 ("该联盟由…发起"): the (start, end)
    of that word and the mention it stands for, the last named alliance, when
    that ends no more than ``ANAPHOR_REACH`` characters before and the
    sentence names none itself."""
    found = []
    former = {id(x) for j, x in enumerate(mentions) if _former_name(t, mentions, j)}
    placed, ends = _Placed([(x.start, x) for x in mentions]), [x.end for x in mentions]
    for m in _ANAPHOR.finditer(t):
        start, end = m.span("word")
        s0, s1 = facts_mod.sentence_bounds(t, start, end)
        if placed.any_within(s0, s1):
            continue
        if (speaker := _speaker_of(t, placed, start)) is not None:
            found.append((start, end, speaker))
            continue
        # a former name set in an aside ("X原名Y") is not what a later 联盟 stands for: X is; "分联盟由…发起":
        # the branch named last, not the alliance it belongs to
        last = _last_ending(mentions, ends, start, ANAPHOR_REACH,
                            lambda x: id(x) not in former and (not m["branch"] or x.name.endswith("分联盟")))
        if last is not None:
            found.append((start, end, last))
    return found


def _speaker_of(t: str, placed: _Placed, at: int) -> Any:
    """The alliance whose officer is said to have spoken the quotation ``at`` is in, named right
    after it ("“联盟成立三年来…”京津冀中药材产业联盟理事长张明说"), else None."""
    opened, close = t.rfind("“", 0, at), t.find("”", at)
    if opened < 0 or close < 0 or t.rfind("”", 0, at) > opened or "“" in t[at:close]:
        return None
    after = t[close + 1:]
    opens = close + 1 + len(after) - len(after.lstrip())
    named = next(iter(placed.within(opens, opens + 1)), None)
    return named if named is not None and _SPEAKER.match(t, named.end) else None


# "…成立的，当时有28家企业加入。现在成员已经增加到64家，覆盖…": a sentence that opens on its members
# without saying whose, on its founders ("…在廊坊成立。发起成立单位有：甲；乙；丙。") or on its office
# ("联盟秘书处设在甲。"), right after one about an alliance, goes on about it
_MEMBERS_OPEN = re.compile(r"(?:^|(?<=[。！？；\n]))\s*(?:[^。；！？\n：:]{1,12}[：:])?(?:现在|目前|如今|至今|现|截至目前[，,]?)?"
                           r"(?:(?:该|本)?联盟的?)?"  # "联盟发起单位：…": whose, said by a bare 联盟
                           r"(?=(?:成员单位|会员单位|成员|会员)(?:数量|总数)?(?:已经|已)?"
                           r"(?:增加|增长|发展|扩大|扩展|达到|达|突破|超过)"
                           r"|首批(?:入盟)?(?:成员单位|会员单位|成员|会员)(?:共有|共计|合计|总计|共|有|为|达)?\d"  # "！首批成员单位(共有)68家"
                           r"|(?:首批|首届|创始)?(?:成员单位|会员单位|成员|会员)(?:主要)?(?:包括|包含|涵盖)"  # "首批成员单位包括甲、乙等30家"
                           rf"|{facts_mod.FOUNDERS_LABEL}(?:包括|有|为|是|[：:])(?!哪|什么|谁)"  # not "…有哪些？"
                           r"|(?:常设|轮值)?秘书处"  # "联盟秘书处设在河北省航空学会。", "轮值秘书处首年设在…"
                           rf"|(?P<roll>{facts_mod.ROLL_HEADER}))")  # "首批成员单位名单如下：" and the roll


def _unsaid_subjects(t: str, mentions: list[Any], standing: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Sentences that open on their members or founders without saying whose ("现在成员已经增加到64家"): the
    (empty) place of the subject and the alliance they go on about, when the sentence before names
    it or stands for it (see :func:`_anaphors`) and this one names none."""
    found = []
    named, stood = _Placed([(x.start, x) for x in mentions]), _Placed([(a0, a) for (a0, _a1, a) in standing])
    near = _Placed([(x.start, x) for x in mentions] + [(a0, a) for (a0, _a1, a) in standing])
    for m in _MEMBERS_OPEN.finditer(t):
        at = m.end()
        s0, s1 = facts_mod.sentence_bounds(t, at, at)
        if s0 == 0 or named.any_within(s0, s1):
            continue
        p0 = facts_mod.sentence_bounds(t, s0 - 1, s0 - 1)[0]
        about = named.within(p0, s0) + stood.within(p0, s0)
        if m["roll"]:  # a roll of members, set apart: of the alliance named (or stood for) last, not far before it
            about = near.within(at - ANAPHOR_REACH, s0)
        if about:
            found.append((at, at, about[-1]))
    return found


# a meeting, where a council is elected (成立大会, 年会暨理事会换届大会, 会上)
_MEETING = re.compile(r"大会|会议|年会|会上|理事会")
# an office of the council held by a body (理事长单位, 副理事长单位, 常务理事单位, 秘书处单位 …), or a clause
# opening on the secretariat ("，秘书处设在甲")
_OFFICES_SAID = re.compile(rf"{facts_mod.OFFICE}|(?:(?<=[，,；;。！？\n])|^)(?:其|该联盟|联盟)?的?(?:常设|轮值)?秘书处")
# another body holding its own meeting, the clause opening on it ("天津市会展行业协会召开第五届会员大会，选举甲为
# 常务理事单位"; not "大会在天津大学召开", held at a place): the offices its sentence names are that body's
_ANOTHER_MEETS = re.compile(rf"(?:^|[，,；;\s])[^，,；;\s在于]{{2,40}}?(?:{'|'.join(facts_mod.BODY_ENDINGS)})(?:召开|举行|举办)")


def _offices_said(t: str, mentions: list[Any], standing: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Sentences naming who holds an alliance's offices ("会议选举产生了第一届理事会，甲当选理事长单位",
    "甲公司董事长王海当选联盟理事长，秘书处设在乙协会") that name no alliance and are read for nothing else:
    their bounds and the alliance named (or stood for) last before them, not far before; where the
    sentence speaks of a meeting (大会审议通过…，选举…), the alliance whose meeting was reported last
    (X成立大会在天津召开), another named in passing after it notwithstanding. Only the offices are
    read there: the rest of such a sentence may be about another body. A sentence in which another
    body holds its meeting (甲协会召开会员大会，选举…) names that body's offices, and is passed over."""
    def opening(i: int) -> tuple[int, int]:  # the bounds of the sentence at i, from its first non-space
        s0, s1 = facts_mod.sentence_bounds(t, i, i)
        return s0 + len(t[s0:s1]) - len(t[s0:s1].lstrip()), s1

    read = {opening(a0)[0] for a0, _a1, _a in standing}
    named = _Placed([(x.start, x) for x in mentions])
    near = _Placed([(x.start, x) for x in mentions] + [(a0, a) for (a0, _a1, a) in standing])
    found = []
    for m in _OFFICES_SAID.finditer(t):
        s0, s1 = opening(m.start())
        if s0 in read or named.any_within(s0, s1):
            continue
        read.add(s0)
        if _ANOTHER_MEETS.search(t, s0, s1):
            continue
        placed = near.placed_within(s0 - ANAPHOR_REACH, s0)
        about = [a for _a0, a in placed]
        if _MEETING.search(t, s0, s1):
            met = [a for a0, a in placed if _MEETING.search(t, *opening(a0))]
            about = met or about
        if about:
            found.append((s0, s1, about[-1]))
    return found


# an interview's question about the founders and the answer that follows it, each after its speaker
# ("记者：联盟的发起单位有哪些？\n李秘书长：主要是故宫博物院、天津博物馆和河北博物院。")
_ASKED_FOUNDERS = re.compile(r"(?:^|(?<=[。！？；\n]))[^。；！？\n：:]{1,12}[：:](?P<question>[^。；！？\n]*?联盟[^。；！？\n]*?"
                             rf"{facts_mod.FOUNDERS_LABEL}[^。；！？\n]*?[？?])\s*[^。；！？\n：:]{{1,12}}[：:]"
                             r"(?:主要|分别)?(?:是|有|包括|为)?[：:]?(?P<list>[^。；！？\n]+)")


def _asked_founders(t: str, mentions: list[Any], standing: list[tuple[int, int, Any]]
                    ) -> list[tuple[int, tuple[int, int], Any]]:
    """Interviews' questions about an alliance's founders and the answers naming them: where the
    question starts, the (start, end) of the names in the answer, and the alliance asked about,
    named in the question, else the one its bare 联盟 stands for: the last named, or stood for
    (:func:`_anaphors`), within ``ANAPHOR_REACH`` before it."""
    found: list[tuple[int, tuple[int, int], Any]] = []
    named = _Placed([(x.start, x) for x in mentions])
    for m in _ASKED_FOUNDERS.finditer(t):
        q0, q1 = m.span("question")
        asked = named.within(q0, q1)
        said = [(x.end, x) for x in mentions if x.end <= q0] + [(a1, a) for (_a0, a1, a) in standing if a1 <= q0]
        last = max(reversed(said), key=lambda pair: pair[0], default=None)  # of two ending together, the later listed
        about = asked[-1] if asked else (last[1] if last and q0 - last[0] <= ANAPHOR_REACH else None)
        if about is not None:
            found.append((m.start("question"), m.span("list"), about))
    return found


_FORMER_LATTER = re.compile(r"前者|后者")
# what stands before a sentence's subject, or a clause's ("前者成立于2018年，后者于2020年成立")
_SENTENCE_OPENS = re.compile(r"(?:^|[。！？；\n，,])\s*(?:其中，?)?$")


def _former_latter(t: str, mentions: list[Any]) -> list[tuple[int, int, Any]]:
    """Clauses whose subject is 前者 (the former) or 后者 (the latter): the (start, end) of that
    word and the mention it stands for, the first or the last of the alliances named before it in
    its own sentence ("组建了A和B，前者…，后者…"), else in the sentence before when its own names
    none, when they are two or more by different names."""
    found = []
    for m in _FORMER_LATTER.finditer(t):  # the rare word first, then whether it opens its sentence or clause
        start, end = m.span()
        if not _SENTENCE_OPENS.search(t, max(0, start - 8), start) and start > 0:
            continue
        s0, s1 = facts_mod.sentence_bounds(t, start, end)
        named = [x for x in mentions if s0 <= x.start and x.end <= start]
        if len({x.name for x in named}) < 2:
            before = [x for x in mentions if x.end <= start]
            if not before or start - before[-1].end > ANAPHOR_REACH or any(s0 <= x.start < s1 for x in mentions):
                continue
            p0, p1 = facts_mod.sentence_bounds(t, before[-1].start, before[-1].end)
            named = [x for x in before if p0 <= x.start < p1]
        if len({x.name for x in named}) >= 2:
            found.append((start, end, named[0] if m.group() == "前者" else named[-1]))
    return found
