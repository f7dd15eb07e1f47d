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


def test_the_seed_s_types_are_read_as_spreadsheets_shorten_them() -> None:
    from xietong.vocab import taxonomy_vocab

    types = taxonomy_vocab("types")
    assert [types.parse(t) for t in ("产业", "服务型", "社会事业", "综合")] == ["industry", "service", "social", "comprehensive"]
    assert types.parse("社会") is None  # not the seed's word for any of them


@pytest.mark.parametrize("name", ["types", "relations", "domains", "statuses", "roles", "count_qualifiers"])
def test_no_label_of_a_taxonomy_vocabulary_names_two_terms(name: str) -> None:
    from xietong.vocab import taxonomy

    labels: dict[str, str] = {}
    for term in getattr(taxonomy(), name):
        for label in {term.id, term.zh, term.en, *term.aliases}:
            assert labels.setdefault(label.casefold(), term.id) == term.id, f"{label!r} names {labels[label.casefold()]} and {term.id}"


@pytest.mark.parametrize(("vocab", "text", "term"), [("roles", "普通会员单位", "member"), ("roles", "联盟成员", "member"),
                                                     ("org_kinds", "985高校", "university"), ("org_kinds", "双一流高校", "university")])
def test_words_member_registers_use_are_read(vocab: str, text: str, term: str) -> None:
    from xietong.vocab import org_kinds, taxonomy_vocab

    assert (org_kinds() if vocab == "org_kinds" else taxonomy_vocab(vocab)).parse(text) == term
