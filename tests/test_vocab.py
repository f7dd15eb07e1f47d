"""The bundled vocabularies are read by libyaml's parser where PyYAML has it, and read the same as
by PyYAML's own safe loader."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from xietong.vocab import data_path, load_yaml

BUNDLED = sorted(p.name for p in (resources.files("xietong") / "data").iterdir() if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", BUNDLED)
def test_each_bundled_file_reads_as_the_safe_loader_reads_it(name: str) -> None:
    assert load_yaml(name) == yaml.safe_load(data_path(name).read_text(encoding="utf-8"))


def test_libyaml_is_there_to_read_them() -> None:
    assert yaml.__with_libyaml__  # PyYAML's wheels are built with it: pinned in pyproject.toml
