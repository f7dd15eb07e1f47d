"""The generated brief: what it says about the bundled registry, and that each
format renders — the PDF's text layer holds the Chinese headings, Chromium
draws the HTML's charts offline, the XLSX holds every table."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from xietong import collation
from xietong.analytics.run import compute
from xietong.analytics.snapshot import load
from xietong.brief import report
from xietong.brief.content import build
from xietong.store import Store

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM = os.environ.get("XIETONG_CHROMIUM", "/usr/bin/chromium")


def _brief(store: Store, lang: str = "zh"):  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        snap = load(conn)
    return build(compute(snap), snap, lang)


def _text(brief) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p for s in brief.sections for p in [s.heading, *s.paragraphs])


def test_it_states_what_the_seed_states(bundled: Store) -> None:
    text = _text(_brief(bundled))
    for label in ("产业类", "服务类", "社会事业类", "综合类"):
        assert label in text  # the types present
    assert "协同创新联盟（北京工业大学、天津工业大学、河北工业大学）" in text  # the three-university 产学研 alliance
    assert "钢铁行业节能减排产业技术创新联盟（70余家钢铁企业" in text  # the 70+ steel members, as a count
    for name in ("京津冀设计产业联盟", "技术转移协同创新联盟", "协同创新联盟"):
        assert name in text.split("这些联盟是：")[1].split("。")[0]  # Beijing-initiated ones


def test_it_says_where_data_are_missing(bundled: Store) -> None:
    text = _text(_brief(bundled))
    assert "成立时间尚无记录，未作推测" in text
    assert "需要联盟活动记录，目前尚无" in text
    assert "无法计算区位商" in text


def test_it_is_dated_the_day_it_is_written_or_the_date_asked(bundled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XIETONG_NOW", "2026-11-27T09:30:00")
    assert _brief(bundled).as_of == "2026-11-27"  # not "当前" (now): a reader files it and reads it later
    with bundled.engine.connect() as conn:
        snap = load(conn, "2016-06-30")
    assert build(compute(snap), snap, "zh").as_of == "2016-06-30"


def test_english_on_request(bundled: Store) -> None:
    text = _text(_brief(bundled, "en"))
    assert "Beijing's leading role" in text and "have no recorded founding date" in text


def test_an_english_brief_says_members_in_both_of_two_places_and_ties_that_join_alliances_in_communities(bundled: Store) -> None:
    """English as a reader writes it: members "in both Tianjin and Hebei" (not "in all of" two), and
    ties between alliances that join some of them in communities (not "tie alliances in … communities")."""
    text = _text(_brief(bundled, "en"))
    assert re.search(r"\d+ of them have members in both Tianjin and Hebei", text)
    assert re.search(r"shared members make \d+ ties between alliances, which join \d+ of them in \d+ communities", text)


def test_communities_are_of_alliances_sharing_members_and_the_rest_are_told_apart(bundled: Store) -> None:
    """Two ties between alliances cannot make twelve communities: alliances sharing no member with another
    are each a community of one, told apart from the communities shared members make."""
    with bundled.engine.connect() as conn:
        net = compute(load(conn))["network"]
    groups, alone = net["communities"]["count"] - net["communities"]["alone"], net["communities"]["alone"]
    assert alone > 0 and 0 < groups <= net["projection"]["ties"]
    joined = net["projection"]["alliances"] - alone
    assert f"形成{net['projection']['ties']}条联系，把{joined}个联盟连成{groups}个社群。另有{alone}个联盟与其他联盟没有共同成员。" \
        in _text(_brief(bundled, "zh"))
    assert f"which join {joined} of them in {groups} communities. Alliances that share no member with any other: {alone}." \
        in _text(_brief(bundled, "en"))


def test_an_english_brief_gives_an_alliance_s_english_name_after_its_chinese_one(bundled: Store) -> None:
    """Where a source gives an English name; one alliance's name inside another's (协同创新联盟 in
    技术转移协同创新联盟) is not taken for it, and the Chinese brief names none in English."""
    text = _text(_brief(bundled, "en"))
    assert ("钢铁行业节能减排产业技术创新联盟 (Beijing-Tianjin-Hebei Steel Industry Energy-Saving and "
            "Emission-Reduction Technology Innovation Alliance)") in text
    assert "技术转移协同创新联盟 (Beijing" not in text and "技术转移协同创新联盟" in text
    assert "Steel Industry Energy-Saving" not in _text(_brief(bundled))


def test_an_english_brief_s_tables_give_english_names_too(bundled: Store) -> None:
    """A table is read on its own, away from the paragraph that named the alliance in English."""
    english = _brief(bundled, "en")
    steel = [r[0] for r in english.tables["sizes"].rows if r[0].startswith("钢铁行业节能减排产业技术创新联盟")]
    assert steel and all(n.endswith("Emission-Reduction Technology Innovation Alliance)") for n in steel)
    cells = [c for t in _brief(bundled).tables.values() for r in t.rows for c in r if isinstance(c, str)]
    assert not [c for c in cells if "Innovation Alliance" in c]  # the Chinese brief's tables name none in English


def test_tables_show_labels_not_stored_codes(bundled: Store) -> None:
    for lang, unknown, more_than in (("zh", "未知", "余"), ("en", "unknown", "more than")):
        brief = _brief(bundled, lang)
        years = {row[0]: row[1] for row in brief.tables["formation_by_year"].rows}
        assert years[unknown] > 0
        steel = [r for r in brief.tables["sizes"].rows if r[0].startswith("钢铁行业节能减排产业技术创新联盟") and r[2] == 70]
        assert [r[3] for r in steel] == [more_than]
        assert not any(cell in ("more_than", "exact", "at_least") for r in brief.tables["sizes"].rows for cell in r)
    # what is counted: the reference table wrote it in English, the Chinese brief says it in Chinese
    kinds = [r[4] for r in _brief(bundled, "zh").tables["sizes"].rows]
    assert "高校（其中3所具名）" in kinds and not [k for k in kinds if re.search(r"[A-Za-z]{3,}", k or "")]


def test_pdf_text_layer_has_the_chinese_headings(bundled: Store, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: scripts/setup --system installs poppler-utils")
    out = report(bundled, "pdf", tmp_path / "brief.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for heading in ("一、产业联盟的发展现状与特点", "二、北京的引领作用", "三、四项建议背后的指标", "联盟成立时间分布"):
        assert heading in text
    # no page ends on a heading or a table's title, its text or rows on the next page
    brief = _brief(bundled)
    titles = {t.title for t in brief.tables.values()} | {s.heading for s in brief.sections}
    pages = [page.strip().splitlines() for page in text.split("\f") if page.strip()]
    assert len(pages) > 3
    assert [lines[-1].strip() for lines in pages if lines[-1].strip() in titles] == []
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(out, ARTIFACTS / "brief.pdf")


def test_html_is_self_contained_and_chromium_draws_its_charts(bundled: Store, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    out = report(bundled, "html", tmp_path / "brief.html")
    html = out.read_text(encoding="utf-8")
    assert "http://" not in html.split("<script>", 1)[0] and "<script src" not in html  # nothing fetched
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(out.as_uri())
        page.wait_for_selector(".chart[data-rendered=true]")
        painted = page.evaluate("""() => Array.from(document.querySelectorAll('.chart')).map(el => {
            const c = el.querySelector('canvas'); if (!c) return 0;
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let k = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) k++; return k; })""")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "brief-html.png"), full_page=True)
        browser.close()
    assert len(painted) == 6 and all(n > 1000 for n in painted), painted
    assert all(u.startswith("file://") for u in requests), requests


def test_markdown_and_xlsx(bundled: Store, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    md = report(bundled, "md", tmp_path / "brief.md").read_text(encoding="utf-8")
    assert "## 二、北京的引领作用" in md and "brief.assets/timeline.svg" in md
    assert (tmp_path / "brief.assets" / "network.svg").read_text(encoding="utf-8").startswith("<svg")
    wb = load_workbook(report(bundled, "xlsx", tmp_path / "brief.xlsx"), read_only=True)
    assert {"formation_by_year", "types", "domains", "province_pairs", "ei_index", "flows", "chain_coverage",
            "bridges", "sizes", "lead"} <= set(wb.sheetnames)
    rows = list(wb["formation_by_year"].iter_rows(values_only=True))
    assert ("2015", 2) in rows


def test_shares_in_its_tables_read_as_percentages_and_stay_numbers_in_the_workbook(bundled: Store, tmp_path: Path) -> None:
    """Chain coverage (0.4444 of the cells) reads 44.4%, as the sentence beside it writes its mean; the
    workbook keeps the number, formatted as a percentage, for a reader to sum or sort."""
    from openpyxl import load_workbook

    md = report(bundled, "md", tmp_path / "brief.md").read_text(encoding="utf-8")
    table = md.split("**产业链覆盖**")[1].split("\n\n")[1]
    assert re.search(r"\| \d+\.\d%", table) and not re.search(r"\| 0\.\d+ \|", table)
    sheet = load_workbook(report(bundled, "xlsx", tmp_path / "brief.xlsx"))["chain_coverage"]
    cells = [row[1] for row in sheet.iter_rows(min_row=3)]
    assert cells and all(isinstance(c.value, float) and c.value <= 1 and c.number_format == "0.0%" for c in cells)


def test_the_places_and_nodes_are_labelled_in_ink_and_in_the_readers_language(bundled: Store) -> None:
    """The map's place names and the network's legend are drawn dark on the white page (ECharts
    draws a graph's labels white by default: there, but unseen)."""
    import re

    from xietong.brief.render import svg

    for lang, beijing, legend in (("zh", "北京市", "单位"), ("en", "Beijing", "organisation")):
        charts = _brief(bundled, lang).charts
        drawn = svg({k: charts[k] for k in ("map", "network")})
        fills = re.findall(rf'<text[^>]*fill="([^"]+)"[^>]*>{beijing}</text>', drawn["map"])
        assert fills and all(f not in ("#fff", "#ffffff", "white") for f in fills), fills
        assert f">{legend}</text>" in drawn["network"] and "单位 organisation" not in drawn["network"]


def test_the_founding_timeline_has_a_bar_for_every_year_from_the_first_to_the_last(bundled: Store) -> None:
    brief = _brief(bundled)
    option = brief.charts["timeline"]["option"]
    years, bars = option["xAxis"]["data"], option["series"][0]["data"]
    assert years == [str(y) for y in range(int(years[0]), int(years[-1]) + 1)]  # no year left out
    founded = {row[0]: row[1] for row in brief.tables["formation_by_year"].rows if row[0].isdigit()}
    assert dict(zip(years, bars, strict=True)) == {y: founded.get(y, 0) for y in years}


def test_the_flows_sentence_tells_ties_between_provinces_the_table_all(bundled: Store) -> None:
    brief = _brief(bundled)
    [sentence] = [p for s in brief.sections for p in s.paragraphs if p.startswith("发起单位所在省份到") and "→" in p]
    said = re.findall(r"(\S+?)→(\S+?)（\d+条）", sentence.split("最多的是")[1])  # each with its count and unit
    assert said and all(a != b for a, b in said), said
    rows = brief.tables["flows"].rows
    assert any(r[0] == r[1] for r in rows)  # a province's initiators joined by members of their own: in the table


def test_the_ties_sentence_names_the_pair_sharing_most_and_the_strongest_for_its_size_among_the_clusters_places(
        bundled: Store) -> None:
    """A reader checks the sentence against the table: the pair sharing the most alliances is not called
    the strongest tie when another pair of the cluster's places has the higher normalised strength; that
    pair is named too. Pairs with a province outside the cluster are in the table only."""
    brief = _brief(bundled)
    core = {"北京市", "天津市", "河北省"}
    rows = [r for r in brief.tables["province_pairs"].rows if {r[0], r[1]} <= core]
    most = max(rows, key=lambda r: r[2])
    strongest = max(rows, key=lambda r: r[3])
    text = _text(brief)
    said_most = re.search(r"共同参与的联盟最多的是(\S+?)–(\S+?)（(\d+)个联盟", text)
    assert said_most and (said_most[1], said_most[2], int(said_most[3])) == (most[0], most[1], most[2])
    assert "联系最强的是" not in text.split("共同参与的联盟最多的是")[1].split("。")[0]
    if strongest[3] > most[3]:
        said = re.search(r"联系最强的是(\S+?)–(\S+?)（\d+个联盟，标准化强度([\d.]+)）", text)
        assert said and (said[1], said[2], said[3]) == (strongest[0], strongest[1], f"{strongest[3]:.2f}")
    english = _text(_brief(bundled, "en"))
    assert "share the most alliances" in english


def test_no_organisation_outside_every_alliance_is_said_in_words_not_as_a_count_of_none(bundled: Store) -> None:
    """"尚未加入任何联盟的单位0家" reads as a table cell; the bundled registry's every organisation is in
    an alliance, and the brief says so."""
    text, english = _text(_brief(bundled)), _text(_brief(bundled, "en"))
    assert "都已加入至少一个联盟" in text and "单位0家" not in text
    assert "Every organisation in the registry belongs to at least one alliance" in english


def test_a_brief_of_another_city_cluster_reads_its_places_and_its_alliances_only(bundled: Store, tmp_path: Path) -> None:
    """长三角 alliances beside the bundled 京津冀 ones: a brief of 长三角 counts them alone and names
    its own places; no source names the place leading them, so the brief says so instead of
    reckoning a lead (the seed names Beijing for 京津冀 only)."""
    from tests.helpers import write_csv
    from xietong import registry
    from xietong.regions import clusters, resolve_cluster

    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间", "类型", "行业"],
              [["长三角测试集成电路联盟", "2019-05", "产业类", "集成电路"], ["长三角测试文旅联盟", "2020", "服务类", "旅游"]])
    write_csv(tmp_path / "o.csv", ["名称", "机构类型", "所属省份"],
              [["上海测试微电子公司", "企业", "上海"], ["江苏测试大学", "高校", "江苏"], ["浙江测试旅行社", "企业", "浙江"],
               ["安徽测试研究院", "科研院所", "安徽"], ["安徽闲置测试公司", "企业", "安徽"]])
    write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色"],
              [["长三角测试集成电路联盟", "上海测试微电子公司", "发起单位"], ["长三角测试集成电路联盟", "江苏测试大学", ""],
               ["长三角测试集成电路联盟", "安徽测试研究院", ""], ["长三角测试文旅联盟", "浙江测试旅行社", "发起单位"],
               ["长三角测试集成电路联盟", "北京工业大学", ""]])
    for f in ("a.csv", "o.csv", "m.csv"):
        registry.import_paths(bundled, [str(tmp_path / f)])
    yrd = resolve_cluster("长三角")
    with bundled.engine.connect() as conn:
        snap = load(conn)
    result = compute(snap, yrd)
    assert compute(snap, yrd, cut=snap.of_cluster(yrd.id, yrd.provinces)) == result  # the cut a caller keeps
    assert result["formation"]["total"] == 2 and result["lead"] is None
    assert result["coverage"]["provinces"] == list(yrd.provinces)
    # its organisations: members, and those of its provinces in no alliance; 北京工业大学 is a member
    assert result["gaps"]["orgs_in_no_alliance"] == 1 and result["network"]["bipartite"]["organisations"] == 5
    text = _text(build(result, snap.of_cluster(yrd.id, yrd.provinces), "zh"))
    assert "二、引领作用" in text and "没有指明长三角的联盟由哪一地引领" in text
    assert "成员覆盖上海、江苏、浙江、安徽四地的联盟" in text and "北京的引领" not in text and "津冀" not in text
    assert "本简报只计所属城市群为长三角的联盟" in text
    assert "2019年、2020年成立最多（各1个）" in text  # a tie names each year in it, not one of them
    english = _text(build(result, snap.of_cluster(yrd.id, yrd.provinces), "en"))
    assert "2019 and 2020 saw the most foundings (1 each)" in english
    assert build(result, snap, "zh").title == "长三角跨区域产业联盟发展现状与合作机制调查"
    # 京津冀's brief leaves them out, and still reads Beijing's lead
    bth = compute(snap, clusters()["jingjinji"])
    in_bth = [a for a in snap.alliance_ids if snap.cluster_of(a) == "jingjinji"]  # by its cluster fact, or its name
    assert bth["formation"]["total"] == len(in_bth) >= 15 and bth["lead"]["leader"] == "110000"
    assert not {snap.alliances[a].name for a in in_bth} & {"长三角测试集成电路联盟", "长三角测试文旅联盟"}
    chengyu = clusters()["chengyu"]  # no alliance of it yet: the brief says so rather than drawing empty charts
    empty = build(compute(snap, chengyu), snap.of_cluster(chengyu.id, chengyu.provinces), "zh")
    assert "登记簿尚未收录成渝的联盟" in _text(empty) and [c for sec in empty.sections for c in sec.charts] == []
    # and a section whose figures cannot be worked out says so, rather than standing empty
    assert "无法计算产业链覆盖" in _text(empty) and "尚无发起单位与其他省份成员之间的联系记录" in _text(empty)
    whole = compute(snap)  # the whole registry, read with 京津冀's places, as before
    assert whole["formation"]["total"] == 26 and whole["cluster"]["scoped"] is False


def test_the_report_command_takes_a_city_cluster(bundled: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from xietong.cli import app

    out = tmp_path / "b.md"
    r = CliRunner().invoke(app, ["report", "--cluster", "京津冀", "--format", "md", "-o", str(out), "--db", bundled.url])
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 京津冀跨区域产业联盟") and "## 二、北京的引领作用" in text and "未注明所属城市群，未计入" in text
    bad = CliRunner().invoke(app, ["report", "--cluster", "火星群", "-o", str(out), "--db", bundled.url])
    assert bad.exit_code == 2


def test_its_sentences_give_strengths_and_indices_to_two_places(bundled: Store) -> None:
    """A brief writes 0.88, not 0.8807 beside 1.0; the tables keep the figures as computed."""
    brief = _brief(bundled, "zh")
    zh, en = _text(brief), _text(_brief(bundled, "en"))
    strengths = re.findall(r"标准化强度(\d+\.\d+)", zh) + re.findall(r"normalised strength (\d+\.\d+)", en)
    indices = re.findall(r"\S+ (-?\d+\.\d+)", zh.split("按E–I指数，")[1].split("（")[0])
    assert strengths and len(indices) == 3
    assert all(len(x.split(".")[1]) == 2 for x in strengths + indices), (strengths, indices)
    assert any(len(str(row[3]).split(".")[1]) == 4 for row in brief.tables["province_pairs"].rows)


def test_with_no_industry_recorded_it_does_not_say_every_industry_has_an_alliance(bundled: Store) -> None:
    """No organisation of the bundled registry has a recorded industry: that every industry of Tianjin's
    and Hebei's has a cross-provincial alliance would hold of none. The brief says the gap cannot be told."""
    zh, en = _text(_brief(bundled, "zh")), _text(_brief(bundled, "en"))
    assert "天津、河北的单位尚无行业记录，还无法判断哪些行业尚无跨省联盟。" in zh and "均已有跨省联盟" not in zh
    assert "No organisation in Tianjin or Hebei has a recorded industry yet" in en and "every industry" not in en


def test_bridging_organisations_reaching_as_many_provinces_are_in_pinyin_order(bundled: Store) -> None:
    brief = _brief(bundled, "zh")
    rows = [(-r[1], collation.key(r[0])) for r in brief.tables["bridges"].rows]
    assert rows == sorted(rows) and len({r[0] for r in rows}) < len(rows)  # ties among them, in order
    said = _text(brief).split("“桥梁”单位有：")[1].split("。")[0].split("、")
    assert said.index("山西日报报业集团") < said.index("天津日报报业集团")  # shān < tiān
