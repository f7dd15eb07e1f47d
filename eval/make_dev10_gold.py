"""Builds eval/extraction_dev10.jsonl: 6 news items written blind in stop 21,
labelled before `xietong extract` was run on them: a founding day before the
name with the places of the first members listed, a lead body before the name
(由…牵头，X日前揭牌成立), a founding month given as 成立以来 with a count it
has grown to, 简称 in 「」-style quotes with founders and their count before
the founding date and place, an alliance yet to be founded (no date, no
place), and founders in a second sentence with the places members cover. The
alliances are fictional. Evaluated once, untuned, before any fix; the figure
is in eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("11月20日，长三角数字文旅产业联盟在杭州成立，上海、江苏、浙江、安徽四地的32家文旅企业和高校成为首批成员。", "2026-11-25",
  [E("长三角数字文旅产业联盟", founded="2026-11-20", city="330000", member_count=32,
     regions=["310000", "320000", "330000", "340000"])]),
 ("由清华大学天津高端装备研究院牵头，京津冀智能网联汽车测试联盟日前在天津滨海新区揭牌成立。", "2026-11-25",
  [E("京津冀智能网联汽车测试联盟", city="120000", initiators=["清华大学天津高端装备研究院"])]),
 ("成渝地区双城经济圈氢能产业联盟2021年3月成立以来，成员已发展到120余家。", "2026-11-25",
  [E("成渝地区双城经济圈氢能产业联盟", founded="2021-03", member_count=120)]),
 ("粤港澳大湾区生物医药产业联盟（简称“湾区药盟”）由广州医药集团、香港科技大学和澳门大学等12家单位共同发起，于2020年9月在广州成立。",
  "2026-11-25",
  [E("粤港澳大湾区生物医药产业联盟", aliases=["湾区药盟"], founded="2020-09", city="440000",
     initiators=["广州医药集团", "香港科技大学", "澳门大学"], initiator_count=12)]),
 ("京津冀大数据产业联盟将于明年上半年在河北张家口成立。", "2026-11-25",
  [E("京津冀大数据产业联盟")]),
 ("会上，京津冀口腔医疗联盟正式成立。该联盟由首都医科大学附属北京口腔医院发起，覆盖北京、天津、河北45家口腔医疗机构。", "2026-11-25",
  [E("京津冀口腔医疗联盟", initiators=["首都医科大学附属北京口腔医院"], member_count=45,
     regions=["110000", "120000", "130000"])]),
]
write("eval/extraction_dev10.jsonl", "dev10", items)
