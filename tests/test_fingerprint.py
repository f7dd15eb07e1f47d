"""The digest of xietong's code and data: what derived data is kept under."""

from __future__ import annotations

from pathlib import Path

from xietong import fingerprint
from xietong.fingerprint import code_fingerprint, package_fingerprint


def test_the_code_fingerprint_covers_code_and_bundled_data(tmp_path: Path) -> None:
    """Any module or data file changed, added or renamed changes it; compiled files and templates do not."""
    root = tmp_path / "xietong"
    for name, text in {"classify.py": "RULES = 1\n", "text/cues.py": "", "data/taxonomy.yaml": "types: []\n",
                       "templates/base.html": "<html>", "__pycache__/classify.cpython-311.pyc": "x"}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    seen = {code_fingerprint(root)}
    for change in ("classify.py", "text/cues.py", "data/taxonomy.yaml", "data/new.yaml", "rename"):
        if change == "rename":
            (root / "text/cues.py").rename(root / "text/cue.py")
        else:
            (root / change).write_text("changed\n")
        seen.add(code_fingerprint(root))
    assert len(seen) == 6
    last = code_fingerprint(root)
    (root / "templates/base.html").write_text("<html lang=zh>")
    (root / "__pycache__/classify.cpython-311.pyc").write_text("y")
    assert code_fingerprint(root) == last
    assert package_fingerprint() == code_fingerprint(Path(fingerprint.__file__).resolve().parent)
