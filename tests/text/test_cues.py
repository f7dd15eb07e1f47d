"""The segmenter is jieba as it ships, only loaded faster."""

from __future__ import annotations

import json
import subprocess
import sys

TEXTS = ["京津冀钢铁行业节能减排产业技术创新联盟", "北京工业大学、天津工业大学、河北工业大学联合成立",
         "整合了70余家钢铁企业，搭建产业资源对接服务平台", "中关村科技园区与天津滨海新区签署合作协议"]


def test_the_segmenter_cuts_as_jieba_loaded_its_own_way_does() -> None:
    """Its dictionary read whole rather than a value at a time, and pkg_resources not imported for it:
    the same words, the same dictionary (with the words extraction keeps whole added to both), and
    pkg_resources still importable afterwards."""
    from xietong.text.cues import segmenter
    from xietong.vocab import load_yaml

    whole = load_yaml("extraction.yaml")["whole_words"]
    plain = ("import json, logging, jieba\njieba.setLogLevel(logging.ERROR)\njieba.initialize()\n"
             f"[jieba.add_word(w) for w in {whole!r}]\n"
             f"print(json.dumps([[list(jieba.cut(t)) for t in {TEXTS!r}], len(jieba.dt.FREQ), jieba.dt.total]))\n")
    out = subprocess.run([sys.executable, "-c", plain], capture_output=True, text=True, timeout=120, check=True)
    jieba = segmenter()
    assert json.loads(out.stdout) == [[list(jieba.cut(t)) for t in TEXTS], len(jieba.dt.FREQ), jieba.dt.total]
    import pkg_resources  # noqa: F401 - hidden only while jieba was imported

    assert sys.modules["pkg_resources"] is not None


def test_loading_the_segmenter_leaves_pkg_resources_unimported() -> None:
    code = ("import sys\nfrom xietong.text.cues import segmenter\nsegmenter()\n"
            "print('pkg_resources' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["False"]
