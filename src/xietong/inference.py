"""Facts read off organisation names, where that is safe: the province a name
starts with (河北工业大学 → Hebei) and the kind its ending shows (…大学 →
university). Each is stored as a statement sourced to the rule that made it,
so it can be told apart from what a document says, and a stated fact from
any document always stands beside it.
"""

from __future__ import annotations

from sqlalchemy import Connection

from xietong import views
from xietong.orgnames import expand
from xietong.props import org_kind_from_name
from xietong.writer import Provenance, Writer

RULE_DATASET = "rule:org-name"


def infer_from_names(conn: Connection, writer: Writer, ids: set[str] | None = None) -> int:
    """Add province and kind to organisations that have none — all of them, or
    only those among ``ids`` (the ones a write just created: the others were
    read when they were created); returns how many facts."""
    if ids is not None and not ids:
        return 0
    sid = writer.source(kind="rule", dataset=RULE_DATASET,
                        title="read from the organisation's name (province prefix, kind suffix, short forms expanded)")
    props = ("collective", "province", "kind")
    if ids is None:  # the whole registry, read set-wise
        orgs = views.shown(conn, "org", props)
    else:
        orgs = [(o.id, o.name, {p: o.value(p) for p in props})
                for o in views.load(conn, "org", ids=sorted(ids), with_members=False)]
    added = 0
    for oid, name, values in orgs:
        if values["collective"] == "true":
            continue
        if values["province"] is None:
            resolved = expand(name)
            if resolved.province is not None:
                note = "the name begins with a place in that province"
                if resolved.full_name != name:
                    note += f" (read as {resolved.full_name}: {resolved.reason})"
                writer.state(oid, "org", "province", resolved.province,
                             Provenance(RULE_DATASET, sid, "name", name, note))
                added += 1
        if values["kind"] is None:
            kind = org_kind_from_name(name)
            if kind is not None:
                writer.state(oid, "org", "kind", kind,
                             Provenance(RULE_DATASET, sid, "name", name, "the name's ending shows its kind"))
                added += 1
    return added
