"""Facts the rules read off the registry, each stored as a statement sourced
to the rule that made it, so it can be told apart from what a document says,
and a stated fact from any document always stands beside it (and shown first):

* off organisation names, where that is safe: the province a name starts with
  (河北工业大学 → Hebei) and the kind its ending shows (…大学 → university);
* an alliance's place in the seed's taxonomy (:mod:`xietong.classify`): its
  type, sector, domains and relations, read off its name, description and
  members' kinds.

``xietong init`` runs both over the whole registry; :func:`derive` runs them
over the records one write has just made, so that an alliance registered or
accepted on the platform is typed at once, not at the next start.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from xietong import views
from xietong.ids import ALLIANCE_ID
from xietong.orgnames import expand
from xietong.props import org_kind_from_name
from xietong.resolution import active
from xietong.store.lookup import CHUNK
from xietong.store.tables import statement
from xietong.writer import Provenance, Writer

RULE_DATASET = "rule:org-name"
CLASSIFIER_DATASET = "rule:classifier"


def infer_from_names(conn: Connection, writer: Writer, ids: set[str] | None = None) -> int:
    """Add province and kind to organisations that have none — all of them, or
    only those among ``ids`` (the ones a write just created: the others were
    read when they were created); returns how many facts. Read and written
    set-wise, a column of facts per property: an import naming 50,000 new
    members runs this on every one of them."""
    if ids is not None and not ids:
        return 0
    sid = writer.source(kind="rule", dataset=RULE_DATASET,
                        title="read from the organisation's name (province prefix, kind suffix, short forms expanded)")
    found: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
        "province": ([], [], [], []), "kind": ([], [], [], [])}  # each property's entities, values, passages, notes

    def read(prop: str, oid: str, value: str, name: str, note: str) -> None:
        for column, said in zip(found[prop], (oid, value, name, note), strict=True):
            column.append(said)

    for oid, name, values in views.shown(conn, "org", ("collective", "province", "kind"), ids):
        if values["collective"] == "true":
            continue
        if values["province"] is None:
            resolved = expand(name)
            if resolved.province is not None:
                note = "the name begins with a place in that province"
                if resolved.full_name != name:
                    note += f" (read as {resolved.full_name}: {resolved.reason})"
                read("province", oid, resolved.province, name, note)
        if values["kind"] is None:
            kind = org_kind_from_name(name)
            if kind is not None:
                read("kind", oid, kind, name, "the name's ending shows its kind")
    for prop, (oids, values_, passages, notes) in found.items():
        n = len(oids)
        writer.states(oids, "org", prop, values_, [None] * n, RULE_DATASET, [sid] * n, ["name"] * n,
                      passage=passages, note=notes)
    return sum(len(oids) for oids, *_ in found.values())


def classify_alliances(conn: Connection, writer: Writer | None,
                       ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Classify every alliance, or those among ``ids`` (members' kinds count where members are
    known); with a writer, store each result as statements sourced to the classifier."""
    from xietong import classify as cl

    wanted = None if ids is None else sorted(ids)
    if wanted is not None and not wanted:
        return []
    alliances = views.load(conn, "alliance", ids=wanted, with_members=wanted is not None)
    if wanted is None:  # the whole registry, its members' kinds read set-wise
        member_kinds = views.member_kinds(conn)
    else:  # some alliances: their own members' kinds
        kinds = {oid: values["kind"] for oid, _, values in
                 views.shown(conn, "org", ("kind",), {m.org_id for a in alliances for m in a.members})}
        member_kinds = {a.id: [k for m in a.members if (k := kinds.get(m.org_id))] for a in alliances}
        # an alliance asked for that is merged into another is that one's, classified as it is
        asked = set(wanted)
        alliances = [a for a in alliances if a.id in asked]
    sid = writer.source(kind="rule", dataset=CLASSIFIER_DATASET,
                        title="classified by the seed's taxonomy (xietong.classify)") if writer else None
    out = []
    for a in alliances:
        result = cl.classify(a.name, a.value("description"), member_kinds.get(a.id, []))
        out.append({**result.as_dict(), "id": a.id})
        if writer is None or sid is None:
            continue
        evidence = "; ".join(e.rule for e in result.evidence)
        prov = Provenance(CLASSIFIER_DATASET, sid, "name", a.name, f"confidence {result.confidence:.2f}; {evidence}")
        if result.type:
            writer.state(a.id, "alliance", "type", result.type, prov)
            writer.state(a.id, "alliance", "sector", result.sector or "", prov)
        for d in result.domains:
            writer.state(a.id, "alliance", "domains", d, prov)
        for r in result.relations:
            writer.state(a.id, "alliance", "relations", r, prov)
    return out


def untyped(conn: Connection, writer: Writer, alliances: set[str]) -> set[str]:
    """Those of ``alliances`` that no source but a rule gives a type: the ones whose
    classification their members' kinds can change (a type a file or a person states is shown
    first whatever the classifier reads)."""
    if not alliances:
        return set()
    writer.flush()  # what this write stated, looked for through the indexes a large write builds at its end
    typed: set[str] = set()
    ids = sorted(alliances)
    for i in range(0, len(ids), CHUNK):
        typed.update(conn.execute(select(statement.c.entity_id).where(
            statement.c.entity_id.in_(ids[i:i + CHUNK]), statement.c.prop == "type",
            ~statement.c.dataset.startswith("rule:"), active(statement, None))).scalars())
    return alliances - typed


def derive(conn: Connection, writer: Writer, ids: Iterable[str]) -> None:
    """Run the rules over the records among ``ids`` that one write has just made or changed
    (registered, accepted from a report, named as a new member, given a member), as ``xietong
    init`` runs them over the whole registry: an organisation's province and kind read off its
    name (where it has none), an alliance classified (its members' kinds counting)."""
    alliances, orgs = set(), set()
    for i in ids:  # an entity's id says its kind (xietong.ids.entity_id)
        (alliances if i.startswith(ALLIANCE_ID) else orgs).add(i)
    if not (alliances or orgs):
        return
    writer.flush()  # the records and their names must be stored to be read
    if infer_from_names(conn, writer, ids=orgs) and alliances:
        writer.flush()  # the members' kinds just read count in the alliance's classification
    classify_alliances(conn, writer, alliances)
