"""Derived data kept between commands: found again only for the same inputs and code,
never in the way when it cannot be kept or read."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from xietong import diskcache


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XIETONG_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_arrays_kept_are_found_again_under_the_same_name(cache: Path) -> None:
    name = diskcache.key("kind", ["甲", "乙"])
    assert diskcache.load("kind", name) is None
    diskcache.save("kind", name, {"words": np.array(["c:钢铁", "w:节能"]), "n": np.arange(3)})
    kept = diskcache.load("kind", name)
    assert kept is not None and kept["words"].tolist() == ["c:钢铁", "w:节能"] and kept["n"].tolist() == [0, 1, 2]
    assert [p.name for p in (cache / "kind").iterdir()] == [f"{name}.npz"]


def test_the_name_is_of_the_kind_every_part_in_order_and_the_code() -> None:
    base = diskcache.key("kind", ["ab", "c"])
    assert len({base, diskcache.key("kind", ["a", "bc"]), diskcache.key("kind", ["c", "ab"]),
                diskcache.key("other", ["ab", "c"]), diskcache.key("kind", ["ab", "c", ""])}) == 5
    assert diskcache.key("kind", iter(["ab", "c"])) == base


def test_a_new_version_of_xietong_finds_nothing_kept_by_the_old(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = diskcache.key("kind", ["甲"])
    monkeypatch.setattr(diskcache, "package_fingerprint", lambda: "0" * 64)
    assert diskcache.key("kind", ["甲"]) != name


def test_a_damaged_file_is_not_read_and_is_removed(cache: Path) -> None:
    name = diskcache.key("kind", ["甲"])
    diskcache.save("kind", name, {"n": np.arange(1000)})
    path = cache / "kind" / f"{name}.npz"
    path.write_bytes(path.read_bytes()[:100])
    assert diskcache.load("kind", name) is None
    assert not path.exists()


def test_a_file_holding_pickled_objects_is_refused(cache: Path) -> None:
    name = diskcache.key("kind", ["甲"])
    (cache / "kind").mkdir(parents=True)
    np.savez(cache / "kind" / f"{name}.npz", objects=np.array([{"code": "here"}], dtype=object))
    assert diskcache.load("kind", name) is None


def test_a_folder_that_cannot_be_written_keeps_nothing_and_stops_nothing(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XIETONG_CACHE", str(blocked))
    diskcache.save("kind", "x", {"n": np.arange(3)})
    assert diskcache.load("kind", "x") is None


def test_each_kind_keeps_its_most_recently_used_entries(cache: Path) -> None:
    names = [diskcache.key("kind", [str(i)]) for i in range(diskcache.KEEP + 2)]
    for i, name in enumerate(names):
        diskcache.save("kind", name, {"n": np.array([i])})
        os.utime(cache / "kind" / f"{name}.npz", (1000 + i, 1000 + i))  # in the order saved, whatever the clock
        if i == diskcache.KEEP - 1:
            assert diskcache.load("kind", names[0]) is not None  # used again: now the most recent
    kept = {p.stem for p in (cache / "kind").glob("*.npz")}
    assert len(kept) == diskcache.KEEP and names[0] in kept and names[1] not in kept and names[-1] in kept
    assert not list((cache / "kind").glob("*.part"))


def test_a_user_without_a_home_folder_keeps_nothing_and_is_stopped_by_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A service account with no $HOME and no home in the password database: Path.home() raises."""
    from pathlib import Path

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    for var in ("XIETONG_CACHE", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert diskcache.folder() is None
    diskcache.save("kind", "x", {"n": np.arange(3)})
    assert diskcache.load("kind", "x") is None
