"""The platform in a real browser (Debian's Chromium driven by Playwright):
the dashboard draws its charts, the directory searches, an alliance opens.
Screenshots are saved to artifacts/."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM = os.environ.get("XIETONG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@contextmanager
def _page(width: int = 1200, height: int = 900) -> Iterator[Page]:
    """A page of Debian's Chromium at that size, closed after."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser.new_page(viewport={"width": width, "height": height})
        finally:
            browser.close()


def test_dashboard_directory_and_alliance_page(live: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    with _page() as page:
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(live) else None)
        page.goto(live + "/")
        page.wait_for_selector(".chart[data-rendered=true]")
        assert page.locator("#n-alliances").inner_text() == "24"
        painted = page.evaluate("""() => Array.from(document.querySelectorAll('.chart canvas')).map(c => {
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let k = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) k++; return k; })""")
        assert len(painted) >= 4 and all(n > 500 for n in painted[:4]), painted
        # a screen reader is read each chart: ECharts writes its title and data into an aria-label, in Chinese
        said = page.locator(".chart[data-chart=timeline]").get_attribute("aria-label") or ""
        assert "联盟成立时间分布" in said and "2015" in said, said
        page.screenshot(path=str(ARTIFACTS / "web-dashboard.png"), full_page=True)
        page.select_option("form.scope select[name=cluster]", "jingjinji")  # one city cluster's alliances, as chosen
        page.wait_for_url("**/?cluster=jingjinji")
        page.wait_for_selector(".chart[data-rendered=true]")
        assert page.locator("#n-alliances").inner_text() == "22"  # the two whose cluster is unknown are left out
        page.goto(live + "/alliances")
        page.fill("input[name=q]", "钢铁")
        page.click("form.filters button[type=submit]")
        page.wait_for_function("document.querySelector('#total').textContent === '1'")
        page.screenshot(path=str(ARTIFACTS / "web-directory.png"), full_page=True)
        page.fill("input[name=q]", "")
        page.select_option("select[name=type]", "social")
        page.wait_for_function("document.querySelector('#total').textContent !== '1'")
        social = int(page.locator("#total").inner_text())
        page.select_option("select[name=province]", "120000")  # filters narrow as they are chosen (htmx)
        page.wait_for_function(f"Number(document.querySelector('#total').textContent) < {social}")
        assert "province=120000" in page.url and "type=social" in page.url
        page.fill("input[name=q]", "钢铁")
        page.select_option("select[name=type]", "")
        page.select_option("select[name=province]", "")
        page.click("form.filters button[type=submit]")
        page.wait_for_function("document.querySelector('#total').textContent === '1'")
        page.click("#directory td a")
        page.wait_for_selector("#alliance-name")
        assert page.locator("#alliance-name").inner_text() == "钢铁行业节能减排产业技术创新联盟"
        assert "70" in page.locator("body").inner_text()
        page.screenshot(path=str(ARTIFACTS / "web-alliance.png"), full_page=True)
        page.goto(live + "/orgs")  # the organisation directory: filters narrow as chosen, a name opens its page
        everyone = int(page.locator("#total").inner_text())
        page.select_option("select[name=kind]", "university")
        page.wait_for_function(f"Number(document.querySelector('#total').textContent) < {everyone}")
        page.fill("input[name=q]", "河北工业大学")
        page.click("form.filters button[type=submit]")
        page.wait_for_function("document.querySelector('#orgs a') && document.querySelector('#orgs a').textContent === '河北工业大学'")
        assert "kind=university" in page.url
        page.click("#orgs a")
        page.wait_for_selector("text=协同创新联盟")
        page.goto(live + "/match")
        page.locator("input[name=org]").press_sequentially("工业大")  # names are offered as the field is typed
        page.wait_for_function("document.querySelectorAll('#asking-orgs option').length > 0")
        offered = page.evaluate("Array.from(document.querySelectorAll('#asking-orgs option')).map(o => o.value)")
        assert "河北工业大学" in offered and all("工业大" in n for n in offered), offered
        page.fill("input[name=org]", "")
        page.fill("input[name=q]", "想把产品通过网购出口卖到国外")
        page.click("form.filters button[type=submit]")
        page.wait_for_selector("#match-results")
        assert "跨境电商产业联盟" in page.locator("#match-results").inner_text()
        page.screenshot(path=str(ARTIFACTS / "web-match.png"), full_page=True)
        page.set_viewport_size({"width": 1280, "height": 900})
        one_line = "document.querySelector('header').getBoundingClientRect().height < 60"  # not wrapped to a second line
        assert page.evaluate(one_line)
        page.click("#lang-switch")
        page.wait_for_selector("text=Matchmaking")
        assert page.evaluate(one_line)  # in English too, whose labels are longer
    assert outside == [], outside  # nothing from outside this server: no CDN


def test_editor_flows_in_the_browser(live: str, bundled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import fingerprint
    from xietong import accounts, review
    from xietong.text.pipeline import extract_path

    accounts.add_user(bundled, "editor1", "correct-horse-battery", "editor")
    (tmp_path / "news.txt").write_text("京津冀浏览器审核测试联盟近日在京成立。", encoding="utf-8")
    review.add_candidates(bundled, extract_path(str(tmp_path / "news.txt"), context_cluster="jingjinji"))
    bad = tmp_path / "bad.csv"
    bad.write_bytes("联盟名称,成立时间\n京津冀坏文件联盟,2020-13\n".encode("gbk"))
    ARTIFACTS.mkdir(exist_ok=True)
    with _page() as page:
        page.goto(live + "/import")
        assert page.locator("input[type=file]").count() == 0  # signed out: no form to write with
        assert page.request.post(live + "/merges/merge", form={"left": "a", "right": "b"}).status == 401
        _sign_in(page, live, "editor1")
        before = fingerprint(bundled)
        page.goto(live + "/import")
        page.set_input_files("input[type=file]", str(bad))
        # while a large file uploads and is checked, the page says so and the form cannot be sent twice
        # (the submission itself held back here, so the page can be looked at mid-way)
        page.evaluate("""() => { const f = document.querySelector("form[action='/import']");
            f.addEventListener("submit", (e) => e.preventDefault()); f.requestSubmit(); }""")
        assert page.locator("#busy").is_visible() and "正在上传并检查" in page.locator("#busy").inner_text()
        assert page.locator("form[action='/import'] button[type=submit]").is_disabled()
        page.goto(live + "/import")
        page.set_input_files("input[type=file]", str(bad))
        page.click("form[action='/import'] button[type=submit]")
        page.wait_for_selector("#import-problems")
        assert "bad.csv:2:成立时间" in page.locator("body").inner_text()
        page.screenshot(path=str(ARTIFACTS / "web-import-error.png"), full_page=True)
        assert fingerprint(bundled) == before  # reported, nothing written
        refused = page.request.post(live + "/import/confirm", form={"token": "x"})  # signed in, but no CSRF token
        assert refused.status == 403
        page.goto(live + "/review")
        page.click("button.accept")
        page.wait_for_url(live + "/review")
        page.goto(live + "/alliances?q=浏览器审核")
        assert page.locator("#total").inner_text() == "1"
        page.screenshot(path=str(ARTIFACTS / "web-accepted.png"), full_page=True)


def _sign_in(page, live: str, username: str) -> None:  # type: ignore[no-untyped-def]
    """Sign in at the login form as ``username`` (password: correct-horse-battery) and wait until signed in."""
    page.goto(live + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "correct-horse-battery")
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_selector("#logout")


def _painted(page, selector: str) -> int:  # type: ignore[no-untyped-def]
    """How many pixels the chart under ``selector`` has drawn."""
    return page.evaluate("""(sel) => { const c = document.querySelector(sel + ' canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let k = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) k++; return k; }""", selector)


def test_network_map_merge_review_and_undo_in_the_browser(live: str, bundled) -> None:  # type: ignore[no-untyped-def]
    from xietong import accounts

    accounts.add_user(bundled, "editor2", "correct-horse-battery", "editor")
    ARTIFACTS.mkdir(exist_ok=True)
    with _page() as page:
        page.goto(live + "/network")
        page.wait_for_selector("#network-graph[data-rendered=true]")
        page.wait_for_timeout(1500)  # let the force layout settle
        assert _painted(page, "#network-graph") > 2000
        whole = int(page.locator("#network-graph").get_attribute("data-nodes"))
        page.select_option("select[name=province]", "130000")
        page.select_option("select[name=type]", "industry")
        page.click("form.filters button[type=submit]")
        page.wait_for_selector("#network-graph[data-rendered=true]")
        assert 0 < int(page.locator("#network-graph").get_attribute("data-nodes")) < whole
        page.screenshot(path=str(ARTIFACTS / "web-network.png"), full_page=True)
        page.goto(live + "/map")
        page.wait_for_selector("#city-map[data-rendered=true]")
        assert _painted(page, "#city-map") > 2000
        page.screenshot(path=str(ARTIFACTS / "web-map.png"), full_page=True)
        page.goto(live + "/alliances?q=材料学院")
        page.click("#directory td a")
        page.wait_for_selector("#ego-graph[data-rendered=true]")
        assert int(page.locator("#ego-graph").get_attribute("data-nodes")) == 4  # the alliance and its 3 members
        assert page.locator("#history tr").count() > 0
        _sign_in(page, live, "editor2")
        page.goto(live + "/api/v1/organisations?limit=1")
        n_orgs = int(page.evaluate("JSON.parse(document.body.innerText).total"))
        page.goto(live + "/merges")
        page.locator("#suggestions tr", has_text="工业设计促进会").locator("button.merge").click()
        page.wait_for_url(live + "/merges")
        assert "工业设计促进会" in page.locator("#merged").inner_text()
        page.screenshot(path=str(ARTIFACTS / "web-merges.png"), full_page=True)
        page.goto(live + "/audit")
        page.locator("#audit tr[data-action=merge] button.undo").click()
        page.wait_for_url(live + "/audit")
        assert "已撤销" in page.locator("#audit tr[data-action=merge]").inner_text()
        page.screenshot(path=str(ARTIFACTS / "web-audit.png"), full_page=True)
        page.goto(live + "/api/v1/organisations?limit=1")
        assert int(page.evaluate("JSON.parse(document.body.innerText).total")) == n_orgs


def test_an_admin_removes_a_user_only_after_confirming(live: str, bundled) -> None:  # type: ignore[no-untyped-def]
    from xietong import accounts

    accounts.add_user(bundled, "root", "correct-horse-battery", "admin")
    accounts.add_user(bundled, "leaver", "correct-horse-battery", "editor")
    with _page() as page:
        _sign_in(page, live, "root")
        page.goto(live + "/admin/users")
        asked: list[str] = []
        page.once("dialog", lambda d: (asked.append(d.message), d.dismiss()))
        page.click("tr[data-user=leaver] button.remove")
        page.wait_for_timeout(300)
        assert asked and "删除这个用户" in asked[0] and page.locator("tr[data-user=leaver]").count() == 1  # said no: kept
        page.once("dialog", lambda d: d.accept())
        page.click("tr[data-user=leaver] button.remove")
        page.wait_for_selector("#users-said")
        assert page.locator("tr[data-user=leaver]").count() == 0
        page.screenshot(path=str(ARTIFACTS / "web-users.png"), full_page=True)
    assert [u["username"] for u in accounts.list_users(bundled)] == ["root"]


def test_no_page_scrolls_sideways_on_a_phone(live: str) -> None:
    """At a phone's width (390 px) every page fits: charts stack in one column, and a wide table
    (the directory in English) scrolls by itself instead of widening the page."""
    with _page(390, 800) as page:
        page.goto(live + "/alliances")
        alliance = page.get_attribute("#directory td a", "href")
        wide = {}
        for path in ("/", "/?lang=en", "/alliances", "/alliances?lang=en", "/orgs?lang=en", "/map", "/network",
                     "/match?lang=en", f"{alliance}?lang=en"):
            page.goto(live + path)
            if path in ("/", "/?lang=en", "/map"):
                page.wait_for_selector(".chart[data-rendered=true]")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 390:
                wide[path] = width
    assert wide == {}, wide


def test_the_api_documentation_draws_from_this_server_alone(live: str) -> None:
    """/docs (Swagger UI) comes from the copy installed at set-up, as ECharts and htmx do: FastAPI's
    own page loads it from a CDN, and on an intranet without one it is blank."""
    with _page() as page:
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(live) else None)
        page.goto(live + "/docs")
        page.wait_for_selector(".swagger-ui .opblock")  # the operations, drawn from /openapi.json
        assert "/api/v1/alliances" in page.locator(".swagger-ui").inner_text()
    assert outside == [], outside
