"""Accounts: reads are anonymous; a write needs a signed-in editor and the
session's CSRF token; failed logins are rate-limited; changes are audited."""

from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient

from xietong import accounts, listings
from xietong.store import Store

PASSWORD = "correct-horse-battery"


@pytest.fixture
def offer(bundled: Store) -> str:
    accounts.add_user(bundled, "alice", PASSWORD, "editor")
    return listings.add(bundled, kind="科技成果", owner="北京工业大学", title="低碳冶炼新工艺", publish=True)["id"]


def _login(client: TestClient, password: str = PASSWORD) -> int:
    page = client.get("/login").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    return client.post("/login", data={"username": "alice", "password": password, "csrf": csrf}, follow_redirects=False).status_code


def _csrf(client: TestClient) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/listings").text).group(1)


def test_a_write_needs_login_and_csrf(client: TestClient, bundled: Store, offer: str) -> None:
    assert client.post(f"/listings/{offer}/interest", data={"note": "想合作"}).status_code == 401
    assert _login(client) == 303
    assert client.post(f"/listings/{offer}/interest", data={"note": "想合作"}).status_code == 403
    assert client.post(f"/listings/{offer}/interest", data={"note": "想合作", "csrf": "forged"}).status_code == 403
    r = client.post(f"/listings/{offer}/interest", data={"note": "想合作", "csrf": _csrf(client)}, follow_redirects=False)
    assert r.status_code == 303
    assert [(e["action"], e["actor"], e["note"]) for e in listings.show(bundled, offer)["log"]][-1] == ("interest", "alice", "想合作")
    entry = accounts.audit_log(bundled)[0]
    assert (entry["actor"], entry["action"], entry["target"]) == ("alice", "listing.interest", offer)


def test_session_cookie_is_httponly_and_samesite(client: TestClient, offer: str) -> None:
    page = client.get("/login")
    assert "httponly" in page.headers["set-cookie"].lower()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"username": "alice", "password": PASSWORD, "csrf": csrf}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "xt_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie


def test_login_without_its_csrf_token_is_refused(client: TestClient, offer: str) -> None:
    client.get("/login")
    assert client.post("/login", data={"username": "alice", "password": PASSWORD, "csrf": "x"}).status_code == 403


def test_failed_logins_are_rate_limited(client: TestClient, offer: str) -> None:
    for _ in range(accounts.MAX_FAILURES):
        assert _login(client, "wrong-password!") == 401
    assert _login(client) == 429  # even the right password, while locked


def test_passwords_are_hashed_and_sessions_end_with_a_new_password(bundled: Store, offer: str) -> None:
    from sqlalchemy import select

    from xietong.store.tables import account

    with bundled.engine.connect() as conn:
        stored = conn.execute(select(account.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2") and PASSWORD not in stored
    sess = accounts.login(bundled, "alice", PASSWORD)
    assert accounts.current(bundled, sess.token).user.username == "alice"
    accounts.set_password(bundled, "alice", "another-long-password")
    assert accounts.current(bundled, sess.token) is None


@pytest.mark.parametrize("args, message", [
    (("bob", "short", "editor"), "at least 10"), (("bob", PASSWORD, "king"), "role"), (("alice", PASSWORD, "editor"), "taken"),
])
def test_bad_accounts_are_refused(bundled: Store, offer: str, args: tuple, message: str) -> None:
    with pytest.raises(accounts.AccountError, match=message):
        accounts.add_user(bundled, *args)


def test_user_cli(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from xietong.cli import app

    runner = CliRunner()
    runner.invoke(app, ["init", "--db", db_url])
    monkeypatch.setenv("XIETONG_PASSWORD", PASSWORD)
    added = runner.invoke(app, ["user", "add", "carol", "--role", "admin", "--db", db_url])
    assert added.exit_code == 0 and added.stdout == "已新增用户 carol（admin）\n"
    changed = runner.invoke(app, ["user", "role", "carol", "editor", "--db", db_url], env={"XIETONG_LANG": "en"})
    assert changed.exit_code == 0 and changed.stdout == "carol is now editor\n"
    assert runner.invoke(app, ["user", "passwd", "carol", "--db", db_url]).stdout == "已更改 carol 的密码\n"
    bad = runner.invoke(app, ["user", "role", "nobody", "editor", "--db", db_url])
    assert bad.exit_code == 1 and "没有用户 'nobody'" in bad.stderr
    listed = json.loads(runner.invoke(app, ["user", "list", "--json", "--db", db_url]).stdout)
    assert [(u["username"], u["role"], u["sessions"]) for u in listed] == [("carol", "editor", 0)]
    assert runner.invoke(app, ["user", "list", "--db", db_url]).stdout.startswith("carol  editor  新增于 ")
    removed = runner.invoke(app, ["user", "remove", "carol", "--db", db_url])
    assert removed.exit_code == 0 and removed.stdout == "已删除用户 carol，其会话已全部结束\n"
    assert runner.invoke(app, ["user", "list", "--db", db_url]).stdout == "还没有用户（xietong user add 新增）\n"
    again = runner.invoke(app, ["user", "remove", "carol", "--db", db_url])
    assert again.exit_code == 1 and "没有用户 'carol'" in again.stderr


def test_a_removed_user_is_signed_out_and_cannot_sign_in(client: TestClient, bundled: Store, offer: str) -> None:
    sess = accounts.login(bundled, "alice", PASSWORD)
    assert [u["sessions"] for u in accounts.list_users(bundled) if u["username"] == "alice"] == [1]
    accounts.remove_user(bundled, "alice")
    assert accounts.current(bundled, sess.token) is None
    with pytest.raises(accounts.AccountError, match="wrong username or password"):
        accounts.login(bundled, "alice", PASSWORD)
    assert _login(client) == 401
    assert accounts.audit_log(bundled)[0]["action"] == "user.remove"


def test_interest_from_the_match_results(client: TestClient, bundled: Store, offer: str) -> None:
    page = client.get("/match", params={"q": "低碳冶炼", "kind": "listing"}).text
    assert "低碳冶炼新工艺" in page and f'action="/listings/{offer}/interest"' not in page  # signed out: no form
    _login(client)
    page = client.get("/match", params={"q": "低碳冶炼", "kind": "listing"}).text
    assert f'action="/listings/{offer}/interest"' in page
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    assert client.post(f"/listings/{offer}/interest", data={"note": "来自对接", "csrf": csrf},
                       follow_redirects=False).status_code == 303
    assert listings.show(bundled, offer)["log"][-1]["note"] == "来自对接"


def test_a_user_changes_their_own_password_and_their_other_sessions_end(client: TestClient, bundled: Store,
                                                                      offer: str) -> None:
    from xietong.web.app import create_app
    from xietong.web.settings import Settings

    assert client.get("/account", headers={"accept": "text/html"}).status_code == 401
    other = TestClient(create_app(Settings(db=bundled.url)))  # alice signed in elsewhere too
    for c in (client, other):
        page = c.get("/login").text
        token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        assert c.post("/login", data={"username": "alice", "password": PASSWORD, "csrf": token},
                      follow_redirects=False).status_code == 303
    page = client.get("/account").text
    assert 'id="account-who"' in page and "alice" in page and "编辑" in page and '<a href="/account" id="account-link">alice</a>' in page
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    new = "another-long-passphrase"

    def change(**form: str) -> tuple[int, str]:
        r = client.post("/account/password", data={"csrf": csrf, **form})
        found = re.search(r'<p class="error" id="account-error" role="alert">([^<]+)</p>', r.text)
        return r.status_code, found[1] if found else ""

    assert change(current=PASSWORD, new=new, again=new + "x") == (400, "密码：两次输入的新密码不一致")
    assert change(current=PASSWORD, new="short", again="short") == (400, "密码：至少 10 个字符")
    assert change(current="not-my-password", new=new, again=new) == (400, "当前密码不对")
    assert client.post("/account/password", data={"csrf": "forged", "current": PASSWORD, "new": new,
                                                  "again": new}).status_code == 403
    assert accounts.login(bundled, "alice", PASSWORD).user.username == "alice"  # nothing changed yet
    r = client.post("/account/password", data={"csrf": csrf, "current": PASSWORD, "new": new, "again": new})
    assert r.status_code == 200 and 'id="account-said"' in r.text
    assert client.get("/account").status_code == 200  # still signed in here
    assert other.get("/account", headers={"accept": "text/html"}).status_code == 401  # signed out elsewhere
    client.cookies.clear()
    assert _login(client, PASSWORD) == 401 and _login(client, new) == 303
    assert [(e["actor"], e["action"], e["target"]) for e in accounts.audit_log(bundled)][0] == ("alice", "user.passwd", "alice")


def test_guessing_the_current_password_locks_the_account_as_guessing_at_login_does(client: TestClient,
                                                                                   bundled: Store, offer: str) -> None:
    assert _login(client) == 303
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/account").text).group(1)
    codes = [client.post("/account/password", data={"csrf": csrf, "current": f"guess-{i:06d}", "new": "x" * 12,
                                                    "again": "x" * 12}).status_code for i in range(accounts.MAX_FAILURES + 1)]
    assert codes[:accounts.MAX_FAILURES] == [400] * accounts.MAX_FAILURES and codes[-1] == 429


def test_an_admin_manages_users_on_the_platform_and_an_editor_cannot(client: TestClient, bundled: Store,
                                                                   offer: str) -> None:
    from tests.web.test_changes import _login as login_as

    assert _login(client) == 303  # alice, an editor
    assert client.get("/admin/users", headers={"accept": "text/html"}).status_code == 403
    assert "/admin/users" not in client.get("/").text
    client.cookies.clear()
    csrf = login_as(client, bundled, "root", "admin")
    page = client.get("/admin/users").text
    assert '<a href="/admin/users"' in page and re.findall(r'<tr data-user="([^"]+)">', page) == ["alice", "root"]
    assert 'name="action" value="remove"' not in page.split('data-user="root"')[1].split("</tr>")[0]  # not oneself

    def post(**form: str) -> tuple[int, str]:
        r = client.post("/admin/users", data={"csrf": csrf, **form})
        said = re.search(r'<p (?:class="error" )?id="users-(?:said|error)"[^>]*>([^<]+)</p>', r.text)
        return r.status_code, html.unescape(said[1]) if said else ""

    assert client.post("/admin/users", data={"csrf": "forged", "action": "add", "username": "bob",
                                             "password": PASSWORD}).status_code == 403
    assert post(action="add", username="bob", password=PASSWORD, role="editor") == (200, "已新增用户 bob")
    assert post(action="add", username="bob", password=PASSWORD) == (400, "用户名 'bob' 已被占用")
    assert post(action="add", username="carol", password="short") == (400, "密码：至少 10 个字符")
    assert post(action="role", username="bob", role="admin")[0] == 200
    assert post(action="role", username="root", role="editor") == (400, "不能更改自己的角色")
    other = TestClient(client.app)
    page = other.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    other.post("/login", data={"username": "bob", "password": PASSWORD, "csrf": token})
    assert other.get("/account").status_code == 200
    assert post(action="password", username="bob", password="a-new-long-password")[0] == 200
    assert other.get("/account", headers={"accept": "text/html"}).status_code == 401  # bob's sessions ended
    assert post(action="remove", username="root") == (400, "不能删除自己")
    assert post(action="remove", username="bob") == (200, "已删除用户 bob")
    assert [u["username"] for u in accounts.list_users(bundled)] == ["alice", "root"]
    log = [(e["actor"], e["action"], e["target"]) for e in accounts.audit_log(bundled)[:4]]
    assert log == [("root", "user.remove", "bob"), ("root", "user.passwd", "bob"), ("root", "user.role", "bob"),
                   ("root", "user.add", "bob")]


def test_a_name_no_account_can_have_is_refused_not_an_error(client: TestClient, bundled: Store) -> None:
    """A NUL or a space in a username (PostgreSQL stores no NUL): adding such a user is refused
    with a reason, signing in as one is a wrong username, and nothing is stored."""
    from xietong.accounts import AccountError, add_user, login

    for name in ("a\x00b", "王 五", "tab\tname"):
        with pytest.raises(AccountError, match="no spaces or control characters"):
            add_user(bundled, name, "correct-horse-battery")
        with pytest.raises(AccountError, match="wrong username or password"):
            login(bundled, name, "correct-horse-battery")
    page = client.get("/login").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    r = client.post("/login", data={"username": "a\x00b", "password": "x", "csrf": csrf}, headers={"accept": "text/html"})
    assert r.status_code in (401, 403) and "Internal" not in r.text


def test_an_admin_downloads_the_whole_registry_and_it_reads_back(client: TestClient, bundled: Store, offer: str,
                                                                 tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An admin with no shell takes a lossless copy of the registry on the platform, as
    ``xietong export`` writes it; ``xietong import`` reads it back whole. The copy is logged."""
    from tests.web.test_changes import _login as login_as
    from xietong import registry
    from xietong.store import open_store

    assert client.get("/admin/export", headers={"accept": "text/html"}).status_code in (401, 403)  # no one signed in
    assert _login(client) == 303  # alice, an editor
    assert client.get("/admin/export").status_code == 403
    client.cookies.clear()
    login_as(client, bundled, "root", "admin")
    assert 'href="/admin/export?format=json"' in client.get("/admin/users").text
    r = client.get("/admin/export", params={"format": "json"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    assert re.search(r'filename="?xietong-registry-\d{4}-\d{2}-\d{2}\.json', r.headers["content-disposition"])
    (tmp_path / "copy.json").write_bytes(r.content)
    registry.export(bundled, "json", str(tmp_path / "direct.json"))
    assert r.content == (tmp_path / "direct.json").read_bytes()  # what the command line writes, byte for byte
    target = open_store(f"sqlite:///{tmp_path / 'back.sqlite'}", create=True)
    target.migrate()
    registry.import_paths(target, [str(tmp_path / "copy.json")])
    assert registry.list_entities(target, "alliance") == registry.list_entities(bundled, "alliance")
    target.dispose()
    book = client.get("/admin/export", params={"format": "xlsx"})
    assert book.status_code == 200 and book.content[:2] == b"PK"  # a workbook (a zip)
    assert client.get("/admin/export", params={"format": "exe"}).status_code == 422
    log = client.get("/audit").text
    assert log.count("导出登记簿") >= 2 and "root" in log
