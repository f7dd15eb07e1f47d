"""Organisations that may be the same but were not merged: the merge review's
worklist. Automatic merging is deliberately strict (same normalised name or
credit code); what it leaves — a short form beside its full name, a name
written with and without its city, a one-character slip — is proposed here
for a person to judge, never merged by itself. Pairs already judged
different are not proposed again.

Names are compared within blocks of the same leading characters (after the
place name), so the cost grows with the registry, not with its square."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import Connection, select

from xietong import names, orgnames, regions
from xietong.resolution import canonical_map, judgement_active, withdrawn
from xietong.store.tables import entity, judgement

MIN_SCORE = 0.8
MAX_BLOCK = 200  # a block this large is a family of names ("某某集团第N分公司"), not duplicates


@dataclass(frozen=True)
class Lookalike:
    left_id: str
    left: str
    right_id: str
    right: str
    score: float
    reason: str  # short_form | similar | legal_form (the same but for a legal form inside: a branch)
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _place_split(key: str, places: dict[str, str | None]) -> tuple[str | None, str]:
    """A key's leading place (as a region code) and the rest: 天津大学 →
    (120000, 大学). Two names led by different places are different
    organisations however alike the rest is. ``places`` keeps each prefix's
    reading: a registry's names share their first characters."""
    for n in range(min(6, len(key) - 2), 1, -1):
        prefix = key[:n]
        if prefix not in places:
            places[prefix] = regions.code_of(prefix)
        if (code := places[prefix]) is not None:
            return code, key[n:]
    return None, key


def _only_places_differ(ka: str, kb: str) -> bool:
    """Whether two keys differ only by places inside them, each a different region: two branches of
    one parent (中国建设银行北京市分行, 中国建设银行天津市分行) are two organisations, as two names led by
    different places are. A place written with and without its 市 (北京市测绘…, 北京测绘…) is no
    such difference. Asked only of pairs alike enough to propose: a few."""
    ops = [op for op in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes() if op[0] != "equal"]
    return bool(ops) and all(tag == "replace" and (a := regions.code_of(ka[i1:i2])) is not None
                             and (b := regions.code_of(kb[j1:j2])) is not None and a != b
                             for tag, i1, i2, j1, j2 in ops)


def suggest(conn: Connection, limit: int = 50) -> list[Lookalike]:
    canon = canonical_map(conn, "org")
    gone = withdrawn(conn)
    orgs: dict[str, str] = {}
    for eid, name in conn.execute(select(entity.c.id, entity.c.name).where(entity.c.kind == "org")):
        root = canon.get(eid, eid)
        if eid not in gone and (root == eid or root not in orgs):
            orgs[root] = name
    different = {frozenset((a, b)) for a, b in conn.execute(
        select(judgement.c.left_id, judgement.c.right_id).where(judgement.c.verdict == "different", judgement_active(None)))}
    keys = {i: names.org_key(n) for i, n in orgs.items()}
    formless = {i: names.without_legal_forms(k) for i, k in keys.items()}  # a branch with and without its parent's form
    by_full = {k: i for i, k in keys.items()}
    found: dict[frozenset[str], Lookalike] = {}

    def propose(a: str, b: str, score: float, reason: str, detail: str) -> None:
        pair = frozenset((a, b))
        if a == b or pair in different:
            return
        if pair not in found or found[pair].score < score:
            left, right = sorted((a, b), key=lambda i: (len(orgs[i]), orgs[i]), reverse=True)
            found[pair] = Lookalike(left, orgs[left], right, orgs[right], round(score, 3), reason, detail)

    blocks: dict[str, list[tuple[str, str | None, str]]] = defaultdict(list)
    places: dict[str, str | None] = {}
    for oid, name in orgs.items():
        full, reason = orgnames.full_name(name)
        if full != names.clean(name):
            other = by_full.get(names.org_key(full))
            if other is not None:
                propose(oid, other, 0.95, "short_form", reason)
        place, core = _place_split(keys[oid], places)
        if len(core) >= 2:
            blocks[core[:2]].append((oid, place, core))
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for i, (a, pa, ka) in enumerate(members):
            for b, pb, kb in members[i + 1 :]:
                if pa and pb and pa != pb:
                    continue
                reason = "similar"
                if ka == kb:
                    score = 0.9
                    detail = f"「{ka}」"
                else:
                    score = SequenceMatcher(None, ka, kb, autojunk=False).ratio()
                    detail = f"「{ka}」~「{kb}」"
                    if formless[a] == formless[b]:  # "中国建设银行股份有限公司北京市分行" ~ "中国建设银行北京市分行"
                        score, reason = max(score, 0.9), "legal_form"
                if score >= MIN_SCORE and not (ka != kb and _only_places_differ(ka, kb)):
                    propose(a, b, score, reason, detail)
    return sorted(found.values(), key=lambda x: (-x.score, x.left, x.right))[:limit]


def merges(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    """The organisation merges in force, newest first, with both names: what a
    reviewer may want to undo."""
    rows = conn.execute(
        select(judgement).where(judgement.c.verdict == "same", judgement_active(None))
        .order_by(judgement.c.created_at.desc(), judgement.c.id).limit(limit * 4)).all()
    ids = {i for r in rows for i in (r.left_id, r.right_id)}
    known = {}
    id_list = sorted(ids)
    for i in range(0, len(id_list), 900):
        for e in conn.execute(select(entity.c.id, entity.c.name, entity.c.kind).where(entity.c.id.in_(id_list[i : i + 900]))):
            known[e.id] = e
    out = []
    for r in rows:
        left, right = known.get(r.left_id), known.get(r.right_id)
        if left is None or right is None or left.kind != "org":
            continue
        out.append({"judgement": r.id, "left_id": r.left_id, "left": left.name, "right_id": r.right_id,
                    "right": right.name, "actor": r.actor, "reason": r.reason, "at": r.created_at})
    return out[:limit]
