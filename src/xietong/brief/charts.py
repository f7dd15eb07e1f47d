"""The brief's charts as ECharts options (plain dicts): the HTML brief draws
them in the browser; the PDF and Markdown briefs get the same options
rendered to SVG on the server (``render.svg``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from xietong import regions
from xietong.analytics.snapshot import Snapshot
from xietong.vocab import taxonomy_vocab

FONT = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, sans-serif"
MAX_NODES = 160
PALETTE = ["#c23531", "#2f4554", "#61a0a8", "#d48265", "#91c7ae", "#749f83", "#ca8622", "#bda29a", "#6e7074", "#546570"]
INK = "#333"  # labels beside points: a graph series draws them white by default, unseen on the white page



def timeline(result: dict[str, Any], title: str) -> dict[str, Any]:
    """Alliances founded a year, every year from the first to the last (a year with none founded
    is a bar of 0, not left out: a gap of years read as consecutive bars misleads)."""
    by_year = result["formation"]["by_year"]
    known = sorted(int(y) for y in by_year if y.isdigit())
    years = [str(y) for y in range(known[0], known[-1] + 1)] if known else []
    return {"title": {"text": title, "left": "center"}, "tooltip": {}, "grid": {"left": 50, "right": 20, "bottom": 40},
            "xAxis": {"type": "category", "data": years}, "yAxis": {"type": "value", "minInterval": 1},
            "series": [{"type": "bar", "data": [by_year.get(y, 0) for y in years], "itemStyle": {"color": PALETTE[0]}}]}


def types(result: dict[str, Any], title: str, lang: str, unclassified: str) -> dict[str, Any]:
    vocab = taxonomy_vocab("types")
    data = [{"name": vocab.label(t, lang) if t in vocab.terms else unclassified, "value": n}
            for t, n in result["formation"]["by_type"].items()]
    return {"title": {"text": title, "left": "center"}, "tooltip": {}, "color": PALETTE,
            "series": [{"type": "pie", "radius": ["30%", "60%"], "data": data, "label": {"formatter": "{b}: {c}"}}]}


def domains(result: dict[str, Any], title: str, lang: str) -> dict[str, Any]:
    vocab = taxonomy_vocab("domains")
    items = list(result["mix"]["domains"].items())
    return {"title": {"text": title, "left": "center"}, "tooltip": {}, "grid": {"left": 150, "right": 30},
            "xAxis": {"type": "value", "minInterval": 1},
            "yAxis": {"type": "category", "data": [vocab.label(d, lang) for d, _ in items]},
            "series": [{"type": "bar", "data": [n for _, n in items], "itemStyle": {"color": PALETTE[2]}}]}


def pairs(result: dict[str, Any], title: str, lang: str) -> dict[str, Any]:
    per = result["province_pairs"]["alliances_per_province"]
    provs = sorted(per, key=lambda p: -per[p])[:8]
    labels = [regions.label(p, lang) for p in provs]
    cells = []
    for x in result["province_pairs"]["pairs"]:
        if x["a"] in provs and x["b"] in provs:
            i, j = provs.index(x["a"]), provs.index(x["b"])
            cells += [[i, j, x["raw"]], [j, i, x["raw"]]]
    for i, p in enumerate(provs):
        cells.append([i, i, per[p]])
    top = max((c[2] for c in cells), default=1)
    return {"title": {"text": title, "left": "center"}, "tooltip": {}, "grid": {"left": 90, "bottom": 70, "top": 50},
            "xAxis": {"type": "category", "data": labels, "axisLabel": {"rotate": 30}},
            "yAxis": {"type": "category", "data": labels},
            "visualMap": {"min": 0, "max": top, "calculable": False, "orient": "horizontal", "left": "center", "bottom": 0,
                          "inRange": {"color": ["#f7fbff", "#08306b"]}},
            "series": [{"type": "heatmap", "data": cells, "label": {"show": True}}]}


def network(snap: Snapshot, title: str, lang: str = "zh") -> dict[str, Any]:
    """The bipartite network (its best-connected nodes), laid out here (igraph,
    fixed seed) so that the browser and the server draw the same picture."""
    import random

    import igraph as ig
    import numpy as np

    pa, po = snap.pairs
    a_deg, o_deg = snap.alliance_size, snap.org_degree
    nodes_deg = [(int(a_deg[a]), ("a", int(a))) for a in np.flatnonzero(a_deg)]
    nodes_deg += [(int(o_deg[o]), ("o", int(o))) for o in np.flatnonzero(o_deg)]
    keep = {n for _, n in sorted(nodes_deg, key=lambda x: (-x[0], x[1]))[:MAX_NODES]}
    edges = [(("a", a), ("o", o)) for a, o in zip(pa.tolist(), po.tolist(), strict=True)
             if ("a", a) in keep and ("o", o) in keep]
    nodes = sorted({n for e in edges for n in e})
    if not nodes:
        return {"title": {"text": title, "left": "center"}, "series": []}
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[a], index[o]) for a, o in edges])
    coords = packed_layout(g, random.Random(7))
    degree = g.degree()
    data = []
    for (kind, i), (x, y), d in zip(nodes, coords, degree, strict=True):
        label = snap.alliance(i).name if kind == "a" else snap.org_names[i]
        data.append({"name": label, "id": f"{kind}{i}", "x": round(x * 60, 2), "y": round(y * 60, 2),
                     "symbol": "rect" if kind == "a" else "circle", "symbolSize": 8 + 3 * min(d, 8),
                     "category": 0 if kind == "a" else 1})
    alliances, orgs = ("联盟", "单位") if lang == "zh" else ("alliance", "organisation")
    return {"title": {"text": title, "left": "center"}, "tooltip": {},
            "legend": {"data": [alliances, orgs], "bottom": 0},
            "series": [{"type": "graph", "layout": "none", "roam": True, "data": data, "top": 60, "bottom": 40,
                        "left": 20, "right": 150,  # room under the title, above the legend, and for labels on the right
                        "labelLayout": {"hideOverlap": True},
                        "categories": [{"name": alliances, "itemStyle": {"color": PALETTE[0]}},
                                       {"name": orgs, "itemStyle": {"color": PALETTE[2]}}],
                        "links": [{"source": f"{a[0]}{a[1]}", "target": f"{o[0]}{o[1]}"} for a, o in edges],
                        "lineStyle": {"color": "#999", "opacity": 0.6},
                        "label": {"show": len(nodes) <= 60, "fontSize": 9, "position": "right", "color": INK}}]}


GAP, LABEL_ROOM = 2.0, 4.0  # between groups, in the layout's units; labels are drawn to the right of their nodes


def packed_layout(g: Any, rnd: Any) -> list[tuple[float, float]]:
    """Positions for ``g``'s vertices: each connected group laid out on its own
    (Fruchterman–Reingold, seeded by ``rnd``) and scaled to the square root of
    its size, and the groups set in rows, biggest first. One layout of the whole
    graph drew a registry of many small alliances as one knot, their names
    printed over each other.

    >>> import igraph as ig, random
    >>> g = ig.Graph(n=5, edges=[(0, 1), (2, 3)])  # two pairs and a single vertex
    >>> xy = packed_layout(g, random.Random(7))
    >>> len(xy), round(min(max(abs(a[0] - b[0]), abs(a[1] - b[1])) for a in xy[:2] for b in xy[2:]), 9) >= GAP
    (5, True)

    (Groups stand GAP apart exactly, so the distance is rounded: 2.0 - 1.9e-16 is 1.9999999999999998.)
    The layout is the same whatever else has drawn from Python's ``random``: igraph's layouts
    draw from it too, and the brief drawn from the same registry should not change.

    >>> import random as r
    >>> r.seed(0); first = packed_layout(g, random.Random(7)); r.seed(4); first == packed_layout(g, random.Random(7))
    True
    """
    import random

    import igraph

    igraph.set_random_number_generator(random.Random(rnd.random()))  # igraph's own draws, from ``rnd`` too
    try:
        return _packed(g, rnd)
    finally:
        igraph.set_random_number_generator(random)


def _packed(g: Any, rnd: Any) -> list[tuple[float, float]]:
    coords: list[tuple[float, float]] = [(0.0, 0.0)] * g.vcount()
    groups = []
    for comp in sorted(g.connected_components(), key=lambda c: (-len(c), min(c))):
        if len(comp) == 1:
            pts = [(0.0, 0.0)]
        else:
            seed = [[rnd.random(), rnd.random()] for _ in comp]
            pts = [tuple(p) for p in g.subgraph(comp).layout_fruchterman_reingold(niter=500, seed=seed).coords]
        x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
        extent = max(max(p[0] for p in pts) - x0, max(p[1] for p in pts) - y0)
        scale = 0.0 if extent == 0 else 1.6 * len(comp) ** 0.5 / extent
        pts = [((x - x0) * scale, (y - y0) * scale) for x, y in pts]
        groups.append((comp, pts, max(p[0] for p in pts), max(p[1] for p in pts)))
    area = sum((w + LABEL_ROOM) * (h + GAP) for _, _, w, h in groups)
    row_width = max(max(w for _, _, w, _ in groups) + LABEL_ROOM, 1.4 * area ** 0.5)
    x = y = row_height = 0.0
    for comp, pts, w, h in groups:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        for v, (px, py) in zip(comp, pts, strict=True):
            coords[v] = (x + px, y + py)
        x += w + LABEL_ROOM
        row_height = max(row_height, h)
    return coords


def _padded(values: list[float]) -> dict[str, Any]:
    """An axis's bounds with room around the outermost places, so no dot or label sits on its
    edge, rounded out to half degrees (the axis then ends on a round number).

    >>> _padded([116.4, 117.2]), _padded([])
    ({'min': 116.0, 'max': 117.5}, {'min': 'dataMin', 'max': 'dataMax'})
    """
    import math

    if not values:
        return {"min": "dataMin", "max": "dataMax"}
    pad = max((max(values) - min(values)) * 0.08, 0.25)
    return {"min": math.floor((min(values) - pad) * 2) / 2, "max": math.ceil((max(values) + pad) * 2) / 2}


def city_map(result: dict[str, Any], snap: Snapshot, title: str, lang: str) -> dict[str, Any]:
    """Places at their (approximate) coordinates, sized by organisations there,
    tied by the alliances they share. No base map: nothing is fetched."""
    import numpy as np

    table = regions.regions()
    count: Counter[str] = Counter()
    member = np.zeros(max(snap.n_orgs, 1), dtype=bool)
    member[snap.m_org] = True
    known = snap.org_prov >= 0
    for p, n in zip(*np.unique(snap.org_prov[known], return_counts=True), strict=True):
        count[snap.provinces[int(p)]] += int(n)
    for o, spans in snap.org_spans.items():
        for p in spans:
            count[snap.provinces[p]] += 1
    for a in snap.alliances.values():
        if a.city:
            count[a.city] += 0
    nodes = [{"name": regions.label(c, lang), "value": [*table[c].lonlat, n], "symbolSize": 10 + 4 * min(n, 10)}
             for c, n in count.items() if c in table and table[c].lonlat]
    links = [{"source": regions.label(x["a"], lang), "target": regions.label(x["b"], lang), "value": x["raw"],
              "lineStyle": {"width": 1 + min(x["raw"], 10)}}
             for x in result["province_pairs"]["pairs"] if x["a"] in count and x["b"] in count]
    return {"title": {"text": title, "left": "center"}, "tooltip": {},
            "xAxis": {"type": "value", **_padded([n["value"][0] for n in nodes]), "name": "°E", "scale": True},
            "yAxis": {"type": "value", **_padded([n["value"][1] for n in nodes]), "name": "°N", "scale": True},
            "grid": {"left": 50, "right": 80, "top": 50, "bottom": 40},  # room for the labels of the easternmost places
            "series": [{"type": "graph", "coordinateSystem": "cartesian2d", "data": nodes, "links": links,
                        "label": {"show": True, "position": "right", "color": INK}, "itemStyle": {"color": PALETTE[0]},
                        "lineStyle": {"color": PALETTE[1], "opacity": 0.5}}]}


def all_charts(result: dict[str, Any], snap: Snapshot, lang: str, titles: dict[str, str]) -> dict[str, dict[str, Any]]:
    unclassified = "未分类" if lang == "zh" else "unclassified"
    options = {
        "timeline": timeline(result, titles["timeline"]),
        "types": types(result, titles["types"], lang, unclassified),
        "domains": domains(result, titles["domains"], lang),
        "pairs": pairs(result, titles["pairs"], lang),
        "network": network(snap, titles["network"], lang),
        "map": city_map(result, snap, titles["map"], lang),
    }
    for opt in options.values():
        opt["textStyle"] = {"fontFamily": FONT}
        # a screen reader is read the chart: its title and data, in the locale the page sets at init
        opt["aria"] = {"enabled": True}
    return {k: {"title": titles[k], "option": v} for k, v in options.items()}
