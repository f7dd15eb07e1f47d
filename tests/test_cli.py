"""The command line's contract: command names, flags, JSON shapes and exit codes
that outside scripts rely on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import fingerprint
from tests.helpers import write_csv
from xietong.cli import app
from xietong.store import open_store

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_init_then_list_alliances_json(db_url: str) -> None:
    code, _, _ = run("init", "--db", db_url)
    assert code == 0
    code, stdout, _ = run("list", "alliances", "--json", "--db", db_url)
    assert code == 0
    items = json.loads(stdout)
    assert len(items) == 24
    for item in items:
        assert {"id", "name", "aliases", "type", "founded", "city", "initiators"} <= set(item)
    design = next(i for i in items if i["name"] == "京津冀设计产业联盟")
    assert design["initiator_count"] == 6


def test_init_again_finds_nothing_to_do_and_force_loads_and_derives_again(db_url: str) -> None:
    """The main job runs init at every start: with nothing changed since, it has nothing to do.
    After an edit past xietong (here, in SQL) ``--force`` puts the bundled facts back."""
    from sqlalchemy import delete

    from xietong.store.tables import statement

    run("init", "--db", db_url)
    code, stdout, _ = run("init", "--json", "--db", db_url)
    assert code == 0 and sum(json.loads(stdout)["added"].values()) == 0
    store = open_store(db_url)
    with store.engine.begin() as conn:
        gone = conn.execute(delete(statement).where(statement.c.dataset.like("seed:%"))).rowcount
    store.dispose()
    assert gone > 0
    code, stdout, _ = run("init", "--json", "--db", db_url)
    assert sum(json.loads(stdout)["added"].values()) == 0
    code, stdout, _ = run("init", "--force", "--json", "--db", db_url)
    assert code == 0 and json.loads(stdout)["added"]["statement"] == gone


def test_show_prints_source_passages(db_url: str) -> None:
    run("init", "--db", db_url)
    code, stdout, _ = run("show", "协同创新联盟", "--db", db_url)
    assert code == 0
    assert "由北京工业大学、天津工业大学、河北工业大学联合成立的协同创新联 盟" in stdout or "联合成立的协同创新联" in stdout
    code, stdout, _ = run("show", "协同创新联盟", "--json", "--db", db_url)
    doc = json.loads(stdout)
    doc = doc[0] if isinstance(doc, list) else doc
    assert all(m["passage"] for m in doc["members"] if m["dataset"].startswith("seed:"))


def test_show_tells_a_count_of_founders_from_a_count_of_members(db_url: str) -> None:
    """The seed says 六家单位联合发起 the design alliance: six founders, not six members."""
    run("init", "--db", db_url)
    _, stdout, _ = run("show", "京津冀设计产业联盟", "--db", db_url)
    assert "发起单位数量：6家单位" in stdout and "成员数量" not in stdout
    _, stdout, _ = run("show", "钢铁行业节能减排产业技术创新联盟", "--db", db_url)
    assert "成员数量：70余家钢铁企业" in stdout
    listed = run("list", "alliances", "--db", db_url)[1]
    assert "70余家钢铁" in listed  # the list says it as show does (cut to the column)


def test_show_says_why_a_rule_stated_a_fact_in_the_reader_s_language(db_url: str) -> None:
    """The classifier's evidence is kept as each fact's note: show gives it under the fact."""
    run("init", "--db", db_url)
    _, zh, _ = run("show", "钢铁行业节能减排产业技术创新联盟", "--db", db_url)
    assert "说明：置信度 0.95；「钢铁」在种子文献所列的钢铁行业中（产业类）" in zh
    _, en, _ = run("show", "钢铁行业节能减排产业技术创新联盟", "--lang", "en", "--db", db_url)
    assert "Note: confidence 0.95; 「钢铁」 is in the seed's list for steel (industry)" in en
    assert "cue for domain: strongly associated" in en  # the domain by its English name, not its code


def test_show_says_where_each_membership_and_count_was_read_and_when_members_joined(db_url: str, tmp_path: Path) -> None:
    """A membership read from a file has no passage: its file and row are said, as for any other fact."""
    run("init", "--db", db_url)
    alliances = write_csv(tmp_path / "a.csv", ["联盟名称", "牵头单位", "成员数量"], [["京津冀测试数据联盟", "北京甲研究院", "50余家"]])
    members = write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色", "加入时间", "退出时间"],
                        [["京津冀测试数据联盟", "天津乙大学", "成员", "2015年5月", ""],
                         ["京津冀测试数据联盟", "河北丙公司", "成员", "2015-06", "2017"]])
    assert run("import", str(alliances), str(members), "--db", db_url)[0] == 0
    _, zh, _ = run("show", "京津冀测试数据联盟", "--db", db_url)
    lines = zh.splitlines()
    after = {line.strip(): lines[i + 1].strip() for i, line in enumerate(lines[:-1])}
    assert after["牵头单位：北京甲研究院"] == "来源：a.csv · 第 2 行"
    assert after["成员数量：50余家"] == "来源：a.csv · 第 2 行"
    assert after["成员单位：天津乙大学（2015年5月起）"] == "来源：m.csv · 第 2 行"
    assert after["成员单位：河北丙公司（2015年6月至2017年）"] == "来源：m.csv · 第 3 行"
    _, en, _ = run("show", "京津冀测试数据联盟", "--lang", "en", "--db", db_url)
    assert "member: 天津乙大学 (since 2015-05)\n      Source: m.csv · row 2" in en
    # an organisation's alliances likewise
    _, org, _ = run("show", "河北丙公司", "--db", db_url)
    assert "联盟：京津冀测试数据联盟（成员单位）（2015年6月至2017年）\n      来源：m.csv · 第 3 行" in org


def test_show_lists_the_first_members_and_says_how_many_more(db_url: str, tmp_path: Path) -> None:
    """An alliance of thousands of members is shown with its first 50 (initiators and other roles
    first), and how many more; --all lists them all; --json always gives them all."""
    run("init", "--db", db_url)
    members = write_csv(tmp_path / "m.csv", ["联盟", "成员单位"],
                        [["京津冀设计产业联盟", f"列表测试{i:03d}公司"] for i in range(60)])
    assert run("import", str(members), "--db", db_url)[0] == 0
    code, out, _ = run("show", "京津冀设计产业联盟", "--db", db_url)
    doc = json.loads(run("show", "京津冀设计产业联盟", "--json", "--db", db_url)[1])
    total = len(doc["members"])
    assert code == 0 and total > 60
    shown = [line for line in out.splitlines() if re.match(r"  \S+单位：", line) or line.startswith("  成员：")]
    assert len(shown) == 50 and f"另有 {total - 50} 条未列出（--all 全部列出）" in out
    assert shown[0].startswith("  发起单位：")
    everything = run("show", "京津冀设计产业联盟", "--all", "--db", db_url)[1]
    assert all(f"列表测试{i:03d}公司" in everything for i in range(60)) and "未列出" not in everything


def test_stats_json_and_as_of(db_url: str) -> None:
    run("init", "--db", db_url)
    code, stdout, _ = run("stats", "--json", "--db", db_url)
    assert code == 0 and json.loads(stdout)["alliances"] == 24
    code, stdout, _ = run("stats", "--json", "--as-of", "2001-01", "--db", db_url)
    assert json.loads(stdout)["alliances"] == 0
    code, _, stderr = run("stats", "--as-of", "2001-13", "--db", db_url)
    assert code == 2 and "月份 13 超出范围" in stderr


def test_a_listing_as_of_a_date_before_the_first_record_says_why_it_is_empty(db_url: str) -> None:
    """A reader who asks for the alliances "as of 2015" wanted those founded by then: the empty
    listing says that --as-of reads when facts were recorded, and since when there are any."""
    run("init", "--db", db_url)
    code, stdout, stderr = run("list", "alliances", "--as-of", "2015年底", "--db", db_url)
    assert code == 0 and "京津冀" not in stdout
    assert re.search(r"--as-of 2015年底：登记簿的第一条记录写于 \d{4}-\d{2}-\d{2}；--as-of 读的是到那时已记录的登记簿", stderr)
    code, _, stderr = run("show", "京津冀设计产业联盟", "--as-of", "2015", "--lang", "en", "--db", db_url)
    assert code == 1 and "nothing named" in stderr and "not what had been founded by then" in stderr
    code, stdout, stderr = run("list", "alliances", "--as-of", "2999", "--db", db_url)
    assert code == 0 and stderr == ""
    code, stdout, stderr = run("list", "alliances", "--as-of", "2015", "--json", "--db", db_url)
    assert json.loads(stdout) == [] and stderr == ""  # JSON stays JSON, for scripts


def test_import_bad_file_exit_code_and_messages(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    f = write_csv(tmp_path / "bad.csv", ["名称", "所属省份"], [["甲公司", "火星"]])
    store = open_store(db_url)
    before = fingerprint(store)
    code, _, stderr = run("import", str(f), "--db", db_url)
    assert code == 1
    assert f"{f}:2:所属省份: 未知地区 '火星'" in stderr  # Chinese first
    code, _, stderr = run("import", str(f), "--db", db_url, "--lang", "en")
    assert code == 1 and f"{f}:2:所属省份: unknown region '火星'" in stderr
    assert fingerprint(store) == before


def test_import_dry_run_json(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    f = write_csv(tmp_path / "o.csv", ["名称", "所属省份"], [["北京工業大學", "北京"], ["廊坊某公司", "廊坊"]])
    code, stdout, _ = run("import", str(f), "--dry-run", "--json", "--db", db_url)
    doc = json.loads(stdout)
    assert code == 0 and doc["dry_run"] and doc["rows"] == {"orgs": 2}
    assert [m["name"] for m in doc["merges"]] == ["北京工業大學"]  # traditional script, same university
    # the report, for a reader: what each table gained and why records merged, in Chinese or English
    code, zh, _ = run("import", str(f), "--dry-run", "--db", db_url)
    assert code == 0 and "试运行（未写入）：机构 2" in zh and "新增 事实陈述：" in zh
    assert "（标准化名称相同「北京工业大学」）" in zh
    code, en, _ = run("import", str(f), "--dry-run", "--lang", "en", "--db", db_url)
    assert code == 0 and "orgs 2" in en and "added statement:" in en and "(same normalised name「北京工业大学」)" in en


def test_export_formats(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    for fmt, out in (("json", "d.json"), ("xlsx", "d.xlsx"), ("csv", "d")):
        code, _, _ = run("export", "--format", fmt, str(tmp_path / out), "--db", db_url)
        assert code == 0 and (tmp_path / out).exists()
    code, _, stderr = run("export", "--format", "pdf", str(tmp_path / "x"), "--db", db_url)
    assert code == 2


def test_merge_unmerge_different(db_url: str) -> None:
    run("init", "--db", db_url)
    code, stdout, _ = run("unmerge", "钢铁行业节能减排产业技术创新联盟", "京津冀钢铁行业节能减排产业技术创新联盟", "--db", db_url)
    assert code == 0
    _, stdout, _ = run("list", "alliances", "--json", "--db", db_url)
    assert len(json.loads(stdout)) == 25
    code, stdout, _ = run("merge", "钢铁行业节能减排产业技术创新联盟", "京津冀钢铁行业节能减排产业技术创新联盟", "--db", db_url)
    assert code == 0 and stdout.startswith("已合并：J")
    _, stdout, _ = run("list", "alliances", "--json", "--db", db_url)
    assert len(json.loads(stdout)) == 24
    code, _, stderr = run("merge", "不存在", "也不存在", "--db", db_url)
    assert code == 3 and "没有名为 '不存在' 的联盟或机构" in stderr
    english = runner.invoke(app, ["merge", "不存在", "也不存在", "--db", db_url], env={"XIETONG_LANG": "en"})
    assert english.exit_code == 3 and english.stderr == "error: nothing named '不存在'\n"


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    code, _, stderr = run("stats", "--db", str(tmp_path / "none.sqlite"))
    assert code == 3 and "xietong init" in stderr


def test_english_labels(db_url: str) -> None:
    run("init", "--db", db_url)
    _, zh, _ = run("stats", "--db", db_url)
    _, en, _ = run("stats", "--lang", "en", "--db", db_url)
    assert "联盟" in zh and "Alliances" in en
    assert "北京市 4，" in zh and "Beijing 4, " in en and "北京市" not in en  # places and separators in the reader's language


def test_console_script_runs(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "xietong"
    env = dict(os.environ, XIETONG_DB=f"sqlite:///{tmp_path / 'r.sqlite'}")
    subprocess.run([str(exe), "init"], check=True, env=env, capture_output=True)
    out = subprocess.run([str(exe), "list", "alliances", "--json"], check=True, env=env, capture_output=True)
    assert len(json.loads(out.stdout)) == 24


def test_log_and_undo_a_platform_change(db_url: str, tmp_path: Path) -> None:
    from xietong import accounts, review
    from xietong.text.pipeline import extract_path
    from xietong.undo import new_change

    run("init", "--db", db_url)
    store = open_store(db_url)
    (tmp_path / "n.txt").write_text("京津冀命令行撤销测试联盟近日在京成立。", encoding="utf-8")
    review.add_candidates(store, extract_path(str(tmp_path / "n.txt"), context_cluster="jingjinji"))
    [c] = review.list_candidates(store)
    change = new_change()
    review.accept(store, c["id"], by="alice", change=change)
    with store.engine.begin() as conn:  # as the web platform records it
        accounts.record(conn, "alice", "review.accept", c["id"], {"status": "pending"},
                        {"status": "accepted", "version": 2, "change": change})
    code, stdout, _ = run("log", "--json", "--db", db_url)
    [entry] = [e for e in json.loads(stdout) if e["action"] == "review.accept"]
    assert run("list", "alliances", "--json", "--db", db_url)[1].count("命令行撤销测试") == 1
    code, stdout, _ = run("undo", entry["id"][:10], "--db", db_url)
    assert code == 0 and "已撤销：接受待审记录" in stdout
    assert "命令行撤销测试" not in run("list", "alliances", "--json", "--db", db_url)[1]
    code, _, stderr = run("undo", entry["id"], "--db", db_url)
    assert code == 1 and "这项更改已经撤销" in stderr
    assert "接受待审记录（已撤销）" in run("log", "--db", db_url)[1]  # what was done, in the reader's language
    assert "accepted a candidate (undone)" in run("log", "--lang", "en", "--db", db_url)[1]
    assert run("undo", "nonexistent", "--db", db_url)[0] == 1


def test_an_import_from_the_command_line_is_logged_and_can_be_undone(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间"], [["京津冀命令行导入测试联盟", "2016-05"]])
    code, _, _ = run("import", str(tmp_path / "a.csv"), "--dry-run", "--db", db_url)
    assert code == 0
    assert [e for e in json.loads(run("log", "--json", "--db", db_url)[1]) if e["action"] == "import"] == []
    code, _, _ = run("import", str(tmp_path / "a.csv"), "--as", "carol", "--db", db_url)
    assert code == 0
    [entry] = [e for e in json.loads(run("log", "--json", "--db", db_url)[1]) if e["action"] == "import"]
    assert entry["actor"] == "cli:carol" and entry["target"] == "a.csv"
    run("import", str(tmp_path / "a.csv"), "--db", db_url)  # again: nothing changes, nothing logged
    assert len([e for e in json.loads(run("log", "--json", "--db", db_url)[1]) if e["action"] == "import"]) == 1
    assert "命令行导入测试" in run("list", "alliances", "--json", "--db", db_url)[1]
    code, stdout, _ = run("undo", entry["id"][:12], "--db", db_url)
    assert code == 0 and "已撤销：导入" in stdout
    assert "命令行导入测试" not in run("list", "alliances", "--json", "--db", db_url)[1]


def test_decisions_made_on_the_command_line_are_logged_and_can_be_undone(db_url: str, tmp_path: Path) -> None:
    """Accepting and rejecting review candidates, merging and judging different: in the change log
    under the person's name, as on the platform, and undone from there."""
    from xietong import review
    from xietong.store.db import open_store
    from xietong.text.pipeline import extract_path

    run("init", "--db", db_url)
    store = open_store(db_url)
    (tmp_path / "n.txt").write_text("京津冀钢材物流协作联盟近日在京成立。京津冀花卉园艺推广联盟在天津成立。京津冀冰雪旅游联盟在张家口成立。", encoding="utf-8")
    review.add_candidates(store, extract_path(str(tmp_path / "n.txt"), context_cluster="jingjinji"))
    ids = {c["record"]["alliance"]: c["id"] for c in review.list_candidates(store)}
    accepted = run("review", "accept", ids["京津冀钢材物流协作联盟"][:10], "--as", "alice", "--json", "--db", db_url)
    assert accepted[0] == 0 and json.loads(accepted[1])["alliance_id"].startswith("A")  # its JSON as before
    edited = run("review", "edit", ids["京津冀冰雪旅游联盟"][:10], "--set", "founded=2016年5月", "--as", "alice",
                 "--db", db_url)
    assert edited[0] == 0, edited[2]
    assert run("review", "reject", ids["京津冀花卉园艺推广联盟"][:10], "--as", "alice", "--db", db_url)[0] == 0
    orgs = json.loads(run("list", "orgs", "--json", "--db", db_url)[1])
    assert run("merge", orgs[0]["id"], orgs[1]["id"], "--as", "bob", "--db", db_url)[0] == 0
    log = json.loads(run("log", "--json", "--db", db_url)[1])
    assert [(e["action"], e["actor"]) for e in log[:4]] == [("merge", "cli:bob"), ("review.reject", "cli:alice"),
                                                            ("review.edit", "cli:alice"), ("review.accept", "cli:alice")]
    assert json.loads(run("review", "show", ids["京津冀冰雪旅游联盟"][:10], "--json", "--db", db_url)[1])["record"]["founded"] == "2016-05"
    for entry in log[:4]:  # newest first, each undone
        code, out, err = run("undo", entry["id"], "--db", db_url)
        assert code == 0, err
    assert len(json.loads(run("list", "orgs", "--json", "--db", db_url)[1])) == len(orgs)
    assert "钢材物流协作" not in run("list", "alliances", "--json", "--db", db_url)[1]
    back = {c["record"]["alliance"]: c for c in review.list_candidates(store)}
    assert set(back) == set(ids) and back["京津冀冰雪旅游联盟"]["edited"] is None  # all back, the edit undone too
    store.dispose()


def test_list_pages_through_the_registry(db_url: str) -> None:
    run("init", "--db", db_url)
    whole = json.loads(run("list", "orgs", "--json", "--db", db_url)[1])
    assert len(whole) > 10
    page = json.loads(run("list", "orgs", "--json", "--limit", "4", "--offset", "3", "--db", db_url)[1])
    assert page == whole[3:7]
    run("merge", whole[1]["name"], whole[2]["name"], "--db", db_url)  # two become one, listed once
    after = json.loads(run("list", "orgs", "--json", "--db", db_url)[1])
    assert len(after) == len(whole) - 1
    assert json.loads(run("list", "orgs", "--json", "--limit", "3", "--db", db_url)[1]) == after[:3]
    assert json.loads(run("list", "orgs", "--json", "--offset", str(len(after) - 1), "--db", db_url)[1]) == after[-1:]
    assert json.loads(run("list", "alliances", "--json", "--offset", "999999", "--db", db_url)[1]) == []
    code, _, stderr = run("list", "orgs", "--limit", "-1", "--db", db_url)
    assert code != 0 and "不能为负数" in stderr


def test_a_json_listing_printed_as_it_is_read_is_the_json_of_the_whole_list(db_url: str) -> None:
    """Byte for byte what printing the whole list at once gives, for the whole registry, a page and none."""
    from xietong import registry

    run("init", "--db", db_url)
    store = open_store(db_url)
    for kind, args in (("org", []), ("org", ["--limit", "5", "--offset", "2"]), ("alliance", []),
                       ("org", ["--offset", "999999"])):
        whole = registry.list_entities(store, kind, limit=int(args[1]) if args else None,
                                       offset=int(args[-1]) if args else 0)
        code, stdout, _ = run("list", f"{kind}s", "--json", *args, "--db", db_url)
        assert code == 0 and stdout == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    assert run("list", "orgs", "--json", "--offset", "999999", "--db", db_url)[1] == "[]\n"


def test_tables_speak_the_readers_language(db_url: str) -> None:
    run("init", "--db", db_url)
    _, zh, _ = run("list", "orgs", "--db", db_url)
    _, en, _ = run("list", "orgs", "--lang", "en", "--db", db_url)
    assert "科研院所" in zh and "research_institute" not in zh  # kinds by their label, not their id
    assert "research institute" in en
    assert "Beijing" in en and "Beijing" not in zh  # provinces by name in the reader's language
    _, zh_a, _ = run("list", "alliances", "--db", db_url)
    assert "2006年4月" in zh_a and "2006-04" not in zh_a
    assert "变更日志为空" in run("log", "--db", db_url)[1]
    assert "the change log is empty" in run("log", "--lang", "en", "--db", db_url)[1]


def test_a_long_listing_is_printed_as_aligned_lines_holding_what_the_table_holds(
        db_url: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Past a number of rows a listing is plain lines, not a boxed table (which took minutes at
    200,000 organisations): a header, then a row per entry, columns aligned by display width.
    Either way a name is printed as written, brackets and all, never read as markup."""
    from rich.cells import cell_len

    run("init", "--db", db_url)
    names = ["京[b]括号测试公司", "[red]标记测试研究院", "长" * 60 + "名称测试公司"]
    write_csv(tmp_path / "orgs.csv", ["名称", "机构类型", "所属省份"], [[n, "企业", "北京"] for n in names])
    assert run("import", str(tmp_path / "orgs.csv"), "--db", db_url)[0] == 0
    whole = json.loads(run("list", "orgs", "--json", "--db", db_url)[1])
    _, boxed, _ = run("list", "orgs", "--db", db_url)
    monkeypatch.setattr("xietong.cli.BOXED_ROWS", 3)
    _, plain, _ = run("list", "orgs", "--db", db_url)
    _, plain_en, _ = run("list", "orgs", "--lang", "en", "--db", db_url)
    for n in names[:2]:
        assert n in boxed and n in plain
    lines = plain.splitlines()
    assert lines[0].split() == ["名称", "机构类型", "所属省份", "所在地", "联盟"]
    assert plain_en.splitlines()[0].split() == ["Name", "Kind", "Province", "Seat", "Alliances"]
    assert set(lines[1]) <= {"-", " "}
    assert [line.split("  ")[0].rstrip() for line in lines[2:]] == [o["name"] for o in whole]
    # the second column starts at one display position on every row, but where a name is longer than the limit
    starts = {cell_len(line) - cell_len(line[len(name):].lstrip())
              for line, name in zip(lines[2:], [o["name"] for o in whole], strict=True) if cell_len(name) <= 40}
    assert len(starts) == 1
    row = next(line for line in lines if line.startswith("京[b]括号测试公司"))
    assert row.split()[1:] == ["企业", "北京市", "—", "0"]


def test_analyze_summarises_in_the_readers_language(db_url: str) -> None:
    run("init", "--db", db_url)
    result = json.loads(run("analyze", "--json", "--db", db_url)[1])
    led, cov = result["lead"], result["coverage"]
    _, zh, _ = run("analyze", "--db", db_url)
    _, en, _ = run("analyze", "--lang", "en", "--db", db_url)
    assert f"北京引领（北京单位发起、牵头、任理事长单位或秘书处）：{led['led']} 个（占 {led['led_share']:.1%}）" in zh  # shares as percentages
    assert f"已知成员的 {cov['full'] + cov['partial']} 个联盟中有 {cov['full']} 个" in zh
    assert "Beijing-led" not in zh and "network:" not in zh
    assert f"Beijing-led (a Beijing initiator, lead, chair or secretariat): {led['led']} " in en
    assert "Beijing–Tianjin:" in en and "北京市" not in en


def test_list_alliances_of_one_city_cluster(db_url: str) -> None:
    """As the directory filters: an alliance's stated cluster, else the one its name begins with; paged after."""
    run("init", "--db", db_url)
    every = json.loads(run("list", "alliances", "--json", "--db", db_url)[1])
    code, stdout, _ = run("list", "alliances", "--cluster", "京津冀", "--json", "--db", db_url)
    bth = json.loads(stdout)
    assert code == 0 and "京津冀体育产业联盟" in {a["name"] for a in bth}  # no stated cluster: its name's
    assert "中国环渤海主流媒体联盟" not in {a["name"] for a in bth} and 15 <= len(bth) < len(every)
    page = json.loads(run("list", "alliances", "--cluster", "jingjinji", "--offset", "2", "--limit", "3", "--json",
                          "--db", db_url)[1])
    assert page == bth[2:5]
    assert json.loads(run("list", "alliances", "--cluster", "成渝", "--json", "--db", db_url)[1]) == []
    assert run("list", "orgs", "--cluster", "京津冀", "--db", db_url)[0] == 2
    assert run("list", "alliances", "--cluster", "火星群", "--db", db_url)[0] == 2


def test_alliances_imported_for_a_city_cluster_are_that_cluster_s(db_url: str, tmp_path: Path) -> None:
    """`import --cluster 长三角`: a name written without its cluster is read as 长三角's, and so the alliance is
    stated to be 长三角's (noted as given at import), listed with that cluster as the directory lists it. A name
    that says its own cluster, or a row with a cluster column, is as written."""
    run("init", "--db", db_url)
    f = tmp_path / "a.csv"
    f.write_text("联盟名称,城市群\n测试芯片封装联盟,\n京津冀测试芯片设计联盟,\n测试芯片材料联盟,成渝\n", encoding="utf-8")
    assert run("import", str(f), "--cluster", "长三角", "--db", db_url)[0] == 0
    listed = {a["name"]: a["cluster"] for a in json.loads(run("list", "alliances", "--json", "--db", db_url)[1])}
    assert (listed["测试芯片封装联盟"], listed["京津冀测试芯片设计联盟"], listed["测试芯片材料联盟"]) == (
        "yangtze_delta", None, "chengyu")
    yrd = {a["name"] for a in json.loads(run("list", "alliances", "--cluster", "长三角", "--json", "--db", db_url)[1])}
    assert "测试芯片封装联盟" in yrd and "京津冀测试芯片设计联盟" not in yrd
    shown = run("show", "测试芯片封装联盟", "--lang", "en", "--db", db_url)[1]
    assert "city cluster: Yangtze River Delta" in shown and "given for names written without one" in shown
    assert run("import", str(f), "--cluster", "长三角", "--json", "--db", db_url)[1].count('"added": {}') == 1


def test_a_deployment_names_its_home_city_cluster_for_readings_of_the_whole_registry(db_url: str, tmp_path: Path) -> None:
    """``XIETONG_CLUSTER``: the whole registry is read with that cluster's places (no source names
    a leader of 长三角, so no lead is reckoned); one that is no cluster is a usage error naming it."""
    run("init", "--db", db_url)
    home = runner.invoke(app, ["analyze", "--json", "--db", db_url], env={"XIETONG_CLUSTER": "长三角"})
    result = json.loads(home.stdout)
    assert result["cluster"]["id"] == "yangtze_delta" and not result["cluster"]["scoped"] and result["lead"] is None
    assert result["formation"]["total"] == json.loads(run("analyze", "--json", "--db", db_url)[1])["formation"]["total"]
    said = runner.invoke(app, ["analyze", "--db", db_url], env={"XIETONG_CLUSTER": "长三角"}).stdout
    assert "没有指明长三角的联盟由哪一地引领" in said and "覆盖上海、江苏、浙江、安徽四地" in said
    out = tmp_path / "b.md"
    assert runner.invoke(app, ["report", "--format", "md", "-o", str(out), "--db", db_url],
                         env={"XIETONG_CLUSTER": "yangtze_delta"}).exit_code == 0
    assert "北京的引领" not in out.read_text(encoding="utf-8")
    for command in (["analyze"], ["report", "-o", str(tmp_path / "x.md")], ["serve", "--port", "1"], ["extract", "-"]):
        bad = runner.invoke(app, [*command, "--db", db_url], env={"XIETONG_CLUSTER": "火星群"})
        assert bad.exit_code == 2 and "XIETONG_CLUSTER：未知城市群 '火星群'（可选：京津冀 (jingjinji)" in bad.stderr
    assert not (tmp_path / "x.md").exists()
    (tmp_path / "r.txt").write_text("设计产业联盟近日在上海成立，成员单位达20余家。", encoding="utf-8")
    read = runner.invoke(app, ["extract", str(tmp_path / "r.txt"), "--json"], env={"XIETONG_CLUSTER": "长三角"})
    assert json.loads(read.stdout.splitlines()[0])["cluster"] == "yangtze_delta"  # a name written without one: the home's
    read = runner.invoke(app, ["extract", str(tmp_path / "r.txt"), "--json", "--cluster", "京津冀"],
                         env={"XIETONG_CLUSTER": "长三角"})
    assert json.loads(read.stdout.splitlines()[0])["cluster"] == "jingjinji"
    write_csv(tmp_path / "a.csv", ["联盟名称", "类型"], [["长三角测试集成电路联盟", "产业类"]])
    write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["测试集成电路联盟", "上海测试公司"]])
    run("import", str(tmp_path / "a.csv"), "--db", db_url)
    assert run("import", str(tmp_path / "m.csv"), "--db", db_url)[0] == 1  # no home named: no such alliance
    home = runner.invoke(app, ["import", str(tmp_path / "m.csv"), "--db", db_url], env={"XIETONG_CLUSTER": "长三角"})
    assert home.exit_code == 0  # a name written without its cluster is the home cluster's alliance
    bad = runner.invoke(app, ["serve", "--cluster", "火星群", "--db", db_url], env={"XIETONG_CLUSTER": "长三角"})
    assert bad.exit_code == 2 and "--cluster：未知城市群 '火星群'" in bad.stderr  # given, the flag is what is named


def test_analyze_with_recorded_events_summarises_activity(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    write_csv(tmp_path / "events.csv", ["联盟", "日期", "活动类型", "标题"],
              [["钢铁行业节能减排产业技术创新联盟", "2015-01", "理事会", "第一次理事会"],
               ["钢铁行业节能减排产业技术创新联盟", "2015-05", "签约", "与迁安市签约"]])
    assert run("import", str(tmp_path / "events.csv"), "--db", db_url)[0] == 0
    act = json.loads(run("analyze", "--json", "--db", db_url)[1])["activity"]
    code, zh, _ = run("analyze", "--db", db_url)
    assert code == 0 and f"活跃度：{act['scored']} 个联盟有活动记录" in zh
    assert act["scored"] == 1 and "activity: 1 alliance with recorded events" in run("analyze", "--lang", "en", "--db", db_url)[1]


def test_show_names_properties_and_values_for_readers(db_url: str) -> None:
    run("init", "--db", db_url)
    a = json.loads(run("show", "京津冀产权市场发展联盟", "--json", "--db", db_url)[1])
    assert a["city"] == "110000"
    _, zh, _ = run("show", "京津冀产权市场发展联盟", "--db", db_url)
    _, en, _ = run("show", "京津冀产权市场发展联盟", "--lang", "en", "--db", db_url)
    assert "成立地点：北京市" in zh and "city: 110000" not in zh
    assert "founded in: Beijing" in en
    founded = json.loads(run("show", "中国环渤海主流媒体联盟", "--json", "--db", db_url)[1])["founded"]
    year, month = founded.split("-")  # a month-precise date, shown to its precision
    assert f"成立时间：{year}年{int(month)}月" in run("show", "中国环渤海主流媒体联盟", "--db", db_url)[1]
    assert f"founded: {founded}" in run("show", "中国环渤海主流媒体联盟", "--lang", "en", "--db", db_url)[1]
    # where each fact was read, in the reader's language
    assert re.search(r"来源：以联盟为纽带和载体.* · 第 \d+–\d+ 字", zh) and re.search(r" · chars \d+-\d+", en)
    assert "来源：按种子文献的分类体系自动分类（xietong.classify） · 名称" in zh
    assert "Source: classified by the seed's taxonomy (xietong.classify) · name" in en


def test_classify_says_its_evidence_in_the_readers_language() -> None:
    code, zh, _ = run("classify", "中医药产业创新战略联盟")
    assert code == 0 and "中医药产业创新战略联盟：社会事业类 · 中医药" in zh
    assert "名称：「中医药」在种子文献所列的中医药行业中（社会事业类）" in zh
    code, en, _ = run("classify", "中医药产业创新战略联盟", "--lang", "en")
    assert code == 0 and "name: 「中医药」 is in the seed's list for 中医药 (social)" in en
    code, doc, _ = run("classify", "中医药产业创新战略联盟", "--json")
    assert code == 0 and json.loads(doc)["type"] == "social"


def test_an_unknown_language_is_a_usage_error_on_every_command(db_url: str) -> None:
    run("init", "--db", db_url)
    for args in (["stats"], ["show", "钢铁"], ["list", "alliances"], ["classify", "甲联盟"]):
        code, _, stderr = run(*args, "--lang", "xx", "--db", db_url) if args[0] != "classify" else run(*args, "--lang", "xx")
        assert code == 2 and "--lang：应为 zh 或 en，实际为 'xx'" in stderr, args


def test_review_and_listing_lists_speak_the_reader_s_language(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    assert run("review", "list", "--db", db_url)[1].strip() == "没有记录"
    news = tmp_path / "news.txt"
    news.write_text("2015年4月，北京工业大学、天津工业大学、河北工业大学在天津成立京津冀命令行审核测试联盟，成员单位60余家。",
                    encoding="utf-8")
    assert run("extract", str(news), "--commit", "--db", db_url)[0] == 0
    code, stdout, _ = run("review", "list", "--db", db_url)
    assert code == 0 and "待审 · 京津冀命令行审核测试联盟" in stdout and "成立时间：2015年4月" in stdout and "成立地点：天津市" in stdout and "依据：「" in stdout
    assert "成员数量：60余家" in stdout  # the count as it is said, its qualifier kept
    english = runner.invoke(app, ["review", "list", "--db", db_url], env={"XIETONG_LANG": "en"}).stdout
    assert "pending · 京津冀命令行审核测试联盟" in english and "founded: 2015-04" in english and "city: Tianjin" in english
    code, _, _ = run("listing", "add", "--kind", "技术需求", "--owner", "北京工业大学", "--title", "需求[一]", "--publish",
                     "--db", db_url)
    assert code == 0
    code, stdout, _ = run("listing", "list", "--db", db_url)
    assert "技术需求 · 已发布 · v1 · 需求[一] · 北京工业大学" in stdout  # brackets in a title are text, not markup
    lid = json.loads(run("listing", "list", "--json", "--db", db_url)[1])[0]["id"]
    assert " 创建 " in run("listing", "show", lid, "--db", db_url)[1]
    english = runner.invoke(app, ["listing", "show", lid, "--db", db_url], env={"XIETONG_LANG": "en"}).stdout
    assert "technology need · published" in english and " created " in english


def test_an_export_with_a_title_above_its_header_imports_and_says_so(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    path = tmp_path / "名录.csv"
    path.write_bytes("京津冀产业联盟名录（2016年）,,\n联盟名称,成立时间,类型\n京津冀标题行测试联盟,二〇一五年四月,产业类\n"
                     .encode("gbk"))
    code, stdout, stderr = run("import", str(path), "--db", db_url)
    assert code == 0, stderr
    assert "表头在第 2 行，其上各行未导入：'京津冀产业联盟名录（2016年）'" in stderr
    [item] = [a for a in json.loads(run("list", "alliances", "--json", "--db", db_url)[1]) if a["name"] == "京津冀标题行测试联盟"]
    assert item["founded"] == "2015-04"
    bad = tmp_path / "bad.csv"
    bad.write_bytes("京津冀产业联盟名录,,\n联盟名称,成立时间,类型\n京津冀标题行测试二联盟,2015-13,产业类\n".encode("gbk"))
    before = fingerprint(open_store(db_url))
    code, _, stderr = run("import", str(bad), "--db", db_url)
    assert code == 1 and f"{bad}:3:成立时间" in stderr  # the file's own row number
    assert fingerprint(open_store(db_url)) == before


def test_council_roles_of_a_chinese_member_list_are_read(db_url: str, tmp_path: Path) -> None:
    """理事长、副理事长、常务理事、理事、监事 and 副秘书长单位: the tiers member lists are written in."""
    run("init", "--db", db_url)
    roles = {"理事长单位": "chair", "副理事长单位": "vice_chair", "常务理事单位": "standing_council", "理事单位": "council",
             "监事单位": "supervisor", "副秘书长单位": "vice_secretariat", "会员单位": "member"}
    rows = [["京津冀设计产业联盟", f"理事会测试机构{i}", role] for i, role in enumerate(roles)]
    code, _, stderr = run("import", str(write_csv(tmp_path / "理事会.csv", ["联盟", "成员单位", "角色"], rows)), "--db", db_url)
    assert code == 0, stderr
    doc = json.loads(run("show", "京津冀设计产业联盟", "--json", "--db", db_url)[1])
    doc = doc[0] if isinstance(doc, list) else doc
    stored = {m["org"]: m["role"] for m in doc["members"] if m["org"].startswith("理事会测试机构")}
    assert stored == {f"理事会测试机构{i}": role for i, role in enumerate(roles.values())}
    shown = run("show", "京津冀设计产业联盟", "--db", db_url)[1]
    assert "副理事长单位：理事会测试机构1" in shown and "监事单位：理事会测试机构4" in shown
    assert shown.index("理事长单位：理事会测试机构0") < shown.index("副理事长单位：理事会测试机构1") < shown.index("理事单位：理事会测试机构3")
    bad = write_csv(tmp_path / "bad.csv", ["联盟", "成员单位", "角色"], [["京津冀设计产业联盟", "某机构", "吉祥物"]])
    code, _, stderr = run("import", str(bad), "--db", db_url)
    assert code == 1 and "未知角色 '吉祥物'" in stderr and "member (成员单位)" in stderr


def test_show_an_organisation_with_its_facts_and_its_alliances(db_url: str) -> None:
    """河北工业大学 belongs to Hebei and sits in Tianjin, and initiated 协同创新联盟 (the seed says so)."""
    run("init", "--db", db_url)
    code, stdout, stderr = run("show", "河北工业大学", "--db", db_url)
    assert code == 0, stderr
    assert "机构类型：高校" in stdout and "所属省份：河北省" in stdout and "所在地：天津市" in stdout
    assert "联盟：协同创新联盟（发起单位）" in stdout
    doc = json.loads(run("show", "河北工业大学", "--json", "--db", db_url)[1])
    doc = doc[0] if isinstance(doc, list) else doc
    assert doc["entity"] == "org" and {"alliance_id", "alliance", "role"} <= set(doc["memberships"][0])
    assert "协同创新联盟" in {m["alliance"] for m in doc["memberships"]}


def test_an_output_path_that_cannot_be_written_is_a_clear_error(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    blocked = tmp_path / "a-file" / "out"  # under a file: no folder can be made there
    for args in (["export", "--format", "csv", str(blocked)], ["report", "--format", "html", "-o", str(blocked / "b.html")]):
        code, _, stderr = run(*args, "--db", db_url)
        assert code == 1 and "错误：" in stderr and "Traceback" not in stderr, args


def test_a_database_url_naming_a_file_that_is_no_database_is_a_clear_error(tmp_path: Path) -> None:
    """--db pointed at a spreadsheet by mistake: said so, and the file is left as it was."""
    sheet = write_csv(tmp_path / "名录.csv", ["联盟名称"], [["京津冀甲联盟"]])
    before = sheet.read_bytes()
    for command in (["init"], ["stats"], ["list", "alliances"], ["import", str(sheet)]):
        code, _, stderr = run(*command, "--db", f"sqlite:///{sheet}")
        assert code == 3 and "不是 SQLite 数据库文件" in stderr and "Traceback" not in stderr, command
    assert sheet.read_bytes() == before


def test_match_ranks_alliances_and_organisations_with_reasons_in_the_readers_language(db_url: str) -> None:
    run("init", "--db", db_url)
    code, zh, _ = run("match", "降低钢铁生产能耗", "--db", db_url)
    assert code == 0
    ranked = re.findall(r"^(\d+)\. (.+) \((联盟|机构)\) (\d\.\d{3})$", zh, re.M)
    assert ranked and ranked[0][0] == "1" and "钢铁" in ranked[0][1]
    assert [float(r[3]) for r in ranked] == sorted((float(r[3]) for r in ranked), reverse=True)
    assert "     · " in zh  # each with its reasons
    doc = json.loads(run("match", "降低钢铁生产能耗", "--json", "--db", db_url)[1])
    assert [d["name"] for d in doc][: len(ranked)] == [r[1] for r in ranked]
    _, en, _ = run("match", "降低钢铁生产能耗", "--lang", "en", "--db", db_url)
    assert re.search(r"^1\. .+ \((alliance|organisation)\) \d\.\d{3}$", en, re.M)
    from xietong import listings
    from xietong.store.db import open_store

    store = open_store(db_url)
    listings.add(store, kind="科技成果", owner="北京工业大学", title="低碳冶炼新工艺", text="钢铁生产节能降耗", publish=True)
    store.dispose()
    offers = run("match", "降低钢铁生产能耗", "--kind", "listing", "--db", db_url)[1]
    assert re.search(r"^1\. 低碳冶炼新工艺 \(供需信息\) \d\.\d{3}$", offers, re.M)  # a listing, not an organisation
    _, none, _ = run("match", "量子引力弦论", "--kind", "alliance", "--db", db_url)
    said, hint = none.strip().splitlines()
    assert said == "没有找到相关的联盟或机构" and "行业" in hint and "合作方式" in hint  # and how to ask again


def test_facts_and_members_entered_by_hand_from_the_command_line(db_url: str) -> None:
    run("init", "--db", db_url)
    code, out_, err_ = run("state", "京津冀设计产业联盟", "founded", "2015年5月", "--cite", "《天津日报》2016年5月2日",
                           "--passage", "2015年5月成立", "--as", "alice", "--db", db_url)
    assert code == 0 and "已录入：founded = 2015-05" in out_, err_
    shown = run("show", "京津冀设计产业联盟", "--db", db_url)[1]
    assert "成立时间：2015年5月\n      来源：《天津日报》2016年5月2日\n      原文：「2015年5月成立」\n      说明：由 cli:alice 录入" in shown
    code, _, err_ = run("state", "京津冀设计产业联盟", "founded", "2015年13月", "--cite", "x", "--db", db_url)
    assert code == 1 and "成立时间：无法识别日期" in err_
    code, _, err_ = run("state", "京津冀设计产业联盟", "city", "天津", "--db", db_url)
    assert code == 1 and "请说明出处" in err_
    code, out_, _ = run("add-member", "京津冀设计产业联盟", "北京工业大学", "--role", "secretariat", "--since", "2016",
                        "--url", "https://example.org/x", "--as", "alice", "--db", db_url)
    assert code == 0 and "已录入成员：北京工业大学" in out_
    assert "秘书处：北京工业大学（2016年起）" in run("show", "京津冀设计产业联盟", "--db", db_url)[1]
    code, _, err_ = run("add-member", "北京工业大学", "北京大学", "--cite", "x", "--db", db_url)
    assert code != 0  # an organisation is not an alliance
    log = json.loads(run("log", "--json", "--db", db_url)[1])
    assert [(e["action"], e["actor"]) for e in log[:2]] == [("fact.member", "cli:alice"), ("fact.state", "cli:alice")]
    for e in log[:2]:
        assert run("undo", e["id"], "--db", db_url)[0] == 0
    doc = json.loads(run("show", "京津冀设计产业联盟", "--json", "--db", db_url)[1])
    doc = doc[0] if isinstance(doc, list) else doc
    assert doc["founded"] is None and not [m for m in doc["members"] if m["role"] == "secretariat"]
    assert "成立时间：2015年5月（被取代于" in run("show", "京津冀设计产业联盟", "--db", db_url)[1]  # kept as history


def test_a_new_alliance_or_organisation_is_registered_from_the_command_line(db_url: str) -> None:
    """register alliance|org NAME with where it is stated; a name the registry holds is refused naming
    its record, in the reader's language; --cluster states the cluster of a name written without one."""
    run("init", "--db", db_url)
    code, out_, err_ = run("register", "alliance", "京津冀命令行登记测试联盟", "--cite", "《联盟成立公告》", "--as", "alice",
                           "--db", db_url)
    assert code == 0 and out_.startswith("已登记：京津冀命令行登记测试联盟（A"), err_
    assert "来源：《联盟成立公告》" in run("show", "京津冀命令行登记测试联盟", "--db", db_url)[1]
    code, _, err_ = run("register", "alliance", "京津冀设计产业联盟", "--cite", "x", "--db", db_url)
    assert code == 1 and "登记簿中已有：京津冀设计产业联盟（A" in err_
    code, out_, _ = run("register", "alliance", "命令行登记无前缀联盟", "--cluster", "长三角", "--url", "https://example.org/a",
                        "--json", "--db", db_url)
    assert code == 0 and json.loads(out_)["cluster"] == "yangtze_delta"
    code, out_, _ = run("register", "org", "天津命令行登记测试有限公司", "--cite", "x", "--json", "--db", db_url)
    assert code == 0 and json.loads(out_)["kind"] == "org"
    assert run("register", "union", "某某", "--cite", "x", "--db", db_url)[0] == 2
    assert run("register", "alliance", "京津冀无出处登记联盟", "--db", db_url)[0] == 1
    log = json.loads(run("log", "--json", "--db", db_url)[1])
    assert [e["action"] for e in log[:3]] == ["entity.register"] * 3


def test_the_evaluate_commands_report_in_the_reader_s_language(db_url: str, tmp_path: Path) -> None:
    """Scores, confusion tables and each miss in Chinese by default, in English with --lang en; a miss
    says which line of the gold file it is."""
    run("init", "--db", db_url)
    gold = tmp_path / "types.tsv"
    gold.write_text("name\ttype\n京津冀钢铁产业协同发展联盟\tindustry\n京津冀旅游营销合作联盟\tsocial\n", encoding="utf-8")
    code, zh, _ = run("evaluate", "classification", str(gold))
    assert code == 0 and "准确率 0.500（1/2）" in zh and "标注＼预测" in zh and "产业类" in zh
    assert "第 3 行：京津冀旅游营销合作联盟 应为 社会事业类，结果为 服务类" in zh
    _, en, _ = run("--lang", "en", "evaluate", "classification", str(gold))
    assert "accuracy 0.500 (1/2)" in en and "line 3: 京津冀旅游营销合作联盟 expected social undertakings, got services" in en
    queries = tmp_path / "needs.tsv"
    queries.write_text("query\texpected\n钢铁企业节能减排\t钢铁\n找一家做深海采矿的伙伴\t深海采矿\n", encoding="utf-8")
    code, zh, _ = run("evaluate", "match", "--queries", str(queries), "--db", db_url)
    assert code == 0 and "链接预测：隐去" in zh and re.search(r"仅文本\s+Recall@10 \d\.\d{3}", zh)
    assert re.search(r"：2 条查询 · Hits@1 \d\.\d{3} · Hits@3 \d\.\d{3}", zh)
    assert "第 3 行：找一家做深海采矿的伙伴 → 应为 深海采矿，未找到" in zh  # no alliance is named so
    _, en, _ = run("--lang", "en", "evaluate", "match", "--queries", str(queries), "--db", db_url)
    assert "link prediction:" in en and "line 3: 找一家做深海采矿的伙伴 → expected 深海采矿, not found" in en
    _, zh, _ = run("evaluate", "extraction", "eval/extraction_dev5.jsonl")
    assert "（7 条）" in zh and "精确率" in zh and "总体" in zh


def test_extract_keeps_a_report_s_title_and_address_with_its_source(db_url: str, tmp_path: Path) -> None:
    from xietong import review
    from xietong.store.db import open_store

    run("init", "--db", db_url)
    news = tmp_path / "news.txt"
    news.write_text("2015年4月，京津冀命令行来源测试联盟在天津成立。", encoding="utf-8")
    code, _, err = run("extract", str(news), "--commit", "--title", "《天津日报》2015年4月29日",
                       "--url", "https://example.org/tj/1", "--db", db_url)
    assert code == 0, err
    [c] = [c for c in review.list_candidates(open_store(db_url)) if c["record"]["alliance"] == "京津冀命令行来源测试联盟"]
    assert c["source_title"] == "《天津日报》2015年4月29日"
    code, _, err = run("extract", str(news), "--url", "ftp:/x", "--db", db_url)
    assert code == 2 and "--url：不是网页地址" in err
    (tmp_path / "more.txt").write_text("京津冀另一测试联盟成立。", encoding="utf-8")
    code, _, err = run("extract", str(tmp_path), "--title", "一篇", "--db", db_url)
    assert code == 2 and "只能用于一篇报道" in err


def test_the_change_log_is_read_by_who_what_and_from_where(db_url: str, tmp_path: Path) -> None:
    run("init", "--db", db_url)
    for i, who in enumerate(("ann", "ben", "ann")):
        f = tmp_path / f"a{i}.csv"
        f.write_text(f"联盟名称,成立时间\n京津冀日志筛选测试{'甲乙丙'[i]}联盟,2015\n", encoding="utf-8")
        assert run("import", str(f), "--as", who, "--db", db_url)[0] == 0
    ann = json.loads(run("log", "--actor", "cli:ann", "--json", "--db", db_url)[1])
    assert [e["actor"] for e in ann] == ["cli:ann", "cli:ann"] and all(e["action"] == "import" for e in ann)
    newest, second = (json.loads(run("log", "--limit", "1", "--offset", n, "--json", "--db", db_url)[1])[0] for n in ("0", "1"))
    assert newest["at"] >= second["at"] and newest["id"] != second["id"] and second["actor"] == "cli:ben"
    assert json.loads(run("log", "--action", "review.accept", "--json", "--db", db_url)[1]) == []


def test_an_offset_past_any_log_is_an_empty_page(db_url: str) -> None:
    run("init", "--db", db_url)
    code, out_, _ = run("log", "--offset", str(2**63), "--json", "--db", db_url)
    assert code == 0 and json.loads(out_) == []


def test_a_listing_past_the_registry_s_end_is_empty(db_url: str) -> None:
    run("init", "--db", db_url)
    for what in ("orgs", "alliances"):
        code, out_, err = run("list", what, "--offset", str(2**63), "--limit", str(2**64), "--json", "--db", db_url)
        assert code == 0 and json.loads(out_) == [], err
