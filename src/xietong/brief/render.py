"""Writing the brief: one self-contained offline HTML file (ECharts inlined),
Markdown with SVG charts beside it, PDF (WeasyPrint, CJK fonts from the
system), and XLSX with every table behind the charts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from xietong.assets import AssetError, asset, node, web_dir
from xietong.brief.content import Brief, Share, words

FORMATS = ("html", "md", "pdf", "xlsx")
SVG_SIZE = (720, 380)


def _env() -> Environment:
    return Environment(loader=PackageLoader("xietong", "templates"), autoescape=select_autoescape(["html", "j2"]))


def _safe_json(doc: Any) -> str:
    """JSON that cannot close the script element it sits in."""
    return json.dumps(doc, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def svg(options: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Render ECharts options to SVG with Node.js (echarts' server-side renderer)."""
    ids = list(options)
    specs = [{"option": options[i]["option"], "width": SVG_SIZE[0], "height": SVG_SIZE[1]} for i in ids]
    asset("echarts/dist/echarts.min.js")
    proc = subprocess.run([node(), str(web_dir() / "ssr.mjs")], input=json.dumps(specs, ensure_ascii=False),
                          capture_output=True, text=True, cwd=web_dir(), timeout=120)
    if proc.returncode != 0:
        raise AssetError(f"chart rendering failed: {proc.stderr.strip()[:500]}")
    return dict(zip(ids, json.loads(proc.stdout), strict=True))


def html(brief: Brief, *, static: bool = False) -> str:
    template = _env().get_template("brief.html.j2")
    w = words(brief.lang)
    if static:
        return template.render(brief=brief, svgs=svg(brief.charts), as_of_label=w["as_of"])
    echarts_js = asset("echarts/dist/echarts.min.js").read_text(encoding="utf-8")
    return template.render(brief=brief, svgs=None, as_of_label=w["as_of"], echarts_js=echarts_js.replace("</script", "<\\/script"),
                           options_json=_safe_json({k: v["option"] for k, v in brief.charts.items()}))


def markdown(brief: Brief, out: Path) -> str:
    assets = out.with_suffix("").name + ".assets"
    (out.parent / assets).mkdir(parents=True, exist_ok=True)
    svgs = svg(brief.charts)
    lines = [f"# {brief.title}", "", f"*{brief.subtitle} · {words(brief.lang)['as_of']} {brief.as_of}*", ""]
    for s in brief.sections:
        lines += [("## " if s.level == 1 else "### ") + s.heading, ""]
        lines += [p + "\n" for p in s.paragraphs]
        for cid in s.charts:
            (out.parent / assets / f"{cid}.svg").write_text(svgs[cid], encoding="utf-8")
            lines += [f"![{brief.charts[cid]['title']}]({assets}/{cid}.svg)", ""]
        for tid in s.tables:
            t = brief.tables[tid]
            if not t.rows:
                continue
            lines += [f"**{t.title}**", "", "| " + " | ".join(t.columns) + " |", "|" + "---|" * len(t.columns)]
            lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in t.rows]
            lines.append("")
    return "\n".join(lines)


def _md_cell(v: Any) -> str:
    return "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")


def pdf(brief: Brief) -> bytes:
    from weasyprint import HTML

    return HTML(string=html(brief, static=True)).write_pdf()


def xlsx(brief: Brief, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    about = wb.create_sheet("brief")
    about.append([brief.title])
    about.append([words(brief.lang)["as_of"], brief.as_of])
    for s in brief.sections:
        for p in s.paragraphs:
            about.append([s.heading, p])
    for tid, t in brief.tables.items():
        ws = wb.create_sheet(tid[:31])
        ws.append([t.title])
        ws.append(t.columns)
        for row in t.rows:
            cells = []
            for v in row:
                cell = WriteOnlyCell(ws, value=float(v) if isinstance(v, Share) else
                                     v if isinstance(v, (int, float)) or v is None else str(v))
                if isinstance(v, str):
                    cell.data_type = "s"
                elif isinstance(v, Share):
                    cell.number_format = "0.0%"
                cells.append(cell)
            ws.append(cells)
    wb.save(out)


def write(brief: Brief, fmt: str, out: Path) -> Path:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        out.write_text(html(brief), encoding="utf-8")
    elif fmt == "md":
        out.write_text(markdown(brief, out), encoding="utf-8")
    elif fmt == "pdf":
        out.write_bytes(pdf(brief))
    else:
        xlsx(brief, out)
    return out
