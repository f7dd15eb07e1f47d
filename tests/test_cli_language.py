"""The command line speaks Chinese first: its help, its usage line, Typer's
panel titles and its usage errors; English with --lang en or XIETONG_LANG=en."""

from __future__ import annotations

import re

import pytest
import typer.main
import typer.rich_utils
from typer.testing import CliRunner

from xietong import cli_language
from xietong.cli import app
from xietong.vocab import load_yaml

runner = CliRunner()


def run(*args: str, lang: str | None = None, columns: int = 80) -> tuple[int, str, str]:
    env = {"COLUMNS": str(columns), "XIETONG_LANG": lang or ""}
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def commands(command=None, path=()):  # type: ignore[no-untyped-def]
    """Every command of the tree with its path of names (the root's is empty)."""
    command = command or typer.main.get_command(app)
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from commands(sub, (*path, name))


def help_texts() -> set[str]:
    texts = set()
    for _, command in commands():
        texts.update(cli_language.key(t) for t in [command.help, *(getattr(p, "help", None) for p in command.params)] if t)
    return texts


def flat(text: str) -> str:
    """Printed text without white space and box lines, so a wrapped or folded line reads whole."""
    return re.sub(r"[\s│╭╮╰╯─]", "", text)


def test_every_help_text_has_a_chinese_entry_and_every_entry_is_used() -> None:
    catalogued = {e["en"] for e in load_yaml("cli_help.yaml")["help"]}
    texts = help_texts()
    assert texts - catalogued == set(), "help texts without a Chinese entry in data/cli_help.yaml"
    assert catalogued - texts == set(), "entries of data/cli_help.yaml no command uses"


def test_every_argument_and_option_says_what_it_is() -> None:
    """--help explains each argument and option (a bare TITLE or --until told a reader nothing)."""
    bare = [f"{' '.join(path)} {p.name}" for path, command in commands() for p in command.params
            if not getattr(p, "help", None)]
    assert bare == []


def test_typer_words_in_the_catalogue_are_the_words_typer_uses() -> None:
    english = {e["en"] for e in load_yaml("cli_help.yaml")["typer"]}
    assert english == {*cli_language.WORDS.values(), cli_language.USAGE, cli_language.HELP_OPTION}
    for name, word in cli_language.WORDS.items():
        assert getattr(typer.rich_utils, name) == word  # Typer still says this (and nothing leaked from a run)


def test_help_is_chinese_by_default() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert "用法：" in out
    assert "选项" in out and "命令" in out and "显示本帮助并退出。" in out
    assert "导入联盟、机构或成员关系" in out
    assert "Options" not in out and "Usage:" not in out and "Import alliances" not in out


@pytest.mark.parametrize("how", ["flag", "env"])
def test_help_is_english_when_asked(how: str) -> None:
    code, out, _ = run("import", "--help", *(["--lang", "en"] if how == "flag" else []), lang="en" if how == "env" else None)
    assert code == 0
    assert "Usage: " in out
    assert "Options" in out and "Arguments" in out and "[required]" in out and "Show this message and exit." in out
    assert "Show what would change; write nothing" in out
    assert "选项" not in out


def test_a_command_s_help_shows_its_options_notes_in_chinese() -> None:
    code, out, _ = run("import", "--help")
    assert code == 0
    assert "参数" in out and "[必填]" in out and "[默认：zh]" in out
    assert "显示将会发生的改动，不写入" in flat(out)


def test_every_chinese_help_text_is_printed_whole_at_80_columns() -> None:
    """Chinese has no spaces to wrap at: a long line is folded, never cut off with an ellipsis."""
    zh = {e["en"]: e["zh"] for e in load_yaml("cli_help.yaml")["help"]}
    for path, command in commands():
        if getattr(command, "hidden", False):
            continue
        code, out, _ = run(*path, "--help")
        assert code == 0, path
        shown = flat(out)
        own = [command.help, *(getattr(p, "help", None) for p in command.params)]
        for text in filter(None, own):
            assert flat(zh[cli_language.key(text)]) in shown, (path, text)
        for sub in getattr(command, "commands", {}).values():  # the first paragraph, in the commands panel
            first = zh[cli_language.key(sub.help)].split("\n\n")[0] if sub.help else ""
            assert flat(first) in shown, (path, sub.name)


@pytest.mark.parametrize(("args", "zh", "en"), [
    (["import"], "缺少参数 'files'", "Missing argument 'files'."),
    (["frobnicate"], "没有命令 'frobnicate'", "No such command 'frobnicate'."),
    (["list", "alliances", "--limit", "x"], "'--limit' 的值无效：应为整数", "Invalid value for '--limit'"),
    (["log", "--limit", "0"], "'--limit' 的值无效：应大于或等于 1", "Input should be greater than or equal to 1"),
    (["list", "alliances", "--limt", "3"], "没有选项 --limt（可能是：--limit）", "No such option: --limt"),
    (["list", "alliances", "extra"], "多余的参数（extra）", "Got unexpected extra argument(s) (extra)"),
    (["show", "--db"], "选项 '--db' 需要一个值", "Option '--db' requires an argument."),
])
def test_usage_errors_are_said_in_the_reader_s_language(args: list[str], zh: str, en: str) -> None:
    code, _, err = run(*args, columns=200)
    code_en, _, err_en = run(*args, lang="en", columns=200)
    assert code == code_en == 2
    assert zh in err and "错误" in err
    assert en in err_en and "Error" in err_en
    # the usage line and the hint come where Typer gives them (not for an option's missing value)
    assert ("用法：" in err) == ("Usage: " in err_en) and ("查看帮助" in err) == ("for help" in err_en)
    assert "Usage: " not in err and "for help" not in err


def test_an_unknown_lang_still_gets_chinese_help_and_a_chinese_refusal() -> None:
    code, out, _ = run("stats", "--lang", "xx", "--help")
    assert code == 0 and "登记簿概况" in out
    code, _, err = run("stats", "--lang", "xx")
    assert code == 2 and "--lang：应为 zh 或 en" in err


def test_the_language_asked_for_is_read_before_typer_parses() -> None:
    assert cli_language.lang_of(["list", "alliances", "--lang", "en"]) == "en"
    assert cli_language.lang_of(["--lang=en", "stats"]) == "en"
    assert cli_language.lang_of(["stats", "--lang"]) == cli_language.default_lang()  # no value: the option will say so
    assert cli_language.lang_of(["extract", "--", "--lang", "en"]) == cli_language.default_lang()  # after --, an argument


def test_a_lang_before_the_command_holds_for_the_whole_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``xietong --lang en stats`` speaks English as ``xietong stats --lang en`` does, for commands with
    a --lang of their own and without; the root's help names the option; a language xietong does not
    speak is refused before anything runs."""
    from xietong import registry
    from xietong.store import open_store

    db = f"sqlite:///{tmp_path / 'r.sqlite'}"
    registry.init(open_store(db, create=True))
    code, before, _ = run("--lang", "en", "stats", "--db", db)
    assert code == 0 and "Alliances: 24" in before
    assert run("stats", "--lang", "en", "--db", db)[1] == before
    assert "联盟" in run("stats", "--db", db)[1]  # the run's language did not outlive it
    code, out, _ = run("--lang=en", "init", "--db", db)
    assert code == 0 and "no changes" in out
    code, out, _ = run("--lang", "en", "--help")
    assert code == 0 and "Usage:" in out and "Interface language: zh or en" in out
    assert "界面语言" in run("--help")[1]
    code, _, err = run("--lang", "xx", "stats", "--db", db)
    assert code == 2 and "--lang：应为 zh 或 en" in err
    code, _, err = run("stats", "--db", db, lang="xx")  # the environment's, named as such
    assert code == 2 and "XIETONG_LANG：应为 zh 或 en，实际为 'xx'" in err


def test_why_a_document_was_skipped_is_said_in_the_reader_s_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A scanned PDF and a binary file are skipped with their reason in the reader's language, and
    a run that could read nothing exits 1."""
    from pypdf import PdfWriter

    scan = PdfWriter()
    scan.add_blank_page(420, 595)
    scan.write(tmp_path / "scan.pdf")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02 binary")
    code, out, err = run("extract", str(tmp_path / "scan.pdf"))
    assert code == 1 and "此 PDF 中没有文字" in out + err, out + err
    code, out, err = run("extract", str(tmp_path / "bin.txt"), lang="en")
    assert code == 1 and "looks like a binary file" in out + err, out + err
    code, out, err = run("extract", str(tmp_path / "bin.txt"))
    assert code == 1 and "看起来是二进制文件" in out + err, out + err


def test_a_document_read_by_ocr_is_said_so_in_the_reader_s_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A scan's text is a machine's reading of pictures: extract says which documents were read so,
    for the reader to check their names against the scan, and reads them."""
    from tests.text.test_documents import _SCANNED, _scan

    _scan(_SCANNED).save(tmp_path / "notice.png")
    code, out, err = run("extract", str(tmp_path / "notice.png"))
    assert code == 0 and "扫描件，文字由文字识别（OCR）从页面图像读出" in err and "华北测试精密仪器联盟" in out, out + err
    code, out, err = run("extract", str(tmp_path / "notice.png"), lang="en")
    assert code == 0 and "read by OCR from pictures of its pages" in err, out + err
