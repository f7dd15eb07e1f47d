"""Every control of every form has a name a screen reader says: a label around it, a label for
it, or an aria-label. Government platforms must be usable without sight (无障碍)."""

from __future__ import annotations

from html.parser import HTMLParser

from fastapi.testclient import TestClient

from tests.web.test_changes import _login
from xietong.store import Store


class _Controls(HTMLParser):
    """The form controls of a page that have no accessible name, each as its tag and name."""

    def __init__(self) -> None:
        super().__init__()
        self.labels = 0  # labels open around what is read
        self.labelled: set[str] = set()  # ids a <label for> names
        self.controls: list[tuple[str, dict[str, str | None], bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "label":
            self.labels += 1
            if a.get("for"):
                self.labelled.add(a["for"] or "")
        elif tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit", "button"):
            self.controls.append((tag, a, self.labels > 0 or bool(a.get("aria-label")) or bool(a.get("title"))))

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.labels = max(0, self.labels - 1)

    def unnamed(self) -> list[str]:
        return [f"{tag} {a.get('name') or a.get('id')}" for tag, a, named in self.controls
                if not named and (a.get("id") or "") not in self.labelled]


def _unnamed(page: str) -> list[str]:
    p = _Controls()
    p.feed(page)
    return p.unnamed()


def test_every_form_control_has_a_name(client: TestClient, bundled: Store) -> None:
    [steel] = [a for a in client.get("/api/v1/alliances", params={"q": "钢铁"}).json()["items"]
               if a["name"] == "钢铁行业节能减排产业技术创新联盟"]
    org = client.get("/api/v1/organisations", params={"limit": 1}).json()["items"][0]
    public = ["/", "/alliances", "/orgs", "/network", "/map", "/match?q=钢铁", "/listings", "/brief", "/login",
              f"/alliances/{steel['id']}", f"/orgs/{org['id']}"]
    _login(client, bundled, "alice", "admin")
    signed_in = ["/import", "/review", "/merges", "/audit", "/account", "/admin/users", f"/alliances/{steel['id']}",
                 "/listings"]
    found = {path: _unnamed(client.get(path, headers={"Accept": "text/html"}).text) for path in public + signed_in}
    assert {path: names for path, names in found.items() if names} == {}
