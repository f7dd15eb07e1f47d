"""Problems found in input, reported as ``file:row:column: message``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A problem at a place in a file: its row and column, and for a table read off pages (a PDF's)
    the page the row stands on, said after the message, so the reader can open the page.

    >>> str(Problem("名单.pdf", 40, "单位名称", "empty name", page=3))
    '名单.pdf:40:单位名称: empty name (page 3)'
    """

    file: str
    row: int | None
    column: str | None
    message: str
    page: int | None = None

    @property
    def place(self) -> str:
        """``file:row:column``, as much of it as is known."""
        where = self.file
        if self.row is not None:
            where += f":{self.row}"
            if self.column:
                where += f":{self.column}"
        elif self.column:
            where += f"::{self.column}"
        return where

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" + (PAGE.format(self.page) if self.page is not None else "")


PAGE = " (page {})"  # after a problem's message: the page its row stands on


class InputError(Exception):
    """Input that cannot be imported; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple[type, tuple[list[Problem]]]:
        """Pickled with its problems (a table read in another process raises it there)."""
        return (InputError, (self.problems,))
