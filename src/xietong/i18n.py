"""Interface labels in Chinese (the default) and English."""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Any

from xietong import props
from xietong.vocab import load_yaml, org_kinds, taxonomy_vocab

LANGS = ("zh", "en")


@cache
def _messages() -> dict[str, dict[str, Any]]:
    """Labels by language: text by key, and ``source_names`` (dataset -> name). Each text is a
    :class:`Message`, so English plurals follow the numbers put in them."""
    return {lang: {k: Message(v) if isinstance(v, str) else v for k, v in words.items()}
            for lang, words in load_yaml("messages.yaml").items()}


# a noun's ending marked "[s]" or "[y|ies]" (singular|plural), after a number and up to two words
_COUNTED_NOUN = re.compile(r"(?<![\d.,])(\d[\d,]*)( (?:[A-Za-z-]+ ){0,2}[A-Za-z-]*)\[(?:([A-Za-z]*)\|)?([A-Za-z]+)\]")
_MARK = re.compile(r"\[(?:[A-Za-z]*\|)?([A-Za-z]+)\]")


class Message(str):
    """A message whose English nouns, their endings marked ``[s]`` or ``[y|ies]``, agree with
    the number before them.

    >>> Message("{n} alliance[s], {m} new candidate[s], {k} communit[y|ies]").format(n=1, m=12, k=1)
    '1 alliance, 12 new candidates, 1 community'
    >>> Message("{n} alliance[s], {k} communit[y|ies]").format(n=11, k=3)
    '11 alliances, 3 communities'
    """

    def format(self, *args: Any, **kwargs: Any) -> str:
        said = super().format(*args, **kwargs)
        said = _COUNTED_NOUN.sub(lambda m: m[1] + m[2] + ((m[3] or "") if m[1] == "1" else m[4]), said)
        return _MARK.sub(r"\1", said)


@cache
def _count_kinds() -> dict[str, str]:
    """What counts written in English count, in Chinese (see ``data/count_kinds.yaml``)."""
    return dict(load_yaml("count_kinds.yaml"))


@cache
def _counted_words() -> tuple[dict[str, str], dict[str, str]]:
    """(head words, words before them) of what counts count, in English (``data/counted_words.yaml``);
    each sector's words are words before a head too (钢铁 → steel)."""
    doc = load_yaml("counted_words.yaml")
    before = {w: s["en"] for s in load_yaml("sectors.yaml")["sectors"] for w in s["words"]}
    return dict(doc["heads"]), {**before, **doc["modifiers"]}


def _counted_in_english(kind: str) -> str | None:
    """``kind`` ("钢铁企业", "企业和高校") in English, or None unless every word of it is known."""
    heads, before = _counted_words()
    said = []
    for part in re.split(r"、|以及|和|及|与|，|,", kind.strip()):
        part = re.sub(r"^[家所个名位]|等$", "", part.strip())
        head = next((part[-n:] for n in range(len(part), 0, -1) if part[-n:] in heads), None)
        if head is None:
            return None
        rest, words = part[: len(part) - len(head)], []
        while rest:
            word = next((rest[:n] for n in range(len(rest), 0, -1) if rest[:n] in before), None)
            if word is None:
                return None
            words.append(before[word])
            rest = rest[len(word):]
        said.append(" ".join([*words, heads[head]]))
    return ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]


def default_lang() -> str:
    lang = os.environ.get("XIETONG_LANG", "zh")
    return lang if lang in LANGS else "zh"


def t(key: str, lang: str | None = None) -> str:
    """Example:

    >>> t("founded", "zh"), t("founded", "en")
    ('成立时间', 'Founded')
    """
    return _messages()[lang or default_lang()].get(key, key)


@cache
def _problem_patterns() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    return {lang: [(re.compile(p), form) for p, form in entries] for lang, entries in load_yaml("problem_messages.yaml").items()}


def problem(message: str, lang: str | None = None) -> str:
    """An input problem's message in ``lang``; English (as the core reports
    it) when ``lang`` is English or no translation fits.

    >>> problem("cannot read date '2020-13': month 13 is out of range", "zh")
    "无法识别日期 '2020-13'：月份 13 超出范围"
    >>> problem("duplicate of row 3", "zh"), problem("duplicate of row 3", "en")
    ('与第 3 行重复', 'duplicate of row 3')
    """
    for pattern, form in _problem_patterns().get(lang or default_lang(), []):
        found = pattern.match(message)
        if found:
            parts = [problem(g, lang) if g else "" for g in found.groups()]  # a quoted reason is translated too
            return re.sub(r"\{(\d)\}", lambda ref: parts[int(ref.group(1)) - 1], form)
    return message


def problem_line(p: object, lang: str | None = None) -> str:
    """``file:row:column: message`` with the message in ``lang``, and the page after it where the
    problem names one (a PDF's row).

    >>> from xietong.ingest.problems import Problem
    >>> problem_line(Problem("名单.pdf", 40, "单位名称", "duplicate of row 3", page=3), "zh")
    '名单.pdf:40:单位名称: 与第 3 行重复（第 3 页）'
    """
    message = getattr(p, "message", None)
    if not message:
        return str(p)
    page = getattr(p, "page", None)
    said = "" if page is None else _messages()[lang or default_lang()]["on_page"].format(n=page)
    return f"{p.place}: {problem(message, lang)}{said}"  # type: ignore[attr-defined]


class Labels:
    """What readers see for the registry's codes and ids, in one language:
    property names, property values (region codes, taxonomy ids, yes/no),
    roles, count qualifiers and organisation kinds. Shared by the command
    line and the web pages; unknown codes are shown as they are.

    >>> zh, en = Labels("zh"), Labels("en")
    >>> zh.prop("alliance", "type"), zh.value("alliance", "type", "service"), en.role("initiator")
    ('类型', '服务类', 'initiator')
    >>> zh.role("secretariat"), zh.qualifier("more_than"), zh.org_kind("university"), zh.role("mascot")
    ('秘书处', '余', '高校', 'mascot')
    """

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang if lang in LANGS else default_lang()

    def prop(self, kind: str, prop: str) -> str:
        return props.label(kind, prop, self.lang)

    def value(self, kind: str, prop: str, value: str) -> str:
        return props.display(kind, prop, value, self.lang)

    def _term(self, vocab_name: str, term: str | None) -> str:
        if not term:
            return ""
        vocab = org_kinds() if vocab_name == "org_kinds" else taxonomy_vocab(vocab_name)
        return vocab.shown(term, self.lang)

    def role(self, role: str | None) -> str:
        return self._term("roles", role)

    def qualifier(self, qualifier: str | None) -> str:
        return self._term("count_qualifiers", qualifier)

    def org_kind(self, kind: str | None) -> str:
        return self._term("org_kinds", kind)

    def count(self, c: dict[str, Any]) -> str:
        """A count fact as a sentence writes it ("70余家钢铁企业", "more than 70 钢铁企业"); what is
        counted, when its source wrote it in English, follows in brackets in Chinese.

        >>> zh = Labels("zh")
        >>> zh.count({"count": 70, "qualifier": "more_than", "kind": "钢铁企业"})
        '70余家钢铁企业'
        >>> zh.count({"count": 69, "qualifier": "exact", "kind": "first-batch enterprises"})
        '69家（first-batch enterprises）'

        unless the bundled table of such kinds (``data/count_kinds.yaml``) says it in Chinese:

        >>> zh.count({"count": 160, "qualifier": "more_than", "kind": "co-initiating BTH leading firms, universities and institutes"})
        '160余家共同发起的京津冀龙头企业、高校和科研院所'

        Every count is of organisations, so each takes 家 as it is said, unless what
        is counted brings its own measure word:

        >>> [zh.count({"count": 30, "qualifier": q, "kind": k}) for q, k in
        ...  (("about", None), ("at_least", "企业"), ("exact", "钢铁企业"), ("exact", "所高校"), ("at_least", "所高校"))]
        ['约30家', '30家以上企业', '30家钢铁企业', '30所高校', '30所以上高校']
        >>> Labels("en").count({"count": 70, "qualifier": "more_than", "kind": None})
        'more than 70'
        """
        mark = {"more_than": "余", "at_least": "以上", "about": "约"}.get(c["qualifier"], "")
        kind = c["kind"] or ""
        if self.lang == "zh":
            unit, kind = self._measured(kind)
            kind = f"（{kind}）" if re.search(r"[A-Za-z]", kind) else kind
            n = c["count"]
            return {"约": f"约{n}{unit}{kind}", "余": f"{n}余{unit}{kind}", "以上": f"{n}{unit}以上{kind}"}.get(
                mark, f"{n}{unit}{kind}")
        q = {"more_than": "more than ", "at_least": "at least ", "about": "about "}.get(c["qualifier"], "")
        kind = self.counted(kind)
        return f"{q}{c['count']}" + (f" {kind}" if kind else "")

    def counted(self, kind: str | None) -> str:
        """What a count counts, in this language, as a table's column says it (no measure word).

        >>> Labels("zh").counted("universities (3 named)"), Labels("zh").counted("钢铁企业"), Labels("en").counted("universities")
        ('高校（其中3所具名）', '钢铁企业', 'universities')

        In English, what a Chinese source counts is said in English where every word of it
        is known (``data/counted_words.yaml``), and kept as written where not:

        >>> en = Labels("en")
        >>> en.counted("钢铁企业"), en.counted("首批成员单位"), en.counted("所高校"), en.counted("企业、高校和科研院所")
        ('steel enterprises', 'first-batch member organisations', 'universities', 'enterprises, universities and research institutes')
        >>> en.count({"count": 6, "qualifier": "exact", "kind": "单位"}), en.counted("三地政府")
        ('6 organisations', '三地政府')
        """
        if self.lang == "zh":
            return self._measured(kind or "")[1]
        return (_counted_in_english(kind) if kind and not re.search(r"[A-Za-z]", kind) else None) or kind or ""

    @staticmethod
    def _measured(kind: str) -> tuple[str, str]:
        """(measure word, what is counted) in Chinese: 家 unless what is counted brings its own."""
        kind = _count_kinds().get(kind, kind)
        return (kind[0], kind[1:]) if kind[:1] in ("家", "个", "所", "名", "位") else ("家", kind)

    def span(self, membership: dict[str, Any]) -> str:
        """When a member joined and left, as said after it ("2015年4月起", "since 2015-04"); "" when unknown.

        >>> Labels("zh").span({"since": "2015-04", "until": "2017"}), Labels("en").span({"since": None, "until": "2017"})
        ('2015年4月至2017年', 'until 2017')
        """
        since, until = (None if (d := membership.get(k)) is None else self.value("alliance", "founded", d)
                        for k in ("since", "until"))
        if since and until:
            return t("member_span", self.lang).format(since=since, until=until)
        if since:
            return t("member_since", self.lang).format(since=since)
        return t("member_until", self.lang).format(until=until) if until else ""

    def note(self, text: str | None) -> str:
        """A fact's note in this language: why a rule stated it (the classifier's evidence, a
        kind read from a name) or what a curator added. Notes are stored as the core writes
        them, in English, parts joined by "; "; each part is read as a message is.

        >>> Labels("zh").note("confidence 0.95; 「钢铁」 is in the seed's list for 钢铁 (industry); cue for domain strongly_associated")
        '置信度 0.95；「钢铁」在种子文献所列的钢铁行业中（产业类）；领域线索：关联性强的领域'
        >>> Labels("en").note("confidence 0.95"), Labels("zh").note(None)
        ('confidence 0.95', '')

        In English, the sectors, types, domains and relations a note names by their Chinese
        names or their codes are said in English:

        >>> Labels("en").note("「石墨烯」 is in the lexicon's 新材料 (industry); cue for domain innovation_intensive")
        "「石墨烯」 is in the lexicon's new materials (industry); cue for domain: innovation-intensive"
        """
        if not text:
            return ""
        if self.lang != "zh":
            return "; ".join(map(self._note_en, text.split("; ")))
        return "；".join(problem(part, "zh") for part in text.split("; "))

    def _note_en(self, part: str) -> str:
        """One part of a note in English: what it names by a code or a Chinese sector, by its English name."""
        from xietong import sectors

        if m := re.fullmatch(r"cue for (domain|relation) (\w+)", part):
            return f"cue for {m[1]}: {self._term(m[1] + 's', m[2])}"
        if m := re.fullmatch(r"(.+ (?:is in the seed's list for|is in the lexicon's|is the name's head, which decides:)) (.+) \((\w+)\)", part):
            return f"{m[1]} {sectors.label(m[2], 'en')} ({self._term('types', m[3])})"
        if m := re.fullmatch(r"(「….+联盟」 after 「.+」) \((.+)\): a service to that industry \((\w+)\)", part):
            return f"{m[1]} ({sectors.label(m[2], 'en')}): a service to that industry ({self._term('types', m[3])})"
        if m := re.fullmatch(r"(the description names 「.+」) \((.+), (\w+)\)", part):
            return f"{m[1]} ({sectors.label(m[2], 'en')}, {self._term('types', m[3])})"
        if m := re.fullmatch(r"(「.+」 is written most like the words of) (.+) \((\w+)\): a guess", part):
            return f"{m[1]} {sectors.label(m[2], 'en')} ({self._term('types', m[3])}): a guess"
        return part

    def refusal(self, kind: str, field: str | None, message: str) -> str:
        """A refused value, named by its property as readers call it, with the reason in this language.

        >>> Labels("zh").refusal("alliance", "founded", "cannot read date '2015年13月': month 13 is out of range")
        "成立时间：无法识别日期 '2015年13月'：月份 13 超出范围"
        >>> Labels("en").refusal("org", "province", "unknown region '火星'")
        "province: unknown region '火星'"
        """
        said = problem(message, self.lang)
        if not field:
            return said
        return f"{self.prop(kind, field)}{'：' if self.lang == 'zh' else ': '}{said}"

    def message(self, text: str) -> str:
        """A message of the core's (a problem, a refusal, why two records were merged) in this language."""
        return problem(text, self.lang)

    def table(self, name: str) -> str:
        """What a storage table holds ("statement" -> 事实陈述), for reports of what a write changed."""
        return self.name("table_names", name)

    def rows_kind(self, kind: str) -> str:
        """What a file's rows are ("orgs" -> 机构)."""
        return self.name("row_kinds", kind)

    def name(self, group: str, key: str) -> str:
        """``key``'s name in one of messages.yaml's groups of names (a review
        status, a listing's action …), else ``key`` itself.

        >>> Labels("zh").name("review_status", "pending"), Labels("en").name("review_status", "pending")
        ('待审', 'pending')
        """
        return self._named(group, key) or key

    def listing_kind(self, kind: str) -> str:
        from xietong.listings import kinds

        return kinds().shown(kind, self.lang)

    def locator(self, locator: str | None) -> str:
        """Where in its source a fact stands (stored in English: "row 5",
        "chars 120-160", "name" for what a rule read off a name).

        >>> Labels("zh").locator("row 5"), Labels("zh").locator("chars 120-160"), Labels("en").locator("row 5")
        ('第 5 行', '第 120–160 字', 'row 5')
        >>> Labels("zh").locator("row 40 (page 3)")
        '第 40 行（第 3 页）'
        """
        if not locator or self.lang == "en":
            return locator or ""
        if found := _LOCATOR_ROW.fullmatch(locator):
            return f"第 {found[1]} 行"
        if found := _LOCATOR_ROW_ON_PAGE.fullmatch(locator):
            return f"第 {found[1]} 行（第 {found[2]} 页）"
        if found := _LOCATOR_CHARS.fullmatch(locator):
            return f"第 {found[1]}–{found[2]} 字"
        return "名称" if locator == "name" else locator

    def where(self, fact: dict[str, Any]) -> str:
        """Where a fact was read: its source, and the place in it when there is one ("a.csv · 第 2 行";
        an entry by hand has no place in its source, and gets no dangling separator).

        >>> Labels("zh").where({"source": {"title": "《天津日报》"}, "dataset": "user", "locator": None})
        '《天津日报》'
        """
        place = self.locator(fact.get("locator"))
        said = self.source(fact.get("source"), fact.get("dataset") or "")
        return f"{said} · {place}" if place else said

    def source(self, source: dict[str, str | None] | None, dataset: str) -> str:
        """A fact's source as a reader knows it: its address, else its title (a sheet's or a
        document table's named with its file, as problems name them), else its dataset; the
        rules xietong applies and its bundled reference file are named in the reader's language
        (their stored titles are English).

        >>> Labels("zh").source({"title": "classified by …"}, "rule:classifier")
        '按种子文献的分类体系自动分类（xietong.classify）'
        >>> Labels("zh").source({"title": "《通知》", "note": "text read by OCR from pictures of its pages"}, "document:a.png")
        '《通知》（扫描件，文字由文字识别读出）'
        >>> Labels("en").source({"kind": "file", "title": "机构", "file": "名录.xlsx"}, "名录.xlsx")
        '名录.xlsx[机构]'
        """
        from xietong.text.ocr import OCR_NOTE

        src = source or {}
        title = src.get("title")
        if title and src.get("kind") == "file":  # a sheet or a document's table, named with its file as problems are
            title = f"{dataset}[{title}]"
        said = src.get("url") or self._named("source_names", dataset) or title or dataset
        return said + _messages()[self.lang]["source_read_by_ocr"] if src.get("note") == OCR_NOTE else said

    def _named(self, group: str, key: str) -> str | None:
        """``key``'s name in one of messages.yaml's groups of names, in this language."""
        return _messages()[self.lang].get(group, {}).get(key)


_LOCATOR_ROW = re.compile(r"row (\d+)")
_LOCATOR_ROW_ON_PAGE = re.compile(r"row (\d+) \(page (\d+)\)")
_LOCATOR_CHARS = re.compile(r"chars (\d+)-(\d+)")
