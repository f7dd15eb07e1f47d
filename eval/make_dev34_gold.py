"""Builds eval/extraction_dev34.jsonl: 12 sentences written blind in stop 25,
after dev33's fixes, labelled before `xietong extract` was run on them: an
alliance not yet founded (尚未), a first anniversary, members counted in 万, a
count in Chinese numerals, a secretariat's seat (no founding place), 在京 as a
place, a meeting of two days, the middle of a month, firms drawn from all over
the country, two alliances founded in different years in one sentence, a
branch founded under an alliance, and members counted by kind and total.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀低碳建筑联盟目前仍在筹备，尚未正式成立。", D,
  [E("京津冀低碳建筑联盟")]),
 ("在京津冀康复医疗联盟成立一周年之际，联盟成员单位已增加到95家。", D,
  # relabelled after the first run: an anniversary (成立一周年) states no founding date, as dev15-04's
  # 成立十周年 is labelled; stop 25 had counted a year back from the article's date
  [E("京津冀康复医疗联盟", member_count=95)]),
 ("长三角中小企业数字化转型联盟目前拥有会员企业1.2万家。", D,
  [E("长三角中小企业数字化转型联盟", member_count=12000)]),
 ("京津冀中医骨伤科联盟共有成员单位一百二十家。", D,
  [E("京津冀中医骨伤科联盟", member_count=120)]),
 ("京津冀跨境电商物流联盟秘书处设在天津东疆综合保税区，联盟于2021年成立。", D,
  [E("京津冀跨境电商物流联盟", founded="2021")]),
 ("京津冀儿童友好城市联盟日前在京签约成立。", D,
  [E("京津冀儿童友好城市联盟", city="110000")]),
 ("2019年11月28日至29日，首届京津冀数字创意产业大会在廊坊举行，大会期间京津冀数字创意产业联盟宣告成立。", D,
  [E("京津冀数字创意产业联盟", founded="2019-11-28", city="131000")]),
 ("长三角文旅数字化联盟于2023年5月中旬在杭州成立。", D,
  [E("长三角文旅数字化联盟", founded="2023-05", city="330000")]),
 ("粤港澳大湾区人工智能产业联盟吸引了来自全国的300余家单位加盟。", D,
  [E("粤港澳大湾区人工智能产业联盟", member_count=300)]),
 ("京津冀园区发展联盟于2015年在北京成立，京津冀园区招商联盟则于2017年在天津成立。", D,
  [E("京津冀园区发展联盟", founded="2015", city="110000"), E("京津冀园区招商联盟", founded="2017", city="120000")]),
 ("今年3月，京津冀旅游协作联盟设立京西太行山文旅分联盟，分联盟由保定、张家口两市的旅游协会发起。", D,
  [E("京津冀旅游协作联盟"), E("京西太行山文旅分联盟", founded="2026-03", regions=["130600", "130700"])]),
 ("京津冀装配式建筑产业联盟现有成员单位86家，其中企业64家、高校和科研院所22家。", D,
  [E("京津冀装配式建筑产业联盟", member_count=86)]),
]
write("eval/extraction_dev34.jsonl", "dev34", items)
