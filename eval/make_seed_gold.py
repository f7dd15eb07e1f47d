"""Builds eval/extraction_seed.jsonl: every sentence of the seed that says 联盟 (page
breaks kept), with the alliances it names, written by hand below. Sentences
that only speak of alliances in general expect none. Run from the repo root."""
import json
import re

from xietong.ingest.bundled import seed_text

t = seed_text()
E = lambda name, **kw: {"alliance": name, "aliases": kw.pop("aliases", []), "founded": kw.pop("founded", None),
    "city": kw.pop("city", None), "initiators": kw.pop("initiators", []), "initiator_count": kw.pop("initiator_count", None),
    "member_count": kw.pop("member_count", None), "regions": kw.pop("regions", [])}
expected = {
 "如在北京成立的京津冀产权市场发展联盟和商会联盟": [E("京津冀产权市场发展联盟", city="110000"), E("商会联盟", city="110000")],
 "开发区创新发展联盟为京津冀所属国家级开发区共同发起成立": [E("开发区创新发展联盟", initiators=["京津冀所属国家级开发区"])],
 "北京工业设计促进中心、工业设计促进会、天津市工业设计协会等六家单位": [E("京津冀设计产业联盟", initiators=["北京工业设计促进中心", "工业设计促进会", "天津市工业设计协会"], initiator_count=6)],
 "由北京工业大学、天津工业大学、河北工业大学联合成立的": [E("协同创新联盟", initiators=["北京工业大学", "天津工业大学", "河北工业大学"])],
 "节能低碳环保产业联盟、园林科技创新战略联盟、钢铁行业节能减排产业技术创新联盟等": [E("节能低碳环保产业联盟"), E("园林科技创新战略联盟"), E("钢铁行业节能减排产业技术创新联盟")],
 "由科技部火炬中心和北京市科委等发起的技术转移协同创新联盟": [E("技术转移协同创新联盟", initiators=["科技部火炬中心", "北京市科委"])],
 "智能制造协作一体化大联盟以建立沟通机制": [E("智能制造协作一体化大联盟")],
 "气体行业协同发展联盟在建立气瓶联动联查协同机制": [E("气体行业协同发展联盟")],
 "继京津冀晋蒙等六个省市（区）的节能低碳环保产业联盟": [E("节能低碳环保产业联盟", regions=["110000", "120000", "130000", "140000", "150000"]), E("土肥水事业协同发展创新联盟"), E("园林科技创新战略联盟")],
 "钢铁行业节能减排科技创新联盟整合了70余家钢铁企业": [E("钢铁行业节能减排科技创新联盟", member_count=70)],
 "中关村华清石墨烯产业技术联盟、中医药产业创新战略联盟、跨境电商产业联盟等": [E("中关村华清石墨烯产业技术联盟"), E("中医药产业创新战略联盟"), E("跨境电商产业联盟")],
}
spans, start = [], 0
for m in re.finditer(r"[。！？]|\n\s*\n", t):
    if m.group() not in "。！？":
        line_start = t.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start >= 24:
            continue  # a wrapped line: the sentence goes on
    spans.append((start, m.end())); start = m.end()
used, rows = set(), []
for s, e in spans:
    sent = t[s:e].strip()
    flat = "".join(sent.split())
    if "联盟" not in flat:
        continue
    exp = []
    for key, recs in expected.items():
        if key in flat:
            exp = recs; used.add(key)
    rows.append({"id": f"seed-{s}", "text": sent, "cluster": "京津冀", "alliances": exp})
assert not set(expected) - used, set(expected) - used
with open("eval/extraction_seed.jsonl", "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "sentences;", sum(len(r["alliances"]) for r in rows), "alliances")
