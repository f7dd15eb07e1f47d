"""Names in the order Chinese readers look them up: by pinyin (拼音排序).

Directories, yearbooks and government lists of organisations are ordered by
the sound of their names, letter by letter and then by tone, as a dictionary
is. Code-point order, Python's and the database's, follows nothing a reader
can see: it puts 中 (zhōng) before 京 (jīng) and 天 (tiān) before 北 (běi).

A character's reading is its usual one, unless a word it stands in reads it
otherwise (银行 yín háng, 重庆 chóng qìng, 长江 cháng jiāng); both come from
pypinyin's tables. pypinyin's own ``lazy_pinyin`` reads names so too, but at
some 200 µs a name, 40 s to order 200,000 organisations. Here a name's usual
readings are one ``str.translate`` (C code), and words are looked up only
around the characters some word reads otherwise, a fifth of a name's.

Within a name, digits come before Latin letters, both before Chinese
characters, and other signs after them; names that sound alike (同音) keep
code-point order between them, so the order is total and the same on every run.
"""

from __future__ import annotations

import re
import string
from functools import cache

# what each kind of character sorts as: a mark that orders the kinds, then its own key
_DIGIT, _LATIN, _HAN = "\x01", "\x02", "\x03"

# words whose reading pypinyin's tables lack and names of this field need (长三角, the Yangtze River
# Delta, reads 长 as 长江 does; its tables read 长 alone as zhǎng)
_WORDS = {"长三角": ["cháng", "sān", "jiǎo"]}


def key(name: str) -> tuple[str, str]:
    """The key ``name`` sorts by: its sound, then the name itself.

    >>> sorted(["中关村联盟", "京津冀联盟", "天津联盟", "北京联盟", "长三角联盟"], key=key)
    ['北京联盟', '长三角联盟', '京津冀联盟', '天津联盟', '中关村联盟']
    >>> sorted(["中国银行", "重庆银行"], key=key)  # chóng qìng before zhōng guó
    ['重庆银行', '中国银行']
    """
    return sound(name), name


def sound(name: str) -> str:
    """``name``'s readings as one string that compares as a dictionary orders them."""
    table, words, spans, differing = _tables()
    fixes: list[tuple[int, int, str]] = []  # (start, end, readings) of the words read otherwise
    done = 0
    for m in differing.finditer(name):
        at = m.start()
        if at < done:
            continue
        for offset, length in spans[m.group()]:  # the earliest, then longest, word reading it otherwise
            start = at - offset
            if start >= done and start + length <= len(name) and name[start : start + length] in words:
                fixes.append((start, start + length, words[name[start : start + length]]))
                done = start + length
                break
    if not fixes:
        return name.translate(table)
    parts, done = [], 0
    for start, end, readings in fixes:
        parts += [name[done:start].translate(table), readings]
        done = end
    parts.append(name[done:].translate(table))
    return "".join(parts)


def _syllable(reading: str) -> str:
    """A reading with its tone as a number after it (zhōng → zhong1, the neutral tone 5): such
    syllables compare as a dictionary orders them (ba1 < bai1 < ban1, lu4 < lv4), and as one never
    begins another, a name's can be joined and compared as one string."""
    from pypinyin.contrib.tone_convert import to_tone3

    return _HAN + to_tone3(reading, neutral_tone_with_five=True)


@cache
def _tables() -> tuple[dict[int, str], dict[str, str], dict[str, list[tuple[int, int]]], re.Pattern[str]]:
    """Loaded once, on first use (half a second): what each character sorts as by itself; the
    words that read a character otherwise, each with what it sorts as; for each character some
    word reads otherwise, where it stands in such words and how long they are (the earliest
    start and the longest word first); and a pattern finding those characters."""
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    usual = {ch: _syllable(readings.split(",")[0]) for ch, readings in pinyin_dict.items()}
    table = {**usual, **{ord(d): _DIGIT + d for d in string.digits},
             **{ord(c): _LATIN + c.lower() for c in string.ascii_letters}}
    words: dict[str, str] = {}
    spans: dict[str, set[tuple[int, int]]] = {}
    for word, readings in {**phrases_dict, **{w: [[r] for r in rs] for w, rs in _WORDS.items()}}.items():
        if len(readings) != len(word):
            continue
        sounds = [_syllable(r[0]) for r in readings]
        odd = [i for i, (ch, s) in enumerate(zip(word, sounds, strict=True)) if usual.get(ord(ch)) != s]
        if odd:
            words[word] = "".join(sounds)
            for i in odd:
                spans.setdefault(word[i], set()).add((i, len(word)))
    differing = re.compile("[" + "".join(map(re.escape, sorted(spans))) + "]")
    return table, words, {ch: sorted(at, reverse=True) for ch, at in spans.items()}, differing
