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


class _Strict(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping (YAML keeps the last, silently)."""


def _no_repeats(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:  # type: ignore[type-arg]
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
    if repeated:
        raise yaml.constructor.ConstructorError(None, None, f"repeated keys {repeated}", node.start_mark)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_repeats)


@pytest.mark.parametrize("name", BUNDLED)
def test_no_key_is_written_twice(name: str) -> None:
    """A word added to messages.yaml under a key it already had replaced the first silently
    (member_since, a template, became a form label)."""
    yaml.load(data_path(name).read_text(encoding="utf-8"), Loader=_Strict)  # noqa: S506 - a safe loader
