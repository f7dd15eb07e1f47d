"""Builds eval/extraction_dev78.jsonl: ten sentences written blind in stop 31
about city clusters beyond Beijing-Tianjin-Hebei, labelled before `xietong
extract` was run on them: a name holding a Latin code (G60) founded in a
district of Shanghai; members of two places; a founding in Qianhai; three
provinces' departments founding one; a founding in Zhengzhou with first
members of nine unnamed provinces; three provincial capitals' firms founding
one; a year said with 成立以来; a lead with 牵头组建; a headquarters that is no
founding place; three cities of one province founding with a short name.
Cities outside Beijing, Tianjin and Hebei resolve to their provinces.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("2021年5月，长三角G60科创走廊机器人产业联盟在上海松江成立，由上海电气集团、浙江大学、合肥工业大学等28家单位共同发起。", D,
  [E("长三角G60科创走廊机器人产业联盟", founded="2021-05", city="310000",
     initiators=["上海电气集团", "浙江大学", "合肥工业大学"], initiator_count=28)]),
 ("成渝地区双城经济圈汽车产业联盟由重庆、四川两地的120余家汽车及零部件企业组成。", D,
  [E("成渝地区双城经济圈汽车产业联盟", member_count=120, regions=["500000", "510000"])]),
 ("粤港澳大湾区知识产权服务联盟近日在深圳前海揭牌。", D, [E("粤港澳大湾区知识产权服务联盟", city="440000")]),
 ("长江中游城市群文旅联盟于2023年9月在武汉成立，湖北、湖南、江西三省文旅部门共同发起。", D,
  [E("长江中游城市群文旅联盟", founded="2023-09", city="420000", initiator_count=3,
     regions=["420000", "430000", "360000"])]),
 ("2024年11月8日，黄河流域生态保护联盟在郑州宣告成立，沿黄九省区的56家科研院所和高校成为首批成员。", D,
  [E("黄河流域生态保护联盟", founded="2024-11-08", city="410000", member_count=56)]),
 ("东北振兴装备制造产业联盟由沈阳、长春、哈尔滨三市的装备制造企业发起成立。", D,
  [E("东北振兴装备制造产业联盟", regions=["210000", "220000", "230000"])]),
 ("关中平原城市群科技创新联盟2022年成立以来，成员已发展到98家。", D,
  [E("关中平原城市群科技创新联盟", founded="2022", member_count=98)]),
 ("北部湾城市群港口联盟由广西北部湾国际港务集团牵头组建。", D,
  [E("北部湾城市群港口联盟", initiators=["广西北部湾国际港务集团"])]),
 ("海峡西岸城市群旅游联盟成立于2015年4月，总部设在福州。", D, [E("海峡西岸城市群旅游联盟", founded="2015-04")]),
 ("山东半岛城市群海洋产业联盟（以下简称“海洋联盟”）由青岛、烟台、威海三市的42家涉海企业于2020年联合发起。", D,
  [E("山东半岛城市群海洋产业联盟", aliases=["海洋联盟"], founded="2020", initiator_count=42, regions=["370000"])]),
]
write("eval/extraction_dev78.jsonl", "dev78", items)
