"""Which entity a name denotes, and which entities are one.

Every differently-written name becomes an entity of its own; when its key
(:func:`xietong.names.org_key`, :func:`xietong.names.alliance_key`) or credit
code matches an entity already known, a "same" judgement links them. Views
read the linked entities as one (the earliest is canonical). Undoing a merge
marks the judgement undone, and a "different" judgement keeps automation from
ever linking the two again. Human judgements are data, as in nomenklatura.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, or_, select

from xietong import names
from xietong.ids import entity_id
from xietong.store.tables import entity, judgement, statement
from xietong.writer import Provenance, Writer

MIN_CORE = 3  # distinctive words shorter than this ("设计", "高校") are too common to merge on


def active(table, as_of: str | None):  # type: ignore[no-untyped-def]
    """The SQL condition for facts in force at ``as_of`` (now when None)."""
    if as_of is None:
        return table.c.retracted_at.is_(None)
    return and_(table.c.recorded_at <= as_of, or_(table.c.retracted_at.is_(None), table.c.retracted_at > as_of))


def judgement_active(as_of: str | None):  # type: ignore[no-untyped-def]
    if as_of is None:
        return judgement.c.undone_at.is_(None)
    return and_(judgement.c.created_at <= as_of, or_(judgement.c.undone_at.is_(None), judgement.c.undone_at > as_of))


def withdrawn(conn: Connection, as_of: str | None = None) -> set[str]:
    """Entities whose every name statement had been retracted at ``as_of``.

    Every way an entity is created states its name; an entity stands in the
    registry while one of its names does. Undoing the change that created it
    retracts its names, so it leaves every view from then on while the views
    of earlier moments still show it. Only retracted names are read, so this
    costs little however large the registry."""
    gone = select(statement.c.entity_id).where(statement.c.prop == "name", statement.c.retracted_at.is_not(None))
    if as_of is not None:
        gone = gone.where(statement.c.retracted_at <= as_of)
    ids = {r[0] for r in conn.execute(gone.distinct())}
    if not ids:
        return set()
    still: set[str] = set()
    id_list = sorted(ids)
    for i in range(0, len(id_list), 900):
        q = select(statement.c.entity_id).where(statement.c.entity_id.in_(id_list[i : i + 900]),
                                                statement.c.prop == "name", active(statement, as_of))
        still.update(r[0] for r in conn.execute(q.distinct()))
    return ids - still


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, kept: str, other: str) -> None:
        """Join ``other``'s group to ``kept``'s; ``kept``'s root stays canonical."""
        rk, ro = self.find(kept), self.find(other)
        if rk != ro:
            self.parent[ro] = rk


def canonical_map(conn: Connection, kind: str, as_of: str | None = None) -> dict[str, str]:
    """entity id -> canonical id, for every entity that a merge touches."""
    rows = conn.execute(
        select(judgement.c.left_id, judgement.c.right_id)
        .where(judgement.c.verdict == "same", judgement_active(as_of))
        .order_by(judgement.c.created_at, judgement.c.id)
    ).all()
    if not rows:
        return {}
    ids = {i for r in rows for i in r}
    of_kind = {
        r.id for r in conn.execute(select(entity.c.id).where(entity.c.kind == kind, entity.c.id.in_(ids)))
    }
    uf = UnionFind()
    for left, right in rows:
        if left in of_kind and right in of_kind:
            uf.union(left, right)
    return {e: uf.find(e) for e in of_kind}


@dataclass
class Index:
    """The names of one kind of entity, for resolving written names to ids."""

    kind: str
    context_cluster: str | None = None
    by_name: dict[str, str] = field(default_factory=dict)
    # key -> the entities that have it: a tuple, nearly always of one (a set each was 35 MB for 200,000 names)
    by_key: dict[str, tuple[str, ...]] = field(default_factory=dict)
    by_code: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    different: set[frozenset[str]] = field(default_factory=set)

    _prepared: dict[str, str] = field(default_factory=dict)  # keys worked out ahead (see prepare)
    # alliance names' (cluster, distinctive words) worked out ahead, by the text they are of
    # (:func:`xietong.ingest.checking.predict`): an import that is given them all never loads jieba
    cores: dict[str, tuple[str | None, str]] = field(default_factory=dict)

    def key(self, name: str) -> str:
        if self.kind == "alliance":
            return names.alliance_key(name, self.context_cluster)
        known = self._prepared.pop(name, None)
        return names.org_key(name) if known is None else known

    def prepare(self, texts: Iterable[str], keys: Iterable[str] | None = None) -> None:
        """Work out at once the keys of organisation names about to be
        resolved that no entity has yet (:func:`xietong.names.org_keys`):
        a block of new names is folded in one call, not one call each. Or
        take ``keys`` worked out already, one per text (by the process that
        reads ahead: :mod:`xietong.ingest.ahead`)."""
        if self.kind != "org":
            return
        if keys is not None:
            self._prepared.update((t, k) for t, k in zip(texts, keys, strict=True) if t not in self.by_name)
            return
        todo = [t for t in dict.fromkeys(texts) if t not in self.by_name and t not in self._prepared]
        if todo:
            self._prepared.update(zip(todo, names.org_keys(todo), strict=True))

    def canon(self, entity_id: str) -> str:
        return self.canonical.get(entity_id, entity_id)

    # (name, id, cluster context it was added in) of every alliance name; the
    # index of their cores is built from them only when a new alliance has to be matched on its core: computing a
    # core segments the name (jieba, whose dictionary takes seconds to load),
    # and an import that only names known alliances never needs one
    _named: list[tuple[str, str, str | None]] = field(default_factory=list)
    _by_core: dict[tuple[str, str], set[str]] | None = None

    @property
    def by_core(self) -> dict[tuple[str, str], set[str]]:
        if self._by_core is None:
            self._by_core = defaultdict(set)
            for name, entity_id, context in self._named:
                c = self._core(name, context)
                if c is not None:
                    self._by_core[c].add(entity_id)
        return self._by_core

    def named(self) -> list[str]:
        """Every alliance name and alias the index holds: the texts whose cores new names are matched against."""
        return [name for name, _, _ in self._named]

    def core(self, name: str) -> tuple[str, str] | None:
        """An alliance name's cluster and distinctive words, when distinctive enough to match on."""
        return self._core(name, self.context_cluster)

    def _core(self, name: str, context: str | None) -> tuple[str, str] | None:
        """A name without a cluster of its own takes the cluster of its ``context``."""
        if self.kind != "alliance":
            return None
        known = self.cores.get(name)
        if known is None:
            from xietong.text.variants import core

            known = core(name)
        cluster, words = known
        cluster = cluster or context
        if cluster is None or len(words) < MIN_CORE:
            return None
        return cluster, words

    def add(self, entity_id: str, name: str, key: str | None = None) -> None:
        self.by_name.setdefault(names.clean(name), entity_id)
        self._keyed(key or self.key(name), entity_id)
        self._note_core(entity_id, name)

    def _keyed(self, key: str, entity_id: str) -> None:
        ids = self.by_key.get(key, ())
        if entity_id not in ids:
            self.by_key[key] = (*ids, entity_id)

    def _note_core(self, entity_id: str, name: str) -> None:
        """Keep an alliance name for the core index, and index its core if the index is built."""
        if self.kind != "alliance":
            return
        self._named.append((name, entity_id, self.context_cluster))
        if self._by_core is not None and (c := self.core(name)) is not None:
            self._by_core[c].add(entity_id)

    @classmethod
    def load(cls, conn: Connection, kind: str, context_cluster: str | None = None, *,
             only: Iterable[str] | None = None) -> Index:
        """The index of every ``kind`` entity's names; or, given the organisation names ``only``
        that are about to be resolved (by name, not by credit code), of the organisations they
        can resolve to: those of one of these names or of one of their keys, with every alias.
        Adding a member by hand resolves one name, and a registry of 200,000 organisations took
        0.9 s to index whole for it."""
        idx = cls(kind, context_cluster)
        chosen = entity.c.kind == kind
        if only is not None and kind == "org":  # an alliance may be matched on its core, which needs every name
            wanted = sorted({names.clean(n) for n in only})
            chosen = and_(chosen, or_(entity.c.name_key.in_(names.org_keys(wanted)), entity.c.name.in_(wanted)))
        # plain tuples, unpacked: a registry holds hundreds of thousands of organisations
        rows = conn.execute(select(entity.c.id, entity.c.name, entity.c.name_key).where(chosen)).all()
        by_name = idx.by_name
        for eid, name, key in rows:
            by_name.setdefault(name, eid)
            idx._keyed(key, eid)
        if kind == "alliance":
            for eid, name, key in rows:
                idx._note_core(eid, name)
                if names.has_bracketed_cluster(name) or names.split_cluster_prefix(name)[0] is not None:
                    # stored under the key it had before a bracketed cluster was read as the cluster, or before
                    # the cluster's name was known whole (成渝地区双城经济圈…): keyed as today's rules key it too
                    if (today := names.alliance_key(name)) != key:
                        idx._keyed(today, eid)
        alias_rows = conn.execute(
            select(statement.c.entity_id, statement.c.prop, statement.c.value)
            .join(entity, entity.c.id == statement.c.entity_id)
            .where(entity.c.kind == kind,
                   statement.c.prop.in_(NAMED_BY if only is not None else (*NAMED_BY, "credit_code")),
                   active(statement, None))
        )
        for row in alias_rows:
            if row.prop in NAMED_BY:
                idx.add(row.entity_id, row.value)
            else:
                idx.by_code.setdefault(row.value, row.entity_id)
        idx.canonical = canonical_map(conn, kind)
        for left, right in conn.execute(
            select(judgement.c.left_id, judgement.c.right_id).where(
                judgement.c.verdict == "different", judgement_active(None)
            )
        ):
            idx.different.add(frozenset((left, right)))
        return idx


NAMED_BY = ("aliases", "former_names")  # the names beside its own that a written name resolves to an entity by


@dataclass
class Resolved:
    id: str
    created: bool
    merged_into: str | None = None
    reason: str | None = None


def resolve(idx: Index, writer: Writer, name: str, source_id: str, *, credit_code: str | None = None,
            create: bool = True, id_if_new: str | None = None) -> Resolved | None:
    """The entity ``name`` denotes, creating it (and linking it) when new.
    ``id_if_new`` is :func:`~xietong.ids.entity_id` of ``name`` worked out
    already (by the process reading ahead), used when ``name`` is as stored."""
    clean = names.clean(name)
    known = idx.by_name.get(clean)
    if known is not None:
        return Resolved(known, False)
    if credit_code and credit_code in idx.by_code:
        target, reason = idx.canon(idx.by_code[credit_code]), f"same unified social credit code {credit_code}"
    else:
        target, reason = None, None
    key = idx.key(clean)
    if not create:
        return None
    new_id = id_if_new if id_if_new is not None and name == clean else entity_id(idx.kind, clean)
    # the index holds every stored name of this kind, and an id is made from its name: this one is new
    writer.entity(new_id, kind=idx.kind, name=clean, name_key=key, source_id=source_id, new=True)
    if target is None:
        roots = {idx.canon(e) for e in idx.by_key.get(key, ())}
        roots = {r for r in roots if frozenset((new_id, r)) not in idx.different}
        if len(roots) == 1:
            target = roots.pop()
            reason = f"same normalised name「{key}」"
        elif not roots and (c := idx.core(clean)) is not None:
            variants_of = {idx.canon(e) for e in idx.by_core.get(c, ())}
            variants_of = {r for r in variants_of if frozenset((new_id, r)) not in idx.different}
            if len(variants_of) == 1:
                target = variants_of.pop()
                reason = f"name variant: same cluster and distinctive words「{c[1]}」, differing only in generic words"
    idx.add(new_id, clean, key)
    if credit_code:
        idx.by_code.setdefault(credit_code, new_id)
    if target is not None and frozenset((new_id, target)) not in idx.different:
        actor = ("rule:name-variant" if (reason or "").startswith("name variant") else
                 "rule:name-key" if "name" in (reason or "") else "rule:credit-code")
        writer.judge(target, new_id, "same", actor, reason or "", 0.95 if actor == "rule:name-variant" else None)
        idx.canonical[new_id] = target
        writer.changes.merges.append({"kept": target, "merged": new_id, "name": clean, "reason": reason or ""})
        return Resolved(new_id, True, target, reason)
    return Resolved(new_id, True)


RENAMED = "rule:renamed"


def formerly(idx: Index, writer: Writer, kind: str, entity_id: str, name: str, former: str, prov: Provenance) -> None:
    """State that ``entity_id``, named ``name``, had the name ``former`` before, as ``prov`` says, and
    merge a record kept under it (:func:`renamed`); nothing where ``former`` is ``name`` itself (a
    correction, or a file, that gives a record its own name as its former one)."""
    if names.clean(former) == names.clean(name):
        return
    writer.state(entity_id, kind, "former_names", former, prov)
    renamed(idx, writer, entity_id, former)


def renamed(idx: Index, writer: Writer, entity_id: str, former: str) -> str | None:
    """``entity_id`` was named ``former`` before ("A更名为B", "B原名A"): from now on ``former``
    resolves to it, and a record the registry keeps under ``former`` is the same body, merged into
    it under the name it has now (unless judged different), the merge reported and undoable as any.
    Returns the record merged, if one was."""
    clean = names.clean(former)
    known = idx.by_name.get(clean)
    kept = idx.canon(entity_id)
    idx.add(entity_id, clean)
    if known is None or (old := idx.canon(known)) == kept or frozenset((old, kept)) in idx.different:
        return None
    reason = f"renamed: 「{clean}」 is the name it had before"
    writer.judge(kept, old, "same", RENAMED, reason)
    for e, root in list(idx.canonical.items()):
        if root == old:
            idx.canonical[e] = kept
    idx.canonical[old] = kept
    writer.changes.merges.append({"kept": kept, "merged": old, "name": clean, "reason": reason})
    return old
