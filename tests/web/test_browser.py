"""The platform in a real browser (Debian's Chromium driven by Playwright):
the dashboard draws its charts, the directory searches, an alliance opens.
Screenshots are saved to artifacts/."""

from __future__ import annotations

import os
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM = os.environ.get("XIETONG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def test_dashboard_directory_and_alliance_page(live: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(live) else None)
        page.goto(live + "/")
        page.wait_for_selector(".chart[data-rendered=true]")
        assert page.locator("#n-alliances").inner_text() == "24"
        painted = page.evaluate("""() => Array.from(document.querySelectorAll('.chart canvas')).map(c => {
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let k = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) k++; return k; })""")
        assert len(painted) >= 4 and all(n > 500 for n in painted[:4]), painted
        page.screenshot(path=str(ARTIFACTS / "web-dashboard.png"), full_page=True)
        page.goto(live + "/alliances")
        page.fill("input[name=q]", "钢铁")
        page.click("button[type=submit]")
        page.wait_for_function("document.querySelector('#total').textContent === '1'")
        page.screenshot(path=str(ARTIFACTS / "web-directory.png"), full_page=True)
        page.click("#directory a")
        page.wait_for_selector("#alliance-name")
        assert page.locator("#alliance-name").inner_text() == "钢铁行业节能减排产业技术创新联盟"
        assert "70" in page.locator("body").inner_text()
        page.screenshot(path=str(ARTIFACTS / "web-alliance.png"), full_page=True)
        page.goto(live + "/match")
        page.fill("input[name=q]", "想把产品通过网购出口卖到国外")
        page.click("button[type=submit]")
        page.wait_for_selector("#match-results")
        assert "跨境电商产业联盟" in page.locator("#match-results").inner_text()
        page.screenshot(path=str(ARTIFACTS / "web-match.png"), full_page=True)
        page.click("#lang-switch")
        page.wait_for_selector("text=Matchmaking")
        browser.close()
    assert outside == [], outside  # nothing from outside this server: no CDN
