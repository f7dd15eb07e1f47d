"""Builds eval/extraction_dev15.jsonl: 6 texts written blind in stop 23 as
documents reach a reader in practice: a bulletin's text taken out of a PDF (page
numbers, a heading, lines broken in the middle of a date and of a list), a
WeChat post (【】 headings, emoji, 首批…加入), a government work report naming
three alliances that share their head (A、B、C等3个产业联盟), an anniversary (no
founding), two alliances merged into a new one (原…联盟与…联盟合并，组建…), and a
table pasted from a web page with its cells apart by | and a unit in a column's
name (成员数（家）). Labelled before `xietong extract` was run on them; the
alliances are fictional. Evaluated once, untuned, before any fix; the figure is
in eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("— 12 —\n京津冀协同发展简报\n2025年第3期\n（二）产业联盟建设。京津冀新能源装备产业联盟于2024年\n8月在河北保定成立，由国家电投集团、天津大学、华北电力大学\n"
  "等20家单位共同发起。\n— 13 —", "2025-03-10",
  [E("京津冀新能源装备产业联盟", founded="2024-08", city="130600",
     initiators=["国家电投集团", "天津大学", "华北电力大学"], initiator_count=20)]),
 ("【重磅】🎉京津冀数字医疗联盟正式成立！\n11月28日上午，京津冀数字医疗联盟成立大会在北京中关村举行👏 首批42家医院、企业加入联盟……", "2026-11-30",
  [E("京津冀数字医疗联盟", founded="2026-11-28", city="110000", member_count=42)]),
 ("全年新组建京津冀智能网联汽车、京津冀生物医药、京津冀新材料等3个产业联盟。", "2026-01-20",
  [E("京津冀智能网联汽车产业联盟"), E("京津冀生物医药产业联盟"), E("京津冀新材料产业联盟")]),
 ("在京津冀旅游联盟成立十周年之际，三地文旅部门联合发布了一批精品线路。", "2026-12-01",
  [E("京津冀旅游联盟")]),
 ("原京津冀物流联盟与京津冀快递联盟合并，组建京津冀现代物流联盟，成员单位达300家。", "2026-12-01",
  [E("京津冀物流联盟"), E("京津冀快递联盟"), E("京津冀现代物流联盟", member_count=300)]),
 ("联盟名称 | 成立年份 | 成员数（家）\n京津冀冰雪产业联盟 | 2021 | 85\n京津冀康养旅游联盟 | 2022 | 46", "2026-12-01",
  [E("京津冀冰雪产业联盟", founded="2021", member_count=85), E("京津冀康养旅游联盟", founded="2022", member_count=46)]),
]
write("eval/extraction_dev15.jsonl", "dev15", items)
