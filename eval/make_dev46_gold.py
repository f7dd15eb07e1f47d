"""Builds eval/extraction_dev46.jsonl: 6 texts written blind in stop 26,
labelled before `xietong extract` was run on them: a fact sheet of labelled
lines, a table pasted as text with a line of column names, a Hong Kong press
report in traditional characters counting in words, a newspaper's report of a
proposer on a day this month in a provincial capital, members added with a
total, and a plaque unveiled at a congress in Beijing with members joining.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀数字文旅产业联盟\n成立时间：2024年9月\n成立地点：河北省秦皇岛市\n"
  "发起单位：北京文化投资发展集团、天津旅游集团、河北旅游投资集团\n成员数量：63家", D,
  [E("京津冀数字文旅产业联盟", founded="2024-09", city="130300",
     initiators=["北京文化投资发展集团", "天津旅游集团", "河北旅游投资集团"], member_count=63)]),
 ("联盟名称\t成立时间\t成立地点\n京津冀智能装备产业联盟\t2019年5月\t天津\n京津冀绿色建材产业联盟\t2020年8月\t廊坊", D,
  [E("京津冀智能装备产业联盟", founded="2019-05", city="120000"),
   E("京津冀绿色建材产业联盟", founded="2020-08", city="131000")]),
 ("港深創新及科技園產業聯盟於2025年3月在深圳成立，首批成員機構達八十家。", D,
  [E("港深创新及科技园产业联盟", founded="2025-03", city="440000", member_count=80)]),
 ("据河北日报报道，11月26日，由河北省工商联倡议发起的京津冀民营企业协同发展联盟在石家庄成立。", D,
  [E("京津冀民营企业协同发展联盟", founded="2026-11-26", city="130100", initiators=["河北省工商联"])]),
 ("京津冀检验检测联盟日前扩容，新吸纳成员单位21家，成员总数达到98家。", D,
  [E("京津冀检验检测联盟", member_count=98)]),
 ("在北京召开的第二届京津冀产业协同发展大会上，京津冀氢能产业协同创新联盟揭牌成立，首批52家单位加入。", D,
  [E("京津冀氢能产业协同创新联盟", city="110000", member_count=52)]),
]
write("eval/extraction_dev46.jsonl", "dev46", items)
