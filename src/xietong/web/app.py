"""The FastAPI application: pages (Jinja2, htmx, ECharts served locally) and
the API under /api/v1 (OpenAPI at /docs). Routes parse, call the core, and
format; every query lives in the core (``catalog``, ``registry``, ``match``)."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import secrets
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import numpy as np
from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException as StarletteHTTPException

from xietong import accounts, clock, collation, dates, edits, lookalikes, regions, registry, review, undo
from xietong.analytics.explore import ego, explore, partners
from xietong.assets import AssetError, asset
from xietong.i18n import Labels, _messages, problem, problem_line
from xietong.ingest.headers import KINDS
from xietong.ingest.headers import template as headers_template
from xietong.ingest.problems import InputError
from xietong.match.engine import MatchError, match
from xietong.store.db import open_store
from xietong.text import pipeline
from xietong.text.documents import read_bytes
from xietong.vocab import org_kinds, roles, taxonomy_vocab
from xietong.web import downloads
from xietong.web.cache import ResponseCache
from xietong.web.catalog import SORTS, Catalog, org_alliances, org_search, search
from xietong.web.settings import Settings

MAX_UPLOAD = 20 * 1024 * 1024  # bytes
SESSION_COOKIE = "xt_session"
LOGIN_COOKIE = "xt_login"
MAX_LIMIT = 200
MEMBERS_PAGE = 200  # members an alliance page lists at once
MANAGED = 100  # drafts and expired listings an editor sees at once on the listings page
REVIEW_PAGE = 50  # review candidates a page
AUDIT_PAGE = 100  # change-log entries a page
SUGGESTED = 10  # organisation names offered as a form's field is typed
def paging(page: int, size: int, total: int, shown: int) -> dict[str, int]:
    """Where page ``page`` of ``size`` items stands among ``total`` (``shown`` on it), for a pager.

    >>> paging(2, 50, 120, 50)
    {'page': 2, 'pages': 3, 'total': 120, 'first': 51, 'last': 100}
    """
    first = (page - 1) * size
    return {"page": page, "pages": max(1, -(-total // size)), "total": total, "first": min(first + 1, total),
            "last": first + shown}


limit_q = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (1 to 200)")]
offset_q = Annotated[int, Query(ge=0, description="Rows to skip")]
as_of_q = Annotated[str | None, Query(description="The registry as it stood at the end of this day, month or year "
                                                 "(2016-04-30, 2016-04, 2016): the facts recorded by then, as they then stood")]
STATIC = {"echarts.min.js": "echarts/dist/echarts.min.js", "htmx.min.js": "htmx.org/dist/htmx.min.js",
          # the API's own documentation page (/docs), which FastAPI would load from a CDN
          "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
          "swagger-favicon.png": "swagger-ui-dist/favicon-32x32.png"}
MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    """An API error: its code (what programs test), its message as the core
    states it (English, the form scripts match on) and the same message in
    Chinese (``message_zh``), for the people a program shows it to."""
    return JSONResponse({"error": {"code": code, "message": message, "message_zh": problem(message, "zh"), **extra}},
                        status_code=status)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    store = open_store(settings.db)
    store.require_schema()
    catalog = Catalog(store, settings.home)
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        """Build the views before the first reader asks (in the background: the server answers meanwhile)."""
        def build() -> None:
            from xietong.match.text import words

            words("钢铁联盟")  # loads the segmenter's dictionary (a second or so) before the first search
            catalog.rows()
            catalog.indicators  # noqa: B018

        threading.Thread(target=build, daemon=True).start()
        yield

    app = FastAPI(title="xietong 协同", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,  # /docs: below
                  description="Cross-regional industry alliances: registry, indicators and matchmaking. "
                  "Every list is paginated as {items, total}.")
    app.state.catalog = catalog
    app.add_middleware(ResponseCache, catalog=catalog, session_cookie=SESSION_COOKIE, state=app.state)
    env = Environment(loader=PackageLoader("xietong", "templates/web"), autoescape=select_autoescape(["html"]))

    def as_shown(values: list[str], lbl: Labels, kind: str, prop: str) -> list[str]:
        """Values in the order of what the reader sees of them (a sector stored in English is shown
        in Chinese to a Chinese reader): by pinyin in Chinese, alphabetically in English."""
        return sorted(values, key=lambda v: collation.key(lbl.value(kind, prop, v)))

    env.filters["as_shown"] = as_shown

    @app.exception_handler(StarletteHTTPException)  # ours, and the router's own (no such page, wrong method)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        codes = {400: "bad_request", 401: "unauthorised", 403: "forbidden", 404: "not_found", 405: "not_allowed",
                 409: "conflict", 413: "too_large", 422: "invalid"}
        if wants_html(request):
            return render(request, "error.html", status=exc.status_code, message=problem(str(exc.detail), lang_of(request)),
                          code=codes.get(exc.status_code, "error"), headers=exc.headers)
        response = _error(exc.status_code, codes.get(exc.status_code, "error"), str(exc.detail))
        response.headers.update(exc.headers or {})
        return response

    def wants_html(request: Request) -> bool:
        """A person at a browser (pages and forms) gets an error page; programs get JSON."""
        return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        fields = [{"field": ".".join(str(x) for x in e["loc"][1:]), "message": e["msg"],
                   "message_zh": problem(e["msg"], "zh")} for e in exc.errors()]
        return _error(422, "invalid", "invalid request parameters", fields=fields)

    def lang_of(request: Request) -> str:
        lang = request.query_params.get("lang") or request.cookies.get("lang") or settings.lang
        return lang if lang in ("zh", "en") else "zh"

    def who(request: Request) -> accounts.Session | None:
        return accounts.current(store, request.cookies.get(SESSION_COOKIE))

    def render(request: Request, name: str, status: int = 200, headers: dict[str, str] | None = None,
               **context: Any) -> HTMLResponse:
        lang = lang_of(request)
        words = _messages()[lang]
        html = env.get_template(name).render(request=request, lang=lang, w=words, types=taxonomy_vocab("types"),
                                             regions=regions.regions(), session=who(request), lbl=Labels(lang),
                                             **context)
        return HTMLResponse(html, status_code=status, headers=headers)

    def signed_in(request: Request) -> accounts.Session:
        """Whoever is signed in; a refusal (401) when no one is."""
        sess = who(request)
        if sess is None:
            raise HTTPException(401, "sign in to make changes")
        return sess

    def editor(request: Request, csrf: str | None) -> accounts.Session:
        """The signed-in editor making this write, whose form carried its CSRF token."""
        sess = signed_in(request)
        if not sess.user.can("editor"):
            raise HTTPException(403, "editors only")
        return carried(sess, csrf)

    def carried(sess: accounts.Session, csrf: str | None) -> accounts.Session:
        """``sess``, when the form carried its CSRF token; else a refusal."""
        if not csrf or not secrets.compare_digest(csrf, sess.csrf):
            raise HTTPException(403, "missing or wrong CSRF token")
        return sess

    async def built() -> None:
        """The views, built off the event loop when they are not yet (or no
        longer) there; the hot read routes are ``async`` and run inline once
        they are, skipping a thread hop per request."""
        if not catalog.ready():
            await run_in_threadpool(catalog.rows)

    def check_province(province: str | None) -> None:
        if province and regions.try_resolve(province) is None:
            raise HTTPException(400, f"unknown region {province!r}")

    def cluster_of(text: str) -> regions.Cluster:
        """The city cluster a request names; one that is no cluster is refused (400), naming those that are."""
        with _refused((regions.UnknownRegion, 400)):
            return regions.cluster_named(text)

    def page_cluster(text: str | None) -> str | None:
        """A page's city-cluster filter as it reads it: the cluster's id; one it cannot read is left
        off (None), as its other filters are, since people type into them. Not given, the home
        cluster's on a platform that has one, so its directories open at its own alliances as its
        dashboard does; given empty, none (the whole registry). The API reads no home cluster:
        there, not given means the whole registry, as it always has."""
        if text is None and settings.cluster:
            return settings.home.id
        found = regions.resolve_cluster(text) if text else None
        return found.id if found else None

    def cluster_param(scope: str | None) -> dict[str, str]:
        """The ``cluster`` a page's own links (paging, sorting, downloads) carry: its filter, and on a
        platform with a home cluster the whole registry said as such (empty), which not given would
        not mean there."""
        return {"cluster": scope} if scope else {"cluster": ""} if settings.cluster else {}

    def scope_of(cluster: str | None) -> regions.Cluster | None:
        """What a page reads, from its ``cluster`` parameter: not given, the home cluster's alliances
        when the platform has one (else the whole registry); given empty, the whole registry."""
        if cluster is None:
            return settings.home if settings.cluster else None
        return cluster_of(cluster) if cluster.strip() else None

    def check_type(type_: str | None) -> str | None:
        if not type_:
            return None
        found = taxonomy_vocab("types").parse(type_)
        if found is None:
            raise HTTPException(400, f"unknown type {type_!r}")
        return found

    # -- API -------------------------------------------------------------------------
    @app.get("/api/v1/alliances", tags=["alliances"])
    async def api_alliances(limit: limit_q = 20, offset: offset_q = 0, q: str | None = None,
                      type: str | None = None, province: str | None = None,  # noqa: A002
                      year: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
                      sector: str | None = None, domain: str | None = None,
                      cluster: Annotated[str | None, Query(description="Only the alliances scoped to this city "
                                                                       "cluster (name or id)")] = None,
                      sort: Annotated[str, Query(description="Order: name, founded or members; '-' before it for "
                                                             "descending (-founded: newest first). Unknown dates come last.")] = "name",
                      format: Annotated[str, Query(pattern="^(json|csv)$")] = "json") -> Any:  # noqa: A002
        """Alliances: full-text search (q), filters by type, province, founding year, sector, domain and city cluster;
        ordered; paginated. Each row's ``cluster`` is the city cluster it is scoped to: its stated cluster,
        else the one its name begins with (京津冀…联盟)."""
        await built()
        check_province(province)
        if domain and taxonomy_vocab("domains").parse(domain) is None:
            raise HTTPException(400, f"unknown domain {domain!r}")
        if sort not in SORTS:
            raise HTTPException(400, f"unknown sort {sort!r}: one of {', '.join(SORTS)}")
        items, total = search(catalog, q=q, type_=check_type(type), province=province, year=year, sector=sector,
                              domain=taxonomy_vocab("domains").parse(domain) if domain else None,
                              cluster=cluster_of(cluster).id if cluster else None, limit=limit, offset=offset, sort=sort)
        if format == "csv":
            buf = io.StringIO()
            w = csv.writer(buf)
            cols = ["id", "name", "aliases", "type", "sector", "founded", "city", "provinces", "named_members", "cluster"]
            w.writerow(cols)
            for r in items:
                w.writerow([downloads.cell("；".join(r[c]) if isinstance(r[c], list) else r[c]) for c in cols])
            return Response(buf.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": "attachment; filename=alliances.csv"})
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def as_of_bound(as_of: str | None) -> str | None:
        """The instant an ``as_of`` date means (its last moment); one that is no date is refused (400)."""
        if not as_of:
            return None
        try:
            return dates.as_of_bound(as_of)
        except dates.DateError as exc:
            raise HTTPException(400, f"as_of: {exc}") from None

    def one(kind: str, entity_id: str, as_of: str | None, members: slice | None = None) -> dict[str, Any]:
        """An alliance or organisation with every fact and its source, by its id (or an id merged into it)."""
        found = [d for d in registry.show(store, entity_id, kind=kind, as_of=as_of_bound(as_of), members=members)
                 if d["id"] == entity_id or entity_id in d.get("merged_ids", [])]
        if not found:
            raise HTTPException(404, f"no {'alliance' if kind == 'alliance' else 'organisation'} {entity_id!r}"
                                + (f" recorded by {as_of}" if as_of else ""))
        return found[0]

    @app.get("/api/v1/alliances/{alliance_id}", tags=["alliances"])
    def api_alliance(alliance_id: str, members_limit: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
                     members_offset: Annotated[int, Query(ge=0)] = 0, as_of: as_of_q = None) -> Any:
        """One alliance with every fact and its source. Its members are all
        listed unless ``members_limit`` is given: then that many from
        ``members_offset`` (roles first), and ``members_total`` says how many
        there are."""
        page = None if members_limit is None and not members_offset else \
            slice(members_offset, None if members_limit is None else members_offset + members_limit)
        return one("alliance", alliance_id, as_of, page)

    @app.get("/api/v1/organisations/{org_id}", tags=["organisations"])
    def api_org(org_id: str, as_of: as_of_q = None) -> Any:
        """One organisation with every fact and its source, and the alliances it is a member of."""
        return one("org", org_id, as_of)

    def check_org_kind(kind: str | None) -> str | None:
        if not kind:
            return None
        found = org_kinds().parse(kind)
        if found is None:
            raise HTTPException(400, f"unknown organisation kind {kind!r}")
        return found

    @app.get("/api/v1/organisations", tags=["organisations"])
    async def api_orgs(limit: limit_q = 20, offset: offset_q = 0, q: str | None = None, province: str | None = None,
                       kind: str | None = None,
                       cluster: Annotated[str | None, Query(description="Only a city cluster's organisations: members "
                                                                        "of its alliances and those of its provinces")] = None) -> Any:
        """Organisations: name search (q), filters by province (a collective counts in each it spans), kind and
        city cluster; those in the most alliances first; paginated. Each says how many alliances it is in."""
        await built()
        check_province(province)
        s = catalog.matcher.snap
        chosen, total = org_search(catalog, q, limit, offset, province=province, kind=check_org_kind(kind),
                                   cluster=cluster_of(cluster) if cluster else None)
        counts = org_alliances(catalog)
        page = [s.org(i) for i in chosen]
        return {"items": [{"id": o.id, "name": o.name, "kind": o.kind, "provinces": o.provinces, "industries": o.industries,
                           "alliances": counts[o.index]} for o in page], "total": total, "limit": limit, "offset": offset}

    @app.get("/api/v1/memberships", tags=["memberships"])
    async def api_memberships(limit: limit_q = 20, offset: offset_q = 0, alliance: str | None = None, org: str | None = None) -> Any:
        """Memberships (alliance, organisation, role), filtered by alliance or organisation id; paginated."""
        await built()
        from xietong.analytics.snapshot import ROLES

        s = catalog.matcher.snap
        mask = np.ones(s.m_alliance.size, dtype=bool)
        if alliance:
            mask &= s.m_alliance == catalog.index("alliance", alliance)
        if org:
            mask &= s.m_org == catalog.index("org", org)
        rows = np.flatnonzero(mask)
        page = rows[offset : offset + limit]
        return {"items": [{"alliance_id": s.alliance_ids[s.m_alliance[i]], "org_id": s.org_ids[s.m_org[i]],
                           "role": ROLES[s.m_role[i]]} for i in page.tolist()],
                "total": int(rows.size), "limit": limit, "offset": offset}

    @app.get("/api/v1/listings", tags=["listings"])
    def api_listings(limit: limit_q = 20, offset: offset_q = 0, kind: str | None = None, status: str | None = None,
                     q: Annotated[str | None, Query(max_length=200, description="Words every listing returned holds "
                                                                              "in its title or text")] = None,
                     cluster: Annotated[str | None, Query(description="Only listings in this city cluster's "
                                                                      "provinces (name or id)")] = None) -> Any:
        """Listings by kind, status, words (q) and city cluster, the newest first; paginated."""
        from xietong import listings

        if status and status not in listings.spec()["statuses"]:
            raise HTTPException(400, f"unknown status {status!r} (expected one of: {', '.join(listings.spec()['statuses'])})")
        provinces = cluster_of(cluster).provinces if cluster else ()
        with _refused((listings.ListingError, 400)):
            items, total = listings.page(store, kind=kind, statuses=(status,) if status else (), q=q, limit=limit,
                                         offset=offset, provinces=provinces)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @app.get("/api/v1/indicators", tags=["indicators"])
    def api_indicators(cluster: Annotated[str | None, Query(description="Only this city cluster's alliances, read "
                                                                         "with its places (name or id)")] = None,
                       as_of: as_of_q = None) -> Any:
        """Every indicator of the survey brief (see docs/indicators.md): of the whole registry, or of one city cluster;
        of the registry as it stands, or as it stood at a date."""
        scope, bound = cluster_of(cluster) if cluster else None, as_of_bound(as_of)
        if bound is None:
            return catalog.indicators_of(scope)
        from xietong.analytics.run import analyze

        return catalog.remembered(catalog.current(), ("indicators at", scope.id if scope else None, bound),
                                  lambda: [analyze(store, bound, scope, settings.home)])[0]

    @app.get("/api/v1/match", tags=["match"])
    def api_match(q: Annotated[str, Query(max_length=2000)] = "", org: str | None = None, region: str | None = None,
                  kind: str | None = None, top: Annotated[int, Query(ge=1, le=200)] = 10,
                  lang: Annotated[str, Query(pattern="^(zh|en)$")] = "zh") -> Any:
        """Rank alliances, organisations and listings for a need; each result with its score components and reasons."""
        with _refused((MatchError, 400)):
            results = match(catalog.matcher, q, org=org, region=region, kind=kind, top=top, lang=lang)
        return {"items": [r.as_dict() for r in results], "total": len(results)}

    # -- pages ---------------------------------------------------------------------------
    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC:
            raise HTTPException(404, "no such file")
        with _refused((AssetError, 404)):
            return FileResponse(asset(STATIC[name]), media_type=MEDIA_TYPES[Path(name).suffix])

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        """The API's documentation (Swagger UI), from the copy installed at set-up: FastAPI's own
        page loads it from a CDN, which a government intranet cannot reach."""
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} · API",
                                   swagger_js_url="/static/swagger-ui-bundle.js", swagger_css_url="/static/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger-favicon.png")

    @app.get("/lang/{lang}", include_in_schema=False)
    def switch(lang: str, request: Request) -> Response:
        back = request.headers.get("referer") or "/"
        response = RedirectResponse(back if back.startswith(str(request.base_url)) else "/", status_code=303)
        response.set_cookie("lang", lang if lang in ("zh", "en") else "zh", httponly=True, samesite="lax")
        return response

    def scoped(cluster: str | None) -> dict[str, Any]:
        """What a page of indicators reads (:func:`scope_of`): the indicators, the snapshot its charts
        draw, the scope's selector's choices, and the query its links to directories carry to open
        at the same scope (:func:`cluster_param`)."""
        scope = scope_of(cluster)
        return {"r": catalog.indicators_of(scope), "shown": catalog.snapshot_of(scope), "cluster": scope.id if scope else "",
                "clusters": regions.clusters(), "home": settings.home,
                "scope_query": urlencode(cluster_param(scope.id if scope else None))}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request, cluster: str | None = None) -> Response:
        """Headline indicators and charts: of the home cluster's alliances when the platform has
        one, else of the whole registry; of any cluster's, or the whole registry's, as chosen."""
        from xietong.brief.charts import all_charts
        from xietong.brief.content import places, words

        view = scoped(cluster)
        result, lang = view["r"], lang_of(request)
        charts = all_charts(result, view.pop("shown"), lang, words(lang)["charts"])
        options = _json({k: charts[k]["option"] for k in ("timeline", "types", "pairs", "map")})
        return render(request, "dashboard.html", options=options, where=places(result["cluster"], lang, words(lang)),
                      n_orgs=result["network"]["bipartite"]["organisations"], scope_action="/", **view)

    @app.get("/alliances", response_class=HTMLResponse, include_in_schema=False)
    async def directory(request: Request, q: str | None = None, type: str | None = None,  # noqa: A002
                  province: str | None = None, year: str | None = None, sector: str | None = None,
                  domain: str | None = None, cluster: str | None = None, sort: str | None = None,
                  page: Annotated[int, Query(ge=1)] = 1) -> Response:
        return await directory_page(request, q, type, province, year, sector, domain, cluster, sort, page)

    async def directory_page(request: Request, q: str | None = None, type: str | None = None,  # noqa: A002
                             province: str | None = None, year: str | None = None, sector: str | None = None,
                             domain: str | None = None, cluster: str | None = None, sort: str | None = None,
                             page: int = 1, status: int = 200, **said: Any) -> Response:
        """The alliance directory (with ``said``: a refused registration's reason and what was typed)."""
        await built()
        filters, sort = directory_query(q, type, province, year, sector, domain, cluster, sort)
        size = settings.page_size
        items, total = search(catalog, **query_of(filters), limit=size, offset=(page - 1) * size, sort=sort)
        kept = filters | cluster_param(filters.get("cluster"))  # what sorting keeps
        params = kept | ({"sort": sort} if sort != "name" else {})
        template = "_results.html" if request.headers.get("hx-request") else "directory.html"
        return render(request, template, status=status, items=items, total=total, page=page, pages=max(1, -(-total // size)),
                      params=params, filters=kept, sort=sort, q=q or "", type_=filters.get("type", ""),
                      province=filters.get("province", ""), year=filters.get("year", ""), sector=sector or "",
                      domain=domain or "", cluster=filters.get("cluster", ""), clusters=regions.clusters(),
                      facets=catalog.facets(), domains=taxonomy_vocab("domains"), **register_form(request, "alliance"),
                      **said)

    def register_form(request: Request, kind: str) -> dict[str, Any]:
        """What the form registering a new record needs, for an editor (nothing for others)."""
        sess = who(request)
        return {"registering": kind} if sess is not None and sess.user.can("editor") else {}

    @app.post("/alliances", include_in_schema=False)
    async def register_alliance(request: Request, csrf: Annotated[str, Form()] = "",
                                name: Annotated[str, Form(max_length=200)] = "",
                                cite_title: Annotated[str, Form(max_length=300)] = "",
                                cite_url: Annotated[str, Form(max_length=2000)] = "",
                                passage: Annotated[str, Form(max_length=2000)] = "") -> Response:
        return await register(request, "alliance", csrf, name, cite_title, cite_url, passage)

    @app.post("/orgs", include_in_schema=False)
    async def register_org(request: Request, csrf: Annotated[str, Form()] = "", name: Annotated[str, Form(max_length=200)] = "",
                           cite_title: Annotated[str, Form(max_length=300)] = "",
                           cite_url: Annotated[str, Form(max_length=2000)] = "",
                           passage: Annotated[str, Form(max_length=2000)] = "") -> Response:
        return await register(request, "org", csrf, name, cite_title, cite_url, passage)

    async def register(request: Request, kind: str, csrf: str, name: str, cite_title: str, cite_url: str,
                       passage: str) -> Response:
        """A new alliance or organisation registered by an editor, sourced to what they cite
        (:func:`xietong.edits.register`); an alliance named without a city cluster is the home
        cluster's, as the platform's import takes it. A refusal (a name the registry holds, no
        source) shows the list again with the reason and what was typed; nothing is written."""
        sess = editor(request, csrf)
        try:
            done = await run_in_threadpool(edits.register, store, kind, name, cite=edits.Citation(cite_title, cite_url, passage),
                                           by=sess.user.username, cluster=settings.cluster)
        except edits.EditError as exc:
            known = exc.record and f"/{'alliances' if exc.record.startswith('A') else 'orgs'}/{exc.record}"
            said = {"register_error": problem(str(exc), lang_of(request)), "register_known": known,
                    "register_form": {"name": name, "cite_title": cite_title, "cite_url": cite_url, "passage": passage}}
            page = directory_page if kind == "alliance" else org_directory_page
            return await page(request, status=400, **said)
        catalog.refresh()
        return RedirectResponse(f"/{'alliances' if kind == 'alliance' else 'orgs'}/{done['id']}", status_code=303)

    @app.get("/alliances.csv", include_in_schema=False)
    async def directory_download(request: Request, q: str | None = None, type: str | None = None,  # noqa: A002
                                 province: str | None = None, year: str | None = None, sector: str | None = None,
                                 domain: str | None = None, cluster: str | None = None, sort: str | None = None) -> Response:
        """Every alliance the directory shows for this search, in its order, as a spreadsheet (:mod:`downloads`)."""
        await built()
        filters, sort = directory_query(q, type, province, year, sector, domain, cluster, sort)
        items, _ = search(catalog, **query_of(filters), limit=None, sort=sort)
        lang = lang_of(request)
        header, rows = downloads.alliance_table(items, lang, _messages()[lang])
        return StreamingResponse(downloads.csv_bytes(header, rows), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": "attachment; filename=xietong-alliances.csv"})

    def directory_query(q: str | None, type_: str | None, province: str | None, year: str | None,
                        sector: str | None, domain: str | None, cluster: str | None,
                        sort: str | None) -> tuple[dict[str, str], str]:
        """The directory's search as the page reads it: the filters it can read (one it cannot is left
        off, not refused: people type into these) and the order (by name, unless one it knows)."""
        province = province if province and regions.try_resolve(province) is not None else None
        year = year if year and year.isdigit() and len(year) == 4 else None
        filters = {"q": q, "type": taxonomy_vocab("types").parse(type_) if type_ else None, "province": province,
                   "year": year, "sector": sector, "domain": domain, "cluster": page_cluster(cluster)}
        return {k: v for k, v in filters.items() if v}, sort if sort in SORTS else "name"

    def org_query(province: str | None, kind: str | None,
                  cluster: str | None) -> tuple[str | None, str | None, regions.Cluster | None]:
        """The organisation directory's filters as the page reads them: one it cannot read is left off."""
        found = page_cluster(cluster)
        return (province if province and regions.try_resolve(province) is not None else None,
                org_kinds().parse(kind) if kind else None, regions.clusters()[found] if found else None)

    def query_of(filters: dict[str, str]) -> dict[str, str | None]:
        """:func:`search`'s arguments for the directory's ``filters``."""
        return {"q": filters.get("q"), "type_": filters.get("type"), "province": filters.get("province"),
                "year": filters.get("year"), "sector": filters.get("sector"), "domain": filters.get("domain"),
                "cluster": filters.get("cluster")}

    @app.get("/alliances/{alliance_id}", response_class=HTMLResponse, include_in_schema=False)
    def alliance_page(request: Request, alliance_id: str, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Response:
        return alliance_view(request, alliance_id, page)

    def alliance_view(request: Request, alliance_id: str, page: int = 1, status: int = 200, **context: Any) -> Response:
        """An alliance's page; ``context`` brings a refused entry's reason and what was typed."""
        first = (page - 1) * MEMBERS_PAGE  # members a page at a time: an alliance may have hundreds of thousands
        found = [d for d in registry.show(store, alliance_id, kind="alliance", members=slice(first, first + MEMBERS_PAGE))
                 if d["id"] == alliance_id]
        if not found:
            return render(request, "not_found.html", status=404)
        d = found[0]
        total = d.get("members_total", len(d["members"]))
        pager = paging(page, MEMBERS_PAGE, total, len(d["members"]))
        snap, kinds, lang = catalog.matcher.snap, org_kinds(), lang_of(request)
        by_province: dict[str, list[dict[str, Any]]] = {}
        for m in d["members"]:  # grouped by province, each with its kind
            i = catalog.index("org", m["org_id"])
            org = snap.org(i) if i >= 0 else None
            kind = kinds.label(org.kind, lang) if org and org.kind else None
            provs = org.provinces if org else []
            # a body of several provinces (京津冀三地科技部门) is grouped under all of them, not as of none
            by_province.setdefault(",".join(provs), []).append({**m, "kind": kind})
        by_province = {code: _ties(members, "org_id")  # by their codes (北京, 天津, 河北 …), several after, unknown last
                       for code, members in sorted(by_province.items(),
                                                   key=lambda group: (group[0] == "", "," in group[0], group[0]))}
        history = sorted(
            [{"at": f["recorded_at"], "what": "recorded", "prop": prop, "value": f["value"], "dataset": f["dataset"],
              "source": f.get("source")} for prop, facts in d["facts"].items() for f in facts]
            + [{"at": f["superseded_at"], "what": "superseded", "prop": prop, "value": f["value"], "dataset": f["dataset"],
                "source": f.get("source")} for prop, facts in d["facts"].items() for f in facts if f.get("superseded_at")],
            key=lambda h: (h["at"], h["prop"]), reverse=True)
        row = next((r for r in catalog.rows() if r["id"] == alliance_id), None)  # its line in the directory
        return render(request, "alliance.html", status=status, a=d, by_province=by_province, history=history,
                      pager=pager, row=row, clusters=regions.clusters(), graph=_json(ego(catalog.matcher.snap, alliance_id)), **entry_form(request, "alliance"),
                      **context)

    def entry_form(request: Request, kind: str) -> dict[str, Any]:
        """What the forms for entering facts by hand need, for an editor (nothing for others)."""
        sess = who(request)
        if sess is None or not sess.user.can("editor"):
            return {"editable": ()}
        return {"editable": edits.EDITABLE[kind], "roles": roles()}

    @app.post("/alliances/{alliance_id}/facts", include_in_schema=False)
    def alliance_fact(request: Request, alliance_id: str, csrf: Annotated[str, Form()] = "",
                      prop: Annotated[str, Form(max_length=40)] = "", value: Annotated[str, Form(max_length=5000)] = "",
                      cite_title: Annotated[str, Form(max_length=300)] = "",
                      cite_url: Annotated[str, Form(max_length=2000)] = "",
                      passage: Annotated[str, Form(max_length=2000)] = "") -> Response:
        return entity_fact(request, "alliance", alliance_id, csrf, prop, value, cite_title, cite_url, passage)

    @app.post("/orgs/{org_id}/facts", include_in_schema=False)
    def org_fact(request: Request, org_id: str, csrf: Annotated[str, Form()] = "",
                 prop: Annotated[str, Form(max_length=40)] = "", value: Annotated[str, Form(max_length=5000)] = "",
                 cite_title: Annotated[str, Form(max_length=300)] = "", cite_url: Annotated[str, Form(max_length=2000)] = "",
                 passage: Annotated[str, Form(max_length=2000)] = "") -> Response:
        return entity_fact(request, "org", org_id, csrf, prop, value, cite_title, cite_url, passage)

    def entity_fact(request: Request, kind: str, eid: str, csrf: str, prop: str, value: str, cite_title: str,
                    cite_url: str, passage: str) -> Response:
        """A fact entered by hand, sourced to what the editor cites (:mod:`xietong.edits`). A refusal
        shows the page again with the reason and everything typed; nothing is written."""
        sess = editor(request, csrf)
        form = {"prop": prop, "value": value, "cite_title": cite_title, "cite_url": cite_url, "passage": passage}
        try:
            edits.state(store, eid, prop, value, cite=edits.Citation(cite_title, cite_url, passage), by=sess.user.username)
        except edits.EditError as exc:
            said = {"fact_error": Labels(lang_of(request)).refusal(kind, exc.field, exc.message), "fact_form": form}
            view = alliance_view if kind == "alliance" else org_view
            return view(request, eid, status=400, **said)
        catalog.refresh()
        return RedirectResponse(f"/{'alliances' if kind == 'alliance' else 'orgs'}/{eid}", status_code=303)

    @app.post("/alliances/{alliance_id}/members", include_in_schema=False)
    def alliance_member(request: Request, alliance_id: str, csrf: Annotated[str, Form()] = "",
                        org: Annotated[str, Form(max_length=200)] = "", role: Annotated[str, Form(max_length=20)] = "member",
                        since: Annotated[str, Form(max_length=20)] = "", until: Annotated[str, Form(max_length=20)] = "",
                        cite_title: Annotated[str, Form(max_length=300)] = "", cite_url: Annotated[str, Form(max_length=2000)] = "",
                        passage: Annotated[str, Form(max_length=2000)] = "") -> Response:
        """A member entered by hand, sourced to what the editor cites; an organisation the
        registry does not know yet is added with it."""
        sess = editor(request, csrf)
        form = {"org": org, "role": role, "since": since, "until": until, "cite_title": cite_title, "cite_url": cite_url,
                "passage": passage}
        try:
            edits.member(store, alliance_id, org, role, since=since, until=until,
                         cite=edits.Citation(cite_title, cite_url, passage), by=sess.user.username)
        except edits.EditError as exc:
            return alliance_view(request, alliance_id, status=400, member_error=problem(str(exc), lang_of(request)),
                                 member_form=form)
        catalog.refresh()
        return RedirectResponse(f"/alliances/{alliance_id}", status_code=303)

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request) -> Response:
        token = secrets.token_urlsafe(24)
        response = render(request, "login.html", login_csrf=token)
        response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="lax", max_age=1800)
        return response

    @app.post("/login", include_in_schema=False)
    def login_submit(request: Request, username: Annotated[str, Form(max_length=80)],
                     password: Annotated[str, Form(max_length=200)], csrf: Annotated[str, Form()] = "") -> Response:
        expected = request.cookies.get(LOGIN_COOKIE) or ""
        if not expected or not secrets.compare_digest(csrf, expected):
            raise HTTPException(403, "missing or wrong CSRF token")
        try:
            sess = accounts.login(store, username, password)
        except accounts.AccountError as exc:  # locked out for a while (429), or a wrong name or password
            return render(request, "login.html", status=429 if isinstance(exc, accounts.LockedOut) else 401,
                          error=problem(str(exc), lang_of(request)), login_csrf=expected)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(SESSION_COOKIE, sess.token, httponly=True, samesite="lax", max_age=accounts.SESSION_HOURS * 3600)
        response.delete_cookie(LOGIN_COOKIE)
        return response

    @app.get("/account", response_class=HTMLResponse, include_in_schema=False)
    def account_page(request: Request) -> Response:
        """Who is signed in, and the form to change one's own password."""
        signed_in(request)
        return render(request, "account.html")

    @app.post("/account/password", response_class=HTMLResponse, include_in_schema=False)
    def account_password(request: Request, csrf: Annotated[str, Form()] = "",
                         current: Annotated[str, Form(max_length=200)] = "", new: Annotated[str, Form(max_length=200)] = "",
                         again: Annotated[str, Form(max_length=200)] = "") -> Response:
        """Change one's own password. The one in use must be given (a wrong one counts as a failed
        login); the other sessions end, this one goes on."""
        sess = carried(signed_in(request), csrf)
        lang = lang_of(request)
        if new != again:
            return render(request, "account.html", status=400, error=problem("password: the two new passwords differ", lang))
        try:
            accounts.change_password(store, sess.user.username, current, new, keeping=sess.token)
        except accounts.AccountError as exc:
            return render(request, "account.html", status=429 if isinstance(exc, accounts.LockedOut) else 400,
                          error=problem(str(exc), lang))
        return render(request, "account.html", said=_messages()[lang]["said_password_changed_own"])

    @app.post("/logout", include_in_schema=False)
    def logout_submit(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
        sess = editor(request, csrf)
        accounts.logout(store, sess.token)
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    @app.post("/listings/{listing_id}/interest", include_in_schema=False)
    def listing_interest(request: Request, listing_id: str, csrf: Annotated[str, Form()] = "",
                         note: Annotated[str, Form(max_length=500)] = "") -> Response:
        from xietong import listings

        sess = editor(request, csrf)
        with _refused((listings.ListingError, 400)):
            listings.interest(store, listing_id, actor=sess.user.username, note=note or None, logged_as=sess.user.username)
        return RedirectResponse("/listings", status_code=303)

    uploads = settings.uploads_dir()

    @app.get("/import", response_class=HTMLResponse, include_in_schema=False)
    def import_form(request: Request) -> Response:
        return render(request, "import.html", kinds=KINDS)

    @app.get("/import/template/{kind}", include_in_schema=False)
    def import_template(request: Request, kind: str) -> Response:
        """A blank CSV of one kind of record, its header row in the reader's language, to fill
        in and import (填报模板): with a byte-order mark, so Chinese Excel opens it as UTF-8."""
        if kind not in KINDS:
            raise HTTPException(404, f"no template {kind!r}")
        buf = io.StringIO()
        csv.writer(buf).writerow(headers_template(kind, lang_of(request)))
        return Response(buf.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f"attachment; filename=xietong-{kind}-template.csv"})

    @app.post("/import", response_class=HTMLResponse, include_in_schema=False)
    async def import_preview(request: Request, file: Annotated[UploadFile, File()], csrf: Annotated[str, Form()] = "",
                             kind: Annotated[str, Form()] = "") -> Response:
        """Step 1: upload and preview. Every problem, or every change, is shown; nothing is written."""
        editor(request, csrf)
        data = await file.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise HTTPException(413, f"the file is larger than {MAX_UPLOAD // (1024 * 1024)} MiB")
        name = Path(file.filename or "upload.csv").name
        if Path(name).suffix.lower() not in (".csv", ".xlsx", ".xls", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".json",
                                             ".jsonl", ".txt"):
            raise HTTPException(400, "upload a CSV, XLSX, XLS, DOCX, DOC, PDF or HTML (their tables), JSON or JSON Lines file")
        token = secrets.token_urlsafe(16)
        folder = uploads / token
        folder.mkdir()
        (folder / name).write_bytes(data)
        report, problems, warnings = None, [], []
        lang = lang_of(request)
        try:
            # seconds for a large file: worked out in a thread, so the server goes on serving others
            report = await run_in_threadpool(registry.import_paths, store, [str(folder / name)], kind=kind or None,
                                             dry_run=True, cluster=settings.cluster)
            # what the import leaves out (a title above the header, columns it does not know)
            warnings = [problem(w, lang).replace(str(folder) + "/", "") for w in report.warnings]
        except InputError as exc:
            problems = [{"text": problem_line(p, lang).replace(str(folder) + "/", ""),
                         "original": p.message if problem(p.message, lang) != p.message else None} for p in exc.problems]
        return render(request, "import.html", report=report.as_dict() if report else None, problems=problems,
                      warnings=warnings, token=token if report else None, filename=name, kind=kind, kinds=KINDS)

    @app.post("/import/confirm", include_in_schema=False)
    def import_confirm(request: Request, token: Annotated[str, Form()], csrf: Annotated[str, Form()] = "",
                       kind: Annotated[str, Form()] = "") -> Response:
        """Step 2: write what the preview showed."""
        sess = editor(request, csrf)
        folder = uploads / Path(token).name
        files = list(folder.glob("*")) if folder.is_dir() else []
        if len(files) != 1:
            raise HTTPException(400, "that upload has expired; upload the file again")
        try:  # entered in the change log with the import, so it can be undone
            registry.import_paths(store, [str(files[0])], kind=kind or None, actor=sess.user.username,
                                  cluster=settings.cluster)  # names without a cluster: the platform's home's
        except InputError as exc:
            raise HTTPException(400, "; ".join(str(p) for p in exc.problems[:5])) from None
        catalog.refresh()
        for f in files:
            f.unlink()
        folder.rmdir()
        return RedirectResponse("/alliances", status_code=303)

    @app.get("/review", response_class=HTMLResponse, include_in_schema=False)
    def review_page(request: Request, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Response:
        """The pending candidates, REVIEW_PAGE at a time (an extraction run over a news archive proposes thousands)."""
        return review_view(request, page)

    def review_view(request: Request, page: int = 1, status: int = 200, **context: Any) -> Response:
        """The review queue; ``context`` brings what a submitted document gave, or why it was refused
        with everything typed."""
        total = review.count_candidates(store)
        items = review.list_candidates(store, limit=REVIEW_PAGE, offset=(page - 1) * REVIEW_PAGE)
        pager = paging(page, REVIEW_PAGE, total, len(items))
        return render(request, "review.html", status=status, items=items, pager=pager,
                      clusters=regions.clusters(), home=settings.home, typed=context.pop("typed", {}),
                      council_lists=list(review.COUNCIL_LISTS), **context)

    @app.post("/review/extract", include_in_schema=False)
    async def review_extract(request: Request, csrf: Annotated[str, Form()] = "", text: Annotated[str, Form()] = "",
                             date: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                             url: Annotated[str, Form()] = "", cluster: Annotated[str, Form()] = "",
                             file: Annotated[UploadFile | None, File()] = None) -> Response:
        """A news report or document submitted for extraction (pasted, or a text, HTML, DOCX, DOC, PDF or OFD file),
        as ``xietong extract --commit`` takes one: what it reports becomes review candidates, sourced
        to it, never facts. A refusal shows the form again with the reason and what was typed."""
        editor(request, csrf)
        typed = {"text": text, "date": date, "title": title, "url": url, "cluster": cluster}
        lang = lang_of(request)
        data = await file.read(MAX_UPLOAD + 1) if file is not None and file.filename else None

        def refused(message: str) -> Response:
            return review_view(request, status=400, extract_error=problem(message, lang), typed=typed)

        if data is not None and len(data) > MAX_UPLOAD:
            return refused(f"the file is larger than {MAX_UPLOAD // (1024 * 1024)} MiB")
        if data is None and not text.strip():
            return refused("give the text of a report, or a file")
        try:
            article = dates.parse(date) if date.strip() else None
        except dates.DateError as exc:
            return refused(f"date: {exc}")
        if article is not None and article.precision != "day":
            return refused("date: give a full date (YYYY-MM-DD)")
        if url.strip() and not edits.web_address(url.strip()):
            return refused(f"url: not a web address: {url.strip()!r}")
        try:
            found = regions.cluster_named(cluster) if cluster.strip() else settings.home
        except regions.UnknownRegion as exc:
            return refused(str(exc))
        try:
            if data is not None:
                doc = read_bytes(Path(file.filename or "upload").name, data)  # type: ignore[union-attr]
            else:
                raw = text.encode("utf-8")
                doc = read_bytes(f"pasted-{hashlib.sha256(raw).hexdigest()[:12]}.txt", raw)
        except InputError as exc:  # named by the file (an upload's name; pasted text's is its own)
            return review_view(request, status=400, typed=typed, extract_error="；".join(
                problem_line(p, lang) if data is not None else problem(p.message, lang) for p in exc.problems))
        doc.title, doc.url = title.strip() or doc.title, url.strip() or None
        results = await run_in_threadpool(pipeline.extract_documents, [doc],
                                          article_date=article.earliest() if article else None,
                                          context_cluster=found.id)
        added = await run_in_threadpool(pipeline.commit, store, results)
        return review_view(request, extracted={"title": doc.title or doc.name, "found": len(results.records),
                                               "added": added, "names": [r.alliance for r in results.records]})

    @app.post("/review/{candidate_id}/edit", include_in_schema=False)
    async def review_edit(request: Request, candidate_id: str) -> Response:
        form = await request.form()  # read here; the database work is done in a thread, off the event loop
        return await run_in_threadpool(edit_candidate, request, candidate_id, form)

    def edit_candidate(request: Request, candidate_id: str, form: Any) -> Response:
        sess = editor(request, str(form.get("csrf") or ""))
        version = _version(form.get("version"))
        changes = {k: str(v) for k, v in form.items() if k in review.EDITABLE}
        with _refused((review.Conflict, 409), (review.ReviewError, 400)):
            review.edit(store, candidate_id, changes, by=sess.user.username, version=version, logged_as=sess.user.username)
        return RedirectResponse("/review", status_code=303)

    @app.post("/review/decide", include_in_schema=False)
    async def review_decide_all(request: Request) -> Response:
        """Accept or reject every candidate ticked on the page, each at the version shown there
        (``chosen``: ``ID:VERSION``); the page then says how many were decided and why any were not."""
        form = await request.form()
        sess = editor(request, str(form.get("csrf") or ""))
        decision = str(form.get("decision") or "")
        if decision not in ("accept", "reject"):
            raise HTTPException(400, "decide accept or reject")
        chosen = [(cid, _version(ver)) for cid, _, ver in (str(v).partition(":") for v in form.getlist("chosen")) if cid]
        lang = lang_of(request)
        if not chosen:
            return review_view(request, status=400, decided_error=problem("tick the candidates to decide", lang))
        done = await run_in_threadpool(review.decide_all, store, chosen, decision, by=sess.user.username,
                                       logged_as=sess.user.username)
        catalog.refresh()
        return review_view(request, decided={"decision": decision, "n": len(done["decided"]),
                                             "refused": [problem(r["reason"], lang) for r in done["refused"]]})

    @app.post("/review/{candidate_id}/{decision}", include_in_schema=False)
    def review_decide(request: Request, candidate_id: str, decision: str, csrf: Annotated[str, Form()] = "",
                      version: Annotated[str, Form()] = "") -> Response:
        sess = editor(request, csrf)
        if decision not in ("accept", "reject"):
            raise HTTPException(404, "no such decision")
        with _refused((review.Conflict, 409), (review.ReviewError, 400)):
            review.decide(store, candidate_id, decision, by=sess.user.username, logged_as=sess.user.username,
                          version=_version(version))
        catalog.refresh()
        return RedirectResponse("/review", status_code=303)

    @app.get("/organisations", include_in_schema=False)
    @app.get("/organisations/{rest:path}", include_in_schema=False)
    def organisations_page(request: Request, rest: str = "") -> Response:
        """The pages are at /orgs; the API's word (/api/v1/organisations) leads there too, for whoever
        writes the address by it."""
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/orgs{'/' + rest if rest else ''}{query}", status_code=301)

    @app.get("/orgs", response_class=HTMLResponse, include_in_schema=False)
    async def org_directory(request: Request, q: str | None = None, province: str | None = None,
                            kind: str | None = None, cluster: str | None = None,
                            page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Response:
        """The organisation directory: search and filters as the alliance directory's (a filter it cannot
        read is left off, as there)."""
        return await org_directory_page(request, q, province, kind, cluster, page)

    async def org_directory_page(request: Request, q: str | None = None, province: str | None = None,
                                 kind: str | None = None, cluster: str | None = None, page: int = 1, status: int = 200,
                                 **said: Any) -> Response:
        """The organisation directory (with ``said``: a refused registration's reason and what was typed)."""
        await built()
        province, kind, scope = org_query(province, kind, cluster)
        size = settings.page_size
        chosen, total = org_search(catalog, q, size, (page - 1) * size, province=province, kind=kind, cluster=scope)
        s, counts = catalog.matcher.snap, org_alliances(catalog)
        items = [{"org": s.org(i), "alliances": counts[i]} for i in chosen]
        params = {k: v for k, v in {"q": (q or "").strip(), "province": province, "kind": kind}.items() if v} \
            | cluster_param(scope.id if scope else None)
        template = "_org_results.html" if request.headers.get("hx-request") else "orgs.html"
        return render(request, template, status=status, items=items, total=total, page=page, pages=max(1, -(-total // size)),
                      params=params, q=q or "", province=province or "", kind=kind or "", kinds=org_kinds(),
                      cluster=scope.id if scope else "", clusters=regions.clusters(), provinces=catalog.org_provinces(),
                      **register_form(request, "org"), **said)

    @app.get("/orgs/suggest", response_class=HTMLResponse, include_in_schema=False)
    async def org_suggest(request: Request, q: Annotated[str, Query(max_length=200)] = "",
                          org: Annotated[str, Query(max_length=200)] = "",
                          owner: Annotated[str, Query(max_length=200)] = "") -> Response:
        """The names a form's organisation field may mean, as it is typed (the field is sent under
        its own name: ``org`` or ``owner``): the ten organisations whose name holds it, those in the
        most alliances first, as a datalist's options. Fields that take an exact name need it."""
        await built()
        typed = (q or org or owner).strip()
        if not typed:
            return HTMLResponse("")
        chosen, _ = org_search(catalog, typed, SUGGESTED, 0)
        names = [catalog.matcher.snap.org_names[i] for i in chosen]
        return HTMLResponse("".join(f'<option value="{html.escape(n, quote=True)}"></option>' for n in names))

    @app.get("/orgs.csv", include_in_schema=False)
    async def org_download(request: Request, q: str | None = None, province: str | None = None,
                           kind: str | None = None, cluster: str | None = None) -> Response:
        """Every organisation the directory shows for this search, in its order, as a spreadsheet."""
        await built()
        province, kind, scope = org_query(province, kind, cluster)
        chosen, _ = org_search(catalog, q, None, 0, province=province, kind=kind, cluster=scope)
        s, lang = catalog.matcher.snap, lang_of(request)
        header, rows = downloads.org_table((s.org(i) for i in chosen), org_alliances(catalog), lang, _messages()[lang])
        return StreamingResponse(downloads.csv_bytes(header, rows), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": "attachment; filename=xietong-organisations.csv"})

    @app.get("/orgs/{org_id}", response_class=HTMLResponse, include_in_schema=False)
    def org_page(request: Request, org_id: str) -> Response:
        return org_view(request, org_id)

    def org_view(request: Request, org_id: str, status: int = 200, **context: Any) -> Response:
        found = [d for d in registry.show(store, org_id, kind="org") if d["id"] == org_id]
        if not found:
            return render(request, "not_found.html", status=404)
        s = catalog.matcher.snap
        i = catalog.index("org", org_id)
        return render(request, "org.html", status=status, o=found[0], ties=_ties(found[0]["memberships"], "alliance_id"),
                      partners=partners(s, i) if i >= 0 else [],
                      alliance_names={a: s.alliances[a].name for a in s.alliance_ids}, **entry_form(request, "org"),
                      **context)

    @app.get("/match", response_class=HTMLResponse, include_in_schema=False)
    def match_page(request: Request, q: str = "", kind: str | None = None, org: str = "", region: str = "") -> Response:
        """Matchmaking: a need, and (as the API and the command line take them) who asks, so that
        alliances they are in already are not offered and their province counts, and where the
        partners should be. Only who asks, without a need, matches on their own profile."""
        results, error = [], None
        org, region = org.strip(), region.strip()
        if q.strip() or org:
            try:
                m = catalog.matcher
                results = [r.as_dict() for r in match(m, q, org=org or None, region=region or None, kind=kind or None,
                                                      top=20, lang=lang_of(request))]
                owners = {d["id"]: d["owner_id"] for d in m.listings}
                for r in results:  # a listing with who offers it; an alliance with its English name
                    if r["kind"] == "listing" and (owner := owners.get(r["id"])) is not None:
                        i = catalog.index("org", owner)
                        r["owner_id"], r["owner"] = owner, m.snap.org_names[i] if i >= 0 else owner
                    elif r["kind"] == "alliance" and r["id"] in m.snap.alliances:
                        r["name_en"] = m.snap.alliances[r["id"]].name_en
            except MatchError as exc:
                error = problem(str(exc), lang_of(request))
        return render(request, "match.html", q=q, kind=kind or "", org=org, region=region, results=results, error=error,
                      provinces=sorted({r.province for r in regions.regions().values()}))

    def listings_view(request: Request, status: int = 200, kind: str = "", q: str = "", page: int = 1,
                      cluster: str | None = None, **context: Any) -> Response:
        """The listings page: the published ones (of one kind, holding the words searched for), a
        page at a time, the newest first; for an editor, the drafts and expired ones too (the
        newest MANAGED of them), with their status changes, and the form to post one."""
        from xietong import listings

        sess = who(request)
        can_edit = sess is not None and sess.user.can("editor")
        kinds_ = listings.kinds()
        if kind and kinds_.parse(kind) is None:
            raise HTTPException(400, f"unknown listing kind {kind!r}")
        size = settings.page_size
        shown = ("published", "renewed")
        scope = page_cluster(cluster)
        provinces = regions.clusters()[scope].provinces if scope else ()
        items, total = listings.page(store, kind=kind or None, statuses=shown, q=q, provinces=provinces, limit=size,
                                     offset=(page - 1) * size)
        others, n_others = listings.page(store, kind=kind or None, q=q, provinces=provinces, limit=MANAGED,
                                         statuses=tuple(x for x in listings.spec()["statuses"] if x not in shown)) \
            if can_edit else ([], 0)
        params = {k: v for k, v in {"kind": kind, "q": q.strip()}.items() if v} | cluster_param(scope)
        return render(request, "listings.html", status=status, items=items, total=total, page=page,
                      pages=max(1, -(-total // size)), params=params, q=q, others=others, n_others=n_others,
                      cluster=scope or "", clusters=regions.clusters(),
                      kinds=kinds_, kind=kind, editor=can_edit, moves=listings.spec()["transitions"],
                      **{"form": {}, **context})

    @app.get("/listings", response_class=HTMLResponse, include_in_schema=False)
    def listings_page(request: Request, kind: str = "", q: Annotated[str, Query(max_length=200)] = "",
                      cluster: str | None = None, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Response:
        return listings_view(request, kind=kind, q=q, page=page, cluster=cluster)

    @app.post("/listings", include_in_schema=False)
    def listing_add(request: Request, csrf: Annotated[str, Form()] = "", kind: Annotated[str, Form(max_length=40)] = "",
                    owner: Annotated[str, Form(max_length=200)] = "", title: Annotated[str, Form(max_length=200)] = "",
                    text: Annotated[str, Form(max_length=5000)] = "", sectors: Annotated[str, Form(max_length=200)] = "",
                    region: Annotated[str, Form(max_length=40)] = "", valid_from: Annotated[str, Form(max_length=20)] = "",
                    valid_until: Annotated[str, Form(max_length=20)] = "", publish: Annotated[str, Form()] = "") -> Response:
        """Post a listing from the page. A refusal shows the page again with the reason and
        everything typed still in the form: nothing the editor wrote is lost."""
        from xietong import listings

        sess = editor(request, csrf)
        form = {"kind": kind, "owner": owner, "title": title, "text": text, "sectors": sectors, "region": region,
                "valid_from": valid_from, "valid_until": valid_until, "publish": bool(publish)}
        try:
            listings.add(store, kind=kind, owner=owner.strip(), title=title, text=text.strip() or None,
                         sectors=[x for x in re.split(r"[、,，;；\s]+", sectors) if x], region=region.strip() or None,
                         valid_from=valid_from.strip() or None, valid_until=valid_until.strip() or None,
                         publish=bool(publish), actor=sess.user.username, logged_as=sess.user.username)
        except listings.ListingError as exc:
            return listings_view(request, status=400, form=form, error=problem(str(exc), lang_of(request)))
        catalog.refresh()
        return RedirectResponse("/listings", status_code=303)

    @app.post("/listings/{listing_id}/status", include_in_schema=False)
    def listing_status(request: Request, listing_id: str, csrf: Annotated[str, Form()] = "",
                       to: Annotated[str, Form(max_length=20)] = "", version: Annotated[str, Form()] = "") -> Response:
        """Publish a draft, withdraw (expire) a published listing, renew an expired one; a form
        read before someone else changed the listing is refused (409), never applied."""
        from xietong import listings

        sess = editor(request, csrf)
        with _refused((listings.Conflict, 409), (listings.ListingError, 400)):
            listings.move(store, listing_id, to, actor=sess.user.username, version=_version(version),
                          logged_as=sess.user.username)
        catalog.refresh()
        return RedirectResponse("/listings", status_code=303)

    @app.get("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(request: Request, cluster: str | None = None) -> Response:
        """The brief, read on the page and downloaded: of the whole registry, or of one city cluster
        (the home cluster's, when the platform has one, until another scope is chosen)."""
        scope = scope_of(cluster)
        return render(request, "brief.html", clusters=regions.clusters(), cluster=scope.id if scope else "",
                      home=settings.home)

    @app.get("/brief/download", include_in_schema=False)
    def brief_download(format: Annotated[str, Query(pattern="^(html|pdf|xlsx|md)$")] = "html",  # noqa: A002
                       lang: Annotated[str, Query(pattern="^(zh|en)$")] = "zh", inline: bool = False,
                       cluster: str = "") -> Response:
        from xietong.brief import report

        scope = cluster_of(cluster) if cluster else None
        media = {"html": "text/html; charset=utf-8", "pdf": "application/pdf", "md": "text/markdown; charset=utf-8",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        with tempfile.TemporaryDirectory() as tmp:
            with _refused((AssetError, 400)):
                path = report(store, format, Path(tmp) / f"brief.{format}", lang=lang, cluster=scope, home=settings.home)
            body = path.read_bytes()
        disposition = "inline" if inline else "attachment"  # inline: read on the brief page itself
        name = f"xietong-brief{'-' + scope.id if scope else ''}-{lang}.{format}"
        return Response(body, media_type=media[format], headers={"Content-Disposition": f"{disposition}; filename={name}"})


    # -- network and map ---------------------------------------------------------------
    def network_of(province: str | None, type_: str | None, cluster: str | None, limit: int) -> dict[str, Any]:
        code = regions.resolve(province).province if province else None
        return explore(catalog.matcher.snap, province=code, type_=type_, cluster=cluster, max_nodes=limit)

    @app.get("/api/v1/network", tags=["network"])
    def api_network(province: str | None = None, type: str | None = None,  # noqa: A002
                    cluster: Annotated[str | None, Query(description="Only the alliances scoped to this city cluster "
                                                                     "(name or id)")] = None,
                    limit: Annotated[int, Query(ge=1, le=2000, description="Most nodes returned")] = 300) -> Any:
        """The alliance–organisation network filtered by province, type and city cluster: the best-connected
        nodes, with bridging organisations marked (see docs/indicators.md)."""
        check_province(province)
        return network_of(province, check_type(type), cluster_of(cluster).id if cluster else None, limit)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, province: str | None = None, type: str | None = None,  # noqa: A002
                     cluster: str | None = None) -> Response:
        province = province if province and regions.try_resolve(province) else None
        type_ = taxonomy_vocab("types").parse(type) if type else None
        chosen = {"province": province, "type": type_, "cluster": page_cluster(cluster)}
        graph = network_of(province, type_, chosen["cluster"], 300)
        return render(request, "network.html", graph=_json(graph), shown=len(graph["nodes"]), total=graph["total_nodes"],
                      truncated=graph["truncated"], province=province or "", type_=type_ or "",
                      cluster=chosen["cluster"] or "", clusters=regions.clusters(),
                      params={k: v for k, v in chosen.items() if v and k != "cluster"},
                      facets=catalog.facets(), api_url=app.url_path_for("api_network") + (
                          "?" + urlencode({k: v for k, v in chosen.items() if v}) if any(chosen.values()) else ""))

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, cluster: str | None = None) -> Response:
        """The places alliances were founded in and their ties: scoped as the dashboard is."""
        from xietong.brief.charts import city_map
        from xietong.brief.content import words

        view = scoped(cluster)
        result, lang = view["r"], lang_of(request)
        option = city_map(result, view.pop("shown"), words(lang)["charts"]["map"], lang) | {"aria": {"enabled": True}}
        cities = {code: n for code, n in result["formation"]["by_city"].items() if code != "unknown"}  # as the chart counts
        return render(request, "map.html", option=_json(option), pairs=result["province_pairs"]["pairs"],
                      cities=sorted(cities.items(), key=lambda x: (-x[1], x[0])), scope_action="/map", **view)

    # -- merge review ----------------------------------------------------------------------
    @app.get("/merges", response_class=HTMLResponse, include_in_schema=False)
    def merges_page(request: Request) -> Response:
        suggestions = catalog.lookalikes()
        with store.engine.connect() as conn:
            merged = lookalikes.merges(conn)
        return render(request, "merges.html", suggestions=suggestions, merged=merged)

    @app.post("/merges/{action}", include_in_schema=False)
    def merges_decide(request: Request, action: str, left: Annotated[str, Form(max_length=40)],
                      right: Annotated[str, Form(max_length=40)], csrf: Annotated[str, Form()] = "") -> Response:
        sess = editor(request, csrf)
        if action not in ("merge", "unmerge", "different"):
            raise HTTPException(404, "no such decision")
        with _refused((registry.RegistryError, 400)):
            registry.decide(store, action, left, right, actor=f"user:{sess.user.username}", logged_as=sess.user.username)
        catalog.refresh()
        return RedirectResponse("/merges", status_code=303)

    # -- users (admins) ------------------------------------------------------------------------
    def admin(request: Request, csrf: str | None = None) -> accounts.Session:
        """The signed-in admin (whose form, when ``csrf`` is given, carried the session's token)."""
        sess = signed_in(request)
        if not sess.user.can("admin"):
            raise HTTPException(403, "admins only")
        return sess if csrf is None else carried(sess, csrf)

    def users_view(request: Request, status: int = 200, **context: Any) -> Response:
        return render(request, "users.html", status=status, users=accounts.list_users(store), roles_=accounts.ROLES,
                      **{"form": {}, **context})

    @app.get("/admin/users", response_class=HTMLResponse, include_in_schema=False)
    def users_page(request: Request) -> Response:
        """Who can sign in, with their roles and open sessions; for admins, who add, change and remove them."""
        admin(request)
        return users_view(request)

    @app.get("/admin/export", include_in_schema=False)
    def registry_export(request: Request, format: Annotated[str, Query(pattern="^(json|xlsx)$")] = "json") -> Response:  # noqa: A002
        """The whole registry, losslessly, as ``xietong export`` writes it (facts, sources, recording
        times, supersessions, judgements; no accounts): a copy an admin takes without a shell, which
        ``xietong import`` reads back. Who took one, and when, goes in the change log."""
        sess = admin(request)
        folder = Path(tempfile.mkdtemp(prefix="xietong-export-"))
        path = folder / f"xietong-registry.{format}"
        try:
            counts = registry.export(store, format, str(path))
            with store.engine.begin() as conn:
                accounts.record(conn, sess.user.username, "export", format, None, {"tables": counts})
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        stamp = clock.now()[:10]
        media = {"json": "application/json", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        return FileResponse(path, media_type=media[format], filename=f"xietong-registry-{stamp}.{format}",
                            background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))

    @app.post("/admin/users", response_class=HTMLResponse, include_in_schema=False)
    def users_change(request: Request, csrf: Annotated[str, Form()] = "", action: Annotated[str, Form(max_length=20)] = "",
                     username: Annotated[str, Form(max_length=80)] = "", role: Annotated[str, Form(max_length=20)] = "",
                     password: Annotated[str, Form(max_length=200)] = "") -> Response:
        """Add a user, change a role, set a password (their sessions end) or remove a user (not
        oneself); logged under the admin's name. A refusal shows the page again with its reason."""
        sess = admin(request, csrf)
        lang, by = lang_of(request), sess.user.username
        words = _messages()[lang]
        try:
            if action == "add":
                accounts.add_user(store, username, password, role or "editor", by=by)
            elif action == "role":
                if username == by:
                    raise accounts.AccountError("you cannot change your own role")
                accounts.set_role(store, username, role, by=by)
            elif action == "password":
                accounts.set_password(store, username, password, by=by)
            elif action == "remove":
                if username == by:
                    raise accounts.AccountError("you cannot remove yourself")
                accounts.remove_user(store, username, by=by)
            else:
                raise HTTPException(400, f"unknown action {action!r} (add, role, password, remove)")
        except accounts.AccountError as exc:
            form = {"username": username, "role": role} if action == "add" else {}
            return users_view(request, status=400, error=problem(str(exc), lang), form=form)
        return users_view(request, said=words["users_said"][action].format(name=username.strip()))

    # -- change log and undo -----------------------------------------------------------------
    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(request: Request, actor: Annotated[str, Query(max_length=80)] = "",
                   action: Annotated[str, Query(max_length=40)] = "",
                   page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Response:
        """The change log, AUDIT_PAGE entries a page, newest first; by who and of what kind of change."""
        sess = who(request)
        if sess is None:
            raise HTTPException(401, "sign in to see the change log")
        actor, action = actor.replace("\x00", ""), action.replace("\x00", "")  # (PostgreSQL takes no NUL in text)
        entries = accounts.audit_log(store, limit=AUDIT_PAGE, offset=(page - 1) * AUDIT_PAGE, actor=actor or None,
                                     action=action or None)
        total = accounts.audit_count(store, actor=actor or None, action=action or None)
        params = {k: v for k, v in {"actor": actor, "action": action}.items() if v}
        return render(request, "audit.html", entries=entries, undoable=undo.UNDOABLE, actors=accounts.audit_actors(store),
                      actions=list(_messages()[lang_of(request)]["audit_actions"]), actor=actor, action=action,
                      total=total, page=page, pages=max(1, -(-total // AUDIT_PAGE)), params=params)

    @app.post("/audit/{entry_id}/undo", include_in_schema=False)
    def audit_undo(request: Request, entry_id: str, csrf: Annotated[str, Form()] = "") -> Response:
        sess = editor(request, csrf)
        with _refused((undo.UndoError, 409)):
            undo.undo_entry(store, entry_id, by=sess.user.username, admin=sess.user.can("admin"))
        catalog.refresh()
        return RedirectResponse("/audit", status_code=303)

    return app


@contextmanager
def _refused(*errors: tuple[type[Exception], int]) -> Iterator[None]:
    """The core's refusals as HTTP errors: each (exception type, status), first match wins."""
    try:
        yield
    except Exception as exc:
        for kind, status in errors:
            if isinstance(exc, kind):
                raise HTTPException(status, str(exc)) from None
        raise


def _ties(memberships: list[dict[str, Any]], other: str) -> list[dict[str, Any]]:
    """Membership facts that say the same tie (the same ``other`` end, role and dates) from
    different sources, as one line each: the first fact, with every fact saying it in "sources".
    A reader saw an organisation's alliance twice when two documents named it."""
    ties: dict[tuple[Any, ...], dict[str, Any]] = {}
    for m in memberships:
        key = (m[other], m["role"], m.get("since"), m.get("until"))
        if key in ties:
            ties[key]["sources"].append(m)
        else:
            ties[key] = {**m, "sources": [m]}
    return list(ties.values())


def _version(text: Any) -> int | None:
    """The record version a form carries (None when the form has none)."""
    try:
        return int(str(text)) if text not in (None, "") else None
    except ValueError:
        raise HTTPException(400, "version must be a whole number") from None


def _json(value: Any) -> str:
    """JSON to embed in a <script type="application/json"> element: "</" is
    escaped so no value can close the element (and inject markup)."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def run(settings: Settings) -> None:
    """Serve the platform (blocks). With several workers each is its own
    process with its own views; they share the store (and so the accounts,
    sessions, uploads awaiting confirmation and the registry's change count)."""
    import os

    import uvicorn

    if settings.workers == 1:
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
        return
    os.environ.update(settings.as_env())  # the workers read their settings from the environment
    uvicorn.run("xietong.web.app:create_app", factory=True, workers=settings.workers, host=settings.host,
                port=settings.port, log_level="info")
