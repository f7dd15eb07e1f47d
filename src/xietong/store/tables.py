"""The storage tables. Facts live in ``statement``, ``membership`` and
``count_fact``; each row names its ``source`` and keeps when it was recorded
and when (if ever) it was superseded, so nothing is lost and any past state
can be rebuilt. ``judgement`` keeps human and rule decisions about whether two
entities are the same.

Entities, statements and memberships, the tables a large import fills, keep
their ids unique through a unique index rather than a primary key: SQLite can
build that index once at the end of an import (a primary key's index it
cannot drop), and the writer never writes an id twice.

On SQLite, statements and memberships have no index of their ids at all
(``ID_INDEX_ON``). Their ids are hashes of their content, which the writer
never writes twice, and a fact is always looked for through what it is about
(``FACT_KEYS``: its entity, its organisation), which is indexed; the two
indexes of ids were a sixth of what storing a million memberships costs.
SQLite lets one writer at a time check and write, so nothing can slip in
between. PostgreSQL keeps them: there two imports of one file can check at
once, and the index refuses the second.

Times are ISO-8601 text in UTC (``2026-11-26T12:00:00.000000``): they sort as
text on every backend and export byte for byte.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text, text

metadata = MetaData()

ID = 40  # "A" / "O" / "S" … + 32 hex characters, with room to spare
TIME = 32
ID_INDEX_ON = "postgresql"  # the backend that indexes statement and membership ids (see above)

def fact_columns() -> list[Column]:  # type: ignore[type-arg]
    """Columns every fact table shares: provenance and its own lifetime."""
    return [
        Column("dataset", Text, nullable=False),
        Column("source_id", String(ID), nullable=False),
        Column("locator", Text),
        Column("passage", Text),
        Column("note", Text),
        Column("recorded_at", String(TIME), nullable=False),
        Column("retracted_at", String(TIME)),
        Column("retracted_by", String(ID)),
        Column("change_id", String(ID)),  # the write that recorded it (undo reverts one change)
    ]


source = Table(
    "source",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("kind", String(20), nullable=False),  # seed, reference, file, url, document, user, rule, synthetic
    Column("dataset", Text, nullable=False),  # logical name: a file's name, "seed:…", "rule:…"
    Column("title", Text),
    Column("url", Text),
    Column("file", Text),
    Column("sha256", String(64)),
    Column("recorded_at", String(TIME), nullable=False),
    Column("note", Text),
)

entity = Table(
    "entity",
    metadata,
    Column("id", String(ID), nullable=False),  # unique: ux_entity_id (see above)
    Index("ux_entity_id", "id", unique=True),
    Column("kind", String(10), nullable=False),  # alliance | org
    Column("name", Text, nullable=False),  # as first written
    Column("name_key", Text, nullable=False),
    Column("created_at", String(TIME), nullable=False),
    Column("source_id", String(ID), nullable=False),
    Index("ix_entity_kind_key", "kind", "name_key"),
)

statement = Table(
    "statement",
    metadata,
    Column("id", String(ID), nullable=False),  # unique by content; indexed on PostgreSQL (see above)
    Index("ux_statement_id", "id", unique=True).ddl_if(dialect=ID_INDEX_ON),
    Column("entity_id", String(ID), nullable=False),
    Column("prop", String(40), nullable=False),
    Column("value", Text, nullable=False),  # normalised (codes, ids, ISO dates)
    Column("original", Text),  # as written in the source, when it differs
    Column("dataset", Text, nullable=False),
    Column("source_id", String(ID), nullable=False),
    Column("locator", Text),  # "row 5", "chars 120-160"
    Column("passage", Text),  # the quoted text that states the fact
    Column("note", Text),
    Column("recorded_at", String(TIME), nullable=False),
    Column("retracted_at", String(TIME)),
    Column("retracted_by", String(ID)),  # the statement or judgement that replaced it
    Column("change_id", String(ID)),  # the write that recorded it (undo reverts one change)
    Index("ix_statement_entity_prop", "entity_id", "prop"),
    # covering: the snapshot reads subjects by (property, value) from the index alone
    Index("ix_statement_prop_value", "prop", "value", "entity_id", "retracted_at"),
    # the few retracted statements, so finding withdrawn entities reads only them
    Index("ix_statement_retracted", "prop", "entity_id", sqlite_where=text("retracted_at IS NOT NULL"),
          postgresql_where=text("retracted_at IS NOT NULL")),
)

membership = Table(
    "membership",
    metadata,
    Column("id", String(ID), nullable=False),  # unique by content; indexed on PostgreSQL (see above)
    Index("ux_membership_id", "id", unique=True).ddl_if(dialect=ID_INDEX_ON),
    Column("alliance_id", String(ID), nullable=False),
    Column("org_id", String(ID), nullable=False),
    Column("role", String(20), nullable=False),
    Column("since", String(10)),
    Column("until", String(10)),
    *fact_columns(),
    Index("ix_membership_alliance", "alliance_id"),
    Index("ix_membership_org", "org_id"),
)


def on_backend(dialect: str) -> Callable[..., bool]:
    """Alembic's ``include_object`` for comparing a ``dialect`` database with
    these tables: an index declared for other backends only (``ddl_if``) is
    not expected in it."""
    def include(obj: Any, _name: str | None, type_: str, reflected: bool, _compare_to: Any) -> bool:
        ddl_if = getattr(obj, "_ddl_if", None)
        return type_ != "index" or reflected or ddl_if is None or ddl_if.dialect in (None, dialect)
    return include


# the indexed column a statement or membership is looked for through, beside its id (see above)
FACT_KEYS = {"statement": "entity_id", "membership": "org_id"}

count_fact = Table(
    "count_fact",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("alliance_id", String(ID), nullable=False),
    Column("role", String(20), nullable=False),  # whose count: member | initiator
    Column("count", Integer, nullable=False),
    Column("qualifier", String(12), nullable=False),
    Column("kind", Text),  # what is counted: 钢铁企业, 单位 …
    Column("original", Text),
    *fact_columns(),
    Index("ix_count_alliance", "alliance_id"),
)

judgement = Table(
    "judgement",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("left_id", String(ID), nullable=False),  # the entity kept
    Column("right_id", String(ID), nullable=False),  # the entity judged about it
    Column("verdict", String(10), nullable=False),  # same | different
    Column("actor", Text, nullable=False),  # "rule:name-key", "user:alice", "curator"
    Column("reason", Text),
    Column("score", Text),
    Column("created_at", String(TIME), nullable=False),
    Column("undone_at", String(TIME)),
    Column("undone_by", Text),
    Column("change_id", String(ID)),  # the write that made it
    Index("ix_judgement_left", "left_id"),
    Index("ix_judgement_right", "right_id"),
)

event = Table(
    "event",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("alliance_id", String(ID), nullable=False),
    Column("date", String(10)),  # YYYY[-MM[-DD]]
    Column("kind", String(20), nullable=False),  # data/events.yaml
    Column("title", Text),
    *fact_columns(),
    Index("ix_event_alliance", "alliance_id"),
)

regional_stat = Table(
    "regional_stat",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("region", String(6), nullable=False),  # GB/T 2260 code
    Column("sector", Text, nullable=False),
    Column("measure", Text, nullable=False),  # employment, enterprises, output …
    Column("year", String(4)),
    Column("value", Float, nullable=False),
    Column("unit", Text),
    *fact_columns(),
    Index("ix_regional_stat_measure", "measure"),
)

listing = Table(
    "listing",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("kind", String(20), nullable=False),  # data/listings.yaml
    Column("owner_id", String(ID), nullable=False),  # an organisation
    Column("title", Text, nullable=False),
    Column("text", Text),
    Column("sectors", Text),  # JSON list
    Column("region", String(6)),  # GB/T 2260 code
    Column("details", Text),  # JSON: land, policies, target sectors … (platforms)
    Column("status", String(10), nullable=False),
    Column("valid_from", String(10)),
    Column("valid_until", String(10)),
    Column("version", Integer, nullable=False),  # bumped on every change: concurrent edits are detected
    Column("dataset", Text, nullable=False),
    Column("source_id", String(ID), nullable=False),
    Column("locator", Text),
    Column("created_at", String(TIME), nullable=False),
    Column("updated_at", String(TIME), nullable=False),
    Index("ix_listing_status", "status"),
    Index("ix_listing_owner", "owner_id"),
)

listing_log = Table(
    "listing_log",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("listing_id", String(ID), nullable=False),
    Column("action", String(20), nullable=False),  # created, published, expired, renewed, interest
    Column("actor", Text),  # who: a user, or an organisation expressing interest
    Column("org_id", String(ID)),
    Column("note", Text),
    Column("before", Text),
    Column("after", Text),
    Column("at", String(TIME), nullable=False),
    Index("ix_listing_log_listing", "listing_id"),
)

account = Table(
    "account",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("username", String(80), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # argon2
    Column("role", String(10), nullable=False),  # editor | admin
    Column("created_at", String(TIME), nullable=False),
    Column("updated_at", String(TIME), nullable=False),
)

session = Table(
    "session",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # sha256 of the cookie's token: a stolen table opens nothing
    Column("account_id", String(ID), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", String(TIME), nullable=False),
    Column("expires_at", String(TIME), nullable=False),
)

login_attempt = Table(
    "login_attempt",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("username", String(80), nullable=False),
    Column("ok", Integer, nullable=False),
    Column("at", String(TIME), nullable=False),
    Index("ix_login_attempt_username", "username"),
)

audit = Table(
    "audit",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("at", String(TIME), nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", Text),
    Column("before", Text),
    Column("after", Text),
    Index("ix_audit_at", "at"),
)

candidate = Table(
    "candidate",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("fingerprint", String(ID), nullable=False),  # the proposal, whatever document it came from
    Column("kind", String(20), nullable=False),  # alliance
    Column("source_id", String(ID), nullable=False),  # the document
    Column("dataset", Text, nullable=False),
    Column("payload", Text, nullable=False),  # JSON: the extracted record
    Column("edited", Text),  # JSON: the record as an editor corrected it
    Column("status", String(10), nullable=False),  # pending | accepted | rejected
    Column("created_at", String(TIME), nullable=False),
    Column("decided_at", String(TIME)),
    Column("decided_by", Text),
    Column("note", Text),
    Column("version", Integer, nullable=False, server_default="1"),  # bumped on every change: concurrent edits are detected
    Index("ix_candidate_status", "status"),
    Index("ix_candidate_fingerprint", "fingerprint"),
)

registry_change = Table(
    "registry_change",
    metadata,
    # one row per transaction that changed what the registry says: a running
    # server compares the highest number with the one its views were built
    # at, so changes made elsewhere (another worker, the command line) show
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", String(TIME), nullable=False),
)

init_mark = Table(
    "init_mark",
    metadata,
    # where `xietong init` last left the registry: the change it had seen last
    # (registry_change.seq) and the fingerprint of the code and bundled data
    # it ran; while both still hold, loading and deriving again changes nothing
    Column("name", String(40), primary_key=True),  # "bundled"
    Column("generation", Integer, nullable=False),
    Column("fingerprint", String(64), nullable=False),
)

FACT_TABLES = (source, entity, statement, membership, count_fact, judgement, event, regional_stat, listing,
               listing_log, candidate)
