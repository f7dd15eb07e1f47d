"""Builds eval/extraction_dev17.jsonl: 6 texts written blind in stop 23, after
dev16's fixes: an approval (批复同意成立: the approving office is no founder), a
signing ceremony of founders (签约仪式, then 标志着…正式成立), a ribbon cut by
officials (揭牌: officials are no founders), members counted in 个 with a
Chinese numeral (三十余个), a founding said by 挂牌 in a district with its
city (天津市西青区), and the members' provinces as 京津冀鲁四省市. Labelled
before `xietong extract` was run on them; the alliances are fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

items = [
 ("经市政府批复同意，京津冀人工智能伦理治理联盟于2025年7月在北京成立。", "2026-12-08",
  [E("京津冀人工智能伦理治理联盟", founded="2025-07", city="110000")]),
 ("12月6日，北京理工大学、天津理工大学和河北科技大学在廊坊举行签约仪式，标志着京津冀理工高校创新联盟正式成立。", "2026-12-08",
  [E("京津冀理工高校创新联盟", founded="2026-12-06", city="131000",
     initiators=["北京理工大学", "天津理工大学", "河北科技大学"])]),
 ("市领导张华、王强共同为京津冀数字乡村联盟揭牌。", "2026-12-08",
  [E("京津冀数字乡村联盟")]),
 ("京津冀新型显示产业联盟现有成员三十余个，涵盖面板、材料、装备等环节。", "2026-12-08",
  [E("京津冀新型显示产业联盟", member_count=30)]),
 ("2024年3月，京津冀汽车文化旅游联盟在天津市西青区挂牌。", "2026-12-08",
  [E("京津冀汽车文化旅游联盟", founded="2024-03", city="120000")]),
 ("京津冀鲁四省市的42家港口和航运企业加入了环渤海港口协作联盟。", "2026-12-08",
  [E("环渤海港口协作联盟", member_count=42, regions=["110000", "120000", "130000", "370000"])]),
]
write("eval/extraction_dev17.jsonl", "dev17", items)
