"""Builds eval/extraction_dev16.jsonl: 7 texts written blind in stop 23, after
dev13 to dev15's fixes: alliances enumerated in one paragraph with their facts
((1)…；(2)…), a quotation giving how many members it grew to, a day of last
month (上月28日), a preparatory group founded (筹备组成立: the alliance is not yet),
a council meeting adding members (新增15家, 总数达到120家: the total counts), a
name holding Latin letters and + (AI+医疗), and a short name introduced by 下称.
Labelled before `xietong extract` was run on them; the alliances are
fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("目前，三地已组建各类产业联盟40余个，如：（1）京津冀轨道交通装备产业联盟，2015年成立，成员单位60家；（2）京津冀航空航天产业联盟，2016年成立，由中国航天科工集团牵头。",
  "2026-12-05",
  [E("京津冀轨道交通装备产业联盟", founded="2015", member_count=60),
   E("京津冀航空航天产业联盟", founded="2016", initiators=["中国航天科工集团"])]),
 ("“京津冀检验检测服务联盟成立以来，成员由最初的20家发展到现在的150家。”联盟秘书长李明说。", "2026-12-05",
  [E("京津冀检验检测服务联盟", member_count=150)]),
 ("上月28日，京津冀数字文旅联盟在石家庄成立。", "2026-12-05",
  [E("京津冀数字文旅联盟", founded="2026-11-28", city="130100")]),
 ("京津冀氢能交通联盟筹备组近日在张家口成立，联盟计划于明年正式成立。", "2026-12-05",
  [E("京津冀氢能交通联盟")]),
 ("京津冀绿色建材联盟第二届理事会换届大会在天津召开，新增会员单位15家，会员总数达到120家。", "2026-12-05",
  [E("京津冀绿色建材联盟", member_count=120)]),
 ("京津冀AI+医疗创新联盟于2025年在北京成立。", "2026-12-05",
  [E("京津冀AI+医疗创新联盟", founded="2025", city="110000")]),
 ("京津冀专精特新企业服务联盟（下称“专精特新联盟”）由三地中小企业服务中心共同发起。", "2026-12-05",
  [E("京津冀专精特新企业服务联盟", aliases=["专精特新联盟"])]),
]
write("eval/extraction_dev16.jsonl", "dev16", items)
