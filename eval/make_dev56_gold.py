"""Builds eval/extraction_dev56.jsonl: 10 sentences written blind in stop 27,
labelled before `xietong extract` was run on them, their numbers and dates
written every way a Chinese text writes them: a year and month in Chinese
numerals, members counted in Chinese numerals with 余, a founding day in
full-width digits, a date with dots, a count in 百, a count in 万 of people
beside bodies, a founding in the first ten days of a month (上旬), a
founding at the end of a year (年底), a count in words after a total of
members, and a count of founders in Chinese numerals before the verb.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("二〇一九年五月，京津冀职业教育产教联盟在天津成立。", D,
  [E("京津冀职业教育产教联盟", founded="2019-05", city="120000")]),
 ("京津冀葡萄酒产业联盟现有会员企业四十余家。", D,
  [E("京津冀葡萄酒产业联盟", member_count=40)]),
 ("京津冀雪上运动装备产业联盟于２０２２年１月１５日在张家口崇礼成立。", D,
  [E("京津冀雪上运动装备产业联盟", founded="2022-01-15", city="130700")]),
 ("京津冀智慧物流联盟成立时间：2021.06.18，成立地点：北京。", D,
  [E("京津冀智慧物流联盟", founded="2021-06-18", city="110000")]),
 ("京津冀工业设计联盟汇聚了上百家设计机构。", D,
  [E("京津冀工业设计联盟", member_count=100)]),
 ("京津冀志愿服务联盟吸纳志愿服务组织260家、注册志愿者1.2万名。", D,
  [E("京津冀志愿服务联盟", member_count=260)]),
 ("京津冀钢铁物流联盟于2018年3月上旬在唐山曹妃甸成立。", D,
  [E("京津冀钢铁物流联盟", founded="2018-03", city="130200")]),
 ("京津冀肉类食品产业联盟于2017年底在廊坊成立。", D,
  [E("京津冀肉类食品产业联盟", founded="2017", city="131000")]),
 ("京津冀中药材产业联盟成员总数达到一百二十家。", D,
  [E("京津冀中药材产业联盟", member_count=120)]),
 ("由三十六家企业共同发起的京津冀陶瓷产业联盟在唐山成立。", D,
  [E("京津冀陶瓷产业联盟", city="130200", initiator_count=36)]),
]
write("eval/extraction_dev56.jsonl", "dev56", items)
