"""What the scripts that build the extraction gold sets share: one expected
alliance, and writing a set of sentences as JSON Lines. Run those scripts
from the repo root (``python eval/make_news_gold.py``)."""
import json


def E(name, **kw):
    """One alliance a sentence names, with the fields extraction is scored on (unstated ones empty);
    the members it names only where given (a set labelling them, dev89 on), and its secretariat
    likewise (dev92 on), its chair and vice chairs (dev93 on), and its
    council's lower tiers (dev95 on), so that the sets before are not scored on a field they were never labelled for."""
    e = {"alliance": name, "aliases": kw.get("aliases", []), "founded": kw.get("founded"), "city": kw.get("city"),
         "initiators": kw.get("initiators", []), "initiator_count": kw.get("initiator_count"),
         "member_count": kw.get("member_count"), "regions": kw.get("regions", [])}
    if "members" in kw:
        e["members"] = kw["members"]
    if "secretariat" in kw:  # labelled from dev92 on, None where a text names none
        e["secretariat"] = kw["secretariat"]
    if "chair" in kw:  # labelled from dev93 on, None where a text names none, with the vice chairs
        e["chair"] = kw["chair"]
        e["vice_chairs"] = kw.get("vice_chairs", [])
    if "council_members" in kw:  # the council's lower tiers, labelled from dev95 on ([] where a text names none)
        for tier in ("standing_council_members", "council_members", "supervisors"):
            e[tier] = kw.get(tier, [])
    return e


def F(name, **kw):
    """One alliance with every field labelled, the optional ones too (dev96 on): no members, secretariat,
    chair, vice chairs or council tiers unless given."""
    kw.setdefault("members", [])
    kw.setdefault("secretariat", None)
    kw.setdefault("chair", None)
    kw.setdefault("council_members", [])
    return E(name, **kw)


def G(name, **kw):
    """As :func:`F`, and every body chairing the council too (dev98 on): ``chairs``, the one ``chair``
    where there is one, all of them where several chair in turn or jointly (``chair`` is then None)."""
    kw.setdefault("chairs", [kw["chair"]] if kw.get("chair") else [])
    e = F(name, **kw)
    e["chairs"] = kw["chairs"]
    return e


def write(path, prefix, items):
    """``items`` of (text, date the text was written or None, expected alliances) to ``path``, ids ``prefix-01`` …"""
    with open(path, "w", encoding="utf-8") as fh:
        for i, (text, date, alliances) in enumerate(items, 1):
            fh.write(json.dumps({"id": f"{prefix}-{i:02d}", "text": text, "date": date, "alliances": alliances},
                                ensure_ascii=False) + "\n")
    print(len(items), "sentences")
