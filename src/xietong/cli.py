"""The ``xietong`` command line: parse, call the core, format. Nothing more.

Exit codes: 0 done; 1 bad input (nothing written); 2 usage; 3 store problem.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from xietong import cli_language, dates, regions, registry
from xietong.i18n import LANGS, Labels, default_lang, problem, problem_line, t
from xietong.ingest.importer import FINISHING, PAGES
from xietong.ingest.problems import InputError
from xietong.store.db import Store, StoreError, open_store
from xietong.vocab import taxonomy_vocab

app = typer.Typer(help="xietong 协同 — a sourced registry of cross-regional industry alliances.",
                  no_args_is_help=True, add_completion=False, cls=cli_language.Group)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOpt = Annotated[str | None, typer.Option("--db", help="Database URL (sqlite:///FILE or postgresql://…); default $XIETONG_DB or ./xietong.sqlite")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout")]
CandidateArg = Annotated[str, typer.Argument(help="A candidate's id (or its first characters)")]
CandidatesArg = Annotated[list[str], typer.Argument(help="Candidates' ids (or their first characters): one, or several "
                                                         "decided each on its own")]
ListingArg = Annotated[str, typer.Argument(help="A listing's id")]
ListingBy = Annotated[str, typer.Option("--by", help="Who does it (kept in the listing's log)")]
UsernameArg = Annotated[str, typer.Argument(help="The user's name")]
AsUser = Annotated[str | None, typer.Option("--as", help="Who decides (recorded in the change log; default: your login name)")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="View the registry as recorded at this date (YYYY[-MM[-DD]])")]
ClusterOpt = Annotated[str | None, typer.Option("--cluster", help="Only this city cluster's alliances, read with its places "
                                                                  "(default: the whole registry, read with the home cluster's: "
                                                                  "$XIETONG_CLUSTER, else 京津冀)")]
def _known_lang(ctx: typer.Context, lang: str) -> str:
    """A ``--lang`` the interface speaks, else a usage error (said in the
    default language) naming where the language came from."""
    if lang not in LANGS:
        source = ctx.get_parameter_source("lang")  # Typer's own copy of Click's ParameterSource: read by name
        where = "XIETONG_LANG" if source is not None and source.name == "ENVIRONMENT" else "--lang"
        _say(f"{where}: expected zh or en, got {lang!r}")
        raise typer.Exit(2)
    return lang


# read from XIETONG_LANG when the command runs (a --lang before the command sets it for the run), not when loaded
LangOpt = Annotated[str, typer.Option("--lang", help="Interface language: zh or en", callback=_known_lang,
                                      envvar="XIETONG_LANG", show_envvar=False)]


@app.callback()
def _root(lang: Annotated[str, typer.Option("--lang", help="Interface language: zh or en", show_default=False)] = "zh") -> None:
    # shown in the root's help only: a --lang before the command is taken off,
    # and holds for the whole run, before Typer parses (cli_language.Group)
    pass


def _emit_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def _emit_json_array(items: Iterable[Any]) -> None:
    """The JSON :func:`_emit_json` prints for a list of ``items``, byte for
    byte, written item by item as they come (JSON escapes every newline
    within a string, so each item's own lines are indented as a whole)."""
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        sys.stdout.write(("[\n  " if first else ",\n  ") + text)
        first = False
    sys.stdout.write("[]\n" if first else "\n]\n")


def _say(message: str, prefix: str | None = None, lang: str | None = None) -> None:
    """An error or warning on stderr, in the reader's language: the core and
    this shell word their messages in English (what tests and scripts match
    on), and :func:`xietong.i18n.problem` gives them in Chinese."""
    text = escape(problem(message, lang))
    err.print(f"[red]{t(prefix, lang)}[/]{text}" if prefix else text)


def _as_of(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return dates.as_of_bound(text)
    except dates.DateError as exc:
        _say(f"--as-of: {exc}")
        raise typer.Exit(2) from None


def _cluster(text: str | None) -> str | None:
    """The id of the city cluster a ``--cluster`` option names (usage error if unknown)."""
    if not text:
        return None
    try:
        return regions.cluster_named(text).id
    except regions.UnknownRegion as exc:
        _say(f"--cluster: {exc}")
        raise typer.Exit(2) from None


def _home() -> regions.Cluster:
    """The deployment's home city cluster (``XIETONG_CLUSTER``, else 京津冀): the places a reading of
    the whole registry speaks of. One that is no cluster is a usage error naming the variable."""
    import os

    try:
        return regions.home_cluster(os.environ.get("XIETONG_CLUSTER"))
    except regions.UnknownRegion as exc:
        _say(f"XIETONG_CLUSTER: {exc}")
        raise typer.Exit(2) from None


def _home_if_named() -> str | None:
    """The home city cluster's id when ``XIETONG_CLUSTER`` names one; else None (no cluster assumed)."""
    import os

    return _home().id if os.environ.get("XIETONG_CLUSTER", "").strip() else None


def _store(db: str | None, *, create: bool = False):  # type: ignore[no-untyped-def]
    try:
        return open_store(db, create=create)
    except StoreError as exc:
        _say(str(exc), "said_error")
        raise typer.Exit(3) from None


def _guard(fn, *args, _lang: str | None = None, **kwargs):  # type: ignore[no-untyped-def]
    """Run a core call, turning its errors into messages (in ``_lang``) and exit codes."""
    try:
        return fn(*args, **kwargs)
    except InputError as exc:
        err.print(f"[red]{t('problems', _lang)}[/] ({len(exc.problems)}):")
        for p in exc.problems:
            err.print(problem_line(p, _lang), markup=False)
        raise typer.Exit(1) from None
    except (StoreError, registry.RegistryError) as exc:
        _say(str(exc), "said_error", _lang)
        raise typer.Exit(3) from None
    except OSError as exc:  # an output path that cannot be written, a file gone from under us
        _say(str(exc), "said_error", _lang)
        raise typer.Exit(1) from None
    except Exception as exc:  # a database that refuses the connection, say
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            _say(str(exc.orig), "said_database_error", _lang)
            raise typer.Exit(3) from None
        raise


@app.command()
def init(
    db: DbOpt = None,
    json_: JsonOpt = False,
    force: Annotated[bool, typer.Option("--force", help="Load and derive again even when nothing has changed since the last init (after editing the database by hand)")] = False,
) -> None:
    """Create the schema and load the bundled data (the seed's 15 alliances and the reference table). Safe to repeat."""
    store = _store(db, create=True)
    changes = _guard(registry.init, store, force=force)
    if json_:
        _emit_json(changes.as_dict())
    else:
        added = sum(changes.added.values())
        out.print(f"{store.display_url}: " + (f"{t('added')} {added}" if added else t("nothing")))


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "unknown"


def _who(as_user: str | None) -> str:
    """Who makes a change on the command line, as the change log records it (``--as``, else the login name)."""
    return f"cli:{as_user or _login()}"


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="CSV, XLSX, XLS, DOCX, DOC, PDF or HTML (their tables), JSON or JSON Lines files, or export folders")],
    kind: Annotated[str | None, typer.Option("--kind", help="alliances, orgs, memberships, events, stats or listings (default: from the columns)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing")] = False,
    cluster: Annotated[str | None, typer.Option("--cluster", help="City cluster of alliance names written without one "
                                                "(京津冀, 长三角 …; default $XIETONG_CLUSTER, else none)")] = None,
    dataset: Annotated[str | None, typer.Option("--dataset", help="Name the facts' dataset (default: the file's name)")] = None,
    as_user: Annotated[str | None, typer.Option("--as", help="Who imports (recorded in the change log; default: your login name)")] = None,
    db: DbOpt = None,
    json_: JsonOpt = False,
    lang: LangOpt = default_lang(),
) -> None:
    """Import alliances, organisations or memberships. Any bad row: nothing is written, every problem listed.
    An import that changes anything is entered in the change log (`xietong log`) and can be undone."""
    if kind is not None and kind not in ("alliances", "orgs", "memberships", "events", "stats", "listings"):
        _say(f"--kind: expected alliances, orgs, memberships, events, stats or listings, got {kind!r}", lang=lang)
        raise typer.Exit(2)
    cluster_id = _cluster(cluster) or _home_if_named()
    store = _store(db)
    show_bar = not json_ and err.is_terminal
    with Progress(TextColumn("{task.description}"), BarColumn(), _FileBytes(), TimeRemainingColumn(),
                  console=err, disable=not show_bar, transient=True) as bar:
        tasks: dict[str, Any] = {}

        def progress(path: str, done: int, total: int) -> None:
            if path not in tasks:
                last = path == FINISHING  # no bytes to count: a bar that pulses until done
                pages = path.startswith(PAGES)  # a PDF's pages read for its tables: counted in pages, not bytes
                what = (t("finishing", lang) if last else t("reading_pages", lang).format(name=Path(path[len(PAGES):]).name)
                        if pages else Path(path).name)
                tasks[path] = bar.add_task(what, total=total or None, step=last or pages)
            bar.update(tasks[path], completed=done, total=total or None)

        report = _guard(registry.import_paths, store, [str(f) for f in files], kind=kind, dry_run=dry_run,
                        cluster=cluster_id, dataset=dataset, progress=progress, actor=_who(as_user),
                        _lang=lang)
    for w in report.warnings:
        _say(w, "said_warning", lang)
    if json_:
        _emit_json(report.as_dict())
        return
    title = t("dry_run", lang) if dry_run else t("imported", lang)
    lbl = Labels(lang)
    rows = ", ".join(f"{lbl.rows_kind(k)} {v}" for k, v in report.rows.items())
    out.print(f"{title}{t('colon', lang)}{rows}", markup=False)
    ch = report.changes
    if not ch.total() and not ch.merges:
        out.print(t("nothing", lang))
    for name, n in sorted(ch.added.items()):
        out.print(f"  {t('added', lang)} {lbl.table(name)}{t('colon', lang)}{n}", markup=False)
    for name, n in sorted(ch.superseded.items()):
        out.print(f"  {t('superseded', lang)} {lbl.table(name)}{t('colon', lang)}{n}", markup=False)
    _print_merges(ch.merges, lang)


def _print_merges(merges: list[dict[str, Any]], lang: str) -> None:
    """Each record a write merged into another: its name, the record kept, and why."""
    for m in merges:
        out.print(f"  {t('merged', lang)}{t('colon', lang)}{m['name']} → {m['kept']}{_aside(problem(m['reason'], lang), lang)}", markup=False)


class _FileBytes(DownloadColumn):
    """Bytes read of a file; nothing for a step that reads none."""

    def render(self, task: Any) -> Text:
        return Text("") if task.fields.get("step") else super().render(task)


@contextmanager
def _bars(quiet: bool) -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar per named task on standard error, for a long command to
    report through (``progress(what, done, total)``); none when quiet or when
    standard error is not a terminal."""
    with Progress(TextColumn("{task.description}"), BarColumn(), TimeRemainingColumn(), console=err,
                  disable=quiet or not err.is_terminal, transient=True) as bar:
        tasks: dict[str, Any] = {}

        def progress(what: str, done: int, total: int) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            bar.update(tasks[what], completed=done)

        yield progress


def _named(progress: Callable[[str, int, int], None], lang: str | None) -> Callable[[str, int, int], None]:
    """``progress`` told of a step by the name readers read ("registry" → 读取登记簿)."""
    return lambda what, done, total: progress(t(f"progress_{what}", lang), done, total)


@app.command()
def export(
    out_path: Annotated[Path, typer.Argument(metavar="OUT", help="File (xlsx, json) or folder (csv) to write")],
    format_: Annotated[str, typer.Option("--format", help="csv, xlsx or json")] = "json",
    db: DbOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Export the whole registry losslessly (facts, sources, judgements)."""
    if format_ not in ("csv", "xlsx", "json"):
        _say(f"--format: expected csv, xlsx or json, got {format_!r}")
        raise typer.Exit(2)
    store = _store(db)
    with _bars(json_) as progress:
        counts = _guard(registry.export, store, format_, str(out_path), progress)
    if json_:
        _emit_json({"out": str(out_path), "format": format_, "tables": counts})
    else:
        out.print(f"{t('exported')}{t('colon')}{out_path} " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command("list")
def list_(
    what: Annotated[str, typer.Argument(help="alliances or orgs")],
    db: DbOpt = None,
    json_: JsonOpt = False,
    as_of: AsOfOpt = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many (default: all)")] = None,
    offset: Annotated[int, typer.Option("--offset", help="Skip this many first (in the order listed)")] = 0,
    cluster: Annotated[str | None, typer.Option("--cluster", help="Only the alliances scoped to this city cluster "
                                                "(its stated cluster, else the one its name begins with)")] = None,
    lang: LangOpt = default_lang(),
) -> None:
    """List alliances or organisations, by name (--limit and --offset page through them)."""
    kinds = {"alliances": "alliance", "alliance": "alliance", "orgs": "org", "organisations": "org", "org": "org"}
    if what not in kinds:
        _say(f"list: expected alliances or orgs, got {what!r}", lang=lang)
        raise typer.Exit(2)
    if cluster and kinds[what] != "alliance":
        _say("--cluster: only alliances are scoped to a city cluster", lang=lang)
        raise typer.Exit(2)
    scope = _cluster(cluster)
    store = _store(db)
    bound = _as_of(as_of)
    if scope:  # alliances are few (thousands): read whole, then the page of those in the cluster
        from itertools import islice

        from xietong.names import scoped_cluster

        every = _guard(registry.iter_entities, store, "alliance", as_of=bound)
        chosen = (a for a in every if scoped_cluster(a["cluster"], a["name"]) == scope)
        items: Iterable[dict[str, Any]] = islice(chosen, offset, None if limit is None else offset + limit)
    else:
        # read a page at a time as printed: a whole large registry's listing held at once took gigabytes
        items = _guard(registry.iter_entities, store, kinds[what], as_of=bound, limit=limit, offset=offset)
    if json_:
        _guard(_emit_json_array, items)
        return
    lbl = Labels(lang)
    if kinds[what] == "alliance":
        columns = ("name", "type", "founded", "city", "initiators", "counts")
        types = taxonomy_vocab("types")

        def row(a: dict[str, Any]) -> tuple[str, ...]:
            counts = "; ".join(lbl.count(c) for c in a["member_counts"])  # 70余家钢铁企业, as show and the pages say it
            return (a["name"], types.label(a["type"], lang) if a["type"] else "—",
                    lbl.value("alliance", "founded", a["founded"]) if a["founded"] else "—",
                    lbl.value("alliance", "city", a["city"]) if a["city"] else "—",
                    "、".join(a["initiators"]) or "—", counts or "—")
    else:
        columns = ("name", "kind", "province", "seat", "alliances")

        def row(o: dict[str, Any]) -> tuple[str, ...]:
            return (o["name"], lbl.org_kind(o["kind"]) or "—",
                    lbl.value("org", "province", o["province"]) if o["province"] else "—",
                    lbl.value("org", "seat", o["seat"]) if o["seat"] else "—", str(len(o["alliances"])))
    rows = _guard(list, map(row, items))
    _print_table([t(col, lang) for col in columns], rows)
    if not rows and as_of and offset == 0:
        _why_empty(store, as_of, bound, lang)


def _why_empty(store: Store, as_of: str, bound: str | None, lang: str | None) -> None:
    """Why a listing ``--as-of`` a date (``as_of`` as given, ``bound`` as read) shows nothing,
    when it is because the registry's first record is later: ``--as-of`` reads when facts were
    recorded, and a reader who wanted the alliances founded by then is told so, not left with an
    empty table."""
    first = registry.first_recorded(store)
    if first is not None and bound is not None and first > bound:
        _say(f"--as-of {as_of}: the registry's first record was made on {first[:10]}; --as-of reads the "
             "registry as it had been recorded by then, not what had been founded by then", lang=lang)


BOXED_ROWS = 1000  # listings longer than this are printed as plain aligned lines (see _print_table)
PLAIN_WIDTH = 40  # in plain lines, columns are padded to at most this many cells; a longer value overflows


def _print_table(headers: list[str], rows: list[tuple[str, ...]]) -> None:
    """A listing as a boxed table, or, past :data:`BOXED_ROWS` rows, as
    plain lines with the columns aligned (by display width: a Chinese
    character is two cells). Rich lays a table out by measuring and
    wrapping every cell: 32 s for 40,000 organisations, minutes for a
    registry of 200,000, where plain lines take a second and read as well
    in a pager or through ``grep``."""
    if len(rows) <= BOXED_ROWS:
        table = Table(show_lines=False)
        for h in headers:
            table.add_column(h)
        for row in rows:
            table.add_row(*map(escape, row))
        out.print(table)
        return
    from rich.cells import cell_len

    widths = [min(max(cell_len(v) for v in column), PLAIN_WIDTH) for column in zip(headers, *rows, strict=True)]

    def line(cells: tuple[str, ...] | list[str]) -> str:
        return "  ".join(v + " " * (w - cell_len(v)) for v, w in zip(cells, widths, strict=True)).rstrip() + "\n"

    sys.stdout.write(line(headers) + "  ".join("-" * w for w in widths) + "\n")
    sys.stdout.writelines(map(line, rows))


SHOWN_MEMBERS = 50  # members (or an organisation's alliances) `show` lists unless asked for all


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="An id, a name or an alias (or part of a name)")],
    db: DbOpt = None,
    json_: JsonOpt = False,
    as_of: AsOfOpt = None,
    all_: Annotated[bool, typer.Option("--all", help=f"List every member (the first {SHOWN_MEMBERS} otherwise; --json gives all)")] = False,
    lang: LangOpt = default_lang(),
) -> None:
    """Show an alliance or organisation with every fact and its source passage."""
    store = _store(db)
    paged = None if json_ or all_ else slice(0, SHOWN_MEMBERS)  # an alliance's first members, read alone
    bound = _as_of(as_of)
    found = _guard(registry.show, store, name, as_of=bound, members=paged)
    if not found:
        _say(f"nothing named {name!r}", lang=lang)
        if as_of:
            _why_empty(store, as_of, bound, lang)
        raise typer.Exit(1)
    if json_:
        _emit_json(found if len(found) > 1 else found[0])
        return
    lbl = Labels(lang)
    for d in found:
        out.print(f"[bold]{escape(d['name'])}[/]  ({d['id']})")
        if d["aliases"]:
            out.print(f"  {t('aliases', lang)}{t('colon', lang)}{'、'.join(d['aliases'])}", markup=False)
        for prop, facts in d["facts"].items():
            for f in facts:
                state = "" if f["superseded_at"] is None else _aside(f"{t('superseded_at', lang)} {f['superseded_at'][:10]}", lang)
                out.print(f"  {lbl.prop(d['entity'], prop)}{t('colon', lang)}{lbl.value(d['entity'], prop, f['value'])}{state}", markup=False)
                _print_source(f, lbl)
        limit = None if all_ else SHOWN_MEMBERS
        for m in d["members"][:limit]:  # initiators, leads and other roles come before plain members
            out.print(f"  {lbl.role(m['role'])}{t('colon', lang)}{m['org']}{_span(m, lbl)}", markup=False)
            _print_source(m, lbl)
        for m in d["memberships"][:limit]:  # an organisation's alliances
            out.print(f"  {t('alliances', lang)}{t('colon', lang)}{m['alliance'] or m['alliance_id']}{_aside(lbl.role(m['role']), lang)}{_span(m, lbl)}",
                      markup=False)
            _print_source(m, lbl)
        listed = max(d.get("members_total", len(d["members"])), len(d["memberships"]))
        if (more := listed - (limit or 0)) > 0 and limit is not None:
            out.print(f"  {t('more_members', lang).format(n=more)}", markup=False)
        for c in d["counts"]:
            out.print(f"  {lbl.name('count_roles', c['role'])}{t('colon', lang)}{lbl.count(c)}", markup=False)
            _print_source(c, lbl)
        out.print("")


def _print_source(fact: dict[str, Any], lbl: Labels) -> None:
    """Where a fact (a statement, a membership, a count) was read, under it: its source and the place
    in it, and the passage when one was kept."""
    out.print(f"      {t('source', lbl.lang)}{t('colon', lbl.lang)}{lbl.where(fact)}", markup=False)
    if fact["passage"]:
        out.print(f"      {t('passage', lbl.lang)}{t('colon', lbl.lang)}「{' '.join(fact['passage'].split())}」", markup=False)
    if fact.get("note"):  # why a rule stated it, what a curator added
        out.print(f"      {t('note_label', lbl.lang)}{t('colon', lbl.lang)}{lbl.note(fact['note'])}", markup=False)


def _span(membership: dict[str, Any], lbl: Labels) -> str:
    """A membership's dates after it: "（2015年4月起）", " (since 2015-04)"; nothing when it has none."""
    said = lbl.span(membership)
    return _aside(said, lbl.lang) if said else ""


def _aside(said: str, lang: str) -> str:
    """A remark in brackets after what it is about, as each language writes one: "（发起单位）",
    " (initiator)"."""
    return f"（{said}）" if lang == "zh" else f" ({said})"


@app.command()
def stats(db: DbOpt = None, json_: JsonOpt = False, as_of: AsOfOpt = None, lang: LangOpt = default_lang()) -> None:
    """Summarise the registry: how many alliances, organisations, facts and sources."""
    store = _store(db)
    s = _guard(registry.stats, store, as_of=_as_of(as_of))
    if json_:
        _emit_json(s)
        return
    out.print(f"[bold]{t('summary', lang)}[/] — {store.display_url}")
    for key in ("alliances", "organisations", "memberships", "membership_facts", "count_facts", "statements", "sources",
                "merges"):
        out.print(f"  {t(key, lang)}{t('colon', lang)}{s[key]}")
    types, sep = taxonomy_vocab("types"), "，" if lang == "zh" else ", "
    out.print(f"  {t('by_type', lang)}{t('colon', lang)}" + sep.join(
        f"{types.label(k, lang) if k in types.terms else t(k, lang)} {v}" for k, v in s["by_type"].items()))
    out.print(f"  {t('by_city', lang)}{t('colon', lang)}" + sep.join(
        f"{regions.label(k, lang) if k in regions.regions() else t(k, lang)} {v}" for k, v in s["by_city"].items()))
    out.print(f"  {t('by_year', lang)}{t('colon', lang)}" + sep.join(f"{t(k, lang) if k == 'unknown' else k} {v}" for k, v in s["by_year"].items()))


@app.command()
def merge(keep: Annotated[str, typer.Argument(help="The record kept: an id or a name")],
          other: Annotated[str, typer.Argument(help="The record read as part of it: an id or a name")], db: DbOpt = None,
          reason: Annotated[str, typer.Option(help="Why")] = "judged the same", as_user: AsUser = None) -> None:
    """Judge two entities the same (OTHER is read as part of KEEP); entered in the change log, so it can be undone."""
    done = _guard(registry.decide, _store(db), "merge", keep, other, reason=reason, actor=(who := _who(as_user)),
                  logged_as=who)
    out.print(t("said_merged").format(id=done["judgement"]), markup=False)


@app.command()
def unmerge(a: Annotated[str, typer.Argument(help="One record: an id or a name")],
            b: Annotated[str, typer.Argument(help="The other: an id or a name")], db: DbOpt = None,
            as_user: AsUser = None) -> None:
    """Undo a merge of two entities and remember that they are different."""
    done = _guard(registry.decide, _store(db), "unmerge", a, b, actor=(who := _who(as_user)), logged_as=who)
    out.print(t("said_unmerged").format(n=len(done["undone"])), markup=False)


@app.command()
def different(a: Annotated[str, typer.Argument(help="One record: an id or a name")],
              b: Annotated[str, typer.Argument(help="The other: an id or a name")], db: DbOpt = None,
              as_user: AsUser = None) -> None:
    """Judge two entities different, so they are never merged automatically."""
    done = _guard(registry.decide, _store(db), "different", a, b, actor=(who := _who(as_user)), logged_as=who)
    out.print(t("said_different").format(id=done["judgement"]), markup=False)


CiteOpt = Annotated[str | None, typer.Option("--cite", help="The document it is stated in: its title")]
UrlOpt = Annotated[str | None, typer.Option("--url", help="A link to where it is stated")]
PassageOpt = Annotated[str | None, typer.Option("--passage", help="The passage that states it, quoted")]


@app.command("state")
def state_(
    record: Annotated[str, typer.Argument(help="An alliance or organisation: an id or a name")],
    prop: Annotated[str, typer.Argument(help="The property: founded, city, type, sector, province, kind …")],
    value: Annotated[str, typer.Argument(help="The value as written: 2015年5月, 天津, 产业类 …")],
    cite: CiteOpt = None, url: UrlOpt = None, passage: PassageOpt = None,
    db: DbOpt = None, json_: JsonOpt = False, as_user: AsUser = None,
) -> None:
    """State a fact by hand, citing where it is stated (--cite or --url): shown before what files state, entered in the change log, so it can be undone."""
    from xietong import edits

    store = _store(db)
    eid, kind = _guard(registry.find_id, store, record)
    who = _who(as_user)
    try:
        done = _guard(edits.state, store, eid, prop, value, cite=edits.Citation(cite, url, passage), by=who, logged_as=who)
    except edits.EditError as exc:
        err.print(f"[red]{t('said_error')}[/]{escape(Labels().refusal(kind, exc.field, exc.message))}")
        raise typer.Exit(1) from None
    _emit_json(done) if json_ else out.print(t("said_stated").format(prop=prop, value=done["value"]), markup=False)


@app.command("add-member")
def add_member(
    alliance: Annotated[str, typer.Argument(help="The alliance: an id or a name")],
    org: Annotated[str, typer.Argument(help="The member organisation's name (a new one is added)")],
    role: Annotated[str, typer.Option("--role", help="The role: member (the default), initiator, lead, secretariat, guide, chair …")] = "member",
    since: Annotated[str | None, typer.Option("--since", help="When it joined (2015年4月)")] = None,
    until: Annotated[str | None, typer.Option("--until", help="When it left")] = None,
    cite: CiteOpt = None, url: UrlOpt = None, passage: PassageOpt = None,
    db: DbOpt = None, json_: JsonOpt = False, as_user: AsUser = None,
) -> None:
    """Add a member to an alliance by hand, citing where it is stated (--cite or --url); entered in the change log, so it can be undone."""
    from xietong import edits

    store = _store(db)
    aid, _kind = _guard(registry.find_id, store, alliance, "alliance")
    who = _who(as_user)
    done = _refusing(edits.EditError, edits.member, store, aid, org, role, since=since, until=until,
                     cite=edits.Citation(cite, url, passage), by=who, logged_as=who)
    _emit_json(done) if json_ else out.print(t("said_member_added").format(org=done["org"]), markup=False)


@app.command()
def register(
    kind: Annotated[str, typer.Argument(help="alliance or org")],
    name: Annotated[str, typer.Argument(help="Its full name")],
    cluster: Annotated[str | None, typer.Option("--cluster", help="City cluster of alliance names written without one "
                                                "(京津冀, 长三角 …; default $XIETONG_CLUSTER, else none)")] = None,
    cite: CiteOpt = None, url: UrlOpt = None, passage: PassageOpt = None,
    db: DbOpt = None, json_: JsonOpt = False, as_user: AsUser = None,
) -> None:
    """Register an alliance or organisation the registry does not hold yet, citing where it is stated (--cite or --url); a name it holds already is refused, naming that record. Entered in the change log, so it can be undone."""
    from xietong import edits

    if kind not in ("alliance", "org"):
        _say(f"kind: expected alliance or org, got {kind!r}")
        raise typer.Exit(2)
    cluster_id = _cluster(cluster) or _home_if_named()
    store = _store(db)
    who = _who(as_user)
    done = _refusing(edits.EditError, edits.register, store, kind, name, cite=edits.Citation(cite, url, passage), by=who,
                     cluster=cluster_id, logged_as=who)
    _emit_json(done) if json_ else out.print(t("said_registered").format(name=done["name"], id=done["id"]), markup=False)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A text, HTML, DOCX, DOC, PDF, OFD, XLSX or XLS file, a folder of them, or - for standard input")],
    date: Annotated[str | None, typer.Option("--date", help="The article's date (YYYY-MM-DD), to resolve 今年4月")] = None,
    cluster: Annotated[str | None, typer.Option("--cluster", help="City cluster of names written without one "
                                                "(default: the home cluster, $XIETONG_CLUSTER, else 京津冀)")] = None,
    commit: Annotated[bool, typer.Option("--commit", help="Store the proposals as review candidates (not facts)")] = False,
    title: Annotated[str | None, typer.Option("--title", help="The report's title, kept with its source (one report)")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where the report was published, kept with its source (one report)")] = None,
    json_: JsonOpt = False,
    db: DbOpt = None,
    lang: LangOpt = default_lang(),
) -> None:
    """Read alliances out of Chinese text: names, founding date and place, initiators, members, counts, regions, secretariat, the council's chair, vice chairs and other tiers, evidence."""
    from xietong.edits import web_address
    from xietong.text import pipeline
    from xietong.text.documents import Skipped, documents

    if url is not None and not web_address(url.strip()):
        _say(f"--url: not a web address: {url!r}", lang=lang)
        raise typer.Exit(2)

    article = None
    if date:
        try:
            article = dates.parse(date)
        except dates.DateError as exc:
            _say(f"--date: {exc}", lang=lang)
            raise typer.Exit(2) from None
        if article.precision != "day":
            _say("--date: give a full date (YYYY-MM-DD)", lang=lang)
            raise typer.Exit(2)
    cluster_id = _cluster(cluster) or _home().id
    with _bars(False) as bar:  # a scan is read by OCR, seconds a page
        docs = list(documents(path, lambda name, done, total: bar(f"{t('reading_scan', lang)} {Path(name).name}", done, total)))
    if (title or url) and len(docs) > 1:
        _say("--title and --url name one report; this reads several", lang=lang)
        raise typer.Exit(2)
    for doc in docs:
        if not isinstance(doc, Skipped):
            doc.title, doc.url = title or doc.title, url.strip() if url else None
            if doc.ocr:  # a scan: its text is a machine's reading of pictures
                _say(f"{doc.name}: {problem('read by OCR from pictures of its pages: check the names it gives against the scan', lang)}",
                     "said_warning", lang)
    with _bars(json_ or len(docs) < 2) as bar:
        results = pipeline.extract_documents(docs, article_date=article.earliest() if article else None,
                                             context_cluster=cluster_id,
                                             progress=lambda done, total: bar(t("reading_reports", lang), done, total))
    for skipped in results.skipped:
        _say(f"{skipped.name}: {problem(skipped.reason, lang)}", "said_skipped", lang)
    if commit:
        store = _store(db)
        added = _guard(pipeline.commit, store, results)
        _say(f"review candidates added: {added}", lang=lang)
    if json_:
        for rec in results.records:
            sys.stdout.write(json.dumps(pipeline.record_json(rec), ensure_ascii=False) + "\n")
    else:
        for rec in results.records:
            out.print(f"[bold]{escape(rec.alliance)}[/]" + escape(f"  ({'、'.join(rec.aliases)})" if rec.aliases else ""))
            _print_record(pipeline.record_json(rec), "  ", Labels(lang))
    if not results.records and results.skipped and not results.documents:
        raise typer.Exit(1)


evaluate_app = typer.Typer(help="Measure extraction, classification or matchmaking against gold sets.",
                           no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")


def _print_scores(title: str, overall: dict[str, Any], rows: dict[str, dict[str, Any]]) -> None:
    table = Table(title=title)
    for col in (t("eval_field"), t("eval_precision"), t("eval_recall"), "F1", "tp", "fp", "fn"):
        table.add_column(col)
    for name, v in [*rows.items(), (t("eval_overall"), overall)]:
        table.add_row(name, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["tp"]),
                      str(v["fp"]), str(v["fn"]))
    out.print(table)


@evaluate_app.command("extraction")
def evaluate_extraction(gold: Annotated[Path, typer.Argument(help="Gold JSON Lines file")], json_: JsonOpt = False) -> None:
    """Field-level precision, recall and F1 of extraction on GOLD.jsonl."""
    from xietong.evaluation import extraction as ev

    report = _refusing((ev.GoldError, OSError), ev.evaluate, str(gold))
    if json_:
        _emit_json(report.as_dict())
        return
    d = report.as_dict()
    _print_scores(t("eval_items").format(gold=gold, n=d["items"]), d["overall"], d["fields"])


@evaluate_app.command("classification")
def evaluate_classification(gold: Annotated[Path, typer.Argument(help="Gold TSV with columns name, type")],
                            json_: JsonOpt = False) -> None:
    """Accuracy and confusion matrix of classification on GOLD.tsv."""
    from xietong.evaluation import classification as ev

    report = _refusing((ev.GoldError, OSError), ev.evaluate, str(gold))
    if json_:
        _emit_json(report.as_dict())
        return
    types = taxonomy_vocab("types")
    labels = [*types.ids(), ev.NONE]

    def shown(label: str | None) -> str:  # a type as the reader calls it
        return t("eval_unclassified") if label in (None, ev.NONE) else types.label(label, default_lang())

    table = Table(title=t("eval_accuracy").format(gold=gold, accuracy=report.accuracy, correct=report.correct,
                                                   total=report.total))
    table.add_column(t("eval_gold_predicted"))
    for lab in labels:
        table.add_column(shown(lab))
    for g in labels[:-1]:
        table.add_row(shown(g), *[str(report.confusion.get(g, {}).get(p, 0)) for p in labels])
    out.print(table)
    for e in report.errors:
        out.print(t("eval_class_error").format(line=e["line"], name=e["name"], expected=shown(e["expected"]),
                                               predicted=shown(e["predicted"])), markup=False)


@app.command()
def classify(
    names: Annotated[list[str] | None, typer.Argument(help="Alliance names (none: every alliance in the registry)")] = None,
    description: Annotated[str | None, typer.Option("--description", help="A description to classify by")] = None,
    store_results: Annotated[bool, typer.Option("--store", help="With no names: store the results as sourced facts")] = False,
    json_: JsonOpt = False,
    db: DbOpt = None,
    lang: LangOpt = default_lang(),
) -> None:
    """Classify alliances by the seed's taxonomy: type, sector, domains, relations, confidence and evidence."""
    from xietong import classify as cl

    if names:
        results = [cl.classify(n, description).as_dict() for n in names]
    else:
        store = _store(db)
        results = _guard(registry.classify_registry, store, write=store_results)
    if json_:
        for r in results:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    types = taxonomy_vocab("types")
    for r in results:
        label = types.label(r["type"], lang) if r["type"] else t("unclassified", lang)
        sector = Labels(lang).value("alliance", "sector", r["sector"]) if r["sector"] else "—"
        out.print(f"[bold]{escape(r['name'])}[/]{t('colon', lang)}{label} · {sector} · {r['confidence']:.2f}")
        for e in r["evidence"]:
            out.print(f"    {t('evidence_' + e['source'], lang)}{t('colon', lang)}{problem(e['rule'], lang)}", markup=False)


review_app = typer.Typer(help="The review queue of extracted candidates.", no_args_is_help=True)
app.add_typer(review_app, name="review")


def _refusing(error: type[Exception] | tuple[type[Exception], ...], fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Run a core call whose ``error`` is the user's mistake: message, exit 1."""
    try:
        return _guard(fn, *args, **kwargs)
    except error as exc:
        _say(str(exc), "said_error")
        raise typer.Exit(1) from None


def _review(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    from xietong.review import ReviewError

    return _refusing(ReviewError, fn, *args, **kwargs)


def _print_all(items: list[Any], printer: Any, json_: bool) -> None:
    """A list as one JSON document, or printed one by one (or "nothing found")."""
    if json_:
        _emit_json(items)
        return
    for item in items:
        printer(item)
    if not items:
        out.print(t("list_empty"))


def _print_record(r: dict[str, Any], indent: str, lbl: Labels) -> None:
    """What an extracted record says, a line a field, as readers write it (天津市 for 120000, 2015年4月)."""
    from xietong.text.facts import COUNCIL_LISTS

    for key in ("founded", "city", "initiators", "initiator_count", "members", "member_count", "regions", "secretariat",
                *COUNCIL_LISTS):  # (its chairs: the one chair, or all chairing in turn)
        value = r.get(key)
        if value in (None, []):
            continue
        values = value if isinstance(value, list) else [value]
        if key in ("founded", "city", "regions"):
            values = [lbl.value("alliance", key, str(v)) for v in values]
        if key in ("initiator_count", "member_count"):  # 60余家, as show and the pages write counts
            values = [lbl.count({"count": value, "qualifier": r.get(f"{key}_qualifier") or "exact", "kind": None})]
        out.print(f"{indent}{lbl.name('candidate_fields', key)}{t('colon', lbl.lang)}{'、'.join(map(str, values))}", markup=False)


def _print_candidate(c: dict[str, Any]) -> None:
    lbl, r = Labels(), c["record"]
    out.print(f"[bold]{c['id'][:12]}[/] " + escape(f"{lbl.name('review_status', c['status'])} · {r['alliance']} · {c['dataset']}"))
    _print_record(r, "    ", lbl)
    # the evidence, then each other sentence a fact was read from, once each
    said = [e["text"] for e in [r.get("evidence") or {}, *(r.get("evidence_of") or {}).values()] if e.get("text")]
    for text in dict.fromkeys(said):
        out.print(f"    {lbl.name('candidate_fields', 'evidence')}{t('colon', lbl.lang)}「{text}」", markup=False)


@review_app.command("list")
def review_list(status: Annotated[str, typer.Option(help="pending, accepted, rejected or all")] = "pending",
                db: DbOpt = None, json_: JsonOpt = False) -> None:
    """List candidates (pending by default)."""
    from xietong import review

    if status not in ("pending", "accepted", "rejected", "all"):
        _say(f"--status: expected pending, accepted, rejected or all, got {status!r}")
        raise typer.Exit(2)
    _print_all(_review(review.list_candidates, _store(db), None if status == "all" else status), _print_candidate, json_)


@review_app.command("show")
def review_show(candidate_id: CandidateArg, db: DbOpt = None, json_: JsonOpt = False) -> None:
    """Show one candidate (an id or its first characters)."""
    from xietong import review

    c = _review(review.show, _store(db), candidate_id)
    if json_:
        _emit_json(c)
    else:
        _print_candidate(c)


@review_app.command("accept")
def review_accept(candidate_ids: CandidatesArg, by: Annotated[str, typer.Option(help="Who decides")] = "user",
                  db: DbOpt = None, json_: JsonOpt = False, as_user: AsUser = None) -> None:
    """Accept a candidate: its record becomes registry facts sourced to the document and evidence span."""
    from xietong import review

    if len(candidate_ids) > 1:
        _decide_all(candidate_ids, "accept", by=by, db=db, json_=json_, as_user=as_user)
        return
    result = _review(review.decide, _store(db), candidate_ids[0], "accept", by=by, logged_as=_who(as_user))
    if json_:
        _emit_json(result)
    else:
        out.print(t("said_accepted").format(id=result["alliance_id"]), markup=False)
        _print_merges(result.get("merges") or [], default_lang())


def _decide_all(candidate_ids: list[str], decision: str, *, by: str, db: str | None, json_: bool,
                as_user: str | None) -> None:
    """Several candidates decided at once, each on its own (review.decide_all): how many were,
    and why any were not; exit 1 when any was not. JSON: {decided: [ids], refused: [{id, reason}]}."""
    from xietong import review

    done = _review(review.decide_all, _store(db), [(c, None) for c in candidate_ids], decision, by=by,
                   logged_as=_who(as_user))
    if json_:
        _emit_json(done)
    else:
        out.print(t("said_decided_" + decision).format(n=len(done["decided"])), markup=False)
        for r in done["refused"]:
            err.print(f"[red]{t('said_error')}[/]{escape(problem(r['reason']))}")
    if done["refused"]:
        raise typer.Exit(1)


@review_app.command("edit")
def review_edit(candidate_id: CandidateArg,
                set_: Annotated[list[str], typer.Option("--set", help="FIELD=VALUE, e.g. founded=2015-04 or initiators=甲;乙")],
                by: Annotated[str, typer.Option(help="Who edits")] = "user",
                db: DbOpt = None, json_: JsonOpt = False, as_user: AsUser = None) -> None:
    """Correct a pending candidate before accepting it."""
    from xietong import review

    changes = {}
    for item in set_:
        if "=" not in item:
            _say(f"--set: expected FIELD=VALUE, got {item!r}")
            raise typer.Exit(2)
        k, v = item.split("=", 1)
        changes[k.strip()] = v
    c = _review(review.edit, _store(db), candidate_id, changes, by=by, logged_as=_who(as_user))
    if json_:
        _emit_json(c)
    else:
        _print_candidate(c)


@review_app.command("reject")
def review_reject(candidate_ids: CandidatesArg, reason: Annotated[str | None, typer.Option(help="Why")] = None,
                  by: Annotated[str, typer.Option(help="Who decides")] = "user", db: DbOpt = None,
                  as_user: AsUser = None) -> None:
    """Reject a candidate; the same proposal will not be raised again."""
    from xietong import review

    if len(candidate_ids) > 1:
        _decide_all(candidate_ids, "reject", by=by, db=db, json_=False, as_user=as_user)
        return
    _review(review.decide, _store(db), candidate_ids[0], "reject", by=by, reason=reason, logged_as=_who(as_user))
    out.print(t("said_rejected"), markup=False)


@app.command()
def analyze(db: DbOpt = None, json_: JsonOpt = False, as_of: AsOfOpt = None, lang: LangOpt = default_lang(),
            cluster: ClusterOpt = None) -> None:
    """Compute every indicator of the survey brief (see docs/indicators.md)."""
    from xietong.analytics.run import analyze as run
    from xietong.brief.content import places, words

    scope, home = regions.clusters()[_cluster(cluster)] if cluster else None, _home()
    with _bars(json_) as progress:
        result = _guard(run, _store(db), _as_of(as_of), scope, home, _named(progress, lang))
    if json_:
        _emit_json(result)
        return
    f, lead_, cov, ei = result["formation"], result["lead"], result["coverage"], result["ei_index"]
    where = places(result["cluster"], lang, words(lang))

    def say(key: str, **values: Any) -> None:
        out.print("  " + t(key, lang).format(**where, **values), markup=False)

    sep = ", " if lang == "en" else "，"
    years = {t("unknown", lang) if k == "unknown" else k: v for k, v in f["by_year"].items()}
    out.print(f"[bold]{t('alliances', lang)}[/]{t('colon', lang)}{f['total']}  " + sep.join(f"{k} {v}" for k, v in years.items()))
    def pct(share: float | None) -> str:  # a share as readers read one: 39.3%
        return "—" if share is None else f"{share:.1%}"

    if result["cluster"]["scoped"]:
        say("an_scope", n=result["cluster"]["unscoped_alliances"])
    if lead_ is None:
        say("an_no_leader")
    else:
        say("an_led", led=lead_["led"], share=pct(lead_["led_share"]), responded=lead_["responded"],
            rshare=pct(lead_["responded_share"]))
    say("an_coverage", full=cov["full"], known=cov["full"] + cov["partial"], unknown=cov["unknown"])
    say("an_ei", items=sep.join(f"{regions.label(p, lang)} {v['ei']}" for p, v in ei["by_province"].items()),
        overall=ei["overall"]["ei"])
    for pair in result["province_pairs"]["pairs"][:6]:
        say("an_pair", a=regions.label(pair["a"], lang), b=regions.label(pair["b"], lang), raw=pair["raw"], norm=pair["normalised"])
    net = result["network"]
    say("an_network", orgs=net["bipartite"]["organisations"], ties=net["projection"]["ties"],
        communities=net["communities"]["count"])
    if not result["specialisation"]["available"]:
        say("an_spec_missing")
    act = result["activity"]
    if act["available"]:
        mean = round(sum(act["mean"].values()) / len(act["mean"]), 4)
        say("an_activity", scored=act["scored"], mean=mean, without=act["without_events"])
    else:
        say("an_activity_missing")


@app.command()
def synth(
    alliances: Annotated[int, typer.Option("--alliances", help="How many alliances")],
    organisations: Annotated[int, typer.Option("--organisations", help="How many organisations")],
    memberships: Annotated[int | None, typer.Option("--memberships", help="How many memberships (default 5 per organisation)")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed")] = 0,
    db: DbOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Generate a synthetic registry for scale tests (marked synthetic in every source)."""
    from xietong import synth as gen

    store = _store(db, create=True)
    store.migrate()
    with _bars(json_) as progress:
        try:
            report = _guard(gen.generate, store, alliances=alliances, organisations=organisations,
                            memberships=memberships, seed=seed, progress=progress)
        except ValueError as exc:
            _say(str(exc), "said_error")
            raise typer.Exit(2) from None
    if json_:
        _emit_json(report.as_dict())
    else:
        out.print(t("said_synthetic").format(alliances=report.alliances, orgs=report.organisations,
                                             memberships=report.memberships, dataset=report.dataset), markup=False)


@app.command()
def report(
    out_path: Annotated[Path, typer.Option("-o", "--out", help="The file to write")],
    format_: Annotated[str, typer.Option("--format", help="html, md, pdf or xlsx")] = "html",
    lang: LangOpt = default_lang(),
    as_of: AsOfOpt = None,
    db: DbOpt = None,
    cluster: ClusterOpt = None,
) -> None:
    """Write the survey brief (structured like the seed, with charts) from the registry."""
    from xietong.assets import AssetError
    from xietong.brief import report as write_report
    from xietong.brief.render import FORMATS

    if format_ not in FORMATS:
        _say(f"--format: expected one of {', '.join(FORMATS)}, got {format_!r}", lang=lang)
        raise typer.Exit(2)
    scope, home = regions.clusters()[_cluster(cluster)] if cluster else None, _home()
    try:
        with _bars(False) as progress:
            path = _guard(write_report, _store(db), format_, out_path, lang=lang, as_of=_as_of(as_of), cluster=scope,
                          home=home, progress=_named(progress, lang))
    except AssetError as exc:
        _say(str(exc), "said_error", lang)
        raise typer.Exit(3) from None
    out.print(f"{path}")


@app.command("match")
def match_(
    need: Annotated[str, typer.Argument(help="The need, in plain Chinese (e.g. 降低钢铁生产能耗); \"\" with --org matches for the organisation's profile")],
    org: Annotated[str | None, typer.Option("--org", help="Match for this organisation (id or exact name)")] = None,
    region: Annotated[str | None, typer.Option("--region", help="Want partners in this region (name or code)")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="alliance, org or listing (default: all three)")] = None,
    top: Annotated[int, typer.Option("--top", help="How many results")] = 10,
    db: DbOpt = None,
    json_: JsonOpt = False,
    lang: LangOpt = default_lang(),
) -> None:
    """Rank alliances to join and partner organisations for a need, each with its reasons."""
    from xietong.match.engine import Matcher, MatchError, match

    store = _store(db)
    try:
        matcher = _guard(Matcher.build, store)
        results = match(matcher, need, org=org, region=region, kind=kind, top=top, lang=lang)
    except MatchError as exc:
        _say(str(exc), "said_error", lang)
        raise typer.Exit(1) from None
    if json_:
        _emit_json([r.as_dict() for r in results])
        return
    if not results:
        out.print(t("nothing_matched", lang))
        out.print(t("nothing_matched_hint", lang), markup=False)
    for i, r in enumerate(results, 1):
        what = t({"alliance": "an_alliance", "org": "an_org"}.get(r.kind, "a_listing"), lang)
        out.print(f"{i}. [bold]{escape(r.name)}[/] ({what}) {r.score:.3f}")
        for reason in r.reasons:
            out.print(f"     · {reason}", markup=False)


@evaluate_app.command("match")
def evaluate_match(
    queries: Annotated[Path | None, typer.Option("--queries", help="TSV with columns query, expected (Hits@1, Hits@3)")] = None,
    holdout: Annotated[float, typer.Option("--holdout", help="Share of memberships hidden for link prediction")] = 0.2,
    seed: Annotated[int, typer.Option("--seed", help="Random seed for the held-out memberships")] = 0,
    db: DbOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Leave-out link prediction (Recall@10, MRR, against popularity and text-only baselines) and,
    with --queries, Hits@1/Hits@3 on a query file."""
    from xietong.evaluation import match as ev
    from xietong.match.engine import Matcher

    store = _store(db)
    try:
        links = _guard(ev.link_prediction, store, holdout=holdout, seed=seed)
        report = ev.evaluate_queries(_guard(Matcher.build, store), str(queries)) if queries else None
    except (ev.GoldError, OSError) as exc:
        _say(str(exc), "said_error")
        raise typer.Exit(1) from None
    if json_:
        _emit_json({"link_prediction": links.as_dict(), "queries": report.as_dict() if report else None})
        return
    out.print(t("eval_links").format(hidden=links.hidden, orgs=links.orgs, holdout=holdout, seed=seed))
    methods = {name: t("eval_method_" + name.replace(" ", "_")) for name in links.methods}
    width = max(map(_width, methods.values()))
    for name, m in links.methods.items():
        label = methods[name]
        out.print(f"  {label}{' ' * (width - _width(label))}  Recall@10 {m['recall@10']:.3f}   MRR {m['mrr']:.3f}", markup=False)
    if report:
        out.print(t("eval_queries").format(queries=queries, total=report.total, h1=report.at(1), h3=report.at(3),
                                           h10=report.at(10)), markup=False)
        for m in report.misses:
            said = t("eval_miss" if m["rank"] is not None else "eval_miss_unranked")
            out.print(said.format(line=m["line"], query=m["query"], expected=m["expected"], rank=m["rank"]), markup=False)


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: a Chinese character takes two."""
    from rich.cells import cell_len

    return cell_len(text)


listing_app = typer.Typer(help="Listings: technology offers and needs, relocation intents, receiving platforms, "
                                 "shared resources, investment offers and needs.", no_args_is_help=True)
app.add_typer(listing_app, name="listing")


def _listing(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    from xietong.listings import ListingError

    return _refusing(ListingError, fn, *args, **kwargs)


def _print_listing(d: dict[str, Any]) -> None:
    lbl = Labels()
    out.print(f"[bold]{d['id'][:12]}[/] " + escape(f"{lbl.listing_kind(d['kind'])} · {t('status_' + d['status'])} · "
                                                  f"v{d['version']} · {d['title']} · {d['owner']}"))
    if d.get("text"):
        out.print(f"    {d['text']}", markup=False)


@listing_app.command("add")
def listing_add(
    kind: Annotated[str, typer.Option("--kind", help="tech_offer, tech_need, relocation, platform, shared_resource, investment_offer, investment_need (or 科技成果, 技术需求 …)")],
    owner: Annotated[str, typer.Option("--owner", help="The owner organisation (id or exact name)")],
    title: Annotated[str, typer.Option("--title", help="A title, in a few words")],
    text: Annotated[str | None, typer.Option("--text", help="What is offered or needed, described")] = None,
    sector: Annotated[list[str] | None, typer.Option("--sector", help="Repeat for several")] = None,
    region: Annotated[str | None, typer.Option("--region", help="Where (a region's name or code)")] = None,
    valid_from: Annotated[str | None, typer.Option("--from", help="Valid from (YYYY[-MM[-DD]])")] = None,
    valid_until: Annotated[str | None, typer.Option("--until", help="Valid until (YYYY[-MM[-DD]])")] = None,
    publish: Annotated[bool, typer.Option("--publish", help="Publish at once (default: draft)")] = False,
    by: Annotated[str, typer.Option("--by", help="Who enters it")] = "user",
    db: DbOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Add a listing (a draft unless --publish)."""
    from xietong import listings

    d = _listing(listings.add, _store(db), kind=kind, owner=owner, title=title, text=text, sectors=sector or [],
                 region=region, valid_from=valid_from, valid_until=valid_until, publish=publish, actor=by)
    _emit_json(d) if json_ else _print_listing(d)


@listing_app.command("list")
def listing_list(kind: Annotated[str | None, typer.Option("--kind", help="Only listings of this kind")] = None,
                 status: Annotated[str | None, typer.Option("--status", help="Only listings in this status: draft, published, expired or renewed")] = None,
                 db: DbOpt = None, json_: JsonOpt = False) -> None:
    """List listings, by kind and status."""
    from xietong import listings

    _print_all(_listing(listings.list_listings, _store(db), kind=kind, status=status), _print_listing, json_)


@listing_app.command("show")
def listing_show(listing_id: ListingArg, db: DbOpt = None, json_: JsonOpt = False) -> None:
    """Show a listing with its log (status changes, interest)."""
    from xietong import listings

    d = _listing(listings.show, _store(db), listing_id)
    if json_:
        _emit_json(d)
        return
    _print_listing(d)
    for entry in d["log"]:
        out.print(f"    {entry['at'][:19]} {Labels().name('listing_actions', entry['action'])} {entry['actor']}"
                  + (f"{t('colon')}{entry['note']}" if entry["note"] else ""), markup=False)


def _move(listing_id: str, to: str, version: int | None, until: str | None, by: str, db: str | None, json_: bool) -> None:
    from xietong import listings

    d = _listing(listings.move, _store(db), listing_id, to, actor=by, version=version, valid_until=until)
    _emit_json(d) if json_ else _print_listing(d)


@listing_app.command("publish")
def listing_publish(listing_id: ListingArg, version: Annotated[int | None, typer.Option(help="Expected version")] = None,
                    by: ListingBy = "user", db: DbOpt = None, json_: JsonOpt = False) -> None:
    """Publish a draft."""
    _move(listing_id, "published", version, None, by, db, json_)


@listing_app.command("expire")
def listing_expire(listing_id: Annotated[str | None, typer.Argument(help="A listing's id (or none, with --due)")] = None,
                   due: Annotated[str | None, typer.Option("--due", help="Expire all whose validity ended before this date")] = None,
                   version: Annotated[int | None, typer.Option(help="Expected version")] = None,
                   by: ListingBy = "user", db: DbOpt = None, json_: JsonOpt = False) -> None:
    """Expire a listing, or (--due DATE) every listing past its validity."""
    from xietong import listings

    if due:
        try:
            day = dates.parse(due)
        except dates.DateError as exc:
            _say(f"--due: {exc}")
            raise typer.Exit(2) from None
        expired = _listing(listings.expire_due, _store(db), day.earliest().isoformat(), actor=by)
        _emit_json(expired) if json_ else out.print(t("said_expired").format(n=len(expired)), markup=False)
        return
    if not listing_id:
        _say("give a listing id or --due DATE")
        raise typer.Exit(2)
    _move(listing_id, "expired", version, None, by, db, json_)


@listing_app.command("renew")
def listing_renew(listing_id: ListingArg,
                  until: Annotated[str | None, typer.Option("--until", help="The new end of its validity (YYYY[-MM[-DD]])")] = None,
                  version: Annotated[int | None, typer.Option(help="Expected version")] = None,
                  by: ListingBy = "user", db: DbOpt = None, json_: JsonOpt = False) -> None:
    """Renew an expired listing (optionally with a new end date)."""
    _move(listing_id, "renewed", version, until, by, db, json_)


@listing_app.command("interest")
def listing_interest(listing_id: ListingArg, org: Annotated[str | None, typer.Option("--org", help="The interested organisation")] = None,
                     note: Annotated[str | None, typer.Option("--note", help="A word to the owner")] = None,
                     by: ListingBy = "user", db: DbOpt = None, json_: JsonOpt = False) -> None:
    """Record interest in a published listing."""
    from xietong import listings

    d = _listing(listings.interest, _store(db), listing_id, org=org, actor=by, note=note)
    _emit_json(d) if json_ else out.print(t("said_interest").format(id=d["id"][:12]), markup=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on")] = 8000,
    workers: Annotated[int, typer.Option("--workers", help="Server processes; one per CPU core serves the most readers")] = 1,
    cluster: Annotated[str | None, typer.Option("--cluster", help="The home city cluster: the platform's pages open at "
                                                "its alliances (default $XIETONG_CLUSTER, else the whole registry)")] = None,
    db: DbOpt = None,
) -> None:
    """Serve the web platform (dashboard, directory, alliance pages, /api/v1 with OpenAPI at /docs)."""
    from pydantic import ValidationError

    from xietong.web.app import run
    from xietong.web.settings import Settings

    try:
        settings = Settings.from_env(db=db, host=host, port=port, workers=workers, cluster=cluster)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0])
        # the language comes from the environment only, the home cluster from it unless given
        from_env = {"lang": "XIETONG_LANG", "cluster": "XIETONG_CLUSTER" if cluster is None else None}
        where = from_env.get(field) or f"--{field}"
        said = first["msg"].removeprefix("Value error, ")  # pydantic's words before a validator's own
        _say(f"{where}: {said}", "said_error")
        raise typer.Exit(2) from None
    _guard(run, settings)


user_app = typer.Typer(help="Accounts of the web platform (editors and admins).", no_args_is_help=True)
app.add_typer(user_app, name="user")


def _password(prompt_twice: bool = True) -> str:
    import os

    given = os.environ.get("XIETONG_PASSWORD")  # for scripts; interactive use is prompted, never echoed
    return given if given is not None else typer.prompt(t("password_prompt"), hide_input=True, confirmation_prompt=prompt_twice)


@user_app.command("add")
def user_add(username: UsernameArg, role: Annotated[str, typer.Option(help="editor or admin")] = "editor", db: DbOpt = None) -> None:
    """Add a user (the password is prompted, or read from XIETONG_PASSWORD)."""
    from xietong import accounts

    u = _refusing(accounts.AccountError, accounts.add_user, _store(db), username, _password(), role)
    out.print(t("said_user_added").format(name=u.username, role=u.role), markup=False)


@user_app.command("passwd")
def user_passwd(username: UsernameArg, db: DbOpt = None) -> None:
    """Set a user's password (ends their sessions)."""
    from xietong import accounts

    _refusing(accounts.AccountError, accounts.set_password, _store(db), username, _password())
    out.print(t("said_password_changed").format(name=username), markup=False)


@user_app.command("role")
def user_role(username: UsernameArg, role: Annotated[str, typer.Argument(help="editor or admin")], db: DbOpt = None) -> None:
    """Change a user's role."""
    from xietong import accounts

    _refusing(accounts.AccountError, accounts.set_role, _store(db), username, role)
    out.print(t("said_role_changed").format(name=username, role=role), markup=False)


@user_app.command("list")
def user_list(db: DbOpt = None, json_: JsonOpt = False, lang: LangOpt = default_lang()) -> None:
    """List the users: role, when added and last changed, open sessions."""
    from xietong import accounts

    users = _guard(accounts.list_users, _store(db))
    if json_:
        _emit_json(users)
        return
    if not users:
        out.print(t("no_users", lang), markup=False)
    for u in users:
        out.print(t("user_line", lang).format(name=u["username"], role=u["role"], added=u["created_at"][:10],
                                              changed=u["updated_at"][:10], sessions=u["sessions"]), markup=False)


@user_app.command("remove")
def user_remove(username: UsernameArg, db: DbOpt = None) -> None:
    """Remove a user: their sessions end at once and they can no longer sign in (the audit log keeps what they did)."""
    from xietong import accounts

    _refusing(accounts.AccountError, accounts.remove_user, _store(db), username)
    out.print(t("said_user_removed").format(name=username), markup=False)


@app.command("log")
def log_(
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many entries, newest first")] = 50,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Entries to skip (the newest first)")] = 0,
    actor: Annotated[str | None, typer.Option("--actor", help="Only the changes of this person (a platform username, or cli:NAME for the command line)")] = None,
    action: Annotated[str | None, typer.Option("--action", help="Only this kind of change (import, review.accept, fact.state …)")] = None,
    db: DbOpt = None,
    json_: JsonOpt = False,
    lang: LangOpt = default_lang(),
) -> None:
    """The change log: every change made on the web platform, by an import, or by a decision on the command line (who, when, what, before and after)."""
    from xietong import accounts

    entries = _guard(accounts.audit_log, _store(db), limit=limit, offset=offset, actor=actor, action=action)
    if json_:
        _emit_json(entries)
        return
    if not entries:
        out.print(t("log_empty", lang))
    for e in entries:
        mark = t("log_undone", lang) if e["undone"] else ""
        out.print(f"{e['id'][:12]}  {e['at'][:19]}  {e['actor']}  {Labels(lang).name('audit_actions', e['action'])}{mark}"
                  f"  {e['target'] or ''}", markup=False)


@app.command("undo")
def undo_(
    entry: Annotated[str, typer.Argument(help="The change-log entry's id (from `xietong log`)")],
    as_user: Annotated[str, typer.Option("--as", help="Who undoes it (recorded in the log)")] = "admin",
    db: DbOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Undo one change from the change log: its facts are retracted and what they replaced is stated
    again, history kept. Refused when a later change built on it."""
    from xietong import accounts, undo

    store = _store(db)
    entry_id = _refusing(accounts.AccountError, accounts.audit_entry_id, store, entry)
    done = _refusing(undo.UndoError, undo.undo_entry, store, entry_id, by=f"cli:{as_user}", admin=True)
    _emit_json(done) if json_ else out.print(f"{t('undone')}{t('colon')}{Labels().name('audit_actions', done['action'])} {entry_id[:12]}",
                                             markup=False)


def main() -> None:
    app()
