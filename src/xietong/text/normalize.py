"""Text as the extractor reads it, with a map back to the original offsets.

Page breaks and line wraps split Chinese words ("协同创新联\\n\\n盟"); white
space between two CJK characters is dropped, full-width letters and digits
are folded, traditional characters are read as simplified, and every
character keeps its original position so evidence spans point into the text
as the user has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from xietong.names import to_simplified
from xietong.text.cues import cues

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# white space between Chinese characters, or a line break inside a date ("于2024年\n8月在保定成立": a
# line of a PDF's text wrapped there), is layout, not text
# a page's number on a line of its own, as text copied from a PDF keeps it between a page's last line and
# the next page's first ("…由甲医院牵头，\n— 12 —\n联合乙医院…"): layout too, where the sentence runs on
_PAGE_LINE = r"\n[ \t]*(?:[-—–][ \t]*\d{1,4}[ \t]*[-—–]|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[，,]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?)[ \t]*\n\s*"
_GAP = re.compile(_PAGE_LINE + r"|\s+")
_BEFORE_GAP = re.compile(rf"[{_CJK}，。、；：）]")
_AFTER_GAP = re.compile(rf"[{_CJK}，。、；：（]")
# a date the line break falls inside: "于2024年" before "8月", "2024年5月" before "18日" (not a name
# before a date that begins the next line: "编辑：张三" / "5月18日，…")
_WRAPPED_DATE = re.compile(r"\d(?:年|月)$")


# what a document's title ends on ("关于成立X联盟的通知"): its line break is kept, however long the line (see _is_gap)
_TITLE_END = re.compile(r"(?:通知|公告|通告|决定|通报|批复|的函|意见|办法|方案)$")

# the circled numbers items of a list may open on (see _marked_lists)
_MARKERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳❶❷❸❹❺❻❼❽❾❿⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"


def _is_gap(text: str, start: int, end: int) -> bool:
    """Whether the white space ``text[start:end]`` is layout (see above), or parts the items of a
    list that open on circled numbers ("①甲大学 ②乙大学")."""
    if start == 0 or end == len(text) or not _BEFORE_GAP.match(text[start - 1]):
        return False
    if "\n" in text[start:end] and _TITLE_END.search(text, max(0, start - 4), start):
        return False  # "关于成立X联盟的通知\n各有关单位：": a document's title ends its line, however long
    after = text[end]
    return bool(_AFTER_GAP.match(after)) or after in _MARKERS or (after.isdigit() and "\n" in text[start:end]
                                              and bool(_WRAPPED_DATE.search(text, max(0, start - 6), start)))


def _is_digit_gap(text: str, start: int, end: int) -> bool:
    """Whether the white space ``text[start:end]`` parts digits from Chinese as layout does: spaces
    set between them ("于 2023 年 6 月", as many web pages and justified PDFs space them), or a line
    wrapped inside a number or a date ("达到1\n28家", "2024年11\n月20日"; not before a numbered item,
    a date or a time: "…2026-05-20 09:31\n5月18日，…")."""
    if start == 0 or end == len(text):
        return False
    before, after = text[start - 1], text[end]
    if "\n" not in text[start:end]:  # a number and its unit, spaced: not a dateline's "河北发布 2026-05-20 09:31"
        if before.isdigit():
            return after in _UNITS
        return bool(_COUNTED.match(text, end)) and bool(_CJK_CHAR.match(before))
    return before.isdigit() and (after in _DATE_UNITS or after.isdigit() and not _NUMBERED.match(text, end))


_DATE_UNITS = "年月日号"
_UNITS = _DATE_UNITS + "家个所名位余多万亿项次届"
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_COUNTED = re.compile(rf"\d+(?:\.\d+)?[ \t\u3000]*[{_UNITS}]")
# a numbered item, a date or a time that begins the next line
_NUMBERED = re.compile(rf"\d+(?:[.．、)）:：\-/]|[{_DATE_UNITS}])")


SHORT_LINE = 24


@dataclass
class Normalized:
    text: str
    offsets: list[int]  # offsets[i] = position in the original of text[i]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if start >= len(self.offsets):
            return len(self.original), len(self.original)
        last = self.offsets[end - 1] + 1 if end > start else self.offsets[start]
        return self.offsets[start], last


# Full-width digits and Latin letters to ASCII; Chinese punctuation stays.
_FOLD = {o: o - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for o in range(r[0], r[1] + 1)}


def _gaps(original: str) -> re.Pattern[str]:
    """What may be a gap in ``original``: white space, a page's number on a line of its own, and a
    running header, a line a PDF's every page repeats (a report's title, 4 to 40 characters, no
    sentence's end), found again between two lines of one sentence."""
    if original.count("\n") < 3:
        return _GAP
    seen: set[str] = set()
    repeated: set[str] = set()
    for line in original.split("\n"):
        line = line.strip()
        if 4 <= len(line) <= 40 and not line.endswith(("。", "！", "？")):
            (repeated if line in seen else seen).add(line)
    if not repeated:
        return _GAP
    headers = "|".join(re.escape(h) for h in sorted(repeated, key=len, reverse=True))
    return re.compile(rf"\n[ \t]*(?:{headers})[ \t]*\n\s*|" + _GAP.pattern)


def _is_layout(text: str, gap: re.Match[str]) -> bool:
    """Whether ``gap``, white space or a page's number on a line of its own, is layout to drop."""
    start, end = gap.start(), gap.end()
    if not gap.group().isspace():  # a page's number between two lines of one sentence
        return _is_gap(text, start, end) and text[start - 1] not in "。！？"
    if "\t" in gap.group() or "\n" in gap.group() and _by_table_row(text, start, end):
        return False  # a table's cells, a tab apart, and its rows, a line each: no wrap makes a tab
    if "\n" in gap.group() and _label_line().match(text, end):
        return False  # a fact sheet's next line ("常务理事单位：甲、乙"), however long the line before
    digits = _is_digit_gap(text, start, end)
    if not digits and not _is_gap(text, start, end):
        return False
    # a short line is a heading or a date line, not a wrapped one (a date wrapped inside is), unless
    # it is prose cut off (see _is_cut_prose)
    line_start = text.rfind("\n", 0, start) + 1
    short = "\n" in gap.group() and start - line_start < SHORT_LINE and not _is_cut_prose(text[line_start:start])
    return not short or digits and text[end] in _DATE_UNITS


@cache
def _label_line() -> re.Pattern[str]:
    """A line opening on a label and a colon: an alliance's field as an import's column names it
    (成立时间, 发起单位; four characters or more, not a word a wrapped line might begin with) or an
    office of its council (常务理事单位, 监事单位)."""
    from xietong.ingest.headers import specs
    from xietong.text.facts import OFFICE

    labels = sorted((k for k in specs()["alliances"].lookup() if len(k) >= 4 and not k.isascii()), key=len, reverse=True)
    return re.compile(rf"[ \t\u3000]*(?:{'|'.join(map(re.escape, labels))}|{OFFICE})[ \t\u3000]*[：:]")


def _by_table_row(text: str, start: int, end: int) -> bool:
    """Whether the line before the line break ``text[start:end]``, or the line after it, is a
    table's row, its cells parted by tabs (as a web page's or a Word file's table is read)."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    after_end = text.find("\n", end)
    return "\t" in before or "\t" in text[end:after_end if after_end != -1 else len(text)]


# a line that begins a numbered heading or item ("一、", "（二）", "3.", "第四条"): a heading, whatever it holds
_NUMBERED_LINE = re.compile(r"[ \t]*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．]|第[一二三四五六七八九十百\d]+[条章节])")


def _is_cut_prose(line: str) -> bool:
    """Whether a short ``line`` is prose a narrow wrap cut off, not a heading or a name of a list:
    it holds a comma, or a 、 and ends on a character no body's name ends on (…天津城建大 / 学、河北
    建筑工程学院在天津联合发起成立京 / 津冀…), and opens no numbered heading or item.

    >>> _is_cut_prose("2015年4月，北京建筑大学、天津城建大"), _is_cut_prose("学、河北建筑工程学院在天津联合发起成立京")
    (True, True)
    >>> _is_cut_prose("发起单位：甲大学、乙大学"), _is_cut_prose("（一）坚持市场主导，政府引导"), _is_cut_prose("京津冀协同发展报告")
    (False, False, False)
    >>> _is_cut_prose("2025年9月12日，")  # a clause ended by its comma, the sentence going on below (a scan's OCR cuts so)
    True
    """
    if line.endswith("，") and not _NUMBERED_LINE.match(line):
        return True
    if not line or not _CJK_CHAR.match(line[-1]) or _NUMBERED_LINE.match(line):
        return False
    return "，" in line or "," in line or ("、" in line and not line.endswith(cues().name_endings))


def normalize(original: str) -> Normalized:
    r"""Drop wrap gaps inside long lines; keep breaks after short lines (headings).

    >>> n = normalize("由北京工业大学、天津工业大学、河北工业大学联合成立的协同创新联\n\n盟，通过")
    >>> n.text[-9:], n.span(29, 35)
    ('协同创新联盟，通过', (29, 37))
    >>> normalize("2016年04月25日\n\n以联盟为纽带").text
    '2016年04月25日\n\n以联盟为纽带'
    >>> normalize("２０２４年，京津冀醫療器械產業聯盟成立").text, normalize("北京京东乾石科技有限公司加入联盟").text
    ('2024年，京津冀医疗器械产业联盟成立', '北京京东乾石科技有限公司加入联盟')
    >>> normalize("首批成员单位如下表：\n序号\t单位名称\n1\t甲测试公司\n2\t乙测试大学").text  # a table's cells and rows
    '首批成员单位如下表：\n序号\t单位名称\n1\t甲测试公司\n2\t乙测试大学'
    >>> normalize("（二）产业联盟建设。京津冀新能源装备产业联盟于2024年\n8月在河北保定成立").text[-20:]
    '备产业联盟于2024年8月在河北保定成立'
    >>> normalize("来源：某某日报 2026-05-20 09:31 编辑：张三\n5月18日，京津冀氢能产业联盟成立").text[-23:]
    '编辑：张三\n5月18日，京津冀氢能产业联盟成立'
    >>> normalize("京津冀某联盟于 2023 年 6 月成立，成员单位达到1\n28家").text  # spaced digits; a number wrapped
    '京津冀某联盟于2023年6月成立，成员单位达到128家'
    >>> normalize("某联盟由甲医院牵头，\n— 12 —\n联合乙医院发起。\n- 13 -\n二、其他").text  # page numbers
    '某联盟由甲医院牵头，联合乙医院发起。\n- 13 -\n二、其他'
    >>> normalize("京津冀某某测试联盟于2024年11\n月20日在石家庄成立").text  # a date wrapped, however short its line
    '京津冀某某测试联盟于2024年11月20日在石家庄成立'
    >>> normalize("某某年度报告\n京津冀某联盟成立于2019年，\n某某年度报告\n现有会员企业76家。").text  # a running header
    '某某年度报告\n京津冀某联盟成立于2019年，现有会员企业76家。'
    >>> normalize("副理事长单位：乙测试科技有限公司、丙测试网络科技有限公司\n常务理事单位：丁测试大学").text  # a fact sheet's lines
    '副理事长单位：乙测试科技有限公司、丙测试网络科技有限公司\n常务理事单位：丁测试大学'
    """
    kept: list[str] = []  # the text between the gaps dropped, a piece at a time
    offsets: list[int] = []
    pos = 0
    for m in _gaps(original).finditer(original):  # white space is rare in Chinese text: each run is looked at
        if not _is_layout(original, m):
            continue
        kept.append(original[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    kept.append(original[pos:])
    offsets.extend(range(pos, len(original)))
    return Normalized(_line_lists(_marked_lists(_colon_lists(_simplified(_chinese_punctuation(
                          _symbols("".join(kept)).translate(_FOLD)))))),
                      offsets, original)


# names one to a line under a heading that says whose they are ("京津冀种业创新联盟发起单位\n甲研究所\n乙科学院"):
# one enumeration after a colon
_ORG_LINE = r"[^\n，,。；;！？!?：:]{1,38}(?:公司|集团|大学|学院|院|所|会|局|厅|委|中心|医院|馆|社|台|站|园|厂|行|部|处|校)"
_LINE_LIST = re.compile(r"(?P<label>(?:发起单位|发起成立单位|发起方|成员单位|会员单位)(?:名单)?)(?P<colon>[：:]?)"
                        rf"(?P<list>\n{_ORG_LINE}(?:\n{_ORG_LINE})+)(?=\n|$)")  # each line a body's name by its ending


def _line_lists(text: str) -> str:
    r"""``text`` with names one to a line under such a heading (see above) made a list after a colon,
    character for character: the first break a colon (or a space after one), the others 、.

    >>> _line_lists("X联盟发起单位\n甲研究所\n乙科学院\n丙大学")
    'X联盟发起单位：甲研究所、乙科学院、丙大学'
    """
    def part(m: re.Match[str]) -> str:
        listed = m["list"]
        return m["label"] + m["colon"] + (" " if m["colon"] else "：") + listed[1:].replace("\n", "、")
    return _LINE_LIST.sub(part, text)


# ASCII punctuation typed in Chinese text (a keyboard left in English mode: "2025年4月,X在天津成立,由甲发起."):
# a mark beside a Chinese character, and brackets or quotes around or beside one, are the Chinese marks
_CJK_NEAR = rf"[{_CJK}]"
_ASCII_MARK = re.compile(rf"(?<={_CJK_NEAR})[,;:?!]|[,;?!](?={_CJK_NEAR})|(?<=[{_CJK}%）”])\.(?![A-Za-z0-9_.])")
_ASCII_QUOTES = re.compile(r"'([^'\n]{1,40})'|\"([^\"\n]{1,60})\"")
_ASCII_BRACKETS = re.compile(r"\(([^()\n]{1,80})\)")
_FULL_MARK = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
_FULL_PAIR = {"(": "（）", "'": "‘’", '"': "“”"}


def _chinese_punctuation(text: str) -> str:
    r"""``text`` with ASCII punctuation typed in Chinese text made the Chinese marks (see above),
    character for character: a comma, semicolon, colon, question or exclamation mark beside a
    Chinese character, a full stop after one (not inside a number or a word: 1.5, e.g.), and
    brackets and quotes whose content or either side is Chinese. English text keeps its own.

    >>> _chinese_punctuation("2025年4月,X联盟在天津成立;发起单位:甲大学.成员1,200家,占比12.5%.")
    '2025年4月，X联盟在天津成立；发起单位：甲大学。成员1,200家，占比12.5%。'
    >>> _chinese_punctuation("X联盟(以下简称'Y联盟')于2024年成立。See (p. 3), \"Hello, world.\"")
    'X联盟（以下简称‘Y联盟’）于2024年成立。See (p. 3), "Hello, world."'
    """
    def pair(m: re.Match[str]) -> str:
        inner, said = next(g for g in m.groups() if g is not None), m.string  # the text this pass reads
        start, end = m.start(), m.end()
        beside = (start > 0 and re.match(_CJK_NEAR, said[start - 1])) or (end < len(said) and re.match(_CJK_NEAR, said[end]))
        if not beside and not re.search(_CJK_NEAR, inner):
            return m.group()
        marks = _FULL_PAIR[m.group()[0]]
        return marks[0] + inner + marks[1]
    text = _ASCII_BRACKETS.sub(pair, _ASCII_QUOTES.sub(pair, text))  # quotes first: a short name quoted in brackets
    return _ASCII_MARK.sub(lambda m: _FULL_MARK[m.group()], text)


# emoji and the marks that join or vary them, and the # of a hashtag (#京津冀文旅联盟#): no part of a word
_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D#＃]")


# a hashtag that opens a post or a line and is followed by a space (#京津冀文旅联盟# 今天上午，联盟…) is
# the post's topic, set apart as a heading is: its closing mark ends a line
_TOPIC = re.compile(r"(?:^|(?<=\n))[ \t]*[#＃][^#＃\n]{1,40}[#＃](?=[ \t\u3000])")


def _symbols(text: str) -> str:
    r"""``text`` with emoji and hashtags' marks made spaces, character for character; a topic's
    closing mark (see above) a line break.

    >>> _symbols("#京津冀文旅联盟# 成立！🎉 首批").split("\n")
    [' 京津冀文旅联盟', ' 成立！  首批']
    >>> _symbols("参加#京津冀文旅联盟#年会")
    '参加 京津冀文旅联盟 年会'
    """
    text = _TOPIC.sub(lambda m: m[0][:-1] + "\n", text)
    return _SYMBOLS.sub(" ", text)


# a list whose items each open on a circled number ("发起单位：①甲大学 ②乙大学 ③丙大学"): one enumeration
_MARKED_LIST = re.compile(rf"[{_MARKERS}][^{_MARKERS}，,。；;！？!?\n]+(?:[{_MARKERS}][^{_MARKERS}，,。；;！？!?\n]+)+")


def _marked_lists(text: str) -> str:
    """``text`` with each list of items opening on circled numbers parted by 、 (see above), the
    first number a space, character for character (the spaces between were dropped as gaps).

    >>> _marked_lists("发起单位：①甲大学②乙大学③丙大学。")
    '发起单位： 甲大学、乙大学、丙大学。'
    """
    def part(m: re.Match[str]) -> str:
        listed = m.group()
        return " " + re.sub(rf"[{_MARKERS}]", "、", listed[1:])
    return _MARKED_LIST.sub(part, text)


# a list after a colon whose names are parted by semicolons, up to the sentence's end ("发起成立单位有：
# 甲研究院；乙研究院；丙研究院。"): one enumeration, as if parted by 、
_COLON_LIST = re.compile(r"(?<=[：:])[^，,。；;：:！？!?\n]{2,30}(?:[；;][^，,。；;：:！？!?\n]{2,30})+(?=[。！？!?\n]|$)")


def _colon_lists(text: str) -> str:
    """``text`` with each list after a colon parted by 、 where it was by semicolons (see above),
    character for character.

    >>> _colon_lists("发起单位有：甲研究院；乙研究院；丙研究院。一是合作；二是交流。")
    '发起单位有：甲研究院、乙研究院、丙研究院。一是合作；二是交流。'
    """
    return _COLON_LIST.sub(lambda m: re.sub("[；;]", "、", m.group()), text)


def _simplified(text: str) -> str:
    """``text`` in simplified characters (a Hong Kong or Taiwan report: 京津冀醫療器械產業聯盟),
    character for character, so every offset still points where it did. OpenCC converts
    whole phrases; in the rare text where that changes the length, each character is
    converted alone."""
    converted = to_simplified(text)
    if len(converted) != len(text):
        converted = "".join(c if len(one := to_simplified(c)) != 1 else one for c in text)
    if converted == text or not any(c in text for c in _BOTH_SCRIPTS):
        return converted
    changed = [i for i, (a, b) in enumerate(zip(text, converted, strict=True)) if a != b]
    if any(text[i] in _BOTH_SCRIPTS for i in changed) and sum(text[i] not in _BOTH_SCRIPTS for i in changed) < 3:
        # a text in simplified characters that writes one the simplified script has too: as written
        return "".join(text[i] if text[i] in _BOTH_SCRIPTS else c for i, c in enumerate(converted))
    return converted


# characters simplified text writes too that OpenCC reads as traditional ones (乾 of 乾照光电, 京东乾石 as 干):
# converted only in a text in traditional characters (three or more others converted)
_BOTH_SCRIPTS = frozenset("乾")
