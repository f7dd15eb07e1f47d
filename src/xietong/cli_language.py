"""The command line's own words in the reader's language: every help text,
the usage line, Typer's panel titles and its usage errors.

Typer writes these in English and has no translation hook. So ``cli.py``
goes on writing English, and those texts are the message ids of
``data/cli_help.yaml``. Each run translates the command tree it is about to
use. Typer builds that tree anew for every run, so the tree needs no
restoring. Typer's panel titles and bracketed notes are module-level words
of ``typer.rich_utils``: they are set for the run and put back after it, as
are its error panel (to translate the message) and its help text (to fold
long Chinese lines, which have no spaces to wrap at). A
usage error's message goes through the patterns that translate the core's
refusals (:func:`xietong.i18n.problem`).

The language is the run's ``--lang`` when one is given, else
``$XIETONG_LANG``, else Chinese. It has to be read from the arguments before
Typer parses them, because ``--help`` answers before any other option is
read."""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

import typer.rich_utils as rich_utils
from rich.text import Text
from typer.core import TyperGroup

from xietong.i18n import LANGS, default_lang, problem
from xietong.vocab import load_yaml

# typer.rich_utils' words -> their English (the message id)
WORDS = {
    "ARGUMENTS_PANEL_TITLE": "Arguments",
    "OPTIONS_PANEL_TITLE": "Options",
    "COMMANDS_PANEL_TITLE": "Commands",
    "ERRORS_PANEL_TITLE": "Error",
    "ABORTED_TEXT": "Aborted.",
    "RICH_HELP": "Try [blue]'{command_path} {help_option}'[/] for help.",
    "DEFAULT_STRING": "[default: {}]",
    "REQUIRED_LONG_STRING": "[required]",
    "ENVVAR_STRING": "[env var: {}]",
    "DEPRECATED_STRING": "(deprecated) ",
}
USAGE = "Usage: "
HELP_OPTION = "Show this message and exit."


def key(text: str) -> str:
    """A help text as the catalogue knows it: a docstring's indentation and
    line breaks read as single spaces.

    >>> key('''Undo one change.
    ...     Refused when a later change built on it.''')
    'Undo one change. Refused when a later change built on it.'
    """
    return " ".join(inspect.cleandoc(text).split())


@cache
def catalogue(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """Help texts and Typer's words in ``lang``, each by its English; empty for English."""
    if lang == "en":
        return {}, {}
    doc = load_yaml("cli_help.yaml")
    return ({e["en"]: e[lang] for e in doc["help"]}, {e["en"]: e[lang] for e in doc["typer"]})


def lang_of(args: Sequence[str]) -> str:
    """The language a run asks for with ``--lang`` (before ``--``), else the default.
    A language xietong does not speak gives the default: the option itself refuses it later.

    >>> lang_of(["list", "alliances", "--lang", "en"]), lang_of(["stats", "--lang=xx"])
    ('en', 'zh')
    """
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in LANGS else default_lang()
    return default_lang()


def root_lang(args: Sequence[str]) -> tuple[list[str], str | None]:
    """A ``--lang`` given before the command (``xietong --lang en stats``),
    and the arguments without it: the language is every command's then.

    >>> root_lang(["--lang", "en", "list", "alliances"]), root_lang(["stats", "--lang", "en"])
    ((['list', 'alliances'], 'en'), (['stats', '--lang', 'en'], None))
    """
    args = list(args)
    for i, arg in enumerate(args):
        if not arg.startswith("-") or arg == "--":
            break  # the command: what follows is its own
        if arg == "--lang" and i + 1 < len(args):
            return args[:i] + args[i + 2:], args[i + 1]
        if arg.startswith("--lang="):
            return args[:i] + args[i + 1:], arg.partition("=")[2]
    return args, None


class Group(TyperGroup):
    """The root command group, run in the reader's language.

    A ``--lang`` before the command is taken off and stands for the run as
    ``XIETONG_LANG`` does (commands read their language from it when they
    have no ``--lang`` of their own)."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        args, lang = root_lang(sys.argv[1:] if args is None else args)
        if lang is not None and lang not in LANGS:
            sys.stderr.write(problem(f"--lang: expected zh or en, got {lang!r}", default_lang()) + "\n")
            sys.exit(2)
        with speaking(self, lang or lang_of(args)), _environment("XIETONG_LANG", lang):
            return super().main(args, *rest, **kwargs)


@contextmanager
def _environment(name: str, value: str | None) -> Iterator[None]:
    """``name`` set to ``value`` in the environment for as long as the run lasts (left alone for None)."""
    if value is None:
        yield
        return
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


@contextmanager
def speaking(root: Any, lang: str) -> Iterator[None]:
    """Run ``root``'s command tree in ``lang``: its help texts translated, and
    Typer's words and usage errors for as long as the run lasts."""
    helps, words = catalogue(lang)
    if not helps and not words:
        yield
        return
    translate(root, helps, words)
    show_error, make_text = rich_utils.rich_format_error, rich_utils._make_rich_text

    def rich_format_error(exc: Any) -> None:
        message = exc.format_message()
        exc.format_message = lambda: problem(message, lang)
        show_error(exc)

    def rich_text(**kwargs: Any) -> Any:
        """Typer's help text, folded where a line runs out: Chinese has no
        spaces to wrap at, and Typer's tables crop a long unbroken run."""
        text = make_text(**kwargs)
        if isinstance(text, Text):
            text.overflow = "fold"
        return text

    run = {name: words.get(english, english) for name, english in WORDS.items()}
    run.update(rich_format_error=rich_format_error, _make_rich_text=rich_text)
    saved = {name: getattr(rich_utils, name) for name in run}
    for name, value in run.items():
        setattr(rich_utils, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(rich_utils, name, value)


def translate(command: Any, helps: dict[str, str], words: dict[str, str]) -> None:
    """Translate ``command`` and every command under it, in place: help texts
    found in ``helps``; the usage line's prefix and the help option's text."""
    if command.help:
        command.help = helps.get(key(command.help), command.help)
    if command.short_help:
        command.short_help = helps.get(key(command.short_help), command.short_help)
    for param in command.params:
        if getattr(param, "help", None):
            param.help = helps.get(key(param.help), param.help)
    prefix = words.get(USAGE, USAGE)

    def format_usage(ctx: Any, formatter: Any) -> None:
        formatter.write_usage(ctx.command_path, " ".join(command.collect_usage_pieces(ctx)), prefix=prefix)

    get_help_option = command.get_help_option

    def help_option(ctx: Any) -> Any:
        option = get_help_option(ctx)
        if option is not None:
            option.help = words.get(HELP_OPTION, option.help)
        return option

    command.format_usage = format_usage
    command.get_help_option = help_option
    for sub in getattr(command, "commands", {}).values():
        translate(sub, helps, words)
