"""Loading the bundled reference data: the seed brief's 15 alliances
(``data/seed_facts.yaml``, each fact quoting its passage of the seed) and the
shared reference table (``data/reference/alliances_reference.csv``).

Both load through the same writer as user imports, so loading twice adds
nothing, and every fact keeps its source: the seed by character span and
passage, the reference table by row and the page it cites.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection

from xietong import counts, names, props, regions
from xietong.resolution import Index, resolve
from xietong.vocab import data_path, load_yaml
from xietong.writer import ROW, Provenance, Writer

SEED_FILE = "seed/000_ec8e10c45ca19fa6.txt"
REFERENCE_FILE = "reference/alliances_reference.csv"
REFERENCE_DATASET = "reference:alliances_reference.csv"


@cache
def seed_text() -> str:
    return data_path(SEED_FILE).read_text(encoding="utf-8")


class PassageNotFound(LookupError):
    pass


def locate(text: str, passage: str, start: int = 0) -> tuple[int, int]:
    """Where ``passage`` stands in ``text``, ignoring white space (page breaks
    split words in the seed: "协同创新联\\n\\n盟").

    >>> locate("由甲、乙联合成立的协同创新联\\n\\n盟，通过", "协同创新联盟")
    (9, 17)
    """
    chars = [c for c in passage if not c.isspace()]
    pattern = r"\s*".join(re.escape(c) for c in chars)
    m = re.compile(pattern).search(text, start)
    if m is None:
        raise PassageNotFound(passage)
    return m.start(), m.end()


@dataclass
class _Seed:
    writer: Writer
    source_id: str
    dataset: str

    def prov(self, passage: str, note: str | None = None) -> Provenance:
        s, e = locate(seed_text(), passage)
        return Provenance(self.dataset, self.source_id, f"chars {s}-{e}", seed_text()[s:e], note)


def load_seed(conn: Connection, writer: Writer) -> None:
    spec = load_yaml("seed_facts.yaml")
    doc = spec["document"]
    text = seed_text()
    sid = writer.source(
        kind="seed", dataset=doc["dataset"], title=doc["title"], file=doc["file"],
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        note=f"{doc['publisher']}; {', '.join(doc['authors'])}; {doc['published']}",
    )
    seed = _Seed(writer, sid, doc["dataset"])
    cluster = doc["cluster"]
    alliances = Index.load(conn, "alliance", cluster)
    orgs = Index.load(conn, "org")
    taxonomy = spec["taxonomy_passages"]
    for a in spec["alliances"]:
        name = a["name"]
        res = resolve(alliances, writer, name, sid)
        assert res is not None
        aid = res.id
        writer.state(aid, "alliance", "name", name, seed.prov(name))
        writer.state(aid, "alliance", "cluster", cluster, seed.prov(name, "scope: the brief is about Beijing–Tianjin–Hebei alliances"))
        for f in a.get("facts", []):
            note = f.get("note")
            if f.get("taxonomy"):
                t_passage = taxonomy[f["taxonomy"]]
                s, e = locate(text, t_passage)
                note = f"{note}; the seed's list: 「{text[s:e]}」 (chars {s}-{e})"
            value = props.read("alliance", f["prop"], str(f["value"]))
            writer.state(aid, "alliance", f["prop"], value, seed.prov(f["passage"], note), original=str(f["value"]))
            if f["prop"] == "aliases":
                alliances.add(aid, value)
        for m in a.get("members", []):
            prov = seed.prov(m["passage"])
            ores = resolve(orgs, writer, m["org"], sid)
            assert ores is not None
            oid = ores.id
            writer.state(oid, "org", "name", m["org"], prov)
            if m.get("collective"):
                writer.state(oid, "org", "collective", "true", prov)
            if m.get("kind"):
                writer.state(oid, "org", "kind", props.read("org", "kind", m["kind"]), prov)
            for r in m.get("regions", []):
                writer.state(oid, "org", "regions", regions.resolve(r).code, prov, original=r)
            writer.member(aid, oid, m["role"], prov)
        for c in a.get("counts", []):
            writer.count(aid, c["role"], int(c["count"]), c["qualifier"], c.get("kind"), seed.prov(c["passage"]),
                         original=c.get("original"))


# -- the shared reference table ------------------------------------------------

_LEADING_DATE = re.compile(r"^(?P<by>by\s+)?(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![-\d])")
_ANNOTATED = re.compile(r"^(?P<name>[^()（）]+?)\s*[（(](?P<note>[^()（）]+)[）)]\s*$")


def split_founded(cell: str) -> tuple[str | None, str | None, bool]:
    """(date, note, planned) from a reference ``founded`` cell.

    Only a leading YYYY[-MM[-DD]] is read as a date; anything vaguer ("04-11",
    a planned founding) stays a note and no date is invented.

    >>> split_founded("2015-08-05 (page prints 8月5日)")
    ('2015-08-05', 'page prints 8月5日', False)
    >>> split_founded("04-11 (year not printed in source excerpt)")
    (None, '04-11 (year not printed in source excerpt)', False)
    >>> split_founded("planned for around end of June 2015 (founding not confirmed)")[2]
    True
    """
    cell = cell.strip()
    if not cell:
        return None, None, False
    planned = cell.startswith("planned") or "not confirmed" in cell
    m = _LEADING_DATE.match(cell)
    if m and not planned:
        rest = cell[m.end():].strip()
        rest = rest[1:-1].strip() if rest.startswith("(") and rest.endswith(")") else rest
        note = rest or None
        if m.group("by"):
            note = f"formed by {m.group('date')}" + (f"; {note}" if note else "")
        return m.group("date"), note, False
    return None, cell, planned


def split_annotated(text: str) -> tuple[str, str | None]:
    """Example:

    >>> split_annotated("北京市科委(引导)")
    ('北京市科委', '引导')
    """
    m = _ANNOTATED.match(text.strip())
    if m:
        return m.group("name").strip(), m.group("note").strip()
    return text.strip(), None


def _reference_rows() -> list[dict[str, str]]:
    raw = data_path(REFERENCE_FILE).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


def load_reference(conn: Connection, writer: Writer) -> None:
    raw = data_path(REFERENCE_FILE).read_bytes()
    file_sid = writer.source(kind="reference", dataset=REFERENCE_DATASET, file=REFERENCE_FILE,
                             sha256=hashlib.sha256(raw).hexdigest(),
                             title="Reference facts on 12 Beijing–Tianjin–Hebei alliances (shared/data)")
    alliances = Index.load(conn, "alliance", "jingjinji")
    orgs = Index.load(conn, "org")
    by_name: dict[str, str] = {}
    for n, row in enumerate(_reference_rows(), start=2):
        urls = [u.strip() for u in row["source_url"].split(";") if u.strip()]
        sid = writer.source(kind="url", dataset=REFERENCE_DATASET, url=urls[0] if urls else None,
                            note=("also: " + "; ".join(urls[1:])) if len(urls) > 1 else None) if urls else file_sid
        prov = Provenance(REFERENCE_DATASET, sid, ROW.format(n))
        name = names.clean(row["name_zh"])
        res = resolve(alliances, writer, name, sid)
        assert res is not None
        aid = by_name[name] = res.id
        writer.state(aid, "alliance", "name", name, prov)
        if row["name_en"].strip():
            # a note in brackets ("(planned)") describes the name, it is not part of it: the cell stays the original
            english, _note = split_annotated(row["name_en"])
            writer.state(aid, "alliance", "name_en", english, prov, original=row["name_en"].strip())
        date, note, planned = split_founded(row["founded"])
        if date:
            writer.state(aid, "alliance", "founded", date, prov, original=row["founded"])
        if note:
            writer.state(aid, "alliance", "founded_note", note, prov)
        if planned:
            writer.state(aid, "alliance", "status", "planned", prov, original=row["founded"])
        if row["city"].strip():
            place, detail = regions.split_place(row["city"])
            writer.state(aid, "alliance", "city", regions.resolve(place).code, prov, original=row["city"])
            if detail:
                writer.state(aid, "alliance", "city_note", detail, prov)
        for prop, col in (("sector", "sector"), ("description_en", "summary_en")):
            if row[col].strip():
                writer.state(aid, "alliance", prop, row[col].strip(), prov)
        _reference_initiators(writer, orgs, aid, row, prov)
        if row["member_count"].strip():
            c = counts.parse(row["member_count"])
            writer.count(aid, "member", c.count, c.qualifier, row["member_kind"].strip() or None, prov,
                         original=row["member_count"])
        elif row["member_kind"].strip():
            writer.state(aid, "alliance", "member_kinds", row["member_kind"].strip(), prov)
        # (a lead_org cell is free text: its parts are curated into roles, data/reference_notes.yaml)
    _reference_notes(writer, alliances, orgs, by_name, file_sid)


def _reference_initiators(writer: Writer, orgs: Index, aid: str, row: dict[str, str], prov: Provenance) -> None:
    initiators = [s for s in row["initiators"].split(";") if s.strip()]
    places = [s.strip() for s in row["initiator_regions"].split(";")]
    for i, cell in enumerate(initiators):
        name, note = split_annotated(cell)
        place = places[i] if i < len(places) else ""
        p = Provenance(prov.dataset, prov.source_id, prov.locator, cell.strip(), note)
        ores = resolve(orgs, writer, name, prov.source_id)
        assert ores is not None
        oid = ores.id
        writer.state(oid, "org", "name", names.clean(name), p)
        if "/" in place:
            writer.state(oid, "org", "collective", "true", p, original=place)
            for part in place.split("/"):
                writer.state(oid, "org", "regions", regions.resolve(part).code, p, original=part)
        elif place and regions.try_resolve(place):
            writer.state(oid, "org", "province", regions.resolve(place).code, p, original=place)
        elif place:
            writer.state(oid, "org", "region_note", f"initiator_regions says: {place}", p)
        writer.member(aid, oid, "initiator", p)


def _reference_notes(writer: Writer, alliances: Index, orgs: Index, by_name: dict[str, str], file_sid: str) -> None:
    spec: dict[str, Any] = load_yaml("reference_notes.yaml")
    rows = _reference_rows()
    for f in spec["org_facts"]:
        ores = resolve(orgs, writer, f["org"], file_sid)
        assert ores is not None
        prov = Provenance(REFERENCE_DATASET, file_sid, ROW.format(f["row"]), f["passage"], "curated from the row's text")
        writer.state(ores.id, "org", f["prop"], props.read("org", f["prop"], f["value"]), prov, original=f["value"])
    for r in spec["roles"]:
        row = rows[r["row"] - 2]
        assert names.clean(row["name_zh"]) == r["alliance"], f"reference_notes.yaml row {r['row']} is not {r['alliance']}"
        ores = resolve(orgs, writer, r["org"], file_sid)
        assert ores is not None
        prov = Provenance(REFERENCE_DATASET, file_sid, ROW.format(r["row"]), r["passage"], r.get("note"))
        writer.state(ores.id, "org", "name", r["org"], prov)
        writer.member(by_name[r["alliance"]], ores.id, r["role"], prov)
    for j in spec["judgements"]:
        left, right = (alliances.by_name[n] for n in j["same"])
        writer.judge(alliances.canon(left), right, "same", "curator", j["reason"])
        alliances.canonical[right] = alliances.canon(left)
